import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';

export interface SupervisorOptions {
  readonly workers: number;
  readonly logger: Logger;
  /** How long workers get to finish their turns after SIGTERM before they are killed. */
  readonly shutdownGraceMs: number;
  /** Extra environment for every worker. */
  readonly workerEnv: Readonly<Record<string, string>>;
}

/**
 * Runs in the primary process when WORKERS > 1: forks that many service processes sharing the
 * port (Node's cluster module), replaces one that dies unexpectedly, and on SIGTERM/SIGINT asks
 * each to stop gracefully. Workers share Redis, so they behave as one service, as several hosts would.
 */
export function superviseWorkers(options: SupervisorOptions): void {
  const { logger } = options;
  let stopping = false;
  const recentRestarts: number[] = [];

  const fork = (): Worker => cluster.fork(options.workerEnv);
  for (let index = 0; index < options.workers; index += 1) fork();
  logger.info({ event: 'supervisor.started', workers: options.workers }, `started ${options.workers} workers`);

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        logger.info({ event: 'supervisor.stopped' }, 'all workers stopped');
        process.exit(0);
      }
      return;
    }
    logger.error({ event: 'supervisor.worker_died', workerId: worker.id, code, signal }, 'worker died; starting another');
    const now = Date.now();
    recentRestarts.push(now);
    while ((recentRestarts[0] ?? now) < now - 60_000) recentRestarts.shift();
    // A worker that cannot start (bad Redis URL, port taken) would otherwise be restarted forever.
    if (recentRestarts.length > options.workers * 5) {
      logger.fatal({ event: 'supervisor.crash_loop' }, 'workers keep dying; giving up');
      process.exit(1);
    }
    fork();
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'supervisor.stopping', signal }, 'stopping workers');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    setTimeout(() => {
      logger.warn({ event: 'supervisor.kill_stragglers' }, 'workers did not stop in time');
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
      process.exit(1);
    }, options.shutdownGraceMs + 5_000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
