import type { PersonRecord } from '../../domain/person-record';
import type { WellbeingRecord } from '../../domain/wellbeing/wellbeing-record';

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
