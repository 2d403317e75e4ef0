import { Cluster } from 'ioredis';
import type { RedisClient } from '../../src/store/redis/redis-commands';

/**
 * Every key under `prefix` (the full key, the client's own key prefix included) and every string
 * held in each, whatever its type. On a Redis Cluster every master is scanned.
 */
export async function dumpPrefix(redis: RedisClient, prefix: string): Promise<Array<{ key: string; values: string[] }>> {
  const servers = redis instanceof Cluster ? redis.nodes('master') : [redis];
  const keys = (await Promise.all(servers.map((server) => scanAll(server, `${prefix}*`)))).flat();
  // The client adds its own key prefix to the keys it is given: take it off the full keys first.
  const own = redis.options.keyPrefix ?? '';
  const name = (key: string) => (key.startsWith(own) ? key.slice(own.length) : key);
  return Promise.all(
    keys.map(async (key) => {
      const type = await redis.type(name(key));
      const values =
        type === 'hash'
          ? Object.values(await redis.hgetall(name(key)))
          : type === 'list'
            ? await redis.lrange(name(key), 0, -1)
            : type === 'zset'
              ? await redis.zrange(name(key), 0, -1)
              : type === 'set'
                ? await redis.smembers(name(key))
                : type === 'string'
                  ? [(await redis.get(name(key))) ?? '']
                  : [`<${type}>`];
      return { key, values };
    }),
  );
}

/** Every key matching `pattern` on one server, by SCAN (KEYS would block a busy server). */
async function scanAll(server: Pick<RedisClient, 'scan'>, pattern: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await server.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    keys.push(...batch);
    cursor = next;
  } while (cursor !== '0');
  return keys;
}
