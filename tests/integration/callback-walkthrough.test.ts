import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, postActivity, startTestService, type TestService } from '../support/service-harness';

/** Monday 23 November 2026, 10am in London: the Salford sample team is open. */
const now = DateTime.fromISO('2026-11-23T10:00', { zone: 'Europe/London' }).toMillis();
const adminToken = 'walkthrough-super-admin-token-0123456789abcdef';

/**
 * The README's walkthrough, as a test: a person asks for a callback in the conversation, and the
 * request appears in the Salford team's list, which the team then works through.
 */
describe('walkthrough: a callback request reaches the team', () => {
  let service: TestService;
  const say = async (text: string) => {
    const { status, replies } = await postActivity(service.baseUrl, messageActivity({ conversationId: 'walkthrough', userId: 'person-1', text }));
    expect(status).toBe(200);
    return replies.map((reply) => reply.text ?? '').join('\n');
  };
  const admin = async (path: string, token: string, body?: unknown) => {
    const response = await fetch(`${service.baseUrl}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    service = await startTestService({ ADMIN_TOKEN: adminToken }, { clock: { now: () => now } });
  });
  afterAll(async () => {
    await service.stop();
  });

  it('goes from "contact team" to the team marking it contacted, with the waiting time kept', async () => {
    await say('hello');
    await say('Yes, I agree');
    await say('Salford');
    expect(await say('contact team')).toContain('Open now, until 5pm.');
    await say('Request a callback');
    await say('Sam');
    await say('07700 900123');
    await say('Morning (9am to 12pm)');
    await say('Skip');
    const done = await say('Yes, send it');
    const reference = /Your reference is (CB-\S+)\./.exec(done)?.[1];
    expect(reference).toBeDefined();

    const issued = await admin('/api/admin/tokens', adminToken, { siteId: 'salford' });
    expect(issued.status).toBe(201);
    const siteToken = String(issued.body['token']);
    const list = await admin('/api/admin/sites/salford/callbacks?status=requested', siteToken);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({
      siteId: 'salford',
      total: 1,
      callbacks: [{ reference, name: 'Sam', phoneE164: '+447700900123', bestTimes: ['morning'], status: 'requested', waitingTimeMs: null }],
    });
    const callbacks = list.body['callbacks'];
    const id = Array.isArray(callbacks) && typeof callbacks[0] === 'object' && callbacks[0] !== null && 'id' in callbacks[0] ? String(callbacks[0].id) : '';

    expect((await admin(`/api/admin/sites/salford/callbacks/${id}/claim`, siteToken, { by: 'Jo (duty worker)' })).body).toMatchObject({ status: 'claimed', claimedBy: 'Jo (duty worker)' });
    expect((await admin(`/api/admin/sites/salford/callbacks/${id}/contacted`, siteToken, { by: 'Jo (duty worker)' })).body).toMatchObject({ status: 'contacted' });
    expect(await say('my callback')).toContain('The team contacted you today at 10am.');
    // Another site's team cannot see or touch it.
    const luton = String((await admin('/api/admin/tokens', adminToken, { siteId: 'luton' })).body['token']);
    expect((await admin('/api/admin/sites/salford/callbacks', luton)).status).toBe(403);
  });
});
