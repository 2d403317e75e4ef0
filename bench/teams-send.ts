/**
 * `npm run bench:teams` (also the last part of `npm run bench`): 1,000 nudges to 200 Teams
 * conversations in 4 tenants through the Teams send pipeline, with the configured limits (the
 * defaults of TEAMS_SEND_*), against the local fake Bot Connector: on a throwaway Redis, then in
 * memory (embedded mode). Every tenth nudge is also asked for a second time at once, as a job
 * retried after a crash would. Prints sends per second against the configured rates, the most
 * requests that arrived in any window against the buckets and Teams' documented limits, and
 * duplicates. Options: --nudges <n> (default 1000), --conversations <n> (200), --tenants <n> (4).
 */
import pino from 'pino';
import { TeamsSendPipeline } from '../adapters/teams';
import { loadConfig } from '../src/config';
import { systemClock } from '../src/runtime/system-clock';
import { createMemoryStores } from '../src/store/memory/memory-stores';
import type { TeamsSendStore } from '../src/store/ports';
import { createRedisStores } from '../src/store/redis/redis-stores';
import { documentedTeamsLimits, type SendRate } from '../src/teams/teams-send-limits';
import { type ConnectorRequest, startFakeBotConnector } from '../tests/support/fake-bot-connector';
import { startRedisServer } from '../tests/support/redis-server';
import { RecordingTeamsReachability } from '../tests/support/recording-teams-reachability';
import { mostInAnyWindow } from '../tests/support/send-windows';
import { anonymousBotConnector, teamsConversation } from '../tests/support/teams-send-fixture';

interface Options {
  readonly nudges: number;
  readonly conversations: number;
  readonly tenants: number;
}

interface Run {
  readonly store: string;
  readonly sends: number;
  readonly seconds: number;
  readonly sendsPerSecond: number;
  /** The configured rate the run was bound by: every tenant's bucket refill, summed. */
  readonly configuredPerSecond: number;
  /** Each tenant's rate from one second in to its last send, as a share of its configured rate (the lowest). */
  readonly lowestTenantShare: number;
  /** The most requests that arrived at the fake in any 1 s for one tenant. */
  readonly tenantMostIn1s: number;
  /** The most requests that arrived in any 1 s, 30 s and 1 h for one conversation. */
  readonly conversationMost: readonly number[];
  /** Windows over Teams' documented limits. */
  readonly overDocumented: number;
  readonly duplicates: number;
  readonly failures: number;
}

const windowsSeconds = [1, 30, 3_600];

function parseOptions(argv: readonly string[]): Options {
  const value = (flag: string, fallback: number) => {
    const index = argv.indexOf(flag);
    const raw = index >= 0 ? Number(argv[index + 1]) : fallback;
    if (!Number.isInteger(raw) || raw <= 0) throw new Error(`${flag} needs a positive whole number`);
    return raw;
  };
  return { nudges: value('--nudges', 1000), conversations: value('--conversations', 200), tenants: value('--tenants', 4) };
}

/** The most of `requests` in any window of each length (seconds). */
function mostIn(requests: readonly ConnectorRequest[], windows: readonly number[]): number[] {
  const times = requests.map((request) => request.at);
  return windows.map((seconds) => mostInAnyWindow(times, seconds * 1000));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    groups.set(name, [...(groups.get(name) ?? []), item]);
  }
  return groups;
}

async function runOnce(storeName: string, store: TeamsSendStore, options: Options): Promise<Run> {
  const { teamsSend: settings } = loadConfig({});
  const connector = await startFakeBotConnector();
  try {
    const sender = new TeamsSendPipeline({
      settings,
      botConnector: anonymousBotConnector,
      store,
      reachability: new RecordingTeamsReachability(),
      clock: systemClock,
      logger: pino({ level: 'warn' }),
    });
    const tenantOf = (conversation: number) => `tenant-${conversation % options.tenants}`;
    const conversations = Array.from({ length: options.conversations }, (_, n) => teamsConversation(connector.serviceUrl, `a:bench-${n}`, { tenantId: tenantOf(n), personal: n % 2 === 0 }));
    const tenantByConversation = new Map(conversations.map((conversation) => [conversation.conversationId, conversation.tenantId]));
    let failures = 0;
    const nudge = async (n: number) => {
      const conversation = conversations[n % options.conversations];
      if (conversation === undefined) return;
      await sender.send(`bench.nudge.${n}`, conversation, { text: `nudge ${n}`, card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: `CB-${n}` }] } }).catch(() => {
        failures += 1;
      });
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: options.nudges }, (_, n) => [nudge(n), ...(n % 10 === 0 ? [nudge(n)] : [])]).flat());
    const finished = Date.now();

    const sends = connector.requests.filter((request) => request.operation === 'send' && request.status === 201);
    const times = sends.map((request) => request.at);
    const first = Math.min(...times);
    const seconds = (Math.max(...times) - first) / 1000;
    // A card goes alone, its notification text as the activity's summary (teamsMessageActivity).
    const texts = new Set(connector.activities.map(({ activity }) => String(activity['summary'] ?? activity['text'])));
    let overDocumented = 0;
    let lowestTenantShare = Number.POSITIVE_INFINITY;
    let tenantMostIn1s = 0;
    const conversationMost = windowsSeconds.map(() => 0);
    for (const requests of groupBy(connector.requests, (request) => request.conversationId ?? '').values()) {
      const most = mostIn(requests, windowsSeconds);
      most.forEach((count, index) => {
        conversationMost[index] = Math.max(conversationMost[index] ?? 0, count);
      });
      overDocumented += documentedTeamsLimits.conversation.filter((limit) => (mostIn(requests, [limit.seconds])[0] ?? 0) > limit.sends).length;
    }
    for (const requests of groupBy(connector.requests, (request) => tenantByConversation.get(request.conversationId ?? '') ?? '').values()) {
      tenantMostIn1s = Math.max(tenantMostIn1s, mostIn(requests, [1])[0] ?? 0);
      overDocumented += documentedTeamsLimits.tenant.filter((limit) => (mostIn(requests, [limit.seconds])[0] ?? 0) > limit.sends).length;
      // From one second in (the burst spent) to the last send, the bucket refills at its rate: that is what the tenant's sends are measured against.
      const at = requests.map((request) => request.at);
      const from = Math.min(...at) + 1_000;
      const steady = at.filter((instant) => instant >= from).length / ((Math.max(...at) - from) / 1000);
      lowestTenantShare = Math.min(lowestTenantShare, steady / settings.rates.tenant.perSecond);
    }
    process.stdout.write(`  ${storeName}: ${sends.length} sends in ${((finished - started) / 1000).toFixed(1)} s\n`);
    return {
      store: storeName,
      sends: sends.length,
      seconds,
      sendsPerSecond: sends.length / seconds,
      configuredPerSecond: settings.rates.tenant.perSecond * options.tenants,
      lowestTenantShare,
      tenantMostIn1s,
      conversationMost,
      overDocumented,
      duplicates: connector.activities.length - texts.size,
      failures,
    };
  } finally {
    await connector.close();
  }
}

/** Runs the Teams send benchmark on a throwaway Redis and in memory, and prints the table. */
export async function runTeamsSendBench(argv: readonly string[] = []): Promise<void> {
  const options = parseOptions(argv);
  const { rates } = loadConfig({}).teamsSend;
  process.stdout.write(
    `Teams sends: ${options.nudges} nudges (every tenth asked twice) to ${options.conversations} conversations in ${options.tenants} tenants through the fake Bot Connector; ` +
      `configured per conversation ${rates.conversation.burst} at once then ${(rates.conversation.perSecond * 60).toFixed(0)}/min, per tenant ${rates.tenant.burst} at once then ${rates.tenant.perSecond}/s...\n`,
  );
  const runs: Run[] = [];
  const redis = await startRedisServer();
  try {
    const stores = await createRedisStores({ connection: { url: redis.url }, keyPrefix: 'bench-teams:', lockTtlMs: 5_000, lockWaitMs: 2_000, clock: systemClock, referenceSecret: 'bench reference secret, long enough to pass' });
    try {
      runs.push(await runOnce('Redis', stores.teamsSend, options));
    } finally {
      await stores.close();
    }
  } finally {
    await redis.stop();
  }
  const memory = createMemoryStores({ lockWaitMs: 2_000, clock: systemClock, referenceSecret: 'bench reference secret, long enough to pass' });
  runs.push(await runOnce('memory', memory.teamsSend, options));

  const bound = (rate: SendRate, seconds: number) => Math.floor(rate.burst + rate.perSecond * seconds);
  const conversationBounds = windowsSeconds.map((seconds) => bound(rates.conversation, seconds)).join(' / ');
  const documented = documentedTeamsLimits.conversation.map((limit) => limit.sends).join(' / ');
  process.stdout.write(
    `| store | sends | seconds | sends/s | configured/s | slowest tenant from 1 s in, share of its rate | most per tenant in 1 s (buckets ${bound(rates.tenant, 1)}, Teams ${documentedTeamsLimits.tenant[0]?.sends}) | most per conversation in 1 s / 30 s / 1 h (buckets ${conversationBounds}, Teams ${documented}) | over Teams' limits | duplicates | failed |\n|---|---|---|---|---|---|---|---|---|---|---|\n`,
  );
  for (const run of runs) {
    process.stdout.write(
      `| ${run.store} | ${run.sends} | ${run.seconds.toFixed(1)} | ${run.sendsPerSecond.toFixed(1)} | ${run.configuredPerSecond} | ${(run.lowestTenantShare * 100).toFixed(1)} % | ${run.tenantMostIn1s} | ${run.conversationMost.join(' / ')} | ${run.overDocumented} | ${run.duplicates} | ${run.failures} |\n`,
    );
  }
  for (const run of runs) {
    const met = run.lowestTenantShare >= 0.95 && run.overDocumented === 0 && run.duplicates === 0 && run.failures === 0;
    process.stdout.write(`  ${run.store}: goal (>= 95 % of the configured rate, 0 over Teams' limits, 0 duplicates) ${met ? 'met' : 'NOT met'}\n`);
  }
  process.stdout.write(
    "  (counted by arrival at the fake: requests whose tokens were taken apart can arrive closer together, so a window may hold a few more than the buckets let through)\n",
  );
}

if (require.main === module) {
  runTeamsSendBench(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
