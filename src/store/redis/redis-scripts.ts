import type { Redis, Result } from 'ioredis';
import { defineCallbackScripts } from './redis-callback-scripts';

/**
 * Lua scripts, run atomically by Redis. KEYS[1] is always a fence (lock) key; ARGV[1] its token,
 * or '' for an unfenced call. A fenced call whose lock is no longer held changes nothing.
 */
const fenceCheck = `
if ARGV[1] ~= '' and redis.call('GET', KEYS[1]) ~= ARGV[1] then return {-1, 0} end
`;

/**
 * ARGV after the token: the items' lifetime in ms, then per item (expected eTag or '*', new eTag,
 * document). Checks all, then writes all, each expiring after the lifetime.
 */
const writeItems = `${fenceCheck}
local n = #KEYS - 1
for i = 1, n do
  local expected = ARGV[3 + (i - 1) * 3]
  if expected ~= '*' and redis.call('HGET', KEYS[i + 1], 'e') ~= expected then return {-2, i} end
end
for i = 1, n do
  local base = 3 + (i - 1) * 3
  redis.call('HSET', KEYS[i + 1], 'e', ARGV[base + 1], 'd', ARGV[base + 2])
  redis.call('PEXPIRE', KEYS[i + 1], ARGV[2])
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

/*
 * Activity listings. KEYS[1] is the listings version counter, KEYS[2 .. 1 + n] the site sets (one
 * per site, n = ARGV[1], site ids in ARGV[2 .. 1 + n] in the same order), then the listing hashes
 * `{ s: siteId, d: document }`. Every write bumps the version once, so each instance can tell its
 * search index is stale.
 */
const siteSetsPreamble = `
local nSites = tonumber(ARGV[1])
local siteKey = {}
for i = 1, nSites do siteKey[ARGV[1 + i]] = KEYS[1 + i] end
`;

/** ARGV after the site ids: per listing (id, site id, document). All are written, or (on a bad site id) none. */
const putActivities = `${siteSetsPreamble}
local first = 2 + nSites
local n = #KEYS - 1 - nSites
for i = 1, n do
  if not siteKey[ARGV[first + (i - 1) * 3 + 1]] then return redis.error_reply('unknown site') end
end
local created = 0
for i = 1, n do
  local key = KEYS[1 + nSites + i]
  local base = first + (i - 1) * 3
  local id, site, doc = ARGV[base], ARGV[base + 1], ARGV[base + 2]
  local old = redis.call('HGET', key, 's')
  if old then
    if old ~= site and siteKey[old] then redis.call('SREM', siteKey[old], id) end
  else
    created = created + 1
  end
  redis.call('HSET', key, 's', site, 'd', doc)
  redis.call('SADD', siteKey[site], id)
end
if n > 0 then redis.call('INCR', KEYS[1]) end
return {created, n - created}
`;

/** The last KEY is the listing; ARGV after the site ids: its id. Returns 1 when it existed. */
const deleteActivity = `${siteSetsPreamble}
local key = KEYS[#KEYS]
local old = redis.call('HGET', key, 's')
if not old then return 0 end
redis.call('DEL', key)
if siteKey[old] then redis.call('SREM', siteKey[old], ARGV[2 + nSites]) end
redis.call('INCR', KEYS[1])
return 1
`;

/**
 * Documents of every listing in the given site sets, read in one step so a batch being written is
 * seen whole or not at all. ARGV[1] is the full key prefix of listing hashes (the client's prefix
 * included: these keys are built here, which is fine on one Redis; Cluster is not supported).
 */
const listActivities = `
local docs = {}
for i = 1, #KEYS do
  local ids = redis.call('SMEMBERS', KEYS[i])
  for _, id in ipairs(ids) do
    local doc = redis.call('HGET', ARGV[1] .. id, 'd')
    if doc then docs[#docs + 1] = doc end
  end
end
return docs
`;

declare module 'ioredis' {
  interface RedisCommander<Context> {
    lwcWriteItems(numberOfKeys: number, ...keysAndArgs: string[]): Result<[number, number], Context>;
    lwcDeleteItems(numberOfKeys: number, ...keysAndArgs: string[]): Result<[number, number], Context>;
    lwcCasRecord(key: string, expectedETag: string, newETag: string, document: string): Result<number, Context>;
    lwcReleaseLock(key: string, token: string): Result<number, Context>;
    lwcRenewLock(key: string, token: string, ttlMs: string): Result<number, Context>;
    lwcPutActivities(numberOfKeys: number, ...keysAndArgs: string[]): Result<[number, number], Context>;
    lwcDeleteActivity(numberOfKeys: number, ...keysAndArgs: string[]): Result<number, Context>;
    lwcListActivities(numberOfKeys: number, ...keysAndArgs: string[]): Result<string[], Context>;
  }
}

/** Defines the project's scripts on `redis` (EVALSHA with automatic EVAL fallback). Call once per client. */
export function defineScripts(redis: Redis): void {
  redis.defineCommand('lwcWriteItems', { lua: writeItems });
  redis.defineCommand('lwcDeleteItems', { lua: deleteItems });
  redis.defineCommand('lwcCasRecord', { lua: casRecord, numberOfKeys: 1 });
  redis.defineCommand('lwcReleaseLock', { lua: releaseLock, numberOfKeys: 1 });
  redis.defineCommand('lwcRenewLock', { lua: renewLock, numberOfKeys: 1 });
  redis.defineCommand('lwcPutActivities', { lua: putActivities });
  redis.defineCommand('lwcDeleteActivity', { lua: deleteActivity });
  redis.defineCommand('lwcListActivities', { lua: listActivities });
  defineCallbackScripts(redis);
}
