import { lostRace, retryCompareAndSet } from './compare-and-set-retry';
import type { EncodedRecord, RecordCodec } from './record-codec';

/** A record as stored, with its version (an eTag that changes on every write). */
export interface StoredVersion {
  readonly eTag: string;
  readonly raw: string;
}

/**
 * One record's compare-and-set access: what a store gives {@link updateByCompareAndSet}. On Redis
 * the write is a Lua script that checks the version; in memory it is a compare in the same tick.
 */
export interface CompareAndSetAccess<T> {
  /** The stored record and its version, or undefined when there is none. */
  read(): Promise<StoredVersion | undefined>;
  /**
   * Writes `next` only while the record is still at `expectedVersion`; undefined makes it a
   * create-only write (only while there is still no record). Resolves false when another writer
   * got there first.
   */
  write(next: EncodedRecord<T>, expectedVersion: string | undefined): Promise<boolean>;
}

/** Refuses a change a store cannot make in place (throws); runs on the checked result, before writing. */
export type ChangeCheck<T> = (current: T, next: T) => void;

/**
 * The one update of a stored record: read the version, apply the pure `change` (it may run more
 * than once), check the result with the codec (and `check`, when there was a record), write with
 * the version read expected, and on a lost race start again from the fresh record, for at most
 * `compareAndSetBudgetMs`. Resolves the record as saved (the codec's parsed value), or undefined
 * when `change` returned undefined (nothing written).
 * @throws AppError STORE_RECORD_INVALID when the result does not fit the codec's schema.
 * @throws AppError STORE_CONFLICT after repeated conflicts.
 */
export function updateByCompareAndSet<T>(codec: RecordCodec<T>, access: CompareAndSetAccess<T>, change: (current: T | undefined) => T): Promise<T>;
export function updateByCompareAndSet<T>(
  codec: RecordCodec<T>,
  access: CompareAndSetAccess<T>,
  change: (current: T | undefined) => T | undefined,
  check?: ChangeCheck<T>,
): Promise<T | undefined>;
export function updateByCompareAndSet<T>(
  codec: RecordCodec<T>,
  access: CompareAndSetAccess<T>,
  change: (current: T | undefined) => T | undefined,
  check?: ChangeCheck<T>,
): Promise<T | undefined> {
  return retryCompareAndSet(codec.name, async () => {
    const seen = await access.read();
    const current = seen === undefined ? undefined : codec.decode(seen.raw);
    const next = change(current);
    if (next === undefined) return undefined;
    const encoded = codec.encode(next);
    if (current !== undefined) check?.(current, encoded.value);
    return (await access.write(encoded, seen?.eTag)) ? encoded.value : lostRace;
  });
}

/** A change of an existing record only: a missing one is left missing (the update resolves undefined). */
export function existingOnly<T>(change: (current: T) => T | undefined): (current: T | undefined) => T | undefined {
  return (current) => (current === undefined ? undefined : change(current));
}
