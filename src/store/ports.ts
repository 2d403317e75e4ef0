import type { Storage } from 'botbuilder';
import type { Activity } from '../domain/activities/activity';
import type { Area, SiteId } from '../domain/sites';
import type { WellbeingRecord } from '../domain/wellbeing/wellbeing-record';

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
 * Everything the service keeps, behind ports. Two implementations: `redis/` and `memory/`.
 * Later features add their own ports here (callbacks, listings), each with its contract tests.
 */
export interface Stores {
  readonly kind: 'redis' | 'memory';
  /** botbuilder Storage with real eTag compare-and-set; holds dialog and conversation state. */
  readonly botStorage: Storage;
  readonly conversationLock: ConversationLock;
  readonly people: PersonStore;
  readonly wellbeing: WellbeingStore;
  readonly audit: AuditLog;
  readonly directLine: DirectLineHistory;
  /** Local activity listings, managed through the admin API. */
  readonly activities: ActivityStore;
  readonly adminTokens: AdminTokenStore;
  readonly health: StoreHealth;
  /** A rate limit shared by every instance (on Redis), or this process's own (in memory). */
  rateLimit(rule: RateLimitRule): RateLimit;
  /** Releases connections; pending writes finish first. */
  close(): Promise<void>;
}
