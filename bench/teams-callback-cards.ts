/**
 * `npm run bench:cards` (also part of `npm run bench`): the time from a callback request to its
 * card in the site's Teams channel, through the real service (`startService`, in this process) on
 * a throwaway redis-server (BullMQ jobs), with the local fake Bot Connector as Teams.
 *
 * Set-up (not timed): the sample team details are saved; for each of the five sites the app is
 * installed in a channel, a practitioner is made site admin and links the channel with a one-time
 * code; `--requests` (default 200) people, spread over the sites in turn, are each taken through
 * the conversation (Emulator path, deliveryMode expectReplies) to the "send it?" question.
 *
 * Then each person answers "Yes, send it" in turn, one every `--seconds` (default 150) / requests
 * (one every 0.75 s; each channel gets one every 3.75 s, inside its send bucket of one every 3 s):
 * the dialog saves the request and appends `callback.requested`. For every request: from the
 * event's time (`at`, the request saved) to the card's arrival at the fake connector. Prints p50,
 * p99 and max, duplicates (a request carded twice) and missing (no card after the run plus 30 s),
 * against the goal p99 < 2 s, 0 duplicates, 0 missing.
 */
import { z } from 'zod';
import { loadConfig } from '../src/config';
import { loadSampleTeams } from '../src/data/sample-data';
import type { DomainEvent } from '../src/domain/callbacks/domain-event';
import { startService, type RunningService } from '../src/main';
import { createLogger } from '../src/runtime/logger';
import { type ConnectorRequest, startFakeBotConnector } from '../tests/support/fake-bot-connector';
import { startRedisServer } from '../tests/support/redis-server';
import { messageActivity, postActivity } from '../tests/support/service-harness';
import { installationUpdate, servedTenant, teamsMessage, type TeamsActivityOptions } from '../tests/support/teams-activities';
import { inParallel } from './in-parallel';
import { loadAverage } from './load-average';
import { numberOption } from './number-option';
import { percentile } from './percentile';

const goalP99Ms = 2_000;
const adminToken = `bench-super-admin-${'cArD'.repeat(8)}`;
/** What a person types for their area, per site. */
const sites = [
  { siteId: 'lambeth', area: 'Lambeth' },
  { siteId: 'edinburgh', area: 'Edinburgh' },
  { siteId: 'luton', area: 'Luton' },
  { siteId: 'salford', area: 'Salford' },
  { siteId: 'tameside-glossop', area: 'Tameside' },
] as const;

async function say(service: RunningService, person: number, text: string): Promise<string> {
  const { status, replies } = await postActivity(`http://127.0.0.1:${service.port}`, messageActivity({ conversationId: `bench-person-${person}`, userId: `bench-user-${person}`, text }));
  if (status !== 200) throw new Error(`a person's turn answered ${status}`);
  return replies.map((reply) => reply.text ?? '').join('\n');
}

async function admin(service: RunningService, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${service.port}/api/admin${path}`, {
    method,
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
  return response.json();
}

/** Installs the app in one channel per site and links it, as a site admin would. */
async function linkChannels(service: RunningService, serviceUrl: string): Promise<Map<string, string>> {
  const channels = new Map<string, string>();
  for (const [index, { siteId }] of sites.entries()) {
    const admin29 = { id: `29:bench-admin-${index}`, aadObjectId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}` };
    const place = { scope: 'channel', teamId: `19:bench-team-${index}@thread.tacv2`, channelId: `19:bench-callbacks-${index}@thread.tacv2` } as const;
    const from: TeamsActivityOptions = { serviceUrl, place, from: admin29 };
    await admin(service, 'PUT', `/sites/${siteId}/teams/practitioners`, { tenantId: servedTenant, aadObjectId: admin29.aadObjectId, role: 'site-admin' });
    await postActivity(`http://127.0.0.1:${service.port}`, installationUpdate(from, 'add'));
    const { code } = z.object({ code: z.string() }).parse(await admin(service, 'POST', `/sites/${siteId}/teams/link-code`));
    await postActivity(`http://127.0.0.1:${service.port}`, teamsMessage(from, `link ${code}`));
    channels.set(place.channelId, siteId);
  }
  return channels;
}

/** Takes person `n` to the "send it?" question of a callback request. */
async function toConfirmation(service: RunningService, n: number): Promise<void> {
  const site = sites[n % sites.length] ?? sites[0];
  for (const text of ['hello', 'yes', site.area, 'contact team', 'Request a callback', 'Alex Bench', '07700 900123', 'Morning (9am to 12pm)']) await say(service, n, text);
  const question = await say(service, n, 'Skip');
  if (!question.includes('share those')) throw new Error(`person ${n} was not asked to send the request: ${question.slice(0, 80)}`);
}

/** Every `callback.requested` event in the outbox. */
async function requestedEvents(service: RunningService): Promise<DomainEvent[]> {
  const found: DomainEvent[] = [];
  for (let after = '0'; ; ) {
    const page = await service.stores.events.read(after, 500);
    found.push(...page.map((entry) => entry.event).filter((event) => event.type === 'callback.requested'));
    const last = page.at(-1);
    if (last === undefined) return found;
    after = last.id;
  }
}

/** Runs the benchmark and prints the table. */
export async function runTeamsCallbackCardsBench(): Promise<void> {
  const requests = numberOption('--requests', 200);
  const seconds = numberOption('--seconds', 150);
  const everyMs = (seconds * 1000) / requests;
  process.stdout.write(
    `Callback request to card: ${requests} requests over ${seconds} s (one every ${(everyMs / 1000).toFixed(2)} s) to ${sites.length} linked channels, the real service on Redis (BullMQ), the fake Bot Connector as Teams...\n`,
  );
  const redis = await startRedisServer();
  const connector = await startFakeBotConnector();
  let service: RunningService | undefined;
  try {
    const config = loadConfig({ PORT: '0', NODE_ENV: 'test', LOG_LEVEL: 'warn', REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'bench-cards:', ADMIN_TOKEN: adminToken, TEAMS_ALLOWED_TENANTS: servedTenant });
    service = await startService(config, { logger: createLogger({ level: 'error' }), host: '127.0.0.1' });
    for (const entry of await loadSampleTeams()) await service.stores.teams.put(entry);
    const channels = await linkChannels(service, connector.serviceUrl);
    const running = service;
    await inParallel(requests, 8, (n) => toConfirmation(running, n));
    process.stdout.write(`  set up (load ${loadAverage()}); sending the requests...\n`);

    const started = Date.now();
    await inParallel(requests, requests, async (n) => {
      await new Promise((resolve) => setTimeout(resolve, started + n * everyMs - Date.now()));
      const answer = await say(running, n, 'Yes, send it');
      if (!answer.includes('CB-')) throw new Error(`person ${n} got no reference: ${answer.slice(0, 80)}`);
    });
    const events = await requestedEvents(running);
    const isCardOf = (reference: string) => (request: ConnectorRequest) =>
      request.operation === 'send' && request.status === 201 && channels.has(request.conversationId ?? '') && JSON.stringify(request.body).includes(reference);
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && !events.every((event) => connector.requests.some(isCardOf(event.reference)))) await new Promise((resolve) => setTimeout(resolve, 200));
    const load = loadAverage();

    const latencies: number[] = [];
    let duplicates = 0;
    for (const event of events) {
      const cards = connector.requests.filter(isCardOf(event.reference));
      const first = cards[0];
      if (first !== undefined) latencies.push(first.at - Date.parse(event.at));
      if (cards.length > 1) duplicates += 1;
    }
    latencies.sort((a, b) => a - b);
    // A request with no event (not saved) or no card.
    const missing = requests - latencies.length;
    const p99 = percentile(latencies, 99);
    process.stdout.write(
      `| requests | carded | request → card p50 ms | p99 ms | max ms | duplicates | missing | load (1/5/15 min) |\n|---|---|---|---|---|---|---|---|\n` +
        `| ${events.length} | ${latencies.length} | ${percentile(latencies, 50)} | ${p99} | ${latencies.at(-1) ?? 0} | ${duplicates} | ${missing} | ${load} |\n`,
    );
    const met = p99 < goalP99Ms && duplicates === 0 && missing === 0;
    process.stdout.write(`  goal (p99 < ${goalP99Ms} ms, 0 duplicates, 0 missing) ${met ? 'met' : 'NOT met'}\n`);
  } finally {
    await service?.stop();
    await connector.close();
    await redis.stop();
  }
}

if (require.main === module) {
  runTeamsCallbackCardsBench().catch((error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
