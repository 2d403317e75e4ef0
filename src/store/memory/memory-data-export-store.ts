import { pendingExportCodec } from '../data-export-schema';
import type { DataExportStore } from '../ports';
import type { PendingExport } from '../../domain/my-data/pending-export';

interface Waiting {
  readonly raw: string;
  readonly expiresAt: number;
}

/** Exports waiting for their download in this process's memory, with the Redis store's contract. */
export class MemoryDataExportStore implements DataExportStore {
  /** Export id → the encoded export. */
  private readonly exports = new Map<string, Waiting>();
  /** Person key → the id of their waiting export. */
  private readonly byPerson = new Map<string, string>();

  /** `now` gives the instants expiries are measured against (tests move it). */
  constructor(private readonly now: () => number = Date.now) {}

  async put(id: string, entry: PendingExport, ttlSeconds: number): Promise<void> {
    const { raw } = pendingExportCodec.encode(entry);
    await this.eraseFor(entry.personKey);
    // Expired ones go here too, so the maps hold at most what is still waiting plus this one.
    for (const [waitingId, waiting] of this.exports) if (waiting.expiresAt <= this.now()) this.exports.delete(waitingId);
    this.exports.set(id, { raw, expiresAt: this.now() + ttlSeconds * 1000 });
    this.byPerson.set(entry.personKey, id);
  }

  async take(id: string): Promise<PendingExport | undefined> {
    const waiting = this.exports.get(id);
    this.exports.delete(id);
    if (waiting === undefined || waiting.expiresAt <= this.now()) return undefined;
    return pendingExportCodec.decode(waiting.raw);
  }

  async eraseFor(personKey: string): Promise<void> {
    const id = this.byPerson.get(personKey);
    if (id !== undefined) this.exports.delete(id);
    this.byPerson.delete(personKey);
  }
}
