/*
 * The storage ports, one a file; import them from here (`../store/ports`). The records they hold
 * (person, audit entry, domain event, pending export, ...) are domain types in `src/domain/`.
 */
export type { ActivityStore } from './activity-store';
export type { AdminTokenGrant, AdminTokenStore } from './admin-token-store';
export type { AdminAuditLog, AdminAuditQuery } from './admin-audit-log';
export type { AuditLog } from './audit-log';
export type { CallbackStore } from './callback-store';
export type { CallbackOutcomeStore } from './callback-outcome-store';
export type { ConversationLock, HeldLock, TurnFence } from './conversation-lock';
export type { DataExportStore } from './data-export-store';
export type { DirectLineHistory, HistoryPage, WebChatConversation } from './direct-line-history';
export type { EventOutbox } from './event-outbox';
export type { ExpiringStorage } from './expiring-storage';
export type { PractitionerStore } from './practitioner-store';
export type { CallbackCardStore, DigestDayStore, DirectoryStore, EventCursorStore, KeyedRecordStore, MonthlyDigestStore, TaxonomyMappingStore } from './keyed-record-store';
export type { PersonRecordStore, PersonStore, WellbeingStore } from './person-record-store';
export type { PushSubscriptionStore } from './push-subscription-store';
export type { RateLimit, RateLimitRule } from './rate-limit';
export type { SmsChannelStore } from './sms-channel-store';
export type { StaffLoginStore, StaffSessionStore } from './staff-session-store';
export type { StoreHealth } from './store-health';
export type { Stores } from './stores';
export type { TeamDirectoryStore } from './team-directory-store';
export type { TeamsConversationStore } from './teams-conversation-store';
export type { TeamsSiteLinkStore } from './teams-site-link-store';
export type { SendBucket, SendClaim, SendTake, SentRecord, TeamsSendStore } from './teams-send-store';
export type { ReportAggregates, ReportEntry } from './report-aggregates';
