import type { Cluster, Redis } from 'ioredis';

/** A connection the service opens: one Redis (directly or through Sentinel) or a Redis Cluster. */
export type RedisClient = Redis | Cluster;

/**
 * The Redis commands the stores use, and nothing else: what a store may ask of Redis, implemented
 * alike by a single Redis (`Redis`, also behind Sentinel) and by `Cluster`. The project's Lua
 * commands (see `lua-commands.ts`) are declared on ioredis's commander, so both have them too.
 * On a cluster every multi-key command, transaction and script must name keys of one slot: the key
 * layout's hash tags (README, "Key layout") make sure of that.
 */
export type RedisCommands = Pick<
  Redis,
  | 'del'
  | 'expire'
  | 'get'
  | 'getdel'
  | 'hdel'
  | 'hexists'
  | 'hget'
  | 'hgetall'
  | 'hincrby'
  | 'hlen'
  | 'hmget'
  | 'hset'
  | 'hvals'
  | 'lrange'
  | 'mget'
  | 'multi'
  | 'sadd'
  | 'set'
  | 'smembers'
  | 'srem'
  | 'xadd'
  | 'xrange'
  | 'zadd'
  | 'zrange'
  | 'zrangebyscore'
  | 'zrem'
  | 'zrevrange'
  | 'zscore'
  | 'lwcCasRecord'
  | 'lwcCountOnce'
  | 'lwcCreateCallback'
  | 'lwcCreateConversation'
  | 'lwcAppendActivity'
  | 'lwcDeleteActivity'
  | 'lwcDeleteItems'
  | 'lwcEraseCallbacks'
  | 'lwcEraseExport'
  | 'lwcEraseSmsNumber'
  | 'lwcExtendExpiry'
  | 'lwcPauseSending'
  | 'lwcPutActivities'
  | 'lwcPutExport'
  | 'lwcReleaseLock'
  | 'lwcRenewLock'
  | 'lwcTakeSendTokens'
  | 'lwcUpdateCallback'
  | 'lwcWriteItems'
>;
