import type { Redis, Result } from 'ioredis';

/**
 * Lua scripts, run atomically by Redis. KEYS[1] is always a fence (lock) key; ARGV[1] its token,
 * or '' for an unfenced call. A fenced call whose lock is no longer held changes nothing.
 */
const fenceCheck = `
if ARGV[1] ~= '' and redis.call('GET', KEYS[1]) ~= ARGV[1] then return {-1, 0} end
`;

/** ARGV after the token: per item (expected eTag or '*', new eTag, document). Checks all, then writes all. */
const writeItems = `${fenceCheck}
local n = #KEYS - 1
for i = 1, n do
  local expected = ARGV[2 + (i - 1) * 3]
  if expected ~= '*' and redis.call('HGET', KEYS[i + 1], 'e') ~= expected then return {-2, i} end
end
for i = 1, n do
  local base = 2 + (i - 1) * 3
  redis.call('HSET', KEYS[i + 1], 'e', ARGV[base + 1], 'd', ARGV[base + 2])
end
return {0, n}
`;

const deleteItems = `${fenceCheck}
for i = 2, #KEYS do redis.call('DEL', KEYS[i]) end
return {0, #KEYS - 1}
`;

/**
 * Compare-and-set of one `{ e: eTag, d: document }` hash. ARGV: expected eTag ('' = must still be
 * missing), new eTag, document. Returns 1 when written, 0 when someone else got there first.
 */
const casRecord = `
local current = redis.call('HGET', KEYS[1], 'e')
if ARGV[1] == '' then
  if current then return 0 end
elseif current ~= ARGV[1] then
  return 0
end
redis.call('HSET', KEYS[1], 'e', ARGV[2], 'd', ARGV[3])
return 1
`;

const releaseLock = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

const renewLock = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`;

declare module 'ioredis' {
  interface RedisCommander<Context> {
    lwcWriteItems(numberOfKeys: number, ...keysAndArgs: string[]): Result<[number, number], Context>;
    lwcDeleteItems(numberOfKeys: number, ...keysAndArgs: string[]): Result<[number, number], Context>;
    lwcCasRecord(key: string, expectedETag: string, newETag: string, document: string): Result<number, Context>;
    lwcReleaseLock(key: string, token: string): Result<number, Context>;
    lwcRenewLock(key: string, token: string, ttlMs: string): Result<number, Context>;
  }
}

/** Defines the project's scripts on `redis` (EVALSHA with automatic EVAL fallback). Call once per client. */
export function defineScripts(redis: Redis): void {
  redis.defineCommand('lwcWriteItems', { lua: writeItems });
  redis.defineCommand('lwcDeleteItems', { lua: deleteItems });
  redis.defineCommand('lwcCasRecord', { lua: casRecord, numberOfKeys: 1 });
  redis.defineCommand('lwcReleaseLock', { lua: releaseLock, numberOfKeys: 1 });
  redis.defineCommand('lwcRenewLock', { lua: renewLock, numberOfKeys: 1 });
}
