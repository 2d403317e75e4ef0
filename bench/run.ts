/**
 * `npm run bench`: the whole service on Redis against a minimal echo bot, same load for both.
 * The service is measured as one process and, with --workers N (default 2), as N worker processes
 * (WORKERS=N: Node's cluster module, all sharing Redis), the way it scales on a multi-core host.
 * autocannon posts message activities with deliveryMode expectReplies to /api/messages across
 * 1000 conversations over 50 connections, and prints turns/s, p50, p99 and peak RSS, and the ratio.
 * Both bots run at once (the idle one costs nothing) and are measured in alternating rounds, so
 * a slow spell of the machine hits both alike; the table shows the median round.
 * Options: --rounds <n> (default 3), --duration <s> per round (default 10), --warmup <s> (default 5),
 * --conversations <n> (default 1000), --connections <n> (default 50), --workers <n> (default 2),
 * --dl-conversations <n> (default 200), --dl-messages <n> (default 5), --dl-rate <n> (default 40),
 * --turns-only (just the turn throughput: no web chat and none of the parts below), --cpu-prof <dir>
 * (the one-process service writes a V8 CPU profile there when it stops).
 * Then web chat: that many Direct Line conversations open at once over WebSockets, each posting
 * messages in turn, first paced at --dl-rate messages a second in all, then all at once; it prints
 * the time from posting a message to its reply arriving (p50, p99) and the service's CPU time per
 * message, which tells the work per message from the time spent queueing.
 * Then activity search in process (bench/activity-search.ts, alone: `npm run bench:search`):
 * 50,000 generated listings, a mix of 1,200 queries, p50/p95/p99/max per query against p95 <= 5 ms.
 * Then Teams sends (bench/teams-send.ts, alone: `npm run bench:teams`): 1,000 nudges to 200
 * conversations through the send pipeline and the fake Bot Connector, against the configured rates.
 * Then callback cards (bench/teams-callback-cards.ts, alone: `npm run bench:cards`): 200 requests made
 * through the conversation to the service on Redis, each timed from its `callback.requested` event
 * to its card's arrival at the fake Bot Connector (p50/p99/max against p99 < 2 s, duplicates, missing).
 * Last, check-in reminders on BullMQ (bench/reminder-jobs.ts, alone: `npm run bench:jobs`): 100,000
 * scheduled (time, Redis memory), then dispatch at 1,000 due a minute (lateness p50/p99, duplicates).
 * Then the outcome reports (bench/reports.ts, alone: `npm run bench:reports`): a large site's year
 * replayed into the Redis aggregates (replay time), then its 12-month report (against < 500 ms).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { freePort, startRedisServer } from '../tests/support/redis-server';
import { runActivitySearchBench } from './activity-search';
import { runReminderJobsBench } from './reminder-jobs';
import { runReportsBench } from './reports';
import { measureDirectLine, type DirectLineLatency } from './direct-line-latency';
import { runTeamsCallbackCardsBench } from './teams-callback-cards';
import { runTeamsSendBench } from './teams-send';

interface Options {
  rounds: number;
  duration: number;
  warmup: number;
  conversations: number;
  connections: number;
  workers: number;
  dlConversations: number;
  dlMessages: number;
  dlRate: number;
  turnsOnly: boolean;
  cpuProfDir: string | undefined;
}

interface Measurement {
  name: string;
  turnsPerSecond: number;
  p50: number;
  p99: number;
  peakRssMb: number;
  errors: number;
  turns: number;
  cpuMsPerTurn: number;
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
    rounds: value('--rounds', 3),
    duration: value('--duration', 10),
    warmup: value('--warmup', 5),
    conversations: value('--conversations', 1000),
    connections: value('--connections', 50),
    workers: value('--workers', 2),
    dlConversations: value('--dl-conversations', 200),
    dlMessages: value('--dl-messages', 5),
    dlRate: value('--dl-rate', 40),
    turnsOnly: argv.includes('--turns-only'),
    cpuProfDir: argv.includes('--cpu-prof') ? argv[argv.indexOf('--cpu-prof') + 1] : undefined,
  };
}

interface Bot {
  name: string;
  port: number;
  child: ChildProcess;
}

async function startBot(name: string, args: string[], env: Record<string, string>, portAsArgument = false): Promise<Bot> {
  const port = await freePort();
  const child = await startProcess(portAsArgument ? [...args, String(port)] : args, { ...env, PORT: String(port) }, port);
  return { name, port, child };
}

async function startProcess(args: string[], env: Record<string, string>, port: number): Promise<ChildProcess> {
  // restify 11 loads spdy, which touches process.binding (DEP0111); the service's own scripts silence it too.
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', ...args], {
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

/** CPU time (user + system) a process has used so far, in ms (Linux clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10;
}

interface WebChatRun {
  readonly latency: DirectLineLatency;
  /** The service's CPU time per message answered, ms. */
  readonly cpuMsPerMessage: number;
}

async function measureWebChat(bot: Bot, options: Options, ratePerSecond: number | undefined): Promise<WebChatRun> {
  const pid = bot.child.pid ?? 0;
  let before = 0;
  // From the first message on: opening the conversations (token, start, welcome) is not counted.
  // The process's CPU time covers all its threads (GC helpers, crypto on the thread pool) and any
  // idle work while messages are spaced out, so it is an upper bound of the work per message.
  const latency = await measureDirectLine(`http://127.0.0.1:${bot.port}`, options.dlConversations, options.dlMessages, ratePerSecond, () => {
    before = cpuMs(pid);
  });
  return { latency, cpuMsPerMessage: (cpuMs(pid) - before) / Math.max(1, latency.samples) };
}

/** The child processes of a process (cluster workers). */
function childrenOf(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
  );
}

/** Resident memory of a process and all its descendants (cluster workers), in MB. */
function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024 + childrenOf(pid).reduce((sum, child) => sum + rssMb(child), 0);
  } catch {
    return 0; // the process has just exited
  }
}

/**
 * CPU time of a process and its descendants, ms. Per turn it is the work a bot does, which other
 * work on the machine hardly changes (turns/s on a busy machine does change).
 */
function treeCpuMs(pid: number): number {
  try {
    return cpuMs(pid) + childrenOf(pid).reduce((sum, child) => sum + treeCpuMs(child), 0);
  } catch {
    return 0; // the process has just exited
  }
}

function activityBody(conversation: number, sequence: number, text = 'Goals'): string {
  return JSON.stringify({
    type: 'message',
    id: `m-${sequence}`,
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9/unused',
    conversation: { id: `bench-${conversation}` },
    from: { id: `bench-user-${conversation}`, role: 'user' },
    recipient: { id: 'bot', role: 'bot' },
    // After onboarding, a real menu choice: the service checks consent, answers with the
    // branch's reply and offers the menu again.
    text,
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

interface Round {
  turnsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  turns: number;
  /** The bot's CPU time (all its processes) per turn in the round, ms. */
  cpuMsPerTurn: number;
}

/**
 * Takes every benchmark conversation through onboarding (hello, yes, an area), so the measured
 * turns are a person at the main menu rather than someone being asked for consent over and over.
 */
async function onboardAll(port: number, options: Options): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let conversation = next++; conversation < options.conversations; conversation = next++) {
      for (const text of ['hello', 'yes', 'Salford']) {
        const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: activityBody(conversation, 0, text),
        });
        if (!response.ok) throw new Error(`onboarding answered ${response.status}`);
        await response.arrayBuffer();
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
}

async function measureRound(bot: Bot, options: Options): Promise<Round> {
  const pid = bot.child.pid ?? 0;
  const cpuBefore = treeCpuMs(pid);
  const result = await load(bot.port, options, options.duration);
  return {
    cpuMsPerTurn: (treeCpuMs(pid) - cpuBefore) / Math.max(1, result.requests.total),
    turnsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
    turns: result.requests.total,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Samples a process's resident memory while the benchmark runs. */
function rssSampler(pid: number): { peak: () => number; stop: () => void } {
  let peak = rssMb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 200);
  return { peak: () => Math.max(peak, rssMb(pid)), stop: () => clearInterval(timer) };
}

function summarise(name: string, rounds: Round[], peakRssMb: number): Measurement {
  return {
    name,
    turnsPerSecond: median(rounds.map((round) => round.turnsPerSecond)),
    p50: median(rounds.map((round) => round.p50)),
    p99: median(rounds.map((round) => round.p99)),
    peakRssMb,
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
    turns: rounds.reduce((sum, round) => sum + round.turns, 0),
    cpuMsPerTurn: median(rounds.map((round) => round.cpuMsPerTurn)),
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
  const bots: Bot[] = [];
  const measurements: Measurement[] = [];
  const webChat: WebChatRun[] = [];
  try {
    // All benchmark conversations come from one address: lift the per-address token limit.
    const serviceEnv = { REDIS_URL: redis.url, LOG_LEVEL: 'warn', NODE_ENV: 'test', WEBCHAT_TOKENS_PER_MINUTE: '100000' };
    const profile = options.cpuProfDir === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', options.cpuProfDir];
    bots.push(await startBot('service on Redis, 1 process', [...profile, 'dist-bench/src/main.js'], { ...serviceEnv, REDIS_KEY_PREFIX: 'bench1:' }));
    if (options.workers > 1) {
      bots.push(
        await startBot(`service on Redis, WORKERS=${options.workers}`, ['dist-bench/src/main.js'], {
          ...serviceEnv,
          REDIS_KEY_PREFIX: 'bench2:',
          WORKERS: String(options.workers),
        }),
      );
    }
    bots.push(await startBot('echo bot (CloudAdapter + MemoryStorage)', ['dist-bench/bench/echo-bot.js'], {}, true));

    process.stdout.write(`onboarding ${options.conversations} conversations, then warming up for ${options.warmup}s each...\n`);
    for (const bot of bots) {
      await onboardAll(bot.port, options);
      await load(bot.port, options, options.warmup);
    }

    const samplers = bots.map((bot) => rssSampler(bot.child.pid ?? 0));
    const rounds: Round[][] = bots.map(() => []);
    for (let round = 1; round <= options.rounds; round += 1) {
      const line: string[] = [];
      for (const [index, bot] of bots.entries()) {
        const result = await measureRound(bot, options);
        rounds[index]?.push(result);
        line.push(`${bot.name}: ${result.turnsPerSecond.toFixed(0)} turns/s, p99 ${result.p99} ms, ${result.cpuMsPerTurn.toFixed(2)} ms CPU a turn`);
      }
      process.stdout.write(`round ${round}/${options.rounds}: ${line.join(' | ')}\n`);
    }
    for (const [index, bot] of bots.entries()) {
      samplers[index]?.stop();
      measurements.push(summarise(bot.name, rounds[index] ?? [], samplers[index]?.peak() ?? 0));
    }
    const single = bots[0];
    if (single !== undefined && !options.turnsOnly) {
      process.stdout.write(
        `web chat: ${options.dlConversations} Direct Line conversations over WebSockets, ${options.dlMessages} messages each, at ${options.dlRate}/s in all, then all at once...\n`,
      );
      webChat.push(await measureWebChat(single, options, options.dlRate));
      webChat.push(await measureWebChat(single, options, undefined));
    }
  } finally {
    await Promise.all(bots.map((bot) => stop(bot.child)));
    await redis.stop();
  }

  process.stdout.write(
    `\n${options.conversations} conversations, ${options.connections} connections, ${options.rounds} alternating rounds of ${options.duration}s, medians, deliveryMode expectReplies\n`,
  );
  process.stdout.write('| bot | turns/s | p50 ms | p99 ms | CPU ms a turn | peak RSS MB | turns | errors |\n|---|---|---|---|---|---|---|---|\n');
  for (const m of measurements) {
    process.stdout.write(
      `| ${m.name} | ${m.turnsPerSecond.toFixed(0)} | ${m.p50} | ${m.p99} | ${m.cpuMsPerTurn.toFixed(2)} | ${m.peakRssMb.toFixed(0)} | ${m.turns} | ${m.errors} |\n`,
    );
  }
  for (const { latency, cpuMsPerMessage } of webChat) {
    const load = latency.ratePerSecond === undefined ? 'all sending at once' : `${latency.ratePerSecond} messages/s in all`;
    const target = latency.ratePerSecond === undefined ? '' : ` -> target (p99 < 50 ms) ${latency.p99 < 50 ? 'met' : 'NOT met'}`;
    process.stdout.write(
      `\nweb chat (service on Redis, 1 process): ${latency.conversations} open Direct Line conversations, ${load}, ${latency.samples} messages: post → reply p50 ${latency.p50.toFixed(1)} ms, p99 ${latency.p99.toFixed(1)} ms; service CPU ${cpuMsPerMessage.toFixed(2)} ms per message; ${latency.failures} conversations failed${target}\n`,
    );
  }
  const echo = measurements.at(-1);
  for (const service of measurements.slice(0, -1)) {
    if (echo === undefined) break;
    const ratio = service.turnsPerSecond / echo.turnsPerSecond;
    const met = ratio >= 1 && service.p99 <= 50 ? 'met' : 'NOT met';
    const cpuRatio = echo.cpuMsPerTurn / Math.max(0.001, service.cpuMsPerTurn);
    process.stdout.write(
      `${service.name}: ratio to echo ${ratio.toFixed(2)} (by CPU a turn ${cpuRatio.toFixed(2)}), p99 ${service.p99} ms -> target (ratio >= 1.0, p99 <= 50 ms) ${met}\n`,
    );
  }

  if (options.turnsOnly) return;
  // Activity search in process: 50,000 generated listings, a mix of 1,200 queries (also `npm run bench:search`).
  process.stdout.write('\n');
  await runActivitySearchBench();

  // Teams sends through the send pipeline and the fake Bot Connector (also `npm run bench:teams`).
  process.stdout.write('\n');
  await runTeamsSendBench();
  // A callback request to its card in Teams, through the service on Redis (also `npm run bench:cards`).
  process.stdout.write('\n');
  await runTeamsCallbackCardsBench();
  // Check-in reminders on BullMQ, on a Redis of their own (also `npm run bench:jobs`).
  process.stdout.write('\n');
  await runReminderJobsBench();
  // The outcome reports: a large site's year replayed into the Redis aggregates, then its report (also `npm run bench:reports`).
  process.stdout.write('\n');
  await runReportsBench();
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
