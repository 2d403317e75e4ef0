import { ConversationState, type TurnContext } from 'botbuilder';
import type { KeyedReference } from '../store/keyed-reference';
import type { ExpiringStorage } from '../store/ports';
import { turnFenceOf } from './turn-fence';

/**
 * What a turn holds of the state: the state, and its JSON as last read or written. Comparing JSON
 * tells a change as well as botbuilder's SHA-256 of it (the store keeps JSON, so this is exactly
 * "would the write differ").
 */
interface Cached {
  readonly state: Record<string, unknown>;
  snapshot: string;
}

/** Conversation state as read from the store, not yet the turn's. */
export interface StoredConversationState {
  readonly state: Record<string, unknown>;
}

/** The state as its change check sees it: JSON without the eTag (which the store keeps beside it). */
function snapshotOf(state: Record<string, unknown>): string {
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
}

/**
 * Conversation state that expires, stored under a keyed reference of the conversation (on SMS the
 * conversation id is the phone number, so botbuilder's own key would name the person).
 * Writes and deletes pass the fence of the lock the turn holds (`turnFenceOf`).
 * Loads, saves, clears and deletes as botbuilder's BotState does (property accessors and dialogs
 * see no difference), but checks for changes by comparing JSON rather than hashing a
 * safe-stringified copy with SHA-256 on every load and twice on every save.
 */
export class ExpiringConversationState extends ConversationState {
  /** The turn state entry of this state (botbuilder's own is private). */
  private readonly cacheKey = Symbol('conversation state');

  constructor(
    private readonly expiringStorage: ExpiringStorage,
    private readonly references: KeyedReference,
  ) {
    super(expiringStorage);
  }

  override getStorageKey(context: TurnContext): string | undefined {
    const key = super.getStorageKey(context);
    return key === undefined ? undefined : `conversation:${this.references('state', key)}`;
  }

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cached = this.cached(context);
    if (!force && cached !== undefined) return cached.state;
    return this.useRead(context, await this.read(context));
  }

  /** Reads the stored state without making it the turn's (see {@link useRead}): for a read made as the conversation lock is had. */
  async read(context: TurnContext): Promise<StoredConversationState> {
    const key = this.storageKeyOf(context);
    const items = await this.expiringStorage.read([key]);
    return { state: items[key] ?? {} };
  }

  /** Makes a state read by {@link read} the turn's, as a forced {@link load} would. */
  useRead(context: TurnContext, read: StoredConversationState): Record<string, unknown> {
    const { state } = read;
    context.turnState.set(this.cacheKey, { state, snapshot: snapshotOf(state) } satisfies Cached);
    return state;
  }

  override get(context: TurnContext): Record<string, unknown> | undefined {
    return this.cached(context)?.state;
  }

  /** Empties the state for this turn; the next save writes it. */
  override clear(context: TurnContext): Promise<void> {
    context.turnState.set(this.cacheKey, { state: {}, snapshot: '' } satisfies Cached);
    return Promise.resolve();
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.cacheKey);
    await this.expiringStorage.delete([this.storageKeyOf(context)], turnFenceOf(context));
  }

  override saveChanges(context: TurnContext, force = false): Promise<void> {
    return this.saveFor(context, undefined, { force });
  }

  /**
   * Saves the turn's changes, kept for `ttlSeconds` (undefined: the store's default lifetime);
   * nothing is written when the state is as it was read (unless `force`). `releaseLock`: this is the
   * turn's last write, and releases the conversation lock with it (see `ExpiringStorage.write`).
   */
  async saveFor(context: TurnContext, ttlSeconds: number | undefined, { force = false, releaseLock = false } = {}): Promise<void> {
    const cached = this.cached(context) ?? (force ? { state: {}, snapshot: '' } : undefined);
    if (cached === undefined) return;
    const snapshot = snapshotOf(cached.state);
    if (!force && snapshot === cached.snapshot) return;
    cached.state.eTag = '*';
    await this.expiringStorage.write({ [this.storageKeyOf(context)]: cached.state }, ttlSeconds, turnFenceOf(context), releaseLock);
    cached.snapshot = snapshot;
    context.turnState.set(this.cacheKey, cached);
  }

  private cached(context: TurnContext): Cached | undefined {
    return context.turnState.get<Cached | undefined>(this.cacheKey);
  }

  private storageKeyOf(context: TurnContext): string {
    const key = this.getStorageKey(context);
    // botbuilder's own message for an activity without a conversation.
    if (key === undefined) throw new Error('ConversationState: channelId and/or conversation missing from context.activity.');
    return key;
  }
}
