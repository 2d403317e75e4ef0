import { randomBytes } from 'node:crypto';
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { AppError, isAppError } from '../../src/domain/app-error';
import { conversationKey } from '../../src/bot/conversation-key';
import { personKey } from '../../src/bot/person-key';
import type { SafetyMessage } from '../../src/bot/safety-step';
import type { DirectLineHistory, HistoryPage, RateLimit } from '../../src/store/ports';
import { errorCode } from '../../src/bot/error-code';
import { inboundActivity, personalConversation, type InboundActivityParts } from '../channel';
import type { AzureDirectLine } from './azure-direct-line';
import { sendIntoConversation } from './webchat-proactive';
import { webChatChannelId, webChatServiceUrl, type DirectLineAdapter } from './webchat-adapter';
import type { DirectLineGrant, DirectLineTokens } from './direct-line-tokens';
import { maxWebChatTextLength, postedActivitySchema } from './webchat-protocol';
import { asShownInWebChat } from './webchat-render';


export interface DirectLineServiceOptions {
  readonly history: DirectLineHistory;
  readonly tokens: DirectLineTokens;
  readonly adapter: DirectLineAdapter;
  readonly logic: (context: TurnContext) => Promise<void>;
  readonly postLimit: RateLimit;
  /** New tokens per client address: each one creates a conversation. */
  readonly tokenLimit: RateLimit;
  /**
   * Open streams one conversation may have on this instance. Each gets every reply, so without a
   * cap one token could multiply the service's work (and its outbound traffic) at will.
   */
  readonly streamsPerConversation: number;
  readonly botId: string;
  readonly logger: Logger;
  readonly now: () => number;
  /** Set when the site uses Azure Direct Line: tokens come from there instead. */
  readonly azure?: AzureDirectLine;
  /**
   * With the store down no turn can run: the safety reply or question for a risky message, or the
   * answer to a question asked in this process (`bot.offlineSafetyReply`), sent back on the 503.
   */
  readonly safetyFallback?: (conversationKey: string, text: string) => readonly SafetyMessage[] | undefined;
}

/** What `POST /conversations`, `GET /conversations/{id}` and token calls answer. */
export interface ConversationGrant {
  readonly conversationId: string;
  readonly token: string;
  readonly expires_in: number;
  readonly streamUrl?: string;
}

const userIdPattern = /^dl_[A-Za-z0-9_-]{16,64}$/;
const pageSize = 500;

/**
 * The Direct Line 3.0 protocol, framework-free: HTTP routes and the WebSocket call these and map
 * AppErrors to statuses. Turns run through the shared pipeline via the DirectLineAdapter; a posted
 * message is echoed into the history first (with its clientActivityID, which Web Chat waits for).
 * The history keeps the bot's plain text; polling and the stream send it as Web Chat should show
 * it (line breaks, tap-to-call and email links: `asShownInWebChat`).
 */
export class DirectLineService {
  private readonly turnsInFlight = new Set<Promise<void>>();
  /** Open streams per conversation id, on this instance. */
  private readonly openStreams = new Map<string, number>();

  constructor(private readonly options: DirectLineServiceOptions) {}

  /**
   * `POST /api/webchat/token`: a token bound to a server-chosen user and conversation. A returning
   * visitor presents their earlier user id and continues their latest conversation.
   */
  async issueToken(
    previousUserId: unknown,
    clientAddress: string,
  ): Promise<{ token: string; conversationId: string; userId: string; expires_in: number; domain?: string }> {
    const limit = await this.options.tokenLimit.consume(clientAddress);
    if (!limit.allowed) {
      throw new AppError('RATE_LIMITED', 'Too many new chats from here; please wait a moment.', { retryAfterSeconds: limit.retryAfterSeconds });
    }
    const returning = typeof previousUserId === 'string' && userIdPattern.test(previousUserId) ? previousUserId : undefined;
    const userId = returning ?? `dl_${randomBytes(16).toString('base64url')}`;
    if (this.options.azure !== undefined) {
      const generated = await this.options.azure.generateToken(userId);
      return { ...generated, userId, domain: this.options.azure.domain };
    }
    const conversationId = (returning && (await this.latestConversationOf(returning))) || (await this.newConversation(userId));
    const token = await this.options.tokens.issue({ conversationId, userId });
    return { token, conversationId, userId, expires_in: this.options.tokens.ttlSeconds };
  }

  /** `POST /v3/directline/conversations`: the token's conversation, started (and greeted) once. */
  async startConversation(token: string | undefined, streamBase: string): Promise<ConversationGrant> {
    const grant = await this.options.tokens.verify(token);
    await this.requireConversation(grant, grant.conversationId);
    const started = (await this.options.history.since(grant.conversationId, 0, 1)).activities.length > 0;
    if (!started) await this.runTurn(this.conversationStart(grant));
    return this.grantResponse(token ?? '', grant, streamBase, undefined);
  }

  /** `GET /v3/directline/conversations/{id}?watermark=`: reconnect, with a fresh stream URL. */
  async reconnect(token: string | undefined, conversationId: string, watermark: number | undefined, streamBase: string): Promise<ConversationGrant> {
    const grant = await this.options.tokens.verify(token);
    await this.requireConversation(grant, conversationId);
    return this.grantResponse(token ?? '', grant, streamBase, watermark);
  }

  /**
   * The person a token speaks for (`webchat:<user id>`, as `personKey` names them), once the token
   * and its conversation check out as for the Direct Line routes: web push subscribes with it.
   * @throws AppError FORBIDDEN for a bad token; NOT_FOUND when its conversation is gone (erased, expired).
   */
  async personKeyOf(token: string | undefined): Promise<string> {
    const grant = await this.options.tokens.verify(token);
    await this.requireConversation(grant, grant.conversationId);
    return personKey({ channelId: webChatChannelId, from: { id: grant.userId, name: '' } });
  }

  /** `POST /v3/directline/tokens/refresh`: a new token for the same conversation and user. */
  async refreshToken(token: string | undefined): Promise<ConversationGrant> {
    const grant = await this.options.tokens.verify(token);
    const fresh = await this.options.tokens.issue(grant);
    return { conversationId: grant.conversationId, token: fresh, expires_in: this.options.tokens.ttlSeconds };
  }

  /** `GET /v3/directline/conversations/{id}/activities?watermark=`: polling. */
  async activities(token: string | undefined, conversationId: string, watermark: number): Promise<{ activities: readonly Record<string, unknown>[]; watermark: string }> {
    const grant = await this.options.tokens.verify(token);
    await this.requireConversation(grant, conversationId);
    const page = await this.options.history.since(conversationId, watermark, pageSize);
    return { activities: page.activities.map(asShownInWebChat), watermark: String(page.watermark) };
  }

  /**
   * `POST /v3/directline/conversations/{id}/activities`: echoes the activity into the history and
   * starts its turn; answers `{ id }` without waiting for the bot (replies arrive by stream or poll).
   */
  async postActivity(token: string | undefined, conversationId: string, body: unknown): Promise<{ id: string }> {
    try {
      return await this.post(token, conversationId, body);
    } catch (error) {
      if (!isAppError(error, 'STORE_UNAVAILABLE')) throw error;
      throw this.withSafetyMessages(error, conversationId, body);
    }
  }

  /**
   * The store is down: the message cannot be kept or answered, but if it shows risk (or answers an
   * "are you safe?" question) the 503 carries the safety messages, checked before anything else.
   */
  private withSafetyMessages(error: AppError, conversationId: string, body: unknown): AppError {
    const text = postedActivitySchema.safeParse(body).data?.text;
    const messages = text === undefined ? undefined : this.options.safetyFallback?.(conversationKey({ channelId: webChatChannelId, conversation: personalConversation(conversationId) }), text);
    if (messages === undefined || messages.length === 0) return error;
    const safety = messages.map(({ text: reply, marker }) => ({ text: reply, ...(marker === undefined ? {} : { safety: marker }) }));
    return new AppError('STORE_UNAVAILABLE', error.message, { cause: error, retryAfterSeconds: error.retryAfterSeconds ?? 5, safety });
  }

  private async post(token: string | undefined, conversationId: string, body: unknown): Promise<{ id: string }> {
    const grant = await this.options.tokens.verify(token);
    await this.requireConversation(grant, conversationId);
    if (typeof body === 'object' && body !== null && 'text' in body && typeof body.text === 'string' && body.text.length > maxWebChatTextLength) {
      throw new AppError('PAYLOAD_TOO_LARGE', `Message text is limited to ${maxWebChatTextLength} characters.`);
    }
    const parsed = postedActivitySchema.safeParse(body);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => issue.path.map(String).join('.') || 'body').join(', ');
      throw new AppError('NOT_AN_ACTIVITY', `The activity is not valid (${fields}).`);
    }
    const limit = await this.options.postLimit.consume(`${conversationId}:${grant.userId}`);
    if (!limit.allowed) {
      throw new AppError('RATE_LIMITED', 'Too many messages at once; please wait a moment.', { retryAfterSeconds: limit.retryAfterSeconds });
    }

    // Typing indicators are momentary: not kept in the history and no turn for them (as on Azure).
    if (parsed.data.type === 'typing') return { id: '' };

    const activity = inboundActivity(this.partsOf(grant, parsed.data.type), parsed.data);
    const echoed = await this.options.history.append(conversationId, JSON.parse(JSON.stringify(activity)));
    void this.runTurn({ ...activity, id: echoed.id });
    return { id: echoed.id };
  }

  /**
   * Opens the WebSocket stream: sends what is newer than `watermark` (everything, on a first
   * connection, so the welcome shows), then each activity as it is appended, on any instance.
   * Returns the function that closes the subscription.
   */
  async openStream(token: string | undefined, conversationId: string, watermark: number | undefined, send: (message: string) => void): Promise<() => void> {
    const grant = await this.options.tokens.verify(token);
    await this.requireConversation(grant, conversationId);
    const release = this.holdStreamSlot(conversationId);
    let sentUpTo = watermark ?? 0;
    let caughtUp = false;
    const early: Array<[Record<string, unknown>, number]> = [];
    const deliver = (activity: Record<string, unknown>, sequence: number) => {
      if (sequence <= sentUpTo) return;
      sentUpTo = sequence;
      send(JSON.stringify({ activities: [asShownInWebChat(activity)], watermark: String(sequence) }));
    };
    // Subscribe before reading the backlog, so nothing appended in between is lost.
    const unsubscribe = this.options.history.subscribe(conversationId, (activity, sequence) => {
      if (caughtUp) deliver(activity, sequence);
      else early.push([activity, sequence]);
    });
    try {
      await this.options.history.subscriptionsSettled();
      const backlog: HistoryPage = await this.options.history.since(conversationId, sentUpTo, pageSize);
      if (backlog.activities.length > 0) {
        sentUpTo = backlog.watermark;
        send(JSON.stringify({ activities: backlog.activities.map(asShownInWebChat), watermark: String(backlog.watermark) }));
      }
      caughtUp = true;
      for (const [activity, sequence] of early.splice(0)) deliver(activity, sequence);
      return () => {
        unsubscribe();
        release();
      };
    } catch (error) {
      unsubscribe();
      release();
      throw error;
    }
  }

  /**
   * Counts a stream against its conversation's cap; the function returned gives the slot back (once).
   * @throws AppError RATE_LIMITED when the conversation has `streamsPerConversation` open already.
   */
  private holdStreamSlot(conversationId: string): () => void {
    const open = this.openStreams.get(conversationId) ?? 0;
    if (open >= this.options.streamsPerConversation) {
      throw new AppError('RATE_LIMITED', `This conversation has ${open} streams open already.`, { retryAfterSeconds: 5 });
    }
    this.openStreams.set(conversationId, open + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.openStreams.get(conversationId) ?? 1) - 1;
      if (left > 0) this.openStreams.set(conversationId, left);
      else this.openStreams.delete(conversationId);
    };
  }

  /**
   * A message sent unasked (a reminder): appended to the conversation's history, where the page
   * shows it when the person is back (and at once, if they are there).
   * @throws AppError NOT_FOUND when the conversation has expired or was erased.
   */
  async sendProactive(conversationId: string, userId: string, text: string): Promise<void> {
    await sendIntoConversation(this.options.adapter, this.options.botId, conversationId, userId, text);
  }

  /** Resolves when every turn started so far has finished (graceful shutdown). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.turnsInFlight]);
  }

  private runTurn(activity: Partial<Activity>): Promise<void> {
    const turn = this.options.adapter.processActivity(activity, this.options.logic).catch((error: unknown) => {
      this.options.logger.error({ event: 'webchat.turn_failed', code: errorCode(error) }, 'web chat turn failed');
    });
    this.turnsInFlight.add(turn);
    void turn.finally(() => this.turnsInFlight.delete(turn));
    return turn;
  }

  private conversationStart(grant: DirectLineGrant): Partial<Activity> {
    return inboundActivity(this.partsOf(grant, ActivityTypes.ConversationUpdate), { membersAdded: [{ id: grant.userId, name: '' }] });
  }

  /** Who is talking and where: from the token, never from what the client posted. */
  private partsOf(grant: DirectLineGrant, type: string): InboundActivityParts {
    return {
      type,
      channelId: webChatChannelId,
      serviceUrl: webChatServiceUrl,
      conversationId: grant.conversationId,
      userId: grant.userId,
      botId: this.options.botId,
      timestamp: new Date(this.options.now()),
    };
  }

  private async requireConversation(grant: DirectLineGrant, conversationId: string): Promise<void> {
    if (grant.conversationId !== conversationId) {
      throw new AppError('FORBIDDEN', 'This token is for another conversation.');
    }
    const conversation = await this.options.history.getConversation(conversationId);
    if (conversation === undefined) throw new AppError('NOT_FOUND', 'Unknown or expired conversation.');
    if (conversation.userId !== grant.userId) throw new AppError('FORBIDDEN', 'This token is for another user.');
  }

  private grantResponse(token: string, grant: DirectLineGrant, streamBase: string, watermark: number | undefined): ConversationGrant {
    const query = new URLSearchParams({ t: token });
    if (watermark !== undefined) query.set('watermark', String(watermark));
    return {
      conversationId: grant.conversationId,
      token,
      expires_in: this.options.tokens.ttlSeconds,
      streamUrl: `${streamBase}/v3/directline/conversations/${encodeURIComponent(grant.conversationId)}/stream?${query.toString()}`,
    };
  }

  private async newConversation(userId: string): Promise<string> {
    const conversationId = randomBytes(16).toString('base64url');
    await this.options.history.createConversation({ conversationId, userId, createdAt: new Date(this.options.now()).toISOString() });
    return conversationId;
  }

  private async latestConversationOf(userId: string): Promise<string | undefined> {
    const ids = await this.options.history.conversationsOf(userId);
    const conversations = await Promise.all(ids.map((id) => this.options.history.getConversation(id)));
    return conversations
      .filter((conversation) => conversation !== undefined)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]?.conversationId;
  }
}
