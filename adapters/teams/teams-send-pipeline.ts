import { AuthenticationConstants, ClaimsIdentity, type ConnectorClient, type ConnectorFactory } from 'botframework-connector';
import type { Logger } from 'pino';
import { AppError } from '../../src/domain/app-error';
import type { Clock } from '../../src/domain/clock';
import type { TeamsConversation } from '../../src/domain/teams/teams-conversation';
import type { TeamsSendStore } from '../../src/store/ports';
import { sleep } from '../../src/store/timing';
import type { TeamsReachability } from '../../src/teams/teams-reachability';
import type { TeamsMessage, TeamsSender, TeamsSent } from '../../src/teams/teams-sender';
import { botFrameworkAuthentication, CachingBotFrameworkAuthentication, type BotConnectorSettings } from '../bot-connector';
import { ConnectorRefusal } from './connector-refusal';
import { singleAttemptHttpClient } from './single-attempt-http-client';
import { TeamsSendGate } from './teams-send-gate';
import type { TeamsSendSettings } from './teams-send-settings';
import { teamsMessageActivity } from './teams-message-activity';

export interface TeamsSendPipelineOptions {
  readonly settings: TeamsSendSettings;
  /** The bot's credentials (anonymous without an app id: tests and the Emulator, loopback only). */
  readonly botConnector: BotConnectorSettings;
  readonly store: TeamsSendStore;
  readonly reachability: TeamsReachability;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Jitter in [0, 1); tests may fix it. */
  readonly random?: () => number;
}

/** The 403 codes that mean the bot may not write to the conversation until it hears from it again. */
const blockedCodes = new Set(['ConversationBlockedByUser', 'BotDisabledByAdmin', 'MessageWritesBlocked', 'BotNotInConversationRoster', 'ForbiddenOperationException']);

/** Statuses worth another attempt (undefined: no answer). 429 is handled apart: it pauses everyone. */
const retried = new Set<number | undefined>([undefined, 408, 412, 500, 502, 503, 504]);

/** Teams no longer knows the conversation (404). */
class ConversationGone extends Error {}

/** Teams says the bot may not write there (403 with one of {@link blockedCodes}). */
class WritesBlocked extends Error {}

/**
 * The Teams send pipeline (see {@link TeamsSender}): each send is keyed (a repeat answers the
 * first result and sends nothing), each HTTP attempt passes the shared token buckets and the
 * global pause first, and botbuilder's own retries are off (see `singleAttemptHttpClient`) so
 * every attempt is counted. 429 pauses all sending for at least `Retry-After`; 412, 5xx and no
 * answer are tried again with jittered exponential backoff; the 403 codes mark the conversation
 * blocked; a 404 on a personal chat creates it again once; 401 pauses all sending and alerts.
 */
export class TeamsSendPipeline implements TeamsSender {
  private readonly connectors: ConnectorFactory;
  private readonly gate: TeamsSendGate;
  private readonly random: () => number;

  constructor(private readonly options: TeamsSendPipelineOptions) {
    const { settings, botConnector, clock } = options;
    const authentication = botFrameworkAuthentication(botConnector, { httpClient: singleAttemptHttpClient(clock, settings.attemptTimeoutMs) });
    const appId = botConnector.appId ?? '';
    // The claims CloudAdapter uses for proactive sends: the bot itself.
    const bot = new ClaimsIdentity([
      { type: AuthenticationConstants.AudienceClaim, value: appId },
      { type: AuthenticationConstants.AppIdClaim, value: appId },
    ]);
    this.connectors = new CachingBotFrameworkAuthentication(authentication).createConnectorFactory(bot);
    this.gate = new TeamsSendGate(options.store, settings.rates, clock);
    this.random = options.random ?? Math.random;
  }

  async send(key: string, conversation: TeamsConversation, message: TeamsMessage): Promise<TeamsSent> {
    return this.once(key, async (deadline) => {
      refuseIfMarked(conversation);
      try {
        return await this.sendTo(conversation, conversation.conversationId, message, deadline);
      } catch (error) {
        if (!(error instanceof ConversationGone)) throw error;
      }
      if (conversation.scope !== 'personal' || conversation.userId === undefined) return this.unreachable(key, conversation.conversationId);
      // A stale personal chat: created again once (Teams gives the same chat a new id), then sent to.
      let newId: string;
      try {
        newId = await this.createPersonalChat(conversation, conversation.userId, deadline);
      } catch (error) {
        if (error instanceof ConversationGone || error instanceof WritesBlocked) return this.unreachable(key, conversation.conversationId);
        throw error;
      }
      await this.options.reachability.replaced(conversation.conversationId, newId);
      this.options.logger.info({ event: 'teams.chat_recreated', key }, 'a stale Teams personal chat was created again');
      try {
        return await this.sendTo(conversation, newId, message, deadline);
      } catch (error) {
        if (error instanceof ConversationGone) return this.unreachable(key, newId);
        throw error;
      }
    });
  }

  async update(key: string, conversation: TeamsConversation, sent: TeamsSent, message: TeamsMessage): Promise<void> {
    await this.once(key, async (deadline) => {
      refuseIfMarked(conversation);
      const activity = { ...teamsMessageActivity(message), id: sent.activityId };
      try {
        await this.attempt(conversation, sent.conversationId, deadline, (client) => client.conversations.updateActivity(sent.conversationId, sent.activityId, activity));
      } catch (error) {
        // The message or its conversation is gone: nothing to update, and nobody to mark (a send will tell).
        if (error instanceof ConversationGone) throw new AppError('TEAMS_UNREACHABLE', 'Teams no longer has the message to update');
        if (error instanceof WritesBlocked) await this.blocked(sent.conversationId);
        throw error;
      }
      return sent;
    });
  }

  /** Sends to one conversation id; a 403 block marks it. */
  private async sendTo(conversation: TeamsConversation, conversationId: string, message: TeamsMessage, deadline: number): Promise<TeamsSent> {
    try {
      const answer = await this.attempt(conversation, conversationId, deadline, (client) => client.conversations.sendToConversation(conversationId, teamsMessageActivity(message)));
      // Without the id the message cannot be updated later; Teams gives one for a single message.
      if (typeof answer.id !== 'string' || answer.id === '') throw new AppError('UPSTREAM_UNAVAILABLE', 'Teams accepted the message without giving its activity id');
      return { conversationId, activityId: answer.id };
    } catch (error) {
      if (error instanceof WritesBlocked) await this.blocked(conversationId);
      throw error;
    }
  }

  private async blocked(conversationId: string): Promise<never> {
    await this.options.reachability.markBlocked(conversationId);
    throw new AppError('TEAMS_BLOCKED', 'Teams says the bot may not write to the conversation');
  }

  private async createPersonalChat(conversation: TeamsConversation, userId: string, deadline: number): Promise<string> {
    const created = await this.attempt(conversation, undefined, deadline, (client) =>
      client.conversations.createConversation({
        isGroup: false,
        bot: { id: conversation.botId, name: '' },
        members: [{ id: userId, name: '' }],
        tenantId: conversation.tenantId,
        channelData: { tenant: { id: conversation.tenantId } },
      }),
    );
    return created.id;
  }

  private async unreachable(key: string, conversationId: string): Promise<never> {
    await this.options.reachability.markUnreachable(conversationId);
    this.options.logger.warn({ event: 'teams.unreachable', key }, 'a Teams conversation is gone and could not be created again');
    throw new AppError('TEAMS_UNREACHABLE', 'Teams no longer knows the conversation');
  }

  /**
   * Runs `call` (one HTTP request) up to `attempts` times, each through the gate. Throws
   * ConversationGone (404) and WritesBlocked (403 codes) for the caller to act on; AppErrors else.
   */
  private async attempt<T>(conversation: TeamsConversation, conversationId: string | undefined, deadline: number, call: (client: ConnectorClient) => Promise<T>): Promise<T> {
    const { settings, store, clock, logger } = this.options;
    const client = await this.connectors.create(conversation.serviceUrl);
    let last: ConnectorRefusal | undefined;
    for (let attempt = 1; attempt <= settings.attempts; attempt += 1) {
      await this.gate.pass(conversation.tenantId, conversationId, deadline);
      try {
        return await call(client);
      } catch (error) {
        if (!(error instanceof ConnectorRefusal)) throw error;
        last = error;
      }
      const { status, code, retryAfterMs } = last;
      if (status === 429) {
        // Everyone waits: Teams counts the app's requests, not this conversation's.
        const pauseMs = Math.max(retryAfterMs ?? settings.throttlePauseMs, 1);
        await store.pauseUntil(clock.now() + pauseMs, clock.now());
        logger.warn({ event: 'teams.send_throttled', status, retryAfterMs: pauseMs, attempt }, 'Teams answered 429: all sending paused');
        continue;
      }
      if (status === 401) {
        await store.pauseUntil(clock.now() + settings.authPauseMs, clock.now());
        logger.error({ event: 'teams.send_unauthorized', alert: 'TEAMS_AUTH_FAILED', status, pauseMs: settings.authPauseMs }, 'Teams refused the bot’s credentials: all sending paused (check MicrosoftAppId, password and tenant)');
        throw new AppError('UPSTREAM_UNAVAILABLE', 'Teams refused the bot’s credentials', { retryAfterSeconds: Math.ceil(settings.authPauseMs / 1000) });
      }
      if (status === 403 && code !== undefined && blockedCodes.has(code)) {
        logger.warn({ event: 'teams.send_blocked', status, code }, 'Teams says the bot may not write to the conversation');
        throw new WritesBlocked();
      }
      if (status === 404) throw new ConversationGone();
      if (!retried.has(status)) {
        logger.warn({ event: 'teams.send_refused', status, code }, 'Teams refused a send');
        throw new AppError(status === 400 || status === 413 ? 'BAD_REQUEST' : 'UPSTREAM_UNAVAILABLE', `Teams answered ${status ?? 'nothing'}`);
      }
      if (attempt < settings.attempts) {
        // Full jitter: a random share of the doubling backoff, at least what the service asked for.
        const backoffMs = Math.max(retryAfterMs ?? 0, Math.round(this.random() * settings.backoffMs * 2 ** (attempt - 1)));
        logger.info({ event: 'teams.send_retry', status, code, attempt, backoffMs }, 'a Teams send is tried again');
        if (clock.now() + backoffMs > deadline) break;
        await sleep(backoffMs);
      }
    }
    logger.warn({ event: 'teams.send_failed', status: last?.status, code: last?.code, attempts: settings.attempts }, 'a Teams send failed after its attempts');
    throw new AppError('UPSTREAM_UNAVAILABLE', 'Teams did not take the send after retries', { retryAfterSeconds: 60 });
  }

  /**
   * Runs `work` once per key: a key already sent answers its result; one being sent elsewhere is
   * waited for; a failure frees the key so a later repeat tries again.
   */
  private async once(key: string, work: (deadline: number) => Promise<TeamsSent>): Promise<TeamsSent> {
    const { settings, store, clock } = this.options;
    const deadline = clock.now() + settings.sendTimeoutMs;
    // Held past the send's own deadline and its last attempt, so a live send keeps its key.
    const holdMs = settings.sendTimeoutMs + settings.attemptTimeoutMs + 1_000;
    for (;;) {
      const claim = await store.claim(key, holdMs, clock.now());
      if (claim.state === 'done') return claim.sent;
      if (claim.state === 'busy') {
        if (clock.now() > deadline) throw new AppError('UPSTREAM_UNAVAILABLE', 'another send holds the key');
        await sleep(keyPollMs);
        continue;
      }
      try {
        const sent = await work(deadline);
        await store.finish(key, sent, settings.duplicateWindowMs, clock.now());
        return sent;
      } catch (error) {
        await store.release(key, claim.token).catch(() => undefined);
        throw error;
      }
    }
  }
}

/** How often a send waits to see the result of the same key being sent elsewhere. */
const keyPollMs = 250;

/** No attempt at all to a conversation Teams said is blocked, or the bot was removed from. */
function refuseIfMarked(conversation: TeamsConversation): void {
  if (conversation.blockedUntilHeard || !conversation.installed) {
    throw new AppError('TEAMS_BLOCKED', 'the conversation is blocked or the bot was removed: nothing sent');
  }
}
