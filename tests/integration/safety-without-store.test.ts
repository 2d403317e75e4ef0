import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer } from '../support/redis-server';
import { randomKeyPrefix } from '../support/test-stores';
import { messageActivity, onboard, startTestService, type TestService } from '../support/service-harness';

/** Posts within the 2 seconds the safety reply is allowed; a slower answer aborts the request. */
async function postWithinTwoSeconds(baseUrl: string, conversationId: string, text: string) {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(messageActivity({ conversationId, text })),
    signal: AbortSignal.timeout(2_000),
  });
  const body: unknown = await response.json();
  const activities =
    typeof body === 'object' && body !== null && 'activities' in body && Array.isArray(body.activities) ? body.activities : [];
  return { status: response.status, activities: activities as Array<{ text?: string; channelData?: { safety?: unknown } }> };
}

describe('safety with the store down', () => {
  let redis: Awaited<ReturnType<typeof startRedisServer>>;
  let service: TestService;
  let webChatGrant: { token: string; conversationId: string; userId: string };

  beforeAll(async () => {
    // A Redis of its own, so stopping it does not disturb other tests.
    redis = await startRedisServer();
    service = await startTestService({ REDIS_URL: redis.url, REDIS_KEY_PREFIX: randomKeyPrefix() });
    await onboard(service.baseUrl, 'outage-1', 'Edinburgh');
    const token = await fetch(`${service.baseUrl}/api/webchat/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    webChatGrant = (await token.json()) as typeof webChatGrant;
    await redis.stop();
  });
  afterAll(async () => {
    await service.stop();
  });

  it('still sends the safety reply, marked, within 2 seconds', async () => {
    const { status, activities } = await postWithinTwoSeconds(service.baseUrl, 'outage-1', 'I want to kill myself');
    expect(status).toBe(200);
    const safety = activities[0];
    expect(safety?.channelData?.safety).toEqual({ level: expect.any(String), categories: ['suicide_self_harm'] });
    expect(safety?.text).toContain('999');
    expect(safety?.text).toContain('116 123');
    // The area cannot be read, so both nations' NHS routes are given.
    expect(safety?.text).toContain('111');
    // Nothing buries it: no second "something went wrong" message.
    expect(activities).toHaveLength(1);
  });

  it('tells the person kindly, with urgent help, when an ordinary message cannot be handled', async () => {
    const { status, activities } = await postWithinTwoSeconds(service.baseUrl, 'outage-1', '2');
    expect(status).toBe(200);
    expect(activities.map((activity) => activity.text).join('\n')).toContain('Sorry, something went wrong');
    expect(activities.map((activity) => activity.text).join('\n')).toContain('116 123');
  });

  it('asks "are you safe?" for an uncertain message, and answers a yes with the full reply from memory', async () => {
    const question = await postWithinTwoSeconds(service.baseUrl, 'outage-1', 'im done with everything');
    expect(question.activities[0]?.channelData?.safety).toEqual({ level: 'check', categories: ['suicide_self_harm'] });
    expect(question.activities[0]?.text).toContain('116 123');
    const answer = await postWithinTwoSeconds(service.baseUrl, 'outage-1', 'yes');
    expect(answer.status).toBe(200);
    expect(answer.activities[0]?.channelData?.safety).toEqual({ level: 'concern', categories: ['suicide_self_harm'] });
    expect(answer.activities[0]?.text).toContain('999');
    expect(answer.activities).toHaveLength(1);
  });

  it('answers a no with thanks and the numbers, without a failure message', async () => {
    await postWithinTwoSeconds(service.baseUrl, 'outage-2', 'I give up');
    const answer = await postWithinTwoSeconds(service.baseUrl, 'outage-2', 'no');
    expect(answer.activities.map((activity) => activity.text)).toEqual([expect.stringContaining('Samaritans are there any time on 116 123')]);
  });

  it('answers a web chat message with 503 carrying the safety reply (or question) when the store is down', async () => {
    const grant = webChatGrant;
    const post = async (text: string) => {
      const response = await fetch(`${service.baseUrl}/v3/directline/conversations/${grant.conversationId}/activities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${grant.token}` },
        body: JSON.stringify({ type: 'message', from: { id: grant.userId }, text }),
        signal: AbortSignal.timeout(3_000),
      });
      return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as { error?: { code?: string }; safety?: Array<{ text: string; safety?: unknown }> } };
    };
    const risky = await post('I want to kill myself');
    expect(risky.status).toBe(503);
    expect(risky.retryAfter).not.toBeNull();
    expect(risky.body.error?.code).toBe('STORE_UNAVAILABLE');
    expect(risky.body.safety?.[0]?.safety).toEqual({ level: expect.stringMatching(/^(concern|urgent)$/), categories: ['suicide_self_harm'] });
    expect(risky.body.safety?.[0]?.text).toContain('116 123');

    const question = await post('whats the point');
    expect(question.body.safety?.[0]?.safety).toEqual({ level: 'check', categories: ['suicide_self_harm'] });
    const yes = await post('yes');
    expect(yes.body.safety?.[0]?.safety).toEqual({ level: 'concern', categories: ['suicide_self_harm'] });

    const ordinary = await post('menu');
    expect(ordinary.status).toBe(503);
    expect(ordinary.body.safety).toBeUndefined();
  });

  it('answers every store-backed route with 503 STORE_UNAVAILABLE and Retry-After, never 500', async () => {
    const grant = webChatGrant;
    const auth = { authorization: `Bearer ${grant.token}` };
    const requests: Array<[string, RequestInit]> = [
      ['/api/webchat/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }],
      ['/v3/directline/conversations', { method: 'POST', headers: auth }],
      [`/v3/directline/conversations/${grant.conversationId}`, { headers: auth }],
      [`/v3/directline/conversations/${grant.conversationId}/activities`, { headers: auth }],
    ];
    for (const [path, init] of requests) {
      const response = await fetch(`${service.baseUrl}${path}`, { ...init, signal: AbortSignal.timeout(5_000) });
      const text = await response.text();
      expect({ path, status: response.status }).toEqual({ path, status: 503 });
      expect(response.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
      if (response.headers.get('content-type')?.includes('json')) expect(JSON.parse(text)).toMatchObject({ error: { code: 'STORE_UNAVAILABLE' } });
    }
  });

  it('reports not ready', async () => {
    const response = await fetch(`${service.baseUrl}/readyz`);
    expect(response.status).toBe(503);
  });
});
