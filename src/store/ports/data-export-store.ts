import type { PendingExport } from '../../domain/my-data/pending-export';

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
