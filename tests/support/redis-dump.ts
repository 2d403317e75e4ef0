import type { Redis } from 'ioredis';

/** Every key under `prefix`, and every string held in each (whatever its type). */
export async function dumpPrefix(redis: Redis, prefix: string): Promise<Array<{ key: string; values: string[] }>> {
  const keys = await redis.keys(`${prefix}*`);
  return Promise.all(
    keys.map(async (key) => {
      const type = await redis.type(key);
      const values =
        type === 'hash'
          ? Object.values(await redis.hgetall(key))
          : type === 'list'
            ? await redis.lrange(key, 0, -1)
            : type === 'string'
              ? [(await redis.get(key)) ?? '']
              : [`<${type}>`];
      return { key, values };
    }),
  );
}
