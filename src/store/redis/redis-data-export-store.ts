import type { Redis } from 'ioredis';
import { pendingExportCodec } from '../data-export-schema';
import type { DataExportStore, PendingExport } from '../ports';
import { redisFailure } from './redis-failure';
import type { KeyedReference } from '../keyed-reference';

const exportPrefix = 'export:';
const exportKey = (id: string) => `${exportPrefix}${id}`;

/**
 * Keeps an export in place of the person's earlier one. KEYS: the export, the person's pointer.
 * ARGV: the document, ttl (ms), the id, the full prefix of export keys. Like the callback scripts,
 * it builds the earlier export's key from a prefix: fine on one Redis; Cluster is not supported.
 */
const putScript = `
local earlier = redis.call('GET', KEYS[2])
if earlier then redis.call('DEL', ARGV[4] .. earlier) end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[2])
return 1
`;

/** Forgets the person's export. KEYS: the person's pointer. ARGV: the full prefix of export keys. */
const eraseScript = `
local id = redis.call('GET', KEYS[1])
if id then redis.call('DEL', ARGV[1] .. id) end
redis.call('DEL', KEYS[1])
return 1
`;

/**
 * Exports waiting for their download on Redis, both keys expiring with the link:
 * - `export:<id>`: `{ v: 1, export: { personKey, fileName, json } }`, taken with GETDEL (once, on any instance);
 * - `exports:person:<person ref>` (the person key's keyed reference): the id of the person's waiting export (for replacing and erasing it).
 */
export class RedisDataExportStore implements DataExportStore {
  /** @param keyPrefix the client's own key prefix (the scripts build export keys themselves). */
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly references: KeyedReference,
  ) {}

  private personKeyOf(personKey: string): string {
    return `exports:person:${this.references('person', personKey)}`;
  }

  async put(id: string, entry: PendingExport, ttlSeconds: number): Promise<void> {
    const raw = pendingExportCodec.encode(entry);
    await this.redis
      .eval(putScript, 2, exportKey(id), this.personKeyOf(entry.personKey), raw, String(ttlSeconds * 1000), id, this.exportKeyPrefix())
      .catch((cause: unknown) => {
        throw redisFailure('keeping a data export', cause);
      });
  }

  async take(id: string): Promise<PendingExport | undefined> {
    // GETDEL (Redis 6.2+): two downloads at once, on any instances, never both get it.
    const raw = await this.redis.getdel(exportKey(id)).catch((cause: unknown) => {
      throw redisFailure('taking a data export', cause);
    });
    return raw === null ? undefined : pendingExportCodec.decode(raw);
  }

  async eraseFor(personKey: string): Promise<void> {
    await this.redis.eval(eraseScript, 1, this.personKeyOf(personKey), this.exportKeyPrefix()).catch((cause: unknown) => {
      throw redisFailure("erasing a person's data export", cause);
    });
  }

  private exportKeyPrefix(): string {
    return `${this.keyPrefix}${exportPrefix}`;
  }
}
