import { setTimeout as pause } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { londonMonthOf } from '../../src/domain/reports/report-months';
import type { MonthCounters } from '../../src/domain/reports/report-measures';
import { call, siteToken } from '../support/admin-http';
import { messageActivity, postActivity, requestCallbackAfterSafetyReply, startTestService, type TestService } from '../support/service-harness';
import { randomKeyPrefix, testRedisUrl } from '../support/test-stores';

const adminToken = `test-super-admin-${'s3cret'.repeat(6)}`;
const modes = {
  embedded: () => ({}),
  redis: () => ({ REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix() }),
};
const markerSchema = z.object({ level: z.string(), categories: z.array(z.string()) });

/**
 * Where the turn pipeline, the dialogs and the callback outbox count for the outcome reports, on the
 * real service. The counts are made in the background after the replies (a turn never waits on
 * them), so each check reads the site's counters again until the count has landed.
 */
describe.each(Object.keys(modes))('outcome report hooks (%s mode)', (mode) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService({ ADMIN_TOKEN: adminToken, ...(mode === 'redis' ? modes.redis() : modes.embedded()) });
  });
  afterAll(async () => {
    await service.stop();
  });

  const month = () => londonMonthOf(Date.now());
  /** The site's counters this month, read until `landed` holds (at most 200 reads). */
  const countersWhen = async (siteId: 'salford' | 'luton' | 'lambeth', landed: (counters: MonthCounters) => boolean): Promise<MonthCounters> => {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const [counters = {}] = await service.stores.reports.months(siteId, [month()]);
      if (landed(counters)) return counters;
      await pause(10);
    }
    const [counters = {}] = await service.stores.reports.months(siteId, [month()]);
    return counters;
  };
  /** One person on a channel: their messages, and the replies. */
  const person = (channelId: string, userId: string, conversationId: string) => async (text: string) => {
    const { status, replies } = await postActivity(service.baseUrl, messageActivity({ channelId, userId, conversationId, text }));
    expect(status).toBe(200);
    return replies;
  };
  const onboard = async (say: (text: string) => Promise<unknown>, area: string) => {
    for (const text of ['hello', 'yes', area]) await say(text);
  };

  it('counts a person active on web chat once a month, at the site they chose, however many turns and conversations', async () => {
    const first = person('webchat', `dl_${mode}_active`, `${mode}-active-1`);
    await onboard(first, 'Luton');
    await first('help');
    const counted = await countersWhen('luton', (counters) => counters['use.active.webchat'] === 1);
    expect(counted['use.active.webchat']).toBe(1);
    // A new conversation of the same person, then an activity search in it: the search lands, the person is still one.
    const second = person('webchat', `dl_${mode}_active`, `${mode}-active-2`);
    await second('hello');
    await second('Activities');
    await second('Everything this week');
    const after = await countersWhen('luton', (counters) => counters['use.activity_searches'] === 1);
    expect(after).toMatchObject({ 'use.active.webchat': 1, 'use.activity_searches': 1 });
    expect(after['use.active.sms']).toBeUndefined();
    // Someone else on SMS, and an Emulator conversation (a developer's channel, never counted).
    await onboard(person('sms', `+4477009${mode === 'redis' ? '1' : '2'}0001`, `${mode}-sms`), 'Luton');
    await onboard(person('emulator', `emulator-${mode}`, `${mode}-emulator`), 'Luton');
    const channels = await countersWhen('luton', (counters) => counters['use.active.sms'] === 1);
    expect(Object.entries(channels).filter(([name]) => name.startsWith('use.active.')).sort()).toStrictEqual([
      ['use.active.sms', 1],
      ['use.active.webchat', 1],
    ]);
  });

  it('counts each safety reply by category and level at the person\'s site; none for someone with no site yet', async () => {
    const before = person('webchat', `dl_${mode}_early`, `${mode}-early`);
    const early = await before('I want to end my life');
    expect(early.some((reply) => reply.channelData?.safety !== undefined)).toBe(true);

    const say = person('webchat', `dl_${mode}_safety`, `${mode}-safety`);
    await onboard(say, 'Lambeth');
    const replies = await say('I want to end my life');
    const marker = markerSchema.parse(replies.find((reply) => reply.channelData?.safety !== undefined)?.channelData?.safety);
    const names = marker.categories.map((category) => `safety.${category}.${marker.level}`);
    expect(names.length).toBeGreaterThan(0);
    const counters = await countersWhen('lambeth', (found) => names.every((name) => found[name] === 1));
    for (const name of names) expect(counters[name]).toBe(1);
    // Only this person's reply: the one before they chose a site is in no site's count.
    expect(Object.keys(counters).filter((name) => name.startsWith('safety.')).sort()).toStrictEqual([...names].sort());
  });

  it('keeps a callback request in the still-waiting set until first contact, then counts its wait', async () => {
    const token = await siteToken(service, adminToken, 'salford');
    const reference = await requestCallbackAfterSafetyReply(service.baseUrl, `${mode}-waiting`);
    const list = await call(service, '/api/admin/sites/salford/callbacks', { token });
    const id = z.object({ callbacks: z.array(z.object({ id: z.string(), reference: z.string() })) }).parse(list.body).callbacks.find((item) => item.reference === reference)?.id;
    expect(await service.stores.reports.openSince('salford')).toHaveLength(1);
    expect((await call(service, `/api/admin/sites/salford/callbacks/${id ?? 'none'}/contacted`, { method: 'POST', token, body: { by: 'Jo' } })).status).toBe(200);
    expect(await service.stores.reports.openSince('salford')).toStrictEqual([]);
    expect((await countersWhen('salford', (counters) => counters['access.wait.0'] === 1))['access.wait.0']).toBe(1);
  });
});
