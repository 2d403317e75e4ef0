import { ActivityTypes, type TurnContext } from 'botbuilder';
import { DialogContext, DialogTurnStatus, dialogStateFrom, type ConversationRoot, type DialogTurnResult } from '../dialog-runtime';
import type { Logger } from 'pino';
import { AppError } from '../domain/app-error';
import type { RiskAssessment } from '../domain/risk/risk-check';
import type { Clock } from '../domain/clock';
import { londonMonthOf } from '../domain/reports/report-months';
import { pendingSafetyCheckSchema, type PendingSafetyCheck } from '../domain/safety-check';
import { gentleCheckIn, isDismissal } from '../domain/safety-reply';
import type { ConversationLock, StoreHealth } from '../store/ports';
import type { KeyedReference } from '../store/keyed-reference';
import { conversationKey } from './conversation-key';
import { isConversationErasureRequested } from './erasure-flag';
import { keepConversationOnlyFor } from './retention-flag';
import { errorCode } from './error-code';
import type { ExpiringConversationState, StoredConversationState } from './expiring-conversation-state';
import { markSafetyConcernOpen } from './safety-concern-flag';
import { safetyActivity, type SafetyMessage, type SafetyStep } from './safety-step';
import { turnFailureReply } from './turn-failure-reply';
import { holdTurnFence } from './turn-fence';

export interface CompanionBotDependencies {
  readonly conversationState: ExpiringConversationState;
  /** Whether the person agreed to saving: without it, state is kept only for the exchange in hand. */
  readonly hasConsent: (context: TurnContext) => Promise<boolean>;
  readonly conversationLock: ConversationLock;
  readonly storeHealth: StoreHealth;
  readonly safety: SafetyStep;
  readonly root: ConversationRoot;
  readonly logger: Logger;
  readonly clock: Clock;
  /** The conversation's reference in log lines. */
  readonly references: KeyedReference;
  /**
   * Counts the person as active this month for the outcome reports, without waiting for the store;
   * false when they cannot be counted yet (no site), so a later turn tries again. Never throws.
   */
  readonly countActive: (context: TurnContext) => Promise<boolean>;
}

/** True for a conversationUpdate that adds someone other than the bot. */
function isConversationStart(context: TurnContext): boolean {
  const { activity } = context;
  return (
    activity.type === ActivityTypes.ConversationUpdate &&
    (activity.membersAdded ?? []).some((member) => member.id !== activity.recipient?.id)
  );
}

/**
 * What the pipeline keeps in the conversation's state, read and written in place on the turn's
 * loaded state (botbuilder's property accessors cost an async load on every get and set). It is
 * stored data, so every read is checked.
 */
interface PipelineState {
  /** The dialog stack, read back through `dialogStateFrom`. */
  dialogState?: unknown;
  /** Turns taken in this conversation (shown in the person's data export). */
  turnCount?: unknown;
  /**
   * Set after a safety reply: the concern stays open for the conversation. Only that it is open:
   * not when, nor what was said.
   */
  safetyConcern?: unknown;
  /** The "are you safe?" question waiting for its answer (`pendingSafetyCheckSchema`). */
  safetyCheck?: unknown;
  /** The London month (`YYYY-MM`) the person was last counted as active in this conversation. */
  activeMonth?: unknown;
}

/**
 * How long the state of someone who has not agreed to saving is kept after their last message:
 * long enough to carry on the exchange in hand, and gone within hours.
 */
export const exchangeStateTtlSeconds = 2 * 60 * 60;

/**
 * The turn pipeline shared by every channel:
 * 1. the risk check, before anything else and without needing the store;
 * 2. serialize the conversation (lock), then load its state;
 * 3. after a safety reply, offer to carry on where the person was (the dialog is not fed the
 *    message); a brush-off while a concern is open gets a gentle check-in; otherwise run the dialogs;
 * 4. save state (or erase it, when the person asked), still inside the lock.
 * A dialog that fails is recovered inside the lock, so the reset is saved and the person gets a kind reply.
 */
export class CompanionBot {
  constructor(private readonly deps: CompanionBotDependencies) {}

  /** Handles one inbound activity. Pass as the logic of `adapter.process`. */
  async run(context: TurnContext): Promise<void> {
    if (isConversationStart(context)) {
      await this.startConversation(context);
      return;
    }
    if (context.activity.type !== ActivityTypes.Message) return;
    const key = conversationKey(context.activity);
    const started = this.deps.clock.now();
    const risk = await this.deps.safety.check(context);
    const safetyReplySent = risk.level !== 'none';
    try {
      // In an outage, fail at once rather than leave the person waiting on a dead store; an answer
      // to an "are you safe?" question asked here is still answered from memory.
      if (!this.deps.storeHealth.isConnected()) {
        const answer = safetyReplySent ? undefined : this.deps.safety.offlineCheckAnswer(key, context.activity.text);
        if (answer === undefined) throw new AppError('STORE_UNAVAILABLE', 'store not connected');
        for (const message of answer) await context.sendActivity(safetyActivity(message));
        return;
      }
      // State is read as the lock is had (one round trip on Redis), never from an earlier cache.
      await this.deps.conversationLock.runExclusive(
        key,
        ({ read, fence }) => {
          holdTurnFence(context, fence);
          return this.lockedTurn(context, key, risk, read);
        },
        () => this.deps.conversationState.read(context),
      );
    } catch (error) {
      // The person already has the safety reply, which is what matters most; don't bury it.
      if (!safetyReplySent) throw error;
      this.deps.logger.error({ event: 'turn.failed_after_safety_reply', code: errorCode(error) }, 'turn failed after safety reply');
    }
    // Hashing the reference costs more than the log line itself: only when the line is kept.
    if (this.deps.logger.isLevelEnabled('info')) {
      this.deps.logger.info(
        { event: 'turn.completed', conversation: this.deps.references('conversation', key), channelId: context.activity.channelId, ms: this.deps.clock.now() - started },
        'turn completed',
      );
    }
  }

  /**
   * For channels that cannot run a turn while the store is down (SMS): the safety reply or question
   * for a risky message, or the answer to a question asked in this process; undefined otherwise.
   */
  offlineSafetyReply(conversationKey: string, text: string): readonly SafetyMessage[] | undefined {
    return this.deps.safety.offlineReply(conversationKey, text);
  }

  /**
   * A person joined (web chat opens the conversation before they type): greet them at once, so
   * the welcome is there when the page opens. Nothing happens if the conversation is under way.
   */
  private async startConversation(context: TurnContext): Promise<void> {
    const key = conversationKey(context.activity);
    await this.deps.conversationLock.runExclusive(key, async ({ fence }) => {
      holdTurnFence(context, fence);
      await this.deps.conversationState.load(context, true);
      await this.runDialogs(context, key, async (dc) =>
        dc.activeDialog === undefined ? this.deps.root.begin(dc) : { status: DialogTurnStatus.waiting },
      );
      await this.save(context);
    });
  }

  private async lockedTurn(context: TurnContext, key: string, risk: RiskAssessment, stored: StoredConversationState): Promise<void> {
    const state: PipelineState = this.deps.conversationState.useRead(context, stored);
    state.turnCount = (typeof state.turnCount === 'number' ? state.turnCount : 0) + 1;
    const concernOpen = state.safetyConcern !== undefined;
    if (concernOpen) markSafetyConcernOpen(context);
    // State read back from the store is checked: a malformed question counts as none.
    const pendingCheck = pendingSafetyCheckSchema.safeParse(state.safetyCheck).data;
    if (risk.level === 'check') {
      // The question was asked: its answer is the next message; the dialog waits untouched.
      state.safetyCheck = { categories: [...risk.categories], asks: 1 } satisfies PendingSafetyCheck;
    } else if (risk.level !== 'none') {
      delete state.safetyCheck;
      await this.openSafetyConcern(context);
      await this.runDialogs(context, key, (dc) => this.offerToCarryOn(dc));
    } else if (pendingCheck !== undefined) {
      await this.answerSafetyCheck(context, key, pendingCheck);
    } else if (concernOpen && isDismissal(context.activity.text)) {
      // "I'm fine" alone does not close a concern: check in gently, then carry on.
      await context.sendActivity(gentleCheckIn());
      await this.runDialogs(context, key, (dc) => this.offerToCarryOn(dc));
    } else {
      await this.runDialogs(context, key, (dc) => this.deps.root.continue(dc));
    }
    await this.countActiveOncePerMonth(context);
    await this.saveOrErase(context);
  }

  /**
   * Counts the person as active for the reports once per conversation and month: the store counts
   * each person once a month anyway, and this spares it a call on every other turn. After the
   * dialogs, so someone who chose their area this turn is counted at once.
   */
  private async countActiveOncePerMonth(context: TurnContext): Promise<void> {
    const month = londonMonthOf(this.deps.clock.now());
    if (this.stateOf(context).activeMonth === month) return;
    if (await this.deps.countActive(context)) this.stateOf(context).activeMonth = month;
  }

  /**
   * The message after an "are you safe?" question: a yes gets the full reply and opens a concern,
   * a no carries on where the person was; an unclear answer is asked once more, then the message
   * is taken as an ordinary one.
   */
  private async answerSafetyCheck(context: TurnContext, key: string, pending: PendingSafetyCheck): Promise<void> {
    const { answer, askedAgain } = await this.deps.safety.answerCheck(context, pending);
    if (askedAgain) {
      this.stateOf(context).safetyCheck = { ...pending, asks: pending.asks + 1 } satisfies PendingSafetyCheck;
      return;
    }
    delete this.stateOf(context).safetyCheck;
    if (answer === 'yes') await this.openSafetyConcern(context);
    if (answer === 'unclear') await this.runDialogs(context, key, (dc) => this.deps.root.continue(dc));
    else await this.runDialogs(context, key, (dc) => this.offerToCarryOn(dc));
  }

  /** Keeps the concern open for the conversation, and says so to this turn's services. */
  private async openSafetyConcern(context: TurnContext): Promise<void> {
    this.stateOf(context).safetyConcern = { open: true };
    markSafetyConcernOpen(context);
  }

  /** After a safety reply the message is not an answer to the waiting question: ask it again. */
  private async offerToCarryOn(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.activeDialog === undefined) return this.deps.root.begin(dc);
    await dc.context.sendActivity("When you're ready, we can carry on where we left off.");
    await dc.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }

  private async runDialogs(
    context: TurnContext,
    key: string,
    step: (dc: DialogContext) => Promise<DialogTurnResult>,
  ): Promise<void> {
    const state = this.stateOf(context);
    const { dialogStack } = dialogStateFrom(state.dialogState);
    // The stack is changed in place by the dialogs, and saved with the rest of the state.
    state.dialogState = { dialogStack };
    const dc = new DialogContext(this.deps.root.dialogs, context, dialogStack);
    try {
      const result = await step(dc);
      if (result.status === DialogTurnStatus.empty) await this.deps.root.begin(dc);
    } catch (error) {
      this.deps.logger.error(
        {
          event: 'turn.dialog_failed',
          code: errorCode(error),
          conversation: this.deps.references('conversation', key),
          dialogStack: dc.stack.map((instance) => instance.id),
        },
        'dialog failed; dialog stack reset',
      );
      // A broken stack (e.g. a dialog id removed by a deploy) would fail every turn: start afresh.
      delete state.dialogState;
      await context.sendActivity(turnFailureReply());
    }
  }

  /**
   * Saves conversation state, or, when the person's data was erased this turn, deletes it and
   * keeps at most the new dialog stack (after "withdraw consent" the welcome is waiting).
   */
  private async saveOrErase(context: TurnContext): Promise<void> {
    if (!isConversationErasureRequested(context)) {
      await this.save(context);
      return;
    }
    const dialogState = dialogStateFrom(this.stateOf(context).dialogState);
    await this.deps.conversationState.delete(context);
    if (dialogState.dialogStack.length > 0) {
      await this.deps.conversationState.clear(context);
      this.stateOf(context).dialogState = dialogState;
      await this.save(context);
    }
  }

  /** The turn's conversation state, loaded (`useRead`, `load`) or cleared earlier in the turn. */
  private stateOf(context: TurnContext): PipelineState {
    const state = this.deps.conversationState.get(context);
    if (state === undefined) throw new Error('conversation state used before it was loaded');
    return state;
  }

  /**
   * Saves conversation state (the dialog in hand with its answers so far, a turn count, whether a
   * safety concern is open): for the configured lifetime when the person agreed to saving,
   * otherwise only for the exchange in hand.
   */
  private async save(context: TurnContext): Promise<void> {
    const consented = await this.deps.hasConsent(context);
    // Without consent the channel keeps the messages only as long as the state (web chat history).
    if (!consented) keepConversationOnlyFor(context, exchangeStateTtlSeconds);
    // The turn's last write: it releases the conversation lock too (one round trip fewer on Redis).
    await this.deps.conversationState.saveFor(context, consented ? undefined : exchangeStateTtlSeconds, { releaseLock: true });
  }
}
