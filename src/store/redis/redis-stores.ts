import { RedisAdminAuditLog } from './redis-admin-audit-log';
import { Cluster } from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { AppError } from '../../domain/app-error';
import type { Clock } from '../../domain/clock';
import { personRecordCodec } from '../person-record-schema';
import type { Stores } from '../ports';
import { rateLimitFrom } from '../rate-limit-flexible';
import { keyedReferences } from '../keyed-reference';
import { defaultConversationStateTtlSeconds } from '../storage-record';
import { withTimeout } from '../timing';
import { wellbeingRecordCodec } from '../wellbeing-record-schema';
import { RedisActivityStore, RedisAdminTokenStore } from './redis-activity-store';
import { RedisAuditLog } from './redis-audit-log';
import { RedisBotStorage } from './redis-bot-storage';
import { RedisCallbackStore } from './redis-callback-store';
import { RedisConversationLock } from './redis-conversation-lock';
import { ReleasedLocks } from './released-locks';
import { RedisDataExportStore } from './redis-data-export-store';
import { RedisDirectLineHistory } from './redis-direct-line-history';
import { RedisEventOutbox } from './redis-event-outbox';
import { redisFailure } from './redis-call';
import type { RedisClient } from './redis-commands';
import { createRedisClient, type RedisConnection } from './redis-connection';
import { RedisPushSubscriptionStore } from './redis-push-subscription-store';
import { RedisRecordStore } from './redis-record-store';
import { RedisSmsStore } from './redis-sms-store';
import { RedisStaffLoginStore, RedisStaffSessionStore } from './redis-staff-session-store';
import { RedisTeamDirectoryStore } from './redis-team-store';
import { RedisPractitionerStore } from './redis-practitioner-store';
import { RedisTeamsConversationStore } from './redis-teams-conversation-store';
import { RedisTeamsSiteLinkStore } from './redis-teams-site-link-store';
import { RedisTeamsSendStore } from './redis-teams-send-store';
import { RedisKeyedRecordStore } from './redis-keyed-record-store';
import { RedisReportAggregates } from './redis-report-aggregates';
import { RedisCallbackOutcomeStore } from './redis-callback-outcome-store';
import { callbackCardCodec, digestDayCodec, eventCursorCodec, monthlyDigestCodec } from '../teams-record-schema';
import { directoryRecordCodec, taxonomyMappingsCodec } from '../directory-record-schema';

export interface RedisStoresOptions {
  readonly connection: RedisConnection;
  /** Prefix of every key this service writes, e.g. `lwc:`; tests use a random one. */
  readonly keyPrefix: string;
  readonly lockTtlMs: number;
  readonly lockWaitMs: number;
  readonly clock: Clock;
  /** REFERENCE_HASH_SECRET: keys the references in keys and logs. */
  readonly referenceSecret: string;
  /** How long web chat history is kept after a conversation's last activity; 7 days unless given. */
  readonly directLineTtlSeconds?: number;
  /** How long conversation state is kept after its last change; 7 days unless given. */
  readonly conversationStateTtlSeconds?: number;
}

/** Default of {@link RedisStoresOptions.directLineTtlSeconds}: 7 days. */
export const defaultDirectLineTtlSeconds = 604_800;

/** The production stores, all on one Redis connection. */
export async function createRedisStores(
  options: RedisStoresOptions,
): Promise<Stores & { redis: RedisClient; directLine: RedisDirectLineHistory }> {
  const redis = createRedisClient(options.connection, options.keyPrefix);
  await redis.connect().catch((cause: unknown) => {
    throw new AppError('STORE_UNAVAILABLE', 'cannot connect to Redis', { cause });
  });
  const directLine = new RedisDirectLineHistory(redis, {
    keyPrefix: options.keyPrefix,
    ttlSeconds: options.directLineTtlSeconds ?? defaultDirectLineTtlSeconds,
  });
  const references = keyedReferences(options.referenceSecret);
  const releasedLocks = new ReleasedLocks();
  return {
    kind: 'redis',
    references,
    redis,
    botStorage: new RedisBotStorage(redis, options.conversationStateTtlSeconds ?? defaultConversationStateTtlSeconds, releasedLocks),
    conversationLock: new RedisConversationLock(redis, {
      ttlMs: options.lockTtlMs,
      waitMs: options.lockWaitMs,
      clock: options.clock,
      references,
      releasedLocks,
    }),
    // Key layouts are part of the data at rest (README, "Key layout"): `person:{<ref>}` and
    // `wellbeing:{<ref>}`, where `<ref>` is the person key's keyed reference (REFERENCE_HASH_SECRET):
    // no key names a person, and one person's records share a cluster slot.
    people: new RedisRecordStore(redis, 'person:', personRecordCodec, references),
    wellbeing: new RedisRecordStore(redis, 'wellbeing:', wellbeingRecordCodec, references),
    audit: new RedisAuditLog(redis),
    directLine,
    activities: new RedisActivityStore(redis),
    adminTokens: new RedisAdminTokenStore(redis),
    adminAudit: new RedisAdminAuditLog(redis),
    // `taxonomy-mappings:<siteId>`, `directory:<siteId>` (`{ e, d }` hashes).
    taxonomyMappings: new RedisKeyedRecordStore(redis, 'taxonomy-mappings:', taxonomyMappingsCodec),
    directories: new RedisKeyedRecordStore(redis, 'directory:', directoryRecordCodec),
    // `{teams}:<siteId>`; `{callbacks}:request:<id>` with the `{callbacks}:*` indexes; the stream `events`.
    teams: new RedisTeamDirectoryStore(redis),
    callbacks: new RedisCallbackStore(redis, references),
    events: new RedisEventOutbox(redis),
    // `teams-card:<request id>`, `event-cursor:<reader>`, `digest-day:<siteId>` (`{ e, d }` hashes); `{outcomes}:<siteId>` (hash by request id).
    callbackCards: new RedisKeyedRecordStore(redis, 'teams-card:', callbackCardCodec),
    eventCursors: new RedisKeyedRecordStore(redis, 'event-cursor:', eventCursorCodec),
    digestDays: new RedisKeyedRecordStore(redis, 'digest-day:', digestDayCodec),
    // `monthly-digest:<siteId>` (`{ e, d }` hash): the month its last monthly digest reported.
    monthlyDigests: new RedisKeyedRecordStore(redis, 'monthly-digest:', monthlyDigestCodec),
    callbackOutcomes: new RedisCallbackOutcomeStore(redis),
    // `{reports:<siteId>}:<YYYY-MM>` (counters) and `{reports:<siteId>}:person:<pseudonym>` (first/latest values).
    reports: new RedisReportAggregates(redis),
    // `sms-msg:<MessageSid>`, `sms-answers:{<ref>}`, `sms-more:{<ref>}`, `sms-optout:{<ref>}` (the number's keyed reference).
    sms: new RedisSmsStore(redis, references),
    // `{exports}:export:<id>` and `{exports}:person:<ref>`, expiring with the download link.
    exports: new RedisDataExportStore(redis, references),
    // `push:{<ref>}` (the person key's keyed reference), expiring with the person's web chat history.
    pushSubscriptions: new RedisPushSubscriptionStore(redis),
    // `{msteams}:conversation:<id>`, `{msteams}:personal:<tenant>/<object id>`, `{msteams}:link-code:<sha-256>`,
    // `{msteams}:site-channel:<siteId>`, `{msteams}:practitioners:<siteId>`: one slot, ids only.
    teamsConversations: new RedisTeamsConversationStore(redis),
    teamsSiteLinks: new RedisTeamsSiteLinkStore(redis),
    practitioners: new RedisPractitionerStore(redis),
    // `{teams-send}:bucket:<conversation:id|tenant:id>`, `{teams-send}:pause`, `teams-sent:<send key>` (ids only).
    teamsSend: new RedisTeamsSendStore(redis),
    // `staff-session:<sha-256 of the session id>`, expiring with the session's idle or absolute timeout.
    staffSessions: new RedisStaffSessionStore(redis),
    // `staff-login:<sha-256 of the OpenID Connect state>`, expiring after a few minutes, taken once.
    staffLogins: new RedisStaffLoginStore(redis),
    rateLimit: (rule) =>
      // The client's key prefix applies to the limiter's keys too. With Redis not ready the limiter
      // fails at once (503) instead of waiting out the command timeout.
      rateLimitFrom(
        new RateLimiterRedis({ storeClient: redis, keyPrefix: `rl:${rule.name}`, points: rule.points, duration: rule.windowSeconds, rejectIfRedisNotReady: true }),
        references,
        (cause) => redisFailure('counting a rate limit', cause),
      ),
    health: {
      isConnected: () => redis.status === 'ready',
      ping: async () => {
        const answer = await withTimeout(ping(redis), 1_000, () => new Error('timed out after 1000 ms')).catch((cause: unknown) => {
          throw new AppError('STORE_UNAVAILABLE', 'Redis did not answer PING', { cause });
        });
        if (answer !== 'PONG') throw new AppError('STORE_UNAVAILABLE', 'Redis answered PING oddly');
      },
    },
    close: async () => {
      await directLine.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** PING on one Redis; on a cluster, every master must answer. */
async function ping(redis: RedisClient): Promise<string> {
  if (!(redis instanceof Cluster)) return redis.ping();
  const masters = redis.nodes('master');
  if (masters.length === 0) throw new Error('no cluster masters known');
  const answers = await Promise.all(masters.map((node) => node.ping()));
  return answers.every((answer) => answer === 'PONG') ? 'PONG' : 'not every master answered PONG';
}
