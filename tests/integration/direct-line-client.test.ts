import { DirectLine } from 'botframework-directlinejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
// The official client, unchanged. In Node it needs the browser's XMLHttpRequest and WebSocket.
import XMLHttpRequest from 'xhr2';
import { startTestService, type TestService } from '../support/service-harness';
import { randomKeyPrefix, testRedisUrl } from '../support/test-stores';

// Read when a client is created and when it makes a request, so setting them here is enough.
Object.assign(globalThis, { XMLHttpRequest, WebSocket });

type DirectLineClient = InstanceType<typeof DirectLine>;
interface ReceivedActivity {
  type: string;
  text?: string;
  from: { id: string; role?: string };
  channelData?: { clientActivityID?: string; safety?: unknown };
  suggestedActions?: { actions: Array<{ title?: string }> };
}

async function tokenFor(baseUrl: string, userId?: string) {
  const response = await fetch(`${baseUrl}/api/webchat/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(userId === undefined ? {} : { userId }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { token: string; conversationId: string; userId: string; expires_in: number };
}

/** Collects what the bot sends and waits for a reply matching `predicate`. */
function watch(client: DirectLineClient) {
  const received: ReceivedActivity[] = [];
  const waiters: Array<() => void> = [];
  const subscription = client.activity$.subscribe((activity) => {
    received.push(activity as ReceivedActivity);
    for (const wake of waiters.splice(0)) wake();
  });
  const next = async (predicate: (activity: ReceivedActivity) => boolean, what: string): Promise<ReceivedActivity> => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = received.find(predicate);
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`no activity: ${what}; got ${received.map((a) => a.text).join(' | ')}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  };
  return { received, next, stop: () => subscription.unsubscribe() };
}

function post(client: DirectLineClient, userId: string, text: string, clientActivityID: string): Promise<string> {
  return new Promise((resolve, reject) => {
    client.postActivity({ type: 'message', from: { id: userId }, text, channelData: { clientActivityID } }).subscribe({
      next: resolve,
      error: reject,
    });
  });
}

describe.each([
  ['WebSocket', true],
  ['polling', false],
])('botframework-directlinejs over %s', (_name, webSocket) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service.stop();
  });

  it('starts a conversation, gets the welcome, answers the consent question and gets the next question', async () => {
    const grant = await tokenFor(service.baseUrl);
    expect(grant.userId).toMatch(/^dl_/);
    const client = new DirectLine({
      token: grant.token,
      domain: `${service.baseUrl}/v3/directline`,
      webSocket,
      pollingInterval: 200,
    });
    const activities = watch(client);
    try {
      const welcome = await activities.next((a) => a.text?.includes('not an emergency service') === true, 'welcome');
      expect(welcome.from.role).toBe('bot');
      const consent = await activities.next((a) => a.text?.includes('Are you happy for me to save') === true, 'consent question');
      expect(consent.suggestedActions?.actions.map((action) => action.title)).toEqual(['Yes, I agree', 'No thanks']);

      const id = await post(client, grant.userId, 'Yes, I agree', 'client-1');
      expect(id).toContain(grant.conversationId);
      // The person's own message comes back with its clientActivityID, which Web Chat waits for.
      const echo = await activities.next((a) => a.channelData?.clientActivityID === 'client-1', 'echo');
      expect(echo.from.id).toBe(grant.userId);
      await activities.next((a) => a.text === 'Which area do you live in?', 'area question');
      expect(client.getSessionId).toBeDefined();
    } finally {
      activities.stop();
      client.end();
    }
  });
});

describe('the "are you safe?" question on web chat (botframework-directlinejs)', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService({ REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix() });
  });
  afterAll(async () => {
    await service.stop();
  });

  it('asks with Yes / No buttons and the numbers before consent; Yes gets the full reply, then the welcome carries on', async () => {
    const grant = await tokenFor(service.baseUrl);
    const client = new DirectLine({ token: grant.token, domain: `${service.baseUrl}/v3/directline`, webSocket: true });
    const activities = watch(client);
    try {
      await activities.next((a) => a.text?.includes('Are you happy for me to save') === true, 'consent question');
      await post(client, grant.userId, 'whats the point', 'check-1');
      const question = await activities.next((a) => (a.channelData?.safety as { level?: string } | undefined)?.level === 'check', 'the question');
      expect(question.text).toContain('Are you thinking about harming yourself or someone else?');
      expect(question.text).toContain('116 123');
      expect(question.suggestedActions?.actions.map((action) => action.title)).toEqual(['Yes', 'No']);
      await post(client, grant.userId, 'Yes', 'check-2');
      const full = await activities.next((a) => (a.channelData?.safety as { level?: string } | undefined)?.level === 'concern', 'the full reply');
      expect(full.text).toContain('999');
      await activities.next((a) => a.text === "When you're ready, we can carry on where we left off.", 'carry on');
    } finally {
      activities.stop();
      client.end();
    }
  });
});

describe('Direct Line protocol edges', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService({ WEBCHAT_POSTS_PER_MINUTE: '5' });
  });
  afterAll(async () => {
    await service.stop();
  });

  const call = (path: string, token: string | undefined, init: RequestInit = {}) =>
    fetch(`${service.baseUrl}/v3/directline${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });

  it('answers a start with conversationId, token, expires_in and a stream URL', async () => {
    const grant = await tokenFor(service.baseUrl);
    const response = await call('/conversations', grant.token, { method: 'POST' });
    expect(response.status).toBe(201);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ conversationId: grant.conversationId, token: grant.token, expires_in: grant.expires_in });
    expect(String(body['streamUrl'])).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${grant.conversationId}/stream\\?t=`));
  });

  it('refuses a token for another conversation (403), a forged token (403) and no token (403)', async () => {
    const mine = await tokenFor(service.baseUrl);
    const theirs = await tokenFor(service.baseUrl);
    expect((await call(`/conversations/${theirs.conversationId}/activities`, mine.token)).status).toBe(403);
    const post = { method: 'POST', body: JSON.stringify({ type: 'message', text: 'hi' }) };
    expect((await call(`/conversations/${theirs.conversationId}/activities`, mine.token, post)).status).toBe(403);
    const forged = `${mine.token.slice(0, -4)}AAAA`;
    expect((await call(`/conversations/${mine.conversationId}/activities`, forged)).status).toBe(403);
    expect((await call(`/conversations/${mine.conversationId}/activities`, undefined)).status).toBe(403);
  });

  it('answers 400 for a malformed activity, 413 for oversized text, and keeps the history', async () => {
    const grant = await tokenFor(service.baseUrl);
    await call('/conversations', grant.token, { method: 'POST' });
    const path = `/conversations/${grant.conversationId}/activities`;
    expect((await call(path, grant.token, { method: 'POST', body: '{"type":' })).status).toBe(400);
    expect((await call(path, grant.token, { method: 'POST', body: JSON.stringify({ type: 'nonsense' }) })).status).toBe(400);
    const huge = JSON.stringify({ type: 'message', text: 'a'.repeat(5_000) });
    expect((await call(path, grant.token, { method: 'POST', body: huge })).status).toBe(413);
    const history = (await (await call(`${path}?watermark=0`, grant.token)).json()) as { activities: unknown[] };
    expect(history.activities.length).toBeGreaterThan(0);
  });

  it('returns only the activities after the watermark given in the query string', async () => {
    const grant = await tokenFor(service.baseUrl);
    await call('/conversations', grant.token, { method: 'POST' });
    const path = `/conversations/${grant.conversationId}/activities`;
    await expect.poll(async () => ((await (await call(`${path}?watermark=0`, grant.token)).json()) as { activities: unknown[] }).activities.length).toBeGreaterThan(1);
    const all = (await (await call(`${path}?watermark=0`, grant.token)).json()) as { activities: Array<{ id: string }>; watermark: string };
    const later = (await (await call(`${path}?watermark=1`, grant.token)).json()) as { activities: Array<{ id: string }>; watermark: string };
    expect(later.activities.map((activity) => activity.id)).toEqual(all.activities.slice(1).map((activity) => activity.id));
    const none = (await (await call(`${path}?watermark=${all.watermark}`, grant.token)).json()) as { activities: unknown[] };
    expect(none.activities).toEqual([]);
    expect((await call(`${path}?watermark=minus-one`, grant.token)).status).toBe(400);
  });

  it('does not keep typing indicators in the history', async () => {
    const grant = await tokenFor(service.baseUrl);
    await call('/conversations', grant.token, { method: 'POST' });
    const path = `/conversations/${grant.conversationId}/activities`;
    const before = (await (await call(`${path}?watermark=0`, grant.token)).json()) as { watermark: string };
    expect((await call(path, grant.token, { method: 'POST', body: JSON.stringify({ type: 'typing' }) })).status).toBe(200);
    const after = (await (await call(`${path}?watermark=0`, grant.token)).json()) as { watermark: string };
    expect(after.watermark).toBe(before.watermark);
  });

  it('answers 404 for an unknown conversation', async () => {
    const grant = await tokenFor(service.baseUrl);
    // A valid token can only name its own conversation, so an erased or expired one is the 404 case:
    await service.stores.directLine.deleteConversation(grant.conversationId);
    expect((await call(`/conversations/${grant.conversationId}/activities`, grant.token)).status).toBe(404);
  });

  it('answers 429 with Retry-After when one token posts too fast', async () => {
    const grant = await tokenFor(service.baseUrl);
    const path = `/conversations/${grant.conversationId}/activities`;
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let index = 0; index < 7; index += 1) {
      const response = await call(path, grant.token, { method: 'POST', body: JSON.stringify({ type: 'message', text: 'menu' }) });
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get('retry-after');
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it('answers 429 with Retry-After when one address asks for too many new chats', async () => {
    const limited = await startTestService({ WEBCHAT_TOKENS_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      for (let index = 0; index < 4; index += 1) {
        statuses.push((await fetch(`${limited.baseUrl}/api/webchat/token`, { method: 'POST' })).status);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await limited.stop();
    }
  });

  it('refreshes a token for the same conversation', async () => {
    const grant = await tokenFor(service.baseUrl);
    const response = await call('/tokens/refresh', grant.token, { method: 'POST' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { conversationId: string; token: string };
    expect(body.conversationId).toBe(grant.conversationId);
    expect((await call(`/conversations/${grant.conversationId}/activities`, body.token)).status).toBe(200);
  });

  it('lets a returning visitor carry on their conversation with their user id', async () => {
    const first = await tokenFor(service.baseUrl);
    const again = await tokenFor(service.baseUrl, first.userId);
    expect(again).toMatchObject({ userId: first.userId, conversationId: first.conversationId });
    const stranger = await tokenFor(service.baseUrl, 'not-a-valid-id');
    expect(stranger.userId).not.toBe('not-a-valid-id');
  });
});


describe('WebSocket streams on Redis, from a cold start', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService({ REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix() });
  });
  afterAll(async () => {
    await service.stop();
  });

  it('delivers every reply to ten streams opened at once (no subscription lost while Redis connects)', async () => {
    const conversation = async () => {
      const grant = await tokenFor(service.baseUrl);
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${grant.token}` };
      const started = (await (await fetch(`${service.baseUrl}/v3/directline/conversations`, { method: 'POST', headers })).json()) as { streamUrl: string };
      const ws = new WebSocket(started.streamUrl);
      const received: Array<{ replyToId?: string; text?: string }> = [];
      ws.on('message', (data) => {
        const text = String(data);
        if (text !== '') received.push(...((JSON.parse(text) as { activities?: typeof received }).activities ?? []));
      });
      await new Promise((resolve) => ws.once('open', resolve));
      try {
        const posted = await fetch(`${service.baseUrl}/v3/directline/conversations/${grant.conversationId}/activities`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ type: 'message', text: 'help' }),
        });
        const { id } = (await posted.json()) as { id: string };
        for (let attempt = 0; attempt < 500 && !received.some((activity) => activity.replyToId === id); attempt += 1) {
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        return received.some((activity) => activity.replyToId === id);
      } finally {
        ws.close();
      }
    };
    expect(await Promise.all(Array.from({ length: 10 }, conversation))).toEqual(Array(10).fill(true));
  });
});
