/**
 * `npm run bench`: the whole service on Redis against a minimal echo bot, same load for both.
 * autocannon posts message activities with deliveryMode expectReplies to /api/messages across
 * 1000 conversations over 50 connections, and prints turns/s, p50, p99 and peak RSS, and the ratio.
 * Options: --duration <s> (default 20), --warmup <s> (default 5), --conversations <n>, --connections <n>.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { freePort, startRedisServer } from '../tests/support/redis-server';

interface Options {
  duration: number;
  warmup: number;
  conversations: number;
  connections: number;
}

interface Measurement {
  name: string;
  turnsPerSecond: number;
  p50: number;
  p99: number;
  peakRssMb: number;
  errors: number;
  turns: number;
}

const root = join(__dirname, '..');

function parseOptions(argv: string[]): Options {
  const value = (flag: string, fallback: number) => {
    const index = argv.indexOf(flag);
    const raw = index >= 0 ? Number(argv[index + 1]) : fallback;
    if (!Number.isFinite(raw) || raw <= 0) throw new Error(`${flag} needs a positive number`);
    return raw;
  };
  return {
    duration: value('--duration', 20),
    warmup: value('--warmup', 5),
    conversations: value('--conversations', 1000),
    connections: value('--connections', 50),
  };
}

async function startProcess(args: string[], env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const up = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'GET' }).then(
      () => true,
      () => false,
    );
    if (up) return child;
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${args.join(' ')} did not start`);
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

function activityBody(conversation: number, sequence: number): string {
  return JSON.stringify({
    type: 'message',
    id: `m-${sequence}`,
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9/unused',
    conversation: { id: `bench-${conversation}` },
    from: { id: `bench-user-${conversation}`, role: 'user' },
    recipient: { id: 'bot', role: 'bot' },
    // A real menu choice: the service answers with the branch's reply and the menu again.
    text: 'Goals',
    deliveryMode: 'expectReplies',
  });
}

async function load(port: number, options: Options, seconds: number): Promise<autocannon.Result> {
  let sequence = 0;
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: options.connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/messages',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => {
          sequence += 1;
          return { ...request, body: activityBody(sequence % options.conversations, sequence) };
        },
      },
    ],
  });
}

async function measure(name: string, child: ChildProcess, port: number, options: Options): Promise<Measurement> {
  process.stdout.write(`${name}: warming up ${options.warmup}s, then measuring ${options.duration}s...\n`);
  await load(port, options, options.warmup);
  const pid = child.pid ?? 0;
  let peakRssMb = rssMb(pid);
  const sampler = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, rssMb(pid));
  }, 200);
  const result = await load(port, options, options.duration);
  clearInterval(sampler);
  peakRssMb = Math.max(peakRssMb, rssMb(pid));
  return {
    name,
    turnsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    peakRssMb,
    errors: result.errors + result.non2xx + result.timeouts,
    turns: result.requests.total,
  };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  return exited;
}

/** Both bots run as compiled JavaScript on plain node, as `npm start` runs the service. */
function compile(): void {
  process.stdout.write('compiling the service and the echo bot...\n');
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.bench.json'], { cwd: root, stdio: 'inherit' });
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  compile();
  const redis = await startRedisServer();
  const measurements: Measurement[] = [];
  try {
    const servicePort = await freePort();
    const service = await startProcess(
      ['dist-bench/src/main.js'],
      { PORT: String(servicePort), REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'bench:', LOG_LEVEL: 'warn', NODE_ENV: 'test' },
      servicePort,
    );
    try {
      measurements.push(await measure('service on Redis', service, servicePort, options));
    } finally {
      await stop(service);
    }
    const echoPort = await freePort();
    const echo = await startProcess(['dist-bench/bench/echo-bot.js', String(echoPort)], {}, echoPort);
    try {
      measurements.push(await measure('echo bot (CloudAdapter + MemoryStorage)', echo, echoPort, options));
    } finally {
      await stop(echo);
    }
  } finally {
    await redis.stop();
  }

  process.stdout.write(
    `\n${options.conversations} conversations, ${options.connections} connections, ${options.duration}s each, deliveryMode expectReplies\n`,
  );
  process.stdout.write('| bot | turns/s | p50 ms | p99 ms | peak RSS MB | turns | errors |\n|---|---|---|---|---|---|---|\n');
  for (const m of measurements) {
    process.stdout.write(
      `| ${m.name} | ${m.turnsPerSecond.toFixed(0)} | ${m.p50} | ${m.p99} | ${m.peakRssMb.toFixed(0)} | ${m.turns} | ${m.errors} |\n`,
    );
  }
  const [service, echo] = measurements;
  if (service && echo) {
    process.stdout.write(`\nratio service/echo turns/s: ${(service.turnsPerSecond / echo.turnsPerSecond).toFixed(2)}\n`);
    process.stdout.write(`target: ratio >= 1.0 and service p99 <= 50 ms -> ${service.turnsPerSecond >= echo.turnsPerSecond && service.p99 <= 50 ? 'met' : 'NOT met'}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
