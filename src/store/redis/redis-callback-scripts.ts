import type { Redis, Result } from 'ioredis';

/**
 * Lua scripts of the callback store, run atomically by Redis. They build the key of a person's
 * open request's hash from a prefix passed in ARGV (the client's prefix included), as the listings
 * scripts do: fine on one Redis; Cluster is not supported.
 */

/**
 * Creates a request unless the person has an open one.
 * KEYS: open pointer, request hash, site sorted set, person sorted set, reference key.
 * ARGV: request hash key prefix, id, eTag, document, score (requestedAt ms), '1' when the new
 * request is open.
 * Returns {1, ''} when created; {0, document} with the open request's document; {-1, ''} when the
 * id is taken; {-2, ''} when the reference is taken. A pointed-to document whose status cannot be
 * read is answered as it is, so the caller's parser fails loudly instead of a second request being
 * created beside it.
 */
const createCallback = `
local openId = redis.call('GET', KEYS[1])
if openId then
  local doc = redis.call('HGET', ARGV[1] .. openId, 'd')
  if doc then
    local ok, parsed = pcall(cjson.decode, doc)
    local status = nil
    if ok and type(parsed) == 'table' and type(parsed.request) == 'table' then status = parsed.request.status end
    if status == 'requested' or status == 'claimed' or status == 'contacted' or type(status) ~= 'string' then return {0, doc} end
  end
end
if redis.call('EXISTS', KEYS[2]) == 1 then return {-1, ''} end
if redis.call('EXISTS', KEYS[5]) == 1 then return {-2, ''} end
redis.call('HSET', KEYS[2], 'e', ARGV[3], 'd', ARGV[4])
redis.call('ZADD', KEYS[3], ARGV[5], ARGV[2])
redis.call('ZADD', KEYS[4], ARGV[5], ARGV[2])
redis.call('SET', KEYS[5], ARGV[2])
if ARGV[6] == '1' then redis.call('SET', KEYS[1], ARGV[2]) end
return {1, ''}
`;

/**
 * Compare-and-set of one request. KEYS: request hash, the person's open pointer.
 * ARGV: expected eTag, new eTag, document, '1' when still open, id.
 * Returns 1 when written (and the open pointer cleared if it named this request and it is no
 * longer open), 0 when someone else got there first (or it was erased).
 */
const updateCallback = `
if redis.call('HGET', KEYS[1], 'e') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'e', ARGV[2], 'd', ARGV[3])
if ARGV[4] ~= '1' and redis.call('GET', KEYS[2]) == ARGV[5] then redis.call('DEL', KEYS[2]) end
return 1
`;

/**
 * Documents of the requests in a sorted set, newest first. KEYS: the sorted set.
 * ARGV: request hash key prefix, how many (0: all).
 */
const listCallbacks = `
local last = tonumber(ARGV[2]) - 1
local ids = redis.call('ZREVRANGE', KEYS[1], 0, last)
local docs = {}
for _, id in ipairs(ids) do
  local doc = redis.call('HGET', ARGV[1] .. id, 'd')
  if doc then docs[#docs + 1] = doc end
end
return docs
`;

/**
 * Erases a person's requests, if they are still exactly the ones read (ids and eTags).
 * KEYS: the person's sorted set, their open pointer, then per request read: its hash, its site's
 * sorted set, its reference key, its site's list of erased requests; then one hash key per id listed without a
 * document.
 * ARGV: number of requests read, number listed without a document, then per request read: id,
 * eTag, what is kept of it; then the ids listed without a document.
 * Returns how many were erased, or -1 when they changed meanwhile (the caller reads again).
 */
const eraseCallbacks = `
local n = tonumber(ARGV[1])
local missing = tonumber(ARGV[2])
if redis.call('ZCARD', KEYS[1]) ~= n + missing then return -1 end
for i = 1, n do
  local base = 3 + (i - 1) * 3
  if not redis.call('ZSCORE', KEYS[1], ARGV[base]) then return -1 end
  if redis.call('HGET', KEYS[2 + (i - 1) * 4 + 1], 'e') ~= ARGV[base + 1] then return -1 end
end
for j = 1, missing do
  if not redis.call('ZSCORE', KEYS[1], ARGV[3 + n * 3 + (j - 1)]) then return -1 end
  if redis.call('EXISTS', KEYS[2 + n * 4 + j]) == 1 then return -1 end
end
for i = 1, n do
  local k = 2 + (i - 1) * 4
  local base = 3 + (i - 1) * 3
  redis.call('DEL', KEYS[k + 1])
  redis.call('ZREM', KEYS[k + 2], ARGV[base])
  redis.call('DEL', KEYS[k + 3])
  redis.call('RPUSH', KEYS[k + 4], ARGV[base + 2])
end
redis.call('DEL', KEYS[1], KEYS[2])
return n + missing
`;

declare module 'ioredis' {
  interface RedisCommander<Context> {
    lwcCreateCallback(numberOfKeys: number, ...keysAndArgs: string[]): Result<[number, string], Context>;
    lwcUpdateCallback(numberOfKeys: number, ...keysAndArgs: string[]): Result<number, Context>;
    lwcListCallbacks(numberOfKeys: number, ...keysAndArgs: string[]): Result<string[], Context>;
    lwcEraseCallbacks(numberOfKeys: number, ...keysAndArgs: string[]): Result<number, Context>;
  }
}

/** Defines the callback store's scripts on `redis`. Called by `defineScripts`. */
export function defineCallbackScripts(redis: Redis): void {
  redis.defineCommand('lwcCreateCallback', { lua: createCallback });
  redis.defineCommand('lwcUpdateCallback', { lua: updateCallback });
  redis.defineCommand('lwcListCallbacks', { lua: listCallbacks });
  redis.defineCommand('lwcEraseCallbacks', { lua: eraseCallbacks });
}
