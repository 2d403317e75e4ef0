/**
 * Entry point of a service process for drills (`node --import tsx tests/support/shifted-clock-service.ts <ms>`):
 * the real service, configured from its environment as `npm start` is, on a clock that reads real
 * time moved by `<ms>`, so that several processes and the test agree on a chosen "now" (a
 * reminder's due time) while time still passes. Stops cleanly on SIGTERM.
 */
import { loadConfig } from '../../src/config';
import { startService } from '../../src/main';

async function run(): Promise<void> {
  const shiftMs = Number(process.argv[2]);
  if (!Number.isFinite(shiftMs)) throw new Error('usage: shifted-clock-service.ts <milliseconds to add to real time>');
  const service = await startService(loadConfig(), { clock: { now: () => Date.now() + shiftMs } });
  process.once('SIGTERM', () => void service.stop().finally(() => process.exit(0)));
}

void run().catch((error: unknown) => {
  process.stderr.write(`cannot start: ${error instanceof Error ? error.message : 'unknown'}\n`);
  process.exit(1);
});
