import type { Storage } from 'botbuilder';
import type { Area } from '../domain/sites';

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

/**
 * What the companion keeps about a person, keyed by their channel identity
 * (`<channelId>:<user id on that channel>`). Only what features need.
 */
export interface PersonRecord {
  readonly consent?: ConsentRecord;
  /** The area they chose during onboarding. */
  readonly area?: Area;
  /** UTC ISO instants. */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** People's records. Writes are compare-and-set, so two turns at once never lose a change. */
export interface PersonStore {
  get(personKey: string): Promise<PersonRecord | undefined>;
  /**
   * Applies `change` to the current record (undefined when there is none) and saves the result,
   * retrying with the fresh record when another writer got there first.
   * @throws AppError STORE_CONFLICT after repeated conflicts.
   */
  update(personKey: string, change: (current: PersonRecord | undefined) => PersonRecord): Promise<PersonRecord>;
  /** Erases the record; resolves `true` when there was one. */
  delete(personKey: string): Promise<boolean>;
}

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

/**
 * Everything the service keeps, behind ports. Two implementations: `redis/` and `memory/`.
 * Later features add their own ports here (goals, consent, callbacks), each with its contract tests.
 */
export interface Stores {
  readonly kind: 'redis' | 'memory';
  /** botbuilder Storage with real eTag compare-and-set; holds dialog and conversation state. */
  readonly botStorage: Storage;
  readonly conversationLock: ConversationLock;
  readonly people: PersonStore;
  readonly audit: AuditLog;
  readonly health: StoreHealth;
  /** Releases connections; pending writes finish first. */
  close(): Promise<void>;
}
