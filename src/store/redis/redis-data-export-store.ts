import { lostRace, retryCompareAndSet } from '../compare-and-set-retry';
import { pendingExportCodec } from '../data-export-schema';
import type { DataExportStore } from '../ports';
import type { PendingExport } from '../../domain/my-data/pending-export';
import { readAgainResults, resultOf } from './lua-results';
import { redisCall } from './redis-call';
import type { RedisCommands } from './redis-commands';
import type { KeyedReference } from '../keyed-reference';

/* Both kinds of key have the `{exports}` hash tag: replacing a person's export touches both in one script. */
const exportKey = (id: string) => `{exports}:export:${id}`;

/**
 * Exports waiting for their download on Redis, both keys expiring with the link:
 * - `{exports}:export:<id>`: `{ v: 1, export: { personKey, fileName, json } }`, taken with GETDEL (once, on any instance);
 * - `{exports}:person:<person ref>` (the person key's keyed reference): the id of the person's waiting export (for replacing and erasing it).
 * Replacing and erasing read the pointer, then check it is unchanged in the script that acts on it.
 */
export class RedisDataExportStore implements DataExportStore {
  constructor(
    private readonly redis: RedisCommands,
    private readonly references: KeyedReference,
  ) {}

  private personKeyOf(personKey: string): string {
    return `{exports}:person:${this.references('person', personKey)}`;
  }

  async put(id: string, entry: PendingExport, ttlSeconds: number): Promise<void> {
    const { raw } = pendingExportCodec.encode(entry);
    const pointer = this.personKeyOf(entry.personKey);
    await retryCompareAndSet('a data export', async () => {
      const earlier = await redisCall('keeping a data export', this.redis.get(pointer));
      const code = await redisCall(
        'keeping a data export',
        this.redis.lwcPutExport(exportKey(id), pointer, exportKey(earlier ?? id), raw, String(ttlSeconds * 1000), id, earlier ?? ''),
      );
      return resultOf(readAgainResults, code, 'putExport') === 'done' ? undefined : lostRace;
    });
  }

  async take(id: string): Promise<PendingExport | undefined> {
    // GETDEL (Redis 6.2+): two downloads at once, on any instances, never both get it.
    const raw = await redisCall('taking a data export', this.redis.getdel(exportKey(id)));
    return raw === null ? undefined : pendingExportCodec.decode(raw);
  }

  async eraseFor(personKey: string): Promise<void> {
    const pointer = this.personKeyOf(personKey);
    await retryCompareAndSet("a person's data export", async () => {
      const id = await redisCall("erasing a person's data export", this.redis.get(pointer));
      const code = await redisCall("erasing a person's data export", this.redis.lwcEraseExport(pointer, id === null ? pointer : exportKey(id), id ?? ''));
      return resultOf(readAgainResults, code, 'eraseExport') === 'done' ? undefined : lostRace;
    });
  }
}
