import { type Clock, isoNow } from '../domain/clock';
import type { TeamsConversationStore } from '../store/ports';
import type { TeamsReachability } from './teams-reachability';

/**
 * The send pipeline's marks, kept on the Teams conversation records: blocked and unreachable both
 * set `blockedUntilHeard` (nothing more is sent there until the practitioner or channel writes to
 * the bot again, which clears it), and a personal chat created again is recorded under its new id
 * with the old one's ids, so `personalChatOf` finds the new one.
 */
export class StoreTeamsReachability implements TeamsReachability {
  constructor(
    private readonly conversations: TeamsConversationStore,
    private readonly clock: Clock,
  ) {}

  async markBlocked(conversationId: string): Promise<void> {
    await this.conversations.markBlocked(conversationId, isoNow(this.clock));
  }

  async replaced(conversationId: string, newConversationId: string): Promise<void> {
    const old = await this.conversations.get(conversationId);
    if (old === undefined) return;
    const { installed: _installed, blockedUntilHeard: _blocked, updatedAt: _updated, ...seen } = old;
    await this.conversations.record({ ...seen, conversationId: newConversationId }, 'heard', isoNow(this.clock));
  }

  async markUnreachable(conversationId: string): Promise<void> {
    await this.conversations.markBlocked(conversationId, isoNow(this.clock));
  }
}
