import type { KeyedReference } from '../keyed-reference';
import type { ActivityStore } from './activity-store';
import type { AdminTokenStore } from './admin-token-store';
import type { AdminAuditLog } from './admin-audit-log';
import type { AuditLog } from './audit-log';
import type { CallbackStore } from './callback-store';
import type { CallbackOutcomeStore } from './callback-outcome-store';
import type { CallbackCardStore, DigestDayStore, DirectoryStore, EventCursorStore, MonthlyDigestStore, TaxonomyMappingStore } from './keyed-record-store';
import type { ConversationLock } from './conversation-lock';
import type { DataExportStore } from './data-export-store';
import type { DirectLineHistory } from './direct-line-history';
import type { EventOutbox } from './event-outbox';
import type { ExpiringStorage } from './expiring-storage';
import type { PersonStore, WellbeingStore } from './person-record-store';
import type { PushSubscriptionStore } from './push-subscription-store';
import type { ReportAggregates } from './report-aggregates';
import type { RateLimit, RateLimitRule } from './rate-limit';
import type { SmsChannelStore } from './sms-channel-store';
import type { StaffLoginStore, StaffSessionStore } from './staff-session-store';
import type { StoreHealth } from './store-health';
import type { TeamDirectoryStore } from './team-directory-store';
import type { PractitionerStore } from './practitioner-store';
import type { TeamsConversationStore } from './teams-conversation-store';
import type { TeamsSiteLinkStore } from './teams-site-link-store';
import type { TeamsSendStore } from './teams-send-store';

/**
 * Everything the service keeps, behind ports. Two implementations: `redis/` and `memory/`.
 * Later features add their own ports here (callbacks, listings), each with its contract tests.
 */
export interface Stores {
  readonly kind: 'redis' | 'memory';
  /** Keyed references to people and conversations, for log lines and for the keys these stores write. */
  readonly references: KeyedReference;
  /** botbuilder Storage with real eTag compare-and-set; holds dialog and conversation state. */
  readonly botStorage: ExpiringStorage;
  readonly conversationLock: ConversationLock;
  readonly people: PersonStore;
  readonly wellbeing: WellbeingStore;
  readonly audit: AuditLog;
  readonly directLine: DirectLineHistory;
  /** Local activity listings, managed through the admin API. */
  readonly activities: ActivityStore;
  readonly adminTokens: AdminTokenStore;
  /** Each site's admin audit trail: every admin change, whoever made it, and every opening of a callback's details. */
  readonly adminAudit: AdminAuditLog;
  /** Each site's own taxonomy mapping rows, for imported listings' kinds. */
  readonly taxonomyMappings: TaxonomyMappingStore;
  /** Each site's Open Referral directory link and its last pull reports. */
  readonly directories: DirectoryStore;
  /** Each site's team contact details and opening hours, managed through the admin API. */
  readonly teams: TeamDirectoryStore;
  /** People's callback requests, worked through by the teams. */
  readonly callbacks: CallbackStore;
  /** Events for practitioners' nudges (callback requested, claimed, ...). */
  readonly events: EventOutbox;
  /** Where each callback request's Teams cards were posted, its snooze, who acted from a card. */
  readonly callbackCards: CallbackCardStore;
  /** Where each outbox reader is (the Teams nudges). */
  readonly eventCursors: EventCursorStore;
  /** The date of each site's last morning digest in Teams. */
  readonly digestDays: DigestDayStore;
  /** The month each site's last monthly digest in Teams reported. */
  readonly monthlyDigests: MonthlyDigestStore;
  /** What practitioners recorded after contact (ids and codes), for the outcome reports. */
  readonly callbackOutcomes: CallbackOutcomeStore;
  /** The outcome reports' anonymous counters per site and month, and pseudonymous first/latest values. */
  readonly reports: ReportAggregates;
  /** The SMS channel's message claims, opt-outs and waiting rests of long replies. */
  readonly sms: SmsChannelStore;
  /** "Export my data" files waiting for their one download. */
  readonly exports: DataExportStore;
  /** The browsers each person asked to be told on (Web Push), under their keyed reference. */
  readonly pushSubscriptions: PushSubscriptionStore;
  /** Teams conversations the bot can write to (channels, practitioners' personal chats). */
  readonly teamsConversations: TeamsConversationStore;
  /** Which Teams channel each site's nudges go to, and the one-time codes that link them. */
  readonly teamsSiteLinks: TeamsSiteLinkStore;
  /** Each site's practitioners and their roles. */
  readonly practitioners: PractitionerStore;
  /** The Teams send pipeline's token buckets, pause and keyed results. */
  readonly teamsSend: TeamsSendStore;
  /** Staff app sessions (browser sign-in), under the SHA-256 of their ids. */
  readonly staffSessions: StaffSessionStore;
  /** Browser sign-ins under way (OpenID Connect state, nonce, PKCE verifier), under the SHA-256 of their state. */
  readonly staffLogins: StaffLoginStore;
  readonly health: StoreHealth;
  /** A rate limit shared by every instance (on Redis), or this process's own (in memory). */
  rateLimit(rule: RateLimitRule): RateLimit;
  /** Releases connections; pending writes finish first. */
  close(): Promise<void>;
}
