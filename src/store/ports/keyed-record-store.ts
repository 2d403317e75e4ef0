import type { CallbackCardRecord, EventCursor } from '../../domain/teams/callback-card-record';
import type { DigestDay } from '../../domain/teams/morning-digest';
import type { MonthlyDigestRecord } from '../../domain/teams/monthly-digest';
import type { DirectoryRecord } from '../../domain/activities/directory-pull';
import type { SiteTaxonomyMappings } from '../../domain/activities/taxonomy-mapping';

/**
 * One record per key, shared by every instance, written compare-and-set so concurrent writers
 * never lose each other's changes. Records are checked against their schema both ways.
 */
export interface KeyedRecordStore<T> {
  get(key: string): Promise<T | undefined>;
  /**
   * Applies `change` to the current record (undefined when there is none) and saves the result;
   * `change` returning undefined leaves the record as it is. Retries with the fresh record when
   * another writer got there first, so `change` must be pure (it may run more than once).
   * Resolves the record as saved, or undefined when nothing was written.
   * @throws AppError STORE_CONFLICT after repeated conflicts.
   * @throws AppError STORE_RECORD_INVALID when the result does not fit the record's schema.
   */
  update(key: string, change: (current: T | undefined) => T): Promise<T>;
  update(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined>;
  /** Erases the record; resolves `true` when there was one. */
  delete(key: string): Promise<boolean>;
}

/** The Teams side of each callback request (where its cards are, a snooze, who acted), by request id. */
export type CallbackCardStore = KeyedRecordStore<CallbackCardRecord>;

/** Where each reader of the event outbox is (the last event id it handled), by reader name. */
export type EventCursorStore = KeyedRecordStore<EventCursor>;

/** The date of each site's last morning digest in Teams, by site id. */
export type DigestDayStore = KeyedRecordStore<DigestDay>;

/** The month each site's last monthly digest in Teams reported, by site id. */
export type MonthlyDigestStore = KeyedRecordStore<MonthlyDigestRecord>;

/** Each site's own taxonomy mapping rows (directory terms to activity kinds), by site id. */
export type TaxonomyMappingStore = KeyedRecordStore<SiteTaxonomyMappings>;

/** Each site's Open Referral directory link (where, how often, who set it) and its last pull reports, by site id. */
export type DirectoryStore = KeyedRecordStore<DirectoryRecord>;
