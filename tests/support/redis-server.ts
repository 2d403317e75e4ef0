import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { RedisNode } from '../../src/store/redis/redis-connection';

/** Finds a free loopback port by letting the OS choose one. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A running redis-server (or sentinel) process. */
export interface RunningRedis {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** Runs `redis-server args` in a fresh folder; resolves once its log says `ready` (a server: it accepts connections). */
async function runRedis(port: number, args: (dir: string) => string[], ready = 'Ready to accept connections'): Promise<RunningRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'lwc-redis-'));
  const child: ChildProcess = spawn('redis-server', args(dir), { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot run redis-server (install the Debian package redis-server): ${error.message}`));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(ready)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The options of every throwaway server: loopback only, nothing saved to disk. */
const throwaway = (port: number, dir: string) => ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir];

/**
 * Starts a throwaway redis-server on a free port (or on `port`, to bring one back where it was);
 * resolves once it accepts connections. `extraArgs` are further options (e.g. `--replicaof`).
 */
export async function startRedisServer(port?: number, extraArgs: readonly string[] = []): Promise<RunningRedis> {
  const chosen = port ?? (await freePort());
  return runRedis(chosen, (dir) => [...throwaway(chosen, dir), ...extraArgs]);
}

/** Asks `check` again, a turn of the event loop apart, until it holds; fails after `limitMs`. */
async function waitFor(what: string, check: () => Promise<boolean>, limitMs = 20_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs `redis-cli args`; resolves with its output, rejects when it fails. */
function redisCli(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('redis-cli', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`redis-cli ${args.join(' ')} failed:\n${output}`))));
  });
}

/** A throwaway Redis Cluster or Sentinel set-up: the nodes to give the client, and how to stop it all. */
export interface RunningTopology {
  readonly nodes: readonly RedisNode[];
  stop(): Promise<void>;
}

/** A Sentinel set-up, which can also lose its master. */
export interface RunningSentinel extends RunningTopology {
  /** Stops the master; resolves once the sentinel names the replica as the new master. */
  failOver(): Promise<void>;
}

/**
 * Starts a real Redis Cluster of three masters (no replicas) on free ports, each with its cluster
 * bus on another free port, joined with `redis-cli --cluster create`; resolves once every node
 * says `cluster_state:ok`.
 */
export async function startRedisCluster(): Promise<RunningTopology> {
  const servers: RunningRedis[] = [];
  try {
    for (let i = 0; i < 3; i += 1) {
      const [port, busPort] = [await freePort(), await freePort()];
      servers.push(
        await runRedis(port, (dir) => [
          ...throwaway(port, dir),
          '--cluster-enabled', 'yes',
          '--cluster-port', String(busPort),
          '--cluster-config-file', join(dir, 'nodes.conf'),
          '--cluster-node-timeout', '5000',
        ]),
      );
    }
    await redisCli(['--cluster', 'create', ...servers.map(({ port }) => `127.0.0.1:${port}`), '--cluster-replicas', '0', '--cluster-yes']);
    for (const { port } of servers) {
      const client = new Redis(port, '127.0.0.1', { lazyConnect: true });
      try {
        await waitFor(`cluster_state:ok on port ${port}`, async () => String(await client.cluster('INFO')).includes('cluster_state:ok'));
      } finally {
        client.disconnect();
      }
    }
  } catch (error) {
    await Promise.all(servers.map((server) => server.stop()));
    throw error;
  }
  return {
    nodes: servers.map(({ port }) => ({ host: '127.0.0.1', port })),
    stop: async () => {
      await Promise.all(servers.map((server) => server.stop()));
    },
  };
}

/** The master name the test sentinel monitors. */
export const testSentinelMaster = 'lwc-test';

/**
 * Starts a master, a replica of it and one sentinel monitoring them (quorum 1), on free ports; resolves once the replica has synced and the sentinel names the
 * master.
 */
export async function startRedisSentinel(): Promise<RunningSentinel> {
  const started: RunningRedis[] = [];
  try {
    // No wait for more replicas before the first sync (Redis waits 5 s by default).
    const master = await startRedisServer(undefined, ['--repl-diskless-sync-delay', '0']);
    started.push(master);
    const replica = await startRedisServer(undefined, ['--replicaof', '127.0.0.1', String(master.port)]);
    started.push(replica);
    const sentinelPort = await freePort();
    started.push(
      await runRedis(sentinelPort, (dir) => {
        const file = join(dir, 'sentinel.conf');
        writeFileSync(
          file,
          [
            `port ${sentinelPort}`,
            'bind 127.0.0.1',
            `dir ${dir}`,
            `sentinel monitor ${testSentinelMaster} 127.0.0.1 ${master.port} 1`,
            // Slow enough that a busy test machine never fails over by mistake; failOver() shortens it.
            `sentinel down-after-milliseconds ${testSentinelMaster} 5000`,
            '',
          ].join('\n'),
        );
        return [file, '--sentinel'];
      }, 'Sentinel ID is'),
    );
    /** Runs SENTINEL <args> on the sentinel. */
    const askSentinel = async (...args: string[]): Promise<unknown> => {
      const sentinel = new Redis(sentinelPort, '127.0.0.1', { lazyConnect: true });
      try {
        return await sentinel.call('SENTINEL', ...args);
      } finally {
        sentinel.disconnect();
      }
    };
    const sentinelNames = (port: number) => async () => {
      const address = await askSentinel('get-master-addr-by-name', testSentinelMaster);
      return Array.isArray(address) && String(address[1]) === String(port);
    };
    const masterClient = new Redis(master.port, '127.0.0.1', { lazyConnect: true });
    try {
      await waitFor('the replica to sync', async () => /slave0:[^\r\n]*state=online/.test(await masterClient.info('replication')));
    } finally {
      masterClient.disconnect();
    }
    await waitFor('the sentinel to name the master', sentinelNames(master.port));
    return {
      nodes: [{ host: '127.0.0.1', port: sentinelPort }],
      stop: async () => {
        await Promise.all(started.map((server) => server.stop()));
      },
      failOver: async () => {
        await askSentinel('SET', testSentinelMaster, 'down-after-milliseconds', '500');
        await master.stop();
        await waitFor('the sentinel to promote the replica', sentinelNames(replica.port), 30_000);
      },
    };
  } catch (error) {
    await Promise.all(started.map((server) => server.stop()));
    throw error;
  }
}
