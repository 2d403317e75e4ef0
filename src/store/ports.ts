import type { Storage, StoreItems } from 'botbuilder';
import type { Activity } from '../domain/activities/activity';
import type { CallbackRequest, CallbackStatus } from '../domain/callbacks/callback-request';
import type { ErasedCallback } from '../domain/callbacks/erased-callback';
import type { Area, SiteId } from '../domain/sites';
import type { TeamDirectoryEntry } from '../domain/team/team-directory';
import type { WellbeingRecord } from '../domain/wellbeing/wellbeing-record';
import type { KeyedReference } from './keyed-reference';

/**
 * Serializes work per conversation. In memory mode this is an in-process mutex; on Redis it is a
 * lock with expiry, renewal and fencing, so several instances behave as one.
 */
export interface ConversationLock {
  /**
   * Runs `work` while holding the lock for `conversationKey`; waits its turn.
   * @throws AppError TURN_BUSY when the lock cannot be had in time.
   */
  runExclusive<T>(conversationKey: string, work: () => Promise<T>): Promise<T>;
}

/** Tells whether the backing store answers. Used by `/readyz` and to fail fast in an outage. */
export interface StoreHealth {
  /** Resolves when the store answered; rejects with AppError STORE_UNAVAILABLE otherwise. */
  ping(): Promise<void>;
  /** False while the connection is known to be down (no round trip): turns fail fast then. */
  isConnected(): boolean;
}

/** Consent as the person gave it: when, and to which wording. */
export interface ConsentRecord {
  /** UTC ISO instant. */
  readonly givenAt: string;
  /** Version of the consent wording shown (see src/domain/consent.ts). */
  readonly wordingVersion: string;
}

/** "Remind me" on an activity search result. */
export interface ActivityReminderRequest {
  readonly activityId: string;
  /** UTC ISO instant. */
  readonly requestedAt: string;
}

/**
 * What the companion keeps about a person, keyed by their channel identity
 * (`<channelId>:<user id on that channel>`). Only what features need.
 */
export interface PersonRecord {
  readonly consent?: ConsentRecord;
  /** The area they chose during onboarding. */
  readonly area?: Area;
  /** Activities the person asked to be reminded of (the reminders work sends them later). */
  readonly activityReminders?: readonly ActivityReminderRequest[];
  /** UTC ISO instants. */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * One record per person, written compare-and-set, so two turns at once never lose a change.
 * The person store and the wellbeing store are both this shape.
 */
export interface PersonRecordStore<T> {
  get(personKey: string): Promise<T | undefined>;
  /**
   * Applies `change` to the current record (undefined when there is none) and saves the result,
   * retrying with the fresh record when another writer got there first. `change` must be pure:
   * it may run more than once.
   * @throws AppError STORE_CONFLICT after repeated conflicts.
   * @throws AppError STORE_RECORD_INVALID when the result does not fit the record's schema.
   */
  update(personKey: string, change: (current: T | undefined) => T): Promise<T>;
  /** Erases the record; resolves `true` when there was one. */
  delete(personKey: string): Promise<boolean>;
}

/** People's records: consent and area. */
export type PersonStore = PersonRecordStore<PersonRecord>;

/** People's goals, ratings, wellbeing answers and check-in preferences, apart from dialog state. */
export type WellbeingStore = PersonRecordStore<WellbeingRecord>;

/** A non-identifying record that something happened: no ids, no content. */
export interface AuditEntry {
  readonly event: 'person.erased' | 'consent.withdrawn';
  /** UTC ISO instant. */
  readonly at: string;
  readonly channelId: string;
  /** How many stored records were erased. */
  readonly recordsErased: number;
}

/** Append-only audit trail (newest first when listed). */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  list(limit: number): Promise<AuditEntry[]>;
}

/** A web chat (Direct Line) conversation: who it belongs to. */
export interface WebChatConversation {
  readonly conversationId: string;
  /** The server-chosen Direct Line user id the conversation is bound to. */
  readonly userId: string;
  /** UTC ISO instant. */
  readonly createdAt: string;
  /**
   * When set, the conversation and its messages are kept only this many seconds after the last
   * message, however long the history's usual lifetime (people who did not agree to saving).
   */
  readonly retentionSeconds?: number;
}

/** A page of a conversation's history after a watermark. */
export interface HistoryPage {
  /** Activities in order, each with `id` set (`<conversationId>|<seq>`). */
  readonly activities: readonly Record<string, unknown>[];
  /** The sequence number of the last activity in the conversation (or the watermark asked for). */
  readonly watermark: number;
}

/**
 * Direct Line conversation history, shared by every instance: activities get increasing sequence
 * numbers (the Direct Line watermark), expire after a TTL, and appends are announced to every
 * instance so a WebSocket on any of them delivers at once.
 */
export interface DirectLineHistory {
  /** Records a new conversation for `userId` (idempotent). */
  createConversation(conversation: WebChatConversation): Promise<void>;
  getConversation(conversationId: string): Promise<WebChatConversation | undefined>;
  /**
   * Appends an activity, giving it the next sequence number and the id `<conversationId>|<seq>`
   * (overwriting any id it had). Refreshes the TTL. Announces it to subscribers.
   * @throws AppError NOT_FOUND when the conversation does not exist (expired or erased).
   */
  append(conversationId: string, activity: Record<string, unknown>): Promise<{ id: string; watermark: number }>;
  /** Activities with a sequence number above `watermark` (at most `limit`). */
  since(conversationId: string, watermark: number, limit: number): Promise<HistoryPage>;
  /**
   * Calls `listener` with each activity appended to the conversation from now on, on any instance.
   * Returns the unsubscribe function.
   */
  subscribe(conversationId: string, listener: (activity: Record<string, unknown>, watermark: number) => void): () => void;
  /**
   * Resolves once every subscription made so far is active everywhere (on Redis the SUBSCRIBE
   * reaches the server a moment later). Await it before reading a backlog, so nothing falls between.
   */
  subscriptionsSettled(): Promise<void>;
  /** Conversation ids bound to a user (for erasure). */
  conversationsOf(userId: string): Promise<string[]>;
  /** Erases a conversation and its history. */
  deleteConversation(conversationId: string): Promise<void>;
  /**
   * Keeps the conversation and its messages only `seconds` after the last one from now on (never
   * longer than usual). On Redis the keys' expiry is set at once and every later append keeps to
   * it; in memory (embedded mode) history lives only as long as the process anyway.
   */
  limitRetention(conversationId: string, seconds: number): Promise<void>;
  /**
   * Erases a conversation's activities but keeps the conversation: appends go on from the next
   * sequence number, so a client carries on from its watermark.
   */
  clearHistory(conversationId: string): Promise<void>;
}

/** Whether one more action is allowed for a key, and if not, when to try again. */
export interface RateLimit {
  consume(key: string): Promise<{ readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number }>;
}

/** How many actions per window a rate limit allows. */
export interface RateLimitRule {
  /** Distinguishes limits sharing a store, e.g. `dl-post`. */
  readonly name: string;
  readonly points: number;
  readonly windowSeconds: number;
}

/**
 * Activity listings (HSDS services), shared by every instance. Every write is checked against the
 * listing schema first, so nothing malformed is saved, and bumps {@link ActivityStore.version}.
 */
export interface ActivityStore {
  /** Every listing of a site, or of all sites (ordered by name, then id). */
  list(siteId?: SiteId): Promise<Activity[]>;
  get(id: string): Promise<Activity | undefined>;
  /**
   * Saves listings all together (all or nothing): a listing that fails the schema, or an id given
   * twice, saves none of them. A listing whose `site_id` changed moves to its new site.
   * Resolves how many were new and how many replaced an existing listing.
   * @throws AppError STORE_RECORD_INVALID when any listing does not fit the schema.
   */
  putMany(activities: readonly Activity[]): Promise<{ created: number; updated: number }>;
  /** Removes a listing; resolves `true` when there was one. */
  delete(id: string): Promise<boolean>;
  /**
   * Increases on every change, on every instance (so each instance knows to rebuild its search
   * index). 0 before the first change.
   */
  version(): Promise<number>;
}

/** What a site admin token grants: one site's listings. */
export interface AdminTokenGrant {
  readonly siteId: SiteId;
  /** UTC ISO instant the token was issued. */
  readonly createdAt: string;
}

/** Site admin tokens, shared by every instance. */
export interface AdminTokenStore {
  /** Stores a site token by the SHA-256 of the token (the token itself is never stored). */
  add(tokenHash: string, grant: AdminTokenGrant): Promise<void>;
  /** The grant of the token with this SHA-256 (hex), if it was issued. */
  find(tokenHash: string): Promise<AdminTokenGrant | undefined>;
}

/**
 * How to reach each site's Living Well team (contact details, opening hours, exceptions), one
 * entry per site, shared by every instance. Entries are checked against the directory schema when
 * written and when read back.
 */
export interface TeamDirectoryStore {
  /** The site's entry, if one has been saved. */
  get(siteId: SiteId): Promise<TeamDirectoryEntry | undefined>;
  /**
   * Saves the entry for its site, replacing any there was.
   * @throws AppError STORE_RECORD_INVALID when the entry does not fit the schema.
   */
  put(entry: TeamDirectoryEntry): Promise<void>;
  /** Every saved entry, in the order of `siteIds`. */
  list(): Promise<TeamDirectoryEntry[]>;
}

/**
 * People's callback requests to their Living Well team, shared by every instance. A person has
 * at most one open request (requested, claimed or contacted) at a time. Requests hold a name and
 * phone number: they are erased with the person ({@link CallbackStore.eraseFor}).
 */
export interface CallbackStore {
  /**
   * Saves a new request unless the person already has an open one (requested/claimed/contacted):
   * then it answers that one. Atomic across instances.
   * @throws AppError CONFLICT when the request's id or reference code is taken already (draw another code and retry).
   * @throws AppError STORE_RECORD_INVALID when the request does not fit the schema.
   */
  create(request: CallbackRequest): Promise<{ created: true } | { created: false; existing: CallbackRequest }>;
  /** The request with this id, if there is one. */
  get(id: string): Promise<CallbackRequest | undefined>;
  /** The person's most recent request (open or not), if any. */
  latestFor(personKey: string): Promise<CallbackRequest | undefined>;
  /** Every request of the person, newest first (for "export my data"). */
  listFor(personKey: string): Promise<CallbackRequest[]>;
  /** The site's requests, newest first (by `requestedAt`), optionally only those with `status`. */
  listBySite(siteId: SiteId, status?: CallbackStatus): Promise<CallbackRequest[]>;
  /**
   * Compare-and-set change of one request; `change` returns the new request or undefined to leave
   * it. `change` must be pure: it runs again with the fresh request when another writer got there
   * first. Resolves the request as written, or undefined when nothing was written (no such
   * request, or `change` left it). Clears the person's open request when the new one is closed or
   * cancelled.
   * @throws AppError STORE_RECORD_INVALID when the result does not fit the schema, or changes the
   *   request's id, person, site, reference or `requestedAt`.
   * @throws AppError CONFLICT when the result would reopen a closed or cancelled request.
   * @throws AppError STORE_CONFLICT after repeated conflicts.
   */
  update(id: string, change: (current: CallbackRequest) => CallbackRequest | undefined): Promise<CallbackRequest | undefined>;
  /**
   * Erases the person's requests at `at` (UTC ISO), keeping of each only what the team's list
   * shows of it afterwards ({@link ErasedCallback}: reference, site, status and times; an open
   * request becomes cancelled). Resolves what was kept, one per erased request, newest first.
   * @throws AppError STORE_RECORD_INVALID when a request cannot be read (then nothing is erased).
   */
  eraseFor(personKey: string, at: string): Promise<ErasedCallback[]>;
  /** What is kept of a site's erased requests, oldest erasure first (for the team's list and reports). */
  erasedBySite(siteId: SiteId): Promise<ErasedCallback[]>;
}

/** What the outbox carries: ids and codes only, never names, numbers or text. */
export interface DomainEvent {
  readonly type: 'callback.requested' | 'callback.claimed' | 'callback.contacted' | 'callback.closed' | 'callback.cancelled';
  /** UTC ISO instant. */
  readonly at: string;
  readonly siteId: SiteId;
  readonly callbackId: string;
  /** The request's reference code, e.g. `CB-7K3P-Q9X`: what practitioners' tools show instead of a name. */
  readonly reference: string;
}

/**
 * Events for later work (Teams nudges), kept in order and shared by every instance. Bounded: the
 * oldest are dropped beyond about 10,000. Readers remember the id of the last event they handled.
 */
export interface EventOutbox {
  /**
   * Appends an event.
   * @throws AppError STORE_RECORD_INVALID when the event does not fit the schema.
   */
  append(event: DomainEvent): Promise<void>;
  /**
   * Events after `afterId` (exclusive; '0' for all), oldest first, with their ids (`<ms>-<seq>`).
   * @throws AppError BAD_REQUEST when `afterId` is not an event id.
   */
  read(afterId: string, limit: number): Promise<Array<{ id: string; event: DomainEvent }>>;
}

/**
 * What the SMS channel keeps, shared by every instance. Keys hold phone numbers: the feature needs
 * them (replies go to the number). {@link SmsChannelStore.eraseFor} removes them with the person's
 * data, except an opt-out, which outlives erasure.
 */
export interface SmsChannelStore {
  /**
   * Claims a Twilio MessageSid: resolves true the first time (for 24 hours), false for a retry.
   * Atomic across instances, so a retry on another instance never runs a second turn.
   */
  claimMessage(messageSid: string): Promise<boolean>;
  /** The TwiML answered for a MessageSid, once the first attempt finished (undefined until then). */
  answerFor(messageSid: string): Promise<string | undefined>;
  /**
   * Keeps the TwiML answered for a claimed MessageSid, for retries (as long as the claim lasts).
   * With `phoneE164`, {@link SmsChannelStore.eraseFor} of that number forgets the answer (the claim stays).
   */
  saveAnswer(messageSid: string, twiml: string, phoneE164?: string): Promise<void>;
  /** Records that the number opted out (STOP) or back in (START); `at` is a UTC ISO instant. */
  setOptedOut(phoneE164: string, optedOut: boolean, at: string): Promise<void>;
  /** True while the number's latest word was an opt-out. */
  isOptedOut(phoneE164: string): Promise<boolean>;
  /** Keeps what is left of a long reply, for MORE (for a day); undefined forgets it. */
  saveRest(phoneE164: string, rest: string | undefined): Promise<void>;
  /** Takes (and forgets) what is left of a long reply, if anything is. */
  takeRest(phoneE164: string): Promise<string | undefined>;
  /**
   * For "delete my data": forgets the number's waiting rest, the answers kept for its messages and
   * an opt-in record. An opt-out is kept: sending to someone who said STOP would be worse than
   * keeping their number.
   */
  eraseFor(phoneE164: string): Promise<void>;
}

/** A prepared "export my data" file, waiting for its one download. */
export interface PendingExport {
  /** Whose data it is (`<channelId>:<id>`), so that erasing the person erases it too. */
  readonly personKey: string;
  /** The file's name, e.g. `living-well-my-data-2026-12-06.json`. */
  readonly fileName: string;
  /** The JSON document, serialized. */
  readonly json: string;
}

/**
 * Exports waiting to be downloaded, shared by every instance. Each is taken at most once and
 * expires by itself; a person has at most one waiting (a new one replaces the old).
 */
export interface DataExportStore {
  /** Keeps `entry` under `id` for `ttlSeconds`, replacing any export the person had waiting. */
  put(id: string, entry: PendingExport, ttlSeconds: number): Promise<void>;
  /**
   * Takes the export: the first call for a live id gets it, every later one (on any instance)
   * gets undefined, as do unknown and expired ids.
   * @throws AppError STORE_RECORD_INVALID when what is stored is not an export.
   */
  take(id: string): Promise<PendingExport | undefined>;
  /** Forgets the export the person has waiting, if any (erasure). */
  eraseFor(personKey: string): Promise<void>;
}

/**
 * botbuilder Storage whose items expire: a write keeps the items it writes for `ttlSeconds` from
 * then (the store's default, the conversation state lifetime, when not given).
 */
export interface ExpiringStorage extends Storage {
  write(changes: StoreItems, ttlSeconds?: number): Promise<void>;
}

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
  /** Each site's team contact details and opening hours, managed through the admin API. */
  readonly teams: TeamDirectoryStore;
  /** People's callback requests, worked through by the teams. */
  readonly callbacks: CallbackStore;
  /** Events for practitioners' nudges (callback requested, claimed, ...). */
  readonly events: EventOutbox;
  /** The SMS channel's message claims, opt-outs and waiting rests of long replies. */
  readonly sms: SmsChannelStore;
  /** "Export my data" files waiting for their one download. */
  readonly exports: DataExportStore;
  readonly health: StoreHealth;
  /** A rate limit shared by every instance (on Redis), or this process's own (in memory). */
  rateLimit(rule: RateLimitRule): RateLimit;
  /** Releases connections; pending writes finish first. */
  close(): Promise<void>;
}
