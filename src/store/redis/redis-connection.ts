import { Cluster, Redis, type RedisOptions } from 'ioredis';
import { defineLuaCommands } from './lua-commands';
import type { RedisClient } from './redis-commands';

/** A host and port of a cluster node or a sentinel. */
export interface RedisNode {
  readonly host: string;
  readonly port: number;
}

/** Credentials and TLS for the data nodes of a cluster, or the master a sentinel names. */
export interface RedisAuth {
  readonly username: string | undefined;
  readonly password: string | undefined;
  readonly tls: boolean;
}

/**
 * Where the service's Redis is (REDIS_URL, REDIS_CLUSTER_NODES or REDIS_SENTINELS): one server by
 * URL, a Redis Cluster by some of its nodes, or a master found through Sentinel by name.
 */
export type RedisConnection =
  | { readonly url: string }
  | { readonly clusterNodes: readonly RedisNode[]; readonly auth: RedisAuth }
  | { readonly sentinels: readonly RedisNode[]; readonly masterName: string; readonly auth: RedisAuth };

/** The stores' connection options, the same for every kind of connection (a cluster's key prefix is its own option). */
function storeOptions(): RedisOptions {
  return {
    lazyConnect: true,
    connectTimeout: 5_000,
    // A command waits for at most one reconnect attempt, so a Redis outage shows as an error, not a hang.
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
    // Commands issued in the same tick (many turns at once) share one socket write.
    enableAutoPipelining: true,
    // A reply slower than this is treated as an outage rather than left to hang a turn.
    commandTimeout: 2_000,
  };
}

function authOptions(auth: RedisAuth): RedisOptions {
  return {
    ...(auth.username === undefined ? {} : { username: auth.username }),
    ...(auth.password === undefined ? {} : { password: auth.password }),
    ...(auth.tls ? { tls: {} } : {}),
  };
}

/**
 * BullMQ's connection options: it refuses a key prefix (its queues have their own), and its
 * workers block on Redis and retry by themselves, so a command waits as long as Redis takes
 * (`maxRetriesPerRequest: null`, no command timeout, commands queued while reconnecting).
 */
function jobsOptions(): RedisOptions {
  return {
    lazyConnect: true,
    connectTimeout: 5_000,
    maxRetriesPerRequest: null,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
  };
}

/** What a client is for: the stores (bounded waits, an outage is an error) or BullMQ's jobs. */
type ClientUse = 'stores' | 'jobs';

/** The ioredis client that reaches `connection`. */
function clientFor(connection: RedisConnection, keyPrefix: string, use: ClientUse): RedisClient {
  const options = use === 'stores' ? storeOptions() : jobsOptions();
  if ('url' in connection) return new Redis(connection.url, { ...options, keyPrefix });
  if ('clusterNodes' in connection) {
    return new Cluster(
      connection.clusterNodes.map(({ host, port }) => ({ host, port })),
      {
        lazyConnect: true,
        enableAutoPipelining: use === 'stores',
        // A cluster queues commands while it reconnects with no bound (maxRetriesPerRequest is per
        // node): the stores refuse them instead, so an outage shows as an error, not a hang.
        enableOfflineQueue: use === 'jobs',
        keyPrefix,
        clusterRetryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
        redisOptions: { ...options, ...authOptions(connection.auth) },
      },
    );
  }
  return new Redis({
    ...options,
    keyPrefix,
    ...authOptions(connection.auth),
    sentinels: connection.sentinels.map(({ host, port }) => ({ host, port })),
    name: connection.masterName,
    // Give up asking the sentinels after a few rounds, so a start-up with none reachable fails
    // instead of waiting for ever; a dropped connection later asks them again (retryStrategy).
    sentinelRetryStrategy: (attempt) => (attempt > 3 ? null : attempt * 100),
  });
}

/**
 * Opens (lazily: call `connect()`) the stores' client for `connection`, with every key under
 * `keyPrefix` and the project's Lua commands defined. The one place a Redis client is built.
 */
export function createRedisClient(connection: RedisConnection, keyPrefix: string): RedisClient {
  const client = clientFor(connection, keyPrefix, 'stores');
  // Connection errors are reported through /readyz and failing commands; keep ioredis from crashing us.
  client.on('error', () => undefined);
  defineLuaCommands(client);
  return client;
}

/**
 * Opens (lazily) BullMQ's own client for `connection` (the jobs layer, `src/jobs/`): no key prefix
 * (BullMQ prefixes its keys itself), `maxRetriesPerRequest: null` as its workers require, no
 * command timeout (workers block waiting for jobs), no Lua commands of ours.
 */
export function createJobsRedisClient(connection: RedisConnection): RedisClient {
  const client = clientFor(connection, '', 'jobs');
  client.on('error', () => undefined);
  return client;
}

/**
 * A connection of its own for pub/sub (one in subscriber mode can run no other commands), to the
 * same Redis as `client`: connected at once, without the request/reply options (auto-pipelining,
 * command timeout), which mean nothing for a connection that only listens.
 */
export function openSubscriber(client: RedisClient): RedisClient {
  const subscriber =
    client instanceof Cluster
      ? client.duplicate(undefined, { enableAutoPipelining: false, lazyConnect: false, redisOptions: { ...client.options.redisOptions, commandTimeout: undefined } })
      : client.duplicate({ enableAutoPipelining: false, commandTimeout: undefined, lazyConnect: false });
  subscriber.on('error', () => undefined);
  return subscriber;
}
