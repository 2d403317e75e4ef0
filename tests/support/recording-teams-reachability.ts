import type { TeamsReachability } from '../../src/teams/teams-reachability';

/**
 * The TeamsReachability port in memory, for the send pipeline's tests (the references store
 * implements it for the service): records which conversations were marked and replaced.
 */
export class RecordingTeamsReachability implements TeamsReachability {
  readonly blocked = new Set<string>();
  readonly unreachable = new Set<string>();
  readonly replacements = new Map<string, string>();

  async markBlocked(conversationId: string): Promise<void> {
    this.blocked.add(conversationId);
  }

  async replaced(conversationId: string, newConversationId: string): Promise<void> {
    this.replacements.set(conversationId, newConversationId);
  }

  async markUnreachable(conversationId: string): Promise<void> {
    this.unreachable.add(conversationId);
  }
}
