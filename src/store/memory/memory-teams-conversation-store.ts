import type { TeamsConversation } from '../../domain/teams/teams-conversation';
import { refreshedConversation, type ConversationSighting, type SeenConversation } from '../../domain/teams/teams-conversation-refresh';
import type { PractitionerIdentity } from '../../teams/teams-directory';
import { existingOnly, updateByCompareAndSet } from '../compare-and-set';
import type { TeamsConversationStore } from '../ports';
import { practitionerKey } from '../../teams/site-practitioner';
import { teamsConversationCodec } from '../teams-record-schema';
import { VersionedEntries } from './versioned-entries';

/** Teams conversations in this process's memory, with the Redis store's contract. */
export class MemoryTeamsConversationStore implements TeamsConversationStore {
  private readonly conversations = new VersionedEntries();
  /** Practitioner key → their personal chat's conversation id. */
  private readonly personal = new Map<string, string>();

  async record(seen: SeenConversation, sighting: ConversationSighting, nowIso: string): Promise<TeamsConversation> {
    const saved = await updateByCompareAndSet(teamsConversationCodec, this.conversations.access<TeamsConversation>(seen.conversationId), (current) =>
      refreshedConversation(current, seen, sighting, nowIso),
    );
    if (saved.scope === 'personal' && saved.aadObjectId !== undefined) {
      this.personal.set(practitionerKey({ tenantId: saved.tenantId, aadObjectId: saved.aadObjectId }), saved.conversationId);
    }
    return saved;
  }

  async get(conversationId: string): Promise<TeamsConversation | undefined> {
    const entry = this.conversations.get(conversationId);
    return entry === undefined ? undefined : teamsConversationCodec.decode(entry.raw);
  }

  async personalChatOf(practitioner: PractitionerIdentity): Promise<TeamsConversation | undefined> {
    const conversationId = this.personal.get(practitionerKey(practitioner));
    return conversationId === undefined ? undefined : this.get(conversationId);
  }

  async markBlocked(conversationId: string, nowIso: string): Promise<boolean> {
    const saved = await updateByCompareAndSet(
      teamsConversationCodec,
      this.conversations.access<TeamsConversation>(conversationId),
      existingOnly((current) => ({ ...current, blockedUntilHeard: true, updatedAt: nowIso })),
    );
    return saved !== undefined;
  }
}
