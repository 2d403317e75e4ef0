import { AppError } from '../../domain/app-error';
import { decodePersonRecord, encodePersonRecord } from '../person-record-schema';
import type { PersonRecord, PersonStore } from '../ports';
import { newETag } from '../storage-record';

interface Entry {
  readonly eTag: string;
  readonly raw: string;
}

/** Attempts before an update gives up with STORE_CONFLICT; same bound as the Redis store. */
const maxAttempts = 10;

/**
 * In-memory person store with the Redis store's contract: records kept as JSON (copied in and out,
 * so nothing leaks by reference) and updates as read → change → compare-and-set → retry.
 */
export class MemoryPersonStore implements PersonStore {
  private readonly entries = new Map<string, Entry>();

  async get(personKey: string): Promise<PersonRecord | undefined> {
    const entry = this.entries.get(personKey);
    return entry === undefined ? undefined : decodePersonRecord(entry.raw);
  }

  async update(personKey: string, change: (current: PersonRecord | undefined) => PersonRecord): Promise<PersonRecord> {
    for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
      const seen = this.entries.get(personKey);
      const current = seen === undefined ? undefined : decodePersonRecord(seen.raw);
      // `change` may start other updates of the same person (or yield, should it ever become
      // async), so the entry is compared again rather than assumed unchanged.
      const raw = encodePersonRecord(change(current));
      if (this.entries.get(personKey)?.eTag !== seen?.eTag) continue;
      this.entries.set(personKey, { eTag: newETag(), raw });
      return decodePersonRecord(raw);
    }
    throw new AppError('STORE_CONFLICT', `person record kept changing during ${maxAttempts} update attempts`);
  }

  async delete(personKey: string): Promise<boolean> {
    return this.entries.delete(personKey);
  }
}
