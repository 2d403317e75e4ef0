import { ActivityTypes, type ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import type { Clock } from '../domain/clock';
import type { ConversationLock } from '../store/ports';
import { conversationKey, conversationRef } from './conversation-key';
import { dialogStackIds } from './dialog-stack-ids';
import { errorCode } from './error-code';
import { turnFailureReply } from './turn-failure-reply';

export interface CompanionBotDependencies {
  readonly conversationState: ConversationState;
  readonly conversationLock: ConversationLock;
  readonly rootDialog: Dialog;
  readonly logger: Logger;
  readonly clock: Clock;
}

/**
 * The turn pipeline shared by every channel: serialize the conversation, load state, run the
 * dialogs, save state. A dialog that fails is recovered here, inside the lock, so the reset is
 * saved and the person gets a kind reply.
 */
export class CompanionBot {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly turnCount: StatePropertyAccessor<number>;
  private readonly dialogs: DialogSet;

  constructor(private readonly deps: CompanionBotDependencies) {
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.turnCount = deps.conversationState.createProperty<number>('turnCount');
    this.dialogs = new DialogSet(this.dialogState).add(deps.rootDialog);
  }

  /** Handles one inbound activity. Pass as the logic of `adapter.process`. */
  async run(context: TurnContext): Promise<void> {
    if (context.activity.type !== ActivityTypes.Message) return;
    const key = conversationKey(context.activity);
    const started = this.deps.clock.now();
    await this.deps.conversationLock.runExclusive(key, async () => {
      // Forced: state must be read after the lock is held, never from an earlier cache.
      await this.deps.conversationState.load(context, true);
      const count = await this.turnCount.get(context, 0);
      await this.turnCount.set(context, count + 1);
      await this.runDialogs(context, key);
      await this.deps.conversationState.saveChanges(context);
    });
    // Hashing the reference costs more than the log line itself: only when the line is kept.
    if (this.deps.logger.isLevelEnabled('info')) {
      this.deps.logger.info(
        { event: 'turn.completed', conversation: conversationRef(key), channelId: context.activity.channelId, ms: this.deps.clock.now() - started },
        'turn completed',
      );
    }
  }

  private async runDialogs(context: TurnContext, key: string): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    try {
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.deps.rootDialog.id);
    } catch (error) {
      this.deps.logger.error(
        {
          event: 'turn.dialog_failed',
          code: errorCode(error),
          conversation: conversationRef(key),
          dialogStack: dialogStackIds(dc.stack),
        },
        'dialog failed; dialog stack reset',
      );
      // A broken stack (e.g. a dialog id removed by a deploy) would fail every turn: start afresh.
      await this.dialogState.delete(context);
      await context.sendActivity(turnFailureReply());
    }
  }
}
