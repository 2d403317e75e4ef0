import { AsyncLocalStorage } from 'node:async_hooks';
import { ConversationState, type TurnContext } from 'botbuilder';
import type { KeyedReference } from '../store/keyed-reference';
import type { ExpiringStorage } from '../store/ports';

/** The lifetime the save in progress asked for; undefined: the store's default. */
const lifetimes = new AsyncLocalStorage<number | undefined>();

/**
 * Conversation state that expires, stored under a keyed reference of the conversation (on SMS the
 * conversation id is the phone number, so botbuilder's own key would name the person).
 */
export class ExpiringConversationState extends ConversationState {
  constructor(
    storage: ExpiringStorage,
    private readonly references: KeyedReference,
  ) {
    super({
      read: (keys) => storage.read(keys),
      write: (changes) => storage.write(changes, lifetimes.getStore()),
      delete: (keys) => storage.delete(keys),
    });
  }

  override getStorageKey(context: TurnContext): string | undefined {
    const key = super.getStorageKey(context);
    return key === undefined ? undefined : `conversation:${this.references('state', key)}`;
  }

  /** Saves the turn's changes, kept for `ttlSeconds` (undefined: the store's default lifetime). */
  saveFor(context: TurnContext, ttlSeconds: number | undefined): Promise<void> {
    return lifetimes.run(ttlSeconds, () => this.saveChanges(context));
  }
}
