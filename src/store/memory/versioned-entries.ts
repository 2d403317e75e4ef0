import type { CompareAndSetAccess, StoredVersion } from '../compare-and-set';
import { newETag } from '../storage-record';

/**
 * Records kept encoded, each with a version, in this process's memory: the in-memory twin of the
 * Redis stores' `{ e: eTag, d: document }` hashes. Kept as strings, so nothing leaks by reference.
 */
export class VersionedEntries {
  private readonly entries = new Map<string, StoredVersion>();

  get(key: string): StoredVersion | undefined {
    return this.entries.get(key);
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Every stored document, in the order written first. */
  raws(): string[] {
    return [...this.entries.values()].map((entry) => entry.raw);
  }

  /** Writes `raw` at `key` with a new version, whatever was there. */
  set(key: string, raw: string): void {
    this.entries.set(key, { eTag: newETag(), raw });
  }

  /**
   * Writes `raw` at `key` only while its version is still `expectedVersion` (undefined: only while
   * there is none). A change may start other updates of the same record (or yield, should it ever
   * become async), so the version is compared here rather than assumed unchanged since the read.
   */
  compareAndSet(key: string, expectedVersion: string | undefined, raw: string): boolean {
    if (this.entries.get(key)?.eTag !== expectedVersion) return false;
    this.set(key, raw);
    return true;
  }

  /** The record at `key` as {@link updateByCompareAndSet} uses it; `afterWrite` runs after each write. */
  access<T>(key: string, afterWrite?: (saved: T) => void): CompareAndSetAccess<T> {
    return {
      read: async () => this.get(key),
      write: async ({ raw, value }, expectedVersion) => {
        if (!this.compareAndSet(key, expectedVersion, raw)) return false;
        afterWrite?.(value);
        return true;
      },
    };
  }

  delete(key: string): boolean {
    return this.entries.delete(key);
  }
}
