import type { Logger } from 'pino';
import type { CallbackRequest } from '../domain/callbacks/callback-request';
import type { Clock } from '../domain/clock';
import { errorCode } from '../bot/error-code';
import { emptyCallbackCardRecord, type CallbackCardRecord, type CardPost, type CardPostKind } from '../domain/teams/callback-card-record';
import { callbackCardView } from '../domain/teams/callback-card-view';
import type { TeamsConversation } from '../domain/teams/teams-conversation';
import type { CallbackCardStore, CallbackOutcomeStore, CallbackStore } from '../store/ports';
import type { CallbackCards } from '../teams/callback-cards';
import type { PractitionerIdentity, TeamsDirectory } from '../teams/teams-directory';
import type { TeamsMessage, TeamsSender } from '../teams/teams-sender';

export interface CallbackCardCopiesDependencies {
  readonly callbacks: Pick<CallbackStore, 'get'>;
  readonly cards: CallbackCardStore;
  readonly outcomes: Pick<CallbackOutcomeStore, 'get'>;
  readonly sender: TeamsSender;
  readonly directory: Pick<TeamsDirectory, 'siteChannel' | 'personalChat'>;
  readonly render: CallbackCards;
  readonly clock: Clock;
  /** Request ids, send keys and error codes only. */
  readonly logger: Logger;
}

/** Where a new copy goes: the site's channel, or a practitioner's one-to-one chat. */
export type CopyTarget = { readonly conversation: TeamsConversation; readonly practitioner?: PractitionerIdentity };

/**
 * Every posted copy of a request's cards, kept current: posts a copy once per key (the sender is
 * keyed, and the record keeps one post per key) and records where it went; when the request
 * changes, from any surface, redraws every copy in place from the request as it now is.
 */
export class CallbackCardCopies {
  constructor(private readonly deps: CallbackCardCopiesDependencies) {}

  /** The card a copy of `kind` shows now: the request card (overdue nudges flagged) or the outcome prompt. */
  async current(request: CallbackRequest | undefined, kind: CardPostKind, record?: CallbackCardRecord): Promise<TeamsMessage> {
    return (await this.draw(request, kind, record)).message;
  }

  /** The card, and a name for the state it shows (what an update is keyed by). */
  private async draw(request: CallbackRequest | undefined, kind: CardPostKind, record?: CallbackCardRecord): Promise<{ message: TeamsMessage; state: string }> {
    if (request === undefined) return { message: this.deps.render.notice('gone'), state: 'gone' };
    if (kind === 'outcome') {
      const recorded = await this.deps.outcomes.get(request.siteId, request.id);
      const message = this.deps.render.outcomePrompt({ callbackId: request.id, reference: request.reference, ...(recorded === undefined ? {} : { recorded }) });
      return { message, state: recorded?.recordedAt ?? 'asked' };
    }
    const snoozedUntil = (record ?? (await this.deps.cards.get(request.id)))?.snoozedUntil;
    const view = callbackCardView(request, this.deps.clock.now(), { overdue: kind === 'overdue', ...(snoozedUntil === undefined ? {} : { snoozedUntil }) });
    return { message: this.deps.render.requestCard(view), state: `${request.updatedAt}.${snoozedUntil ?? 'awake'}` };
  }

  /** Sends a copy of `kind` to `target` once per `key`, and records where it went. */
  async post(request: CallbackRequest, kind: CardPostKind, key: string, target: CopyTarget): Promise<void> {
    const message = await this.current(request, kind);
    const sent = await this.deps.sender.send(key, target.conversation, message);
    const post: CardPost = { key, kind, conversation: target.conversation, activityId: sent.activityId, ...(target.practitioner === undefined ? {} : { practitioner: target.practitioner }) };
    await this.deps.cards.update(request.id, (current) => {
      const record = current ?? emptyCallbackCardRecord(request.id, request.siteId);
      return record.posts.some((existing) => existing.key === key) ? undefined : { ...record, posts: [...record.posts, post] };
    });
    this.deps.logger.info({ event: 'teams.card_posted', callbackId: request.id, kind }, 'card posted');
  }

  /**
   * Redraws every posted copy of the request's cards (of `kinds`) in place. A copy that cannot be
   * updated (blocked, gone) is logged and the others still are. Each update is keyed by the state
   * it shows, so a repeat sends nothing.
   */
  async updateAll(callbackId: string, kinds: readonly CardPostKind[] = ['request', 'overdue']): Promise<void> {
    const record = await this.deps.cards.get(callbackId);
    if (record === undefined) return;
    const request = await this.deps.callbacks.get(callbackId);
    for (const post of record.posts.filter((candidate) => kinds.includes(candidate.kind))) {
      const { message, state } = await this.draw(request, post.kind, record);
      try {
        const conversation = await this.freshConversation(record, post);
        await this.deps.sender.update(`${post.key}@${state}`, conversation, { conversationId: post.conversation.conversationId, activityId: post.activityId }, message);
      } catch (error) {
        this.deps.logger.warn({ event: 'teams.card_not_updated', callbackId, kind: post.kind, code: errorCode(error) }, 'card not updated');
      }
    }
  }

  /** The conversation as the directory knows it now (its service URL may have changed), else as it was when posted. */
  private async freshConversation(record: CallbackCardRecord, post: CardPost): Promise<TeamsConversation> {
    const now = post.practitioner === undefined ? await this.deps.directory.siteChannel(record.siteId) : await this.deps.directory.personalChat(post.practitioner);
    return now?.conversationId === post.conversation.conversationId ? now : post.conversation;
  }
}
