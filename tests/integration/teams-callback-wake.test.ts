import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadSampleTeams } from '../../src/data/sample-data';
import { startFakeBotConnector, type FakeBotConnector } from '../support/fake-bot-connector';
import { messageActivity, postActivity, startTestService, type TestService } from '../support/service-harness';
import { installationUpdate, servedTenant, teamsMessage, type TeamsActivityOptions, type TeamsUser } from '../support/teams-activities';
import { TestClock } from '../support/test-clock';
import { randomKeyPrefix, testRedisUrl } from '../support/test-stores';

/**
 * Monday 22 November 2027, 10am in London (the Salford sample team is open), ahead of the real
 * time: the clock never moves, so the periodic Teams pass (first due 5 s after start, by this
 * clock) never runs, in process or on BullMQ (whose repeat starts at that instant in real time).
 */
const frozen = DateTime.fromISO('2027-11-22T10:00', { zone: 'Europe/London' }).toMillis();
const adminToken = `wake-super-admin-${'wAkE'.repeat(8)}`;
const sam: TeamsUser = { id: '29:sam', aadObjectId: '44444444-4444-4444-8444-444444444444' };
const channel = { scope: 'channel', teamId: '19:salford-team@thread.tacv2', channelId: '19:salford-callbacks@thread.tacv2' } as const;

const modes = {
  embedded: () => ({}),
  redis: () => ({ REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix() }),
};

describe.each(Object.keys(modes))('Teams: a new callback request wakes the outbox reader (%s mode)', (mode) => {
  let connector: FakeBotConnector;
  let service: TestService;
  const from: () => TeamsActivityOptions = () => ({ serviceUrl: connector.serviceUrl, place: channel, from: sam });
  const person = async (text: string) => {
    const { replies } = await postActivity(service.baseUrl, messageActivity({ conversationId: 'person-chat', userId: 'person-1', text }));
    return replies.map((reply) => reply.text ?? '').join('\n');
  };

  beforeAll(async () => {
    connector = await startFakeBotConnector();
    const env = mode === 'redis' ? modes.redis() : modes.embedded();
    service = await startTestService({ ADMIN_TOKEN: adminToken, TEAMS_ALLOWED_TENANTS: servedTenant, ...env }, { clock: new TestClock(frozen) });
    // Embedded mode starts with the sample team details; Redis gets them as a site admin would.
    if (mode === 'redis') for (const entry of await loadSampleTeams()) await service.stores.teams.put(entry);
    const added = await fetch(`${service.baseUrl}/api/admin/sites/salford/teams/practitioners`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tenantId: servedTenant, aadObjectId: sam.aadObjectId, role: 'site-admin' }),
    });
    expect(added.status).toBe(201);
    await postActivity(service.baseUrl, installationUpdate(from(), 'add'));
    const issued = await fetch(`${service.baseUrl}/api/admin/sites/salford/teams/link-code`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` } });
    const { code } = z.object({ code: z.string() }).parse(await issued.json());
    await postActivity(service.baseUrl, teamsMessage(from(), `link ${code}`));
    expect(await service.teamsDirectory.siteChannel('salford')).toMatchObject({ conversationId: channel.channelId });
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });

  it("posts the request's card without the periodic pass", async () => {
    for (const text of ['hello', 'Yes, I agree', 'Salford', 'contact team', 'Request a callback', 'Priya Okafor', '07700 900123', 'Morning (9am to 12pm)', 'Skip']) await person(text);
    const reference = /Your reference is (CB-\S+)\./.exec(await person('Yes, send it'))?.[1];
    expect(reference).toBeDefined();

    const [card] = await connector.waitForActivities((sent) => sent.conversationId === channel.channelId && JSON.stringify(sent.activity).includes(String(reference)));
    expect(JSON.stringify(card?.activity)).toContain('Priya O');
    // The wake sent it: the pass's queue has run nothing (its digest would be in the channel too).
    const counts = await service.jobs.counts();
    const ran = (queue: string) => {
      const found = counts.find((entry) => entry.queue === queue)?.counts;
      return (found?.active ?? 0) + (found?.completed ?? 0) + (found?.failed ?? 0);
    };
    expect(ran('teams.nudges.pass')).toBe(0);
    expect(ran('teams.nudges.wake')).toBe(1);
  });
});
