import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamsSendPipeline } from '../../adapters/teams';
import { isAppError } from '../../src/domain/app-error';
import { systemClock } from '../../src/runtime/system-clock';
import type { Stores } from '../../src/store/ports';
import { type FakeBotConnector, startFakeBotConnector } from '../support/fake-bot-connector';
import { capturingLogger } from '../support/log-capture';
import { RecordingTeamsReachability } from '../support/recording-teams-reachability';
import { mostInAnyWindow } from '../support/send-windows';
import { openTestMemoryStores, openTestRedisStores, randomKeyPrefix } from '../support/test-stores';
import { anonymousBotConnector, teamsConversation, testSendSettings } from '../support/teams-send-fixture';
import type { TeamsSendSettings } from '../../adapters/teams';
import { z } from 'zod';
import { jobType } from '../../src/jobs/jobs';
import { jobsForEachTest } from '../support/jobs-under-test';

const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'CB-7Q2K waiting 3 min' }] };
const message = { text: 'New callback request CB-7Q2K', card };

/** The fake's requests for a conversation, as HTTP statuses in order. */
function statuses(connector: FakeBotConnector, conversationId?: string): number[] {
  return connector.requests.filter((request) => conversationId === undefined || request.conversationId === conversationId).map((request) => request.status);
}

function errorCode(error: unknown): string {
  return isAppError(error) ? error.code : String(error);
}

describe('the Teams send pipeline, against the fake Bot Connector', () => {
  let connector: FakeBotConnector;
  const opened: Stores[] = [];
  let log: ReturnType<typeof capturingLogger>;
  let reachability: RecordingTeamsReachability;

  beforeEach(async () => {
    connector = await startFakeBotConnector();
    log = capturingLogger();
    reachability = new RecordingTeamsReachability();
  });
  afterEach(async () => {
    await connector.close();
    await Promise.all(opened.splice(0).map((stores) => stores.close()));
  });

  async function pipeline(settings: TeamsSendSettings = testSendSettings(), stores?: Stores): Promise<TeamsSendPipeline> {
    const store = stores ?? (await openTestRedisStores());
    if (stores === undefined) opened.push(store);
    return new TeamsSendPipeline({ settings, botConnector: anonymousBotConnector, store: store.teamsSend, reachability, clock: systemClock, logger: log.logger, random: () => 0.5 });
  }

  const conversation = (id: string, options?: { tenantId?: string; personal?: boolean }) => teamsConversation(connector.serviceUrl, id, options);

  it('refuses an answer without an activity id (nothing recorded under the key), and sends again later', async () => {
    const sender = await pipeline();
    // 202 with no id: what the Agents Playground answered to a message of text plus a card.
    connector.failNext({ status: 202, operations: ['send'] });
    await expect(sender.send('callback.9.card', conversation('19:no-id@thread.tacv2'), message)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    const sent = await sender.send('callback.9.card', conversation('19:no-id@thread.tacv2'), message);
    expect(sent.activityId).toEqual(expect.any(String));
  });

  it('sends a card and resolves where it went, then updates it in place', async () => {
    const sender = await pipeline();
    const sent = await sender.send('callback.1.card', conversation('19:channel@thread.tacv2'), message);
    expect(sent).toEqual({ conversationId: '19:channel@thread.tacv2', activityId: expect.any(String) });
    // A card goes alone, its notification text as the summary: Teams makes text plus a card two messages.
    expect(connector.activity(sent.conversationId, sent.activityId)).toEqual({
      type: 'message',
      summary: 'New callback request CB-7Q2K',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
    });

    await sender.update('callback.1.card.v2', conversation('19:channel@thread.tacv2'), sent, { text: 'Claimed by Sam at 10:42' });
    expect(connector.activity(sent.conversationId, sent.activityId)).toMatchObject({ text: 'Claimed by Sam at 10:42' });
    expect(connector.activities.map((activity) => activity.operation)).toEqual(['send', 'update']);
  });

  it('sends each key once: repeats, even at the same moment, answer the first result and send nothing', async () => {
    const sender = await pipeline();
    const target = conversation('19:channel@thread.tacv2');
    const results = await Promise.all(Array.from({ length: 5 }, () => sender.send('callback.2.card', target, message)));
    expect(new Set(results.map((sent) => sent.activityId)).size).toBe(1);
    expect(await sender.send('callback.2.card', target, message)).toEqual(results[0]);
    const sent = results[0];
    if (sent === undefined) throw new Error('no result');
    await sender.update('callback.2.card.v2', target, sent, { text: 'Claimed' });
    await sender.update('callback.2.card.v2', target, sent, { text: 'Claimed' });
    expect(connector.requests.map((request) => request.operation)).toEqual(['send', 'update']);
  });

  it('a second instance on the same Redis sends nothing for a key the first sent', async () => {
    const prefix = randomKeyPrefix();
    const [first, second] = await Promise.all([openTestRedisStores(prefix), openTestRedisStores(prefix)]);
    opened.push(first, second);
    const target = conversation('19:channel@thread.tacv2');
    const sent = await (await pipeline(testSendSettings(), first)).send('callback.3.card', target, message);
    expect(await (await pipeline(testSendSettings(), second)).send('callback.3.card', target, message)).toEqual(sent);
    expect(connector.requests).toHaveLength(1);
  });

  describe.each(['redis', 'memory'] as const)('rates (%s)', (kind) => {
    it('keeps every conversation and the tenant within their buckets, counted at the connector', async () => {
      const settings = testSendSettings();
      const stores = kind === 'redis' ? await openTestRedisStores() : openTestMemoryStores();
      opened.push(stores);
      const sender = await pipeline(settings, stores);
      // 6 to one busy conversation, 2 each to 12 others: 30 in one tenant.
      const sends = [
        ...Array.from({ length: 6 }, (_, n) => sender.send(`busy.${n}`, conversation('a:busy'), message)),
        ...Array.from({ length: 24 }, (_, n) => sender.send(`many.${n}`, conversation(`a:c${n % 12}`), message)),
      ];
      await Promise.all(sends);
      expect(connector.requests).toHaveLength(30);
      const { conversation: perConversation, tenant } = settings.rates;
      // At most burst + rate × window in any window (100 ms allowed for arrival jitter on a busy machine).
      const most = (rate: { burst: number; perSecond: number }, windowMs: number) => Math.floor(rate.burst + (rate.perSecond * (windowMs + 100)) / 1000);
      for (const windowMs of [250, 1_000, 2_000]) {
        expect(mostInAnyWindow(connector.requests.map((request) => request.at), windowMs)).toBeLessThanOrEqual(most(tenant, windowMs));
        for (const id of new Set(connector.requests.map((request) => request.conversationId))) {
          const times = connector.requests.filter((request) => request.conversationId === id).map((request) => request.at);
          expect(mostInAnyWindow(times, windowMs)).toBeLessThanOrEqual(most(perConversation, windowMs));
        }
      }
    });
  });

  it('shares the buckets between instances on one Redis', async () => {
    const prefix = randomKeyPrefix();
    const [first, second] = await Promise.all([openTestRedisStores(prefix), openTestRedisStores(prefix)]);
    opened.push(first, second);
    const settings = testSendSettings();
    const senders = [await pipeline(settings, first), await pipeline(settings, second)];
    await Promise.all(Array.from({ length: 24 }, (_, n) => senders[n % 2]?.send(`shared.${n}`, conversation(`a:s${n % 8}`), message)));
    const { tenant } = settings.rates;
    expect(mostInAnyWindow(connector.requests.map((request) => request.at), 1_000)).toBeLessThanOrEqual(Math.floor(tenant.burst + tenant.perSecond * 1.1));
  });

  it('pauses all sending for at least Retry-After after a 429, then sends everything', async () => {
    const sender = await pipeline();
    connector.failNext({ status: 429, retryAfterSeconds: 1, conversationId: 'a:first' });
    const first = sender.send('throttled.first', conversation('a:first'), message);
    await expect.poll(() => statuses(connector)).toEqual([429]);
    const throttledAt = connector.requests[0]?.at ?? 0;
    const others = await Promise.all(Array.from({ length: 4 }, (_, n) => sender.send(`throttled.${n}`, conversation(`a:other${n}`, { tenantId: n % 2 === 0 ? 'tenant-a' : 'tenant-b' }), message)));
    await first;
    expect(others).toHaveLength(4);
    const after = connector.requests.slice(1);
    expect(after.map((request) => request.status)).toEqual([201, 201, 201, 201, 201]);
    for (const request of after) expect(request.at).toBeGreaterThanOrEqual(throttledAt + 1_000);
    expect(log.text()).toContain('teams.send_throttled');
  });

  it('tries 412 and 502 again and succeeds; each attempt is one request (botbuilder does not retry on its own)', async () => {
    const sender = await pipeline();
    connector.failNext({ status: 412, conversationId: 'a:flaky' });
    connector.failNext({ status: 502, conversationId: 'a:flaky' });
    const sent = await sender.send('flaky.1', conversation('a:flaky'), message);
    expect(statuses(connector, 'a:flaky')).toEqual([412, 502, 201]);
    expect(connector.activity('a:flaky', sent.activityId)).toBeDefined();

    connector.failNext({ status: 503, conversationId: 'a:down', times: 20 });
    const failed = await sender.send('down.1', conversation('a:down'), message).catch(errorCode);
    expect(failed).toBe('UPSTREAM_UNAVAILABLE');
    // Exactly the configured attempts: botbuilder's own retry policy would have made 4 requests of each.
    expect(statuses(connector, 'a:down')).toEqual([503, 503, 503]);
  });

  it.each(['ConversationBlockedByUser', 'BotDisabledByAdmin', 'MessageWritesBlocked', 'BotNotInConversationRoster', 'ForbiddenOperationException'])(
    '403 %s marks the conversation blocked, with no retry',
    async (code) => {
      const sender = await pipeline();
      connector.failNext({ status: 403, code, conversationId: 'a:blocked' });
      expect(await sender.send('blocked.1', conversation('a:blocked'), message).catch(errorCode)).toBe('TEAMS_BLOCKED');
      expect(statuses(connector)).toEqual([403]);
      expect([...reachability.blocked]).toEqual(['a:blocked']);
      // A conversation marked blocked is not tried at all.
      const marked = { ...conversation('a:blocked'), blockedUntilHeard: true };
      expect(await sender.send('blocked.2', marked, message).catch(errorCode)).toBe('TEAMS_BLOCKED');
      expect(connector.requests).toHaveLength(1);
    },
  );

  it('a 404 on a personal chat creates it again once and sends there', async () => {
    const sender = await pipeline();
    connector.failNext({ status: 404, code: 'ConversationNotFound', conversationId: 'a:stale' });
    const sent = await sender.send('personal.1', conversation('a:stale', { personal: true }), message);
    expect(connector.created).toHaveLength(1);
    expect(connector.created[0]?.parameters).toMatchObject({ tenantId: 'tenant-a', members: [{ id: '29:a:stale' }], channelData: { tenant: { id: 'tenant-a' } } });
    expect(sent.conversationId).toBe(connector.created[0]?.id);
    expect(reachability.replacements.get('a:stale')).toBe(sent.conversationId);
    expect(connector.activity(sent.conversationId, sent.activityId)).toMatchObject({ summary: message.text });
    expect(reachability.unreachable.size).toBe(0);
  });

  it('a personal chat still not found after it was created again marks the practitioner unreachable', async () => {
    const sender = await pipeline();
    connector.failNext({ status: 404, code: 'ConversationNotFound', operations: ['send'], times: 2 });
    expect(await sender.send('personal.2', conversation('a:gone', { personal: true }), message).catch(errorCode)).toBe('TEAMS_UNREACHABLE');
    expect(connector.created).toHaveLength(1);
    expect(connector.requests.map((request) => `${request.operation} ${request.status}`)).toEqual(['send 404', 'create 201', 'send 404']);
    expect(reachability.unreachable.size).toBe(1);

    // Creating it fails too: unreachable, no second creation.
    connector.failNext({ status: 404, code: 'ConversationNotFound', operations: ['send'] });
    connector.failNext({ status: 403, code: 'BotNotInConversationRoster', operations: ['create'] });
    expect(await sender.send('personal.3', conversation('a:gone2', { personal: true }), message).catch(errorCode)).toBe('TEAMS_UNREACHABLE');
    expect(reachability.unreachable.has('a:gone2')).toBe(true);
    expect(connector.created).toHaveLength(1);
  });

  it('a 404 on a channel, or on an update, is unreachable without creating anything; a 403 on an update marks blocked', async () => {
    const sender = await pipeline();
    connector.failNext({ status: 404, code: 'ConversationNotFound', conversationId: '19:gone@thread.tacv2' });
    expect(await sender.send('channel.1', conversation('19:gone@thread.tacv2'), message).catch(errorCode)).toBe('TEAMS_UNREACHABLE');
    expect(connector.created).toHaveLength(0);
    expect([...reachability.unreachable]).toEqual(['19:gone@thread.tacv2']);

    const target = conversation('19:channel@thread.tacv2');
    const sent = await sender.send('channel.2', target, message);
    connector.failNext({ status: 404, code: 'ActivityNotFound', operations: ['update'] });
    expect(await sender.update('channel.2.v2', target, sent, { text: 'Claimed' }).catch(errorCode)).toBe('TEAMS_UNREACHABLE');
    connector.failNext({ status: 403, code: 'BotNotInConversationRoster', operations: ['update'] });
    expect(await sender.update('channel.2.v3', target, sent, { text: 'Claimed' }).catch(errorCode)).toBe('TEAMS_BLOCKED');
    expect([...reachability.blocked]).toEqual(['19:channel@thread.tacv2']);
    // An update that found nothing marks nothing.
    expect([...reachability.unreachable]).toEqual(['19:gone@thread.tacv2']);
    expect(connector.created).toHaveLength(0);
  });

  it('a 401 pauses all sending and logs an alert code; a failed key may be sent again later', async () => {
    const sender = await pipeline();
    connector.failNext({ status: 401, conversationId: 'a:first' });
    expect(await sender.send('auth.1', conversation('a:first'), message).catch(errorCode)).toBe('UPSTREAM_UNAVAILABLE');
    const refusedAt = connector.requests[0]?.at ?? 0;
    expect(log.text()).toContain('TEAMS_AUTH_FAILED');
    await sender.send('auth.2', conversation('a:second'), message);
    expect(connector.requests[1]?.at).toBeGreaterThanOrEqual(refusedAt + 500);
    // The failed key was freed: a repeat sends.
    await sender.send('auth.1', conversation('a:first'), message);
    expect(statuses(connector, 'a:first')).toEqual([401, 201]);
  });

  it('logs ids and codes only, never the message', async () => {
    const sender = await pipeline();
    connector.failNext({ status: 502 });
    connector.failNext({ status: 403, code: 'ConversationBlockedByUser', conversationId: 'a:blocked' });
    await sender.send('logged.1', conversation('a:ok'), message);
    await sender.send('logged.2', conversation('a:blocked'), message).catch(() => undefined);
    expect(log.text()).toContain('teams.send_retry');
    expect(log.text()).not.toContain('CB-7Q2K');
  });
});

describe('a nudge job that sends through the pipeline (BullMQ on Redis)', () => {
  const openJobs = jobsForEachTest('redis');
  const nudge = jobType('test.teams.nudge', z.strictObject({ callbackId: z.string() }));

  it('is retried after a failure that came after the send: the repeat answers the first result and sends nothing', async () => {
    const connector = await startFakeBotConnector();
    const stores = await openTestRedisStores();
    try {
      const { jobs, until } = openJobs();
      const sender = new TeamsSendPipeline({ settings: testSendSettings(), botConnector: anonymousBotConnector, store: stores.teamsSend, reachability: new RecordingTeamsReachability(), clock: systemClock, logger: capturingLogger('silent').logger });
      const results: string[] = [];
      jobs.handle(nudge, async (job) => {
        const sent = await sender.send(`callback.${job.data.callbackId}.card`, teamsConversation(connector.serviceUrl, '19:channel@thread.tacv2'), message);
        results.push(sent.activityId);
        // As if the process died after the send, before the job was marked done.
        if (job.attempt === 1) throw new Error('crashed after sending');
      });
      await jobs.start();
      await jobs.schedule(nudge, { id: 'nudge.cb-1', person: stores.references('person', 'someone'), data: { callbackId: 'cb-1' }, timing: { at: Date.now() } });
      await until(() => results.length === 2);
      expect(results[1]).toBe(results[0]);
      expect(connector.requests.map((request) => request.operation)).toEqual(['send']);
    } finally {
      await connector.close();
      await stores.close();
    }
  });
});
