import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './redis-server';

/** A service running as its own process, and where it listens. */
export interface ServiceProcess {
  readonly child: ChildProcess;
  readonly baseUrl: string;
}

/**
 * Starts the service as its own process, the way `npm start` does, but from source (`src/main.ts`,
 * or `entry` with its arguments); resolves once `/healthz` answers. Logs warnings and worse, to stderr.
 */
export async function startProcess(env: Record<string, string>, entry: readonly string[] = ['src/main.ts']): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', ...entry], {
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  // Up to a minute: each process compiles the service with tsx as it starts, slow on a busy machine.
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const ok = await fetch(`${baseUrl}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return { child, baseUrl };
    if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('service did not start');
}

/** Resolves with the process's exit code once it has exited (null when a signal ended it). */
export function exitOf(child: ChildProcess): Promise<number | null> {
  // A process killed by a signal has no exit code, only a signal code.
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
