import { MemoryAdminAuditLog } from './memory-admin-audit-log';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { ConversationLock, HeldLock, Stores } from '../ports';
import { KeyedMutex } from '../keyed-mutex';
import { personRecordCodec } from '../person-record-schema';
import type { Clock } from '../../domain/clock';
import { keyedReferences } from '../keyed-reference';
import { defaultConversationStateTtlSeconds } from '../storage-record';
import { rateLimitFrom } from '../rate-limit-flexible';
import { wellbeingRecordCodec } from '../wellbeing-record-schema';
import { MemoryActivityStore, MemoryAdminTokenStore } from './memory-activity-store';
import { MemoryAuditLog } from './memory-audit-log';
import { MemoryCallbackStore } from './memory-callback-store';
import { MemoryDataExportStore } from './memory-data-export-store';
import { MemoryBotStorage } from './memory-bot-storage';
import { MemoryDirectLineHistory } from './memory-direct-line-history';
import { MemoryEventOutbox } from './memory-event-outbox';
import { MemoryPushSubscriptionStore } from './memory-push-subscription-store';
import { MemoryRecordStore } from './memory-record-store';
import { MemorySmsStore } from './memory-sms-store';
import { MemoryStaffLoginStore, MemoryStaffSessionStore } from './memory-staff-session-store';
import { MemoryTeamDirectoryStore } from './memory-team-store';
import { MemoryPractitionerStore } from './memory-practitioner-store';
import { MemoryTeamsConversationStore } from './memory-teams-conversation-store';
import { MemoryTeamsSiteLinkStore } from './memory-teams-site-link-store';
import { MemoryTeamsSendStore } from './memory-teams-send-store';
import { MemoryKeyedRecordStore } from './memory-keyed-record-store';
import { MemoryCallbackOutcomeStore } from './memory-callback-outcome-store';
import { MemoryReportAggregates } from './memory-report-aggregates';
import { callbackCardCodec, digestDayCodec, eventCursorCodec, monthlyDigestCodec } from '../teams-record-schema';
import { directoryRecordCodec, taxonomyMappingsCodec } from '../directory-record-schema';

/** In-process conversation lock: enough when one process is the whole service. */
export class MemoryConversationLock implements ConversationLock {
  private readonly mutex = new KeyedMutex();
  constructor(private readonly waitMs: number) {}

  runExclusive<T>(conversationKey: string, work: (held: HeldLock<undefined>) => Promise<T>): Promise<T>;
  runExclusive<T, R>(conversationKey: string, work: (held: HeldLock<R>) => Promise<T>, readFirst: () => Promise<R>): Promise<T>;
  runExclusive<T, R>(conversationKey: string, work: (held: HeldLock<R | undefined>) => Promise<T>, readFirst?: () => Promise<R>): Promise<T> {
    return this.mutex.runExclusive(conversationKey, this.waitMs, async () => work({ read: readFirst === undefined ? undefined : await readFirst(), fence: undefined }));
  }
}

/** The embedded default: everything in this process's memory, lost on restart. */
export function createMemoryStores(options: {
  lockWaitMs: number;
  clock: Clock;
  /** How long conversation state is kept after its last change; 7 days unless given. */
  conversationStateTtlSeconds?: number;
  /** REFERENCE_HASH_SECRET: keys the references in logs and rate limits. */
  referenceSecret: string;
}): Stores & { botStorage: MemoryBotStorage; directLine: MemoryDirectLineHistory } {
  const references = keyedReferences(options.referenceSecret);
  return {
    kind: 'memory',
    references,
    botStorage: new MemoryBotStorage(options.clock, options.conversationStateTtlSeconds ?? defaultConversationStateTtlSeconds),
    conversationLock: new MemoryConversationLock(options.lockWaitMs),
    people: new MemoryRecordStore(personRecordCodec),
    wellbeing: new MemoryRecordStore(wellbeingRecordCodec),
    audit: new MemoryAuditLog(),
    directLine: new MemoryDirectLineHistory(),
    activities: new MemoryActivityStore(),
    adminTokens: new MemoryAdminTokenStore(),
    adminAudit: new MemoryAdminAuditLog(),
    taxonomyMappings: new MemoryKeyedRecordStore(taxonomyMappingsCodec),
    directories: new MemoryKeyedRecordStore(directoryRecordCodec),
    teams: new MemoryTeamDirectoryStore(),
    callbacks: new MemoryCallbackStore(),
    events: new MemoryEventOutbox(),
    callbackCards: new MemoryKeyedRecordStore(callbackCardCodec),
    eventCursors: new MemoryKeyedRecordStore(eventCursorCodec),
    digestDays: new MemoryKeyedRecordStore(digestDayCodec),
    monthlyDigests: new MemoryKeyedRecordStore(monthlyDigestCodec),
    callbackOutcomes: new MemoryCallbackOutcomeStore(),
    reports: new MemoryReportAggregates(),
    sms: new MemorySmsStore(),
    exports: new MemoryDataExportStore(),
    pushSubscriptions: new MemoryPushSubscriptionStore(() => options.clock.now()),
    teamsConversations: new MemoryTeamsConversationStore(),
    teamsSiteLinks: new MemoryTeamsSiteLinkStore(() => options.clock.now()),
    practitioners: new MemoryPractitionerStore(),
    teamsSend: new MemoryTeamsSendStore(),
    staffSessions: new MemoryStaffSessionStore(() => options.clock.now()),
    staffLogins: new MemoryStaffLoginStore(() => options.clock.now()),
    health: { ping: async () => undefined, isConnected: () => true },
    rateLimit: (rule) => rateLimitFrom(new RateLimiterMemory({ keyPrefix: rule.name, points: rule.points, duration: rule.windowSeconds }), references),
    close: async () => undefined,
  };
}
