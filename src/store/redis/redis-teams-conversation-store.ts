import type { TeamsConversation } from '../../domain/teams/teams-conversation';
import { refreshedConversation, type ConversationSighting, type SeenConversation } from '../../domain/teams/teams-conversation-refresh';
import type { PractitionerIdentity } from '../../teams/teams-directory';
import { existingOnly, updateByCompareAndSet, type CompareAndSetAccess, type StoredVersion } from '../compare-and-set';
import type { TeamsConversationStore } from '../ports';
import { newETag } from '../storage-record';
import { practitionerKey } from '../../teams/site-practitioner';
import { teamsConversationCodec } from '../teams-record-schema';
import { casResults, resultOf } from './lua-results';
import { redisCall } from './redis-call';
import type { RedisCommands } from './redis-commands';

/*
 * Every Teams key has the `{msteams}` hash tag: one cluster slot (a few hundred conversations and
 * practitioners at most), so any of them can meet in one command.
 */
const conversationKey = (conversationId: string) => `{msteams}:conversation:${conversationId}`;
const personalKey = (practitioner: PractitionerIdentity) => `{msteams}:personal:${practitionerKey(practitioner)}`;

/**
 * Teams conversations on Redis: a hash `{ e: eTag, d: { v: 1, conversation } }` per conversation
 * at `{msteams}:conversation:<id>`, changed by compare-and-set (`casRecord`), and a string
 * `{msteams}:personal:<tenant>/<object id>` naming each practitioner's personal chat.
 */
export class RedisTeamsConversationStore implements TeamsConversationStore {
  constructor(private readonly redis: RedisCommands) {}

  async record(seen: SeenConversation, sighting: ConversationSighting, nowIso: string): Promise<TeamsConversation> {
    const saved = await updateByCompareAndSet(teamsConversationCodec, this.access(seen.conversationId), (current) =>
      refreshedConversation(current, seen, sighting, nowIso),
    );
    if (saved.scope === 'personal' && saved.aadObjectId !== undefined) {
      const practitioner = { tenantId: saved.tenantId, aadObjectId: saved.aadObjectId };
      await redisCall("keeping a practitioner's personal chat", this.redis.set(personalKey(practitioner), saved.conversationId));
    }
    return saved;
  }

  async get(conversationId: string): Promise<TeamsConversation | undefined> {
    const found = await this.read(conversationId);
    return found === undefined ? undefined : teamsConversationCodec.decode(found.raw);
  }

  async personalChatOf(practitioner: PractitionerIdentity): Promise<TeamsConversation | undefined> {
    const conversationId = await redisCall("reading a practitioner's personal chat", this.redis.get(personalKey(practitioner)));
    return conversationId === null ? undefined : this.get(conversationId);
  }

  async markBlocked(conversationId: string, nowIso: string): Promise<boolean> {
    const saved = await updateByCompareAndSet(
      teamsConversationCodec,
      this.access(conversationId),
      existingOnly((current) => ({ ...current, blockedUntilHeard: true, updatedAt: nowIso })),
    );
    return saved !== undefined;
  }

  private access(conversationId: string): CompareAndSetAccess<TeamsConversation> {
    return {
      read: () => this.read(conversationId),
      write: async ({ raw }, expectedVersion) => {
        const code = await redisCall('writing a Teams conversation', this.redis.lwcCasRecord(conversationKey(conversationId), expectedVersion ?? '', newETag(), raw));
        return resultOf(casResults, code, 'casRecord') === 'written';
      },
    };
  }

  private async read(conversationId: string): Promise<StoredVersion | undefined> {
    const [eTag, raw] = await redisCall('reading a Teams conversation', this.redis.hmget(conversationKey(conversationId), 'e', 'd'));
    return typeof eTag === 'string' && typeof raw === 'string' ? { eTag, raw } : undefined;
  }
}
