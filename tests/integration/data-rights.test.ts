import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpPrefix } from '../support/redis-dump';
import { randomKeyPrefix, testRedisUrl } from '../support/test-stores';
import { openWebChat, saying } from '../support/web-chat-session';
import { downloadLinkOf, messageActivity, postActivity, startTestService, type TestService } from '../support/service-harness';

describe('data rights on Redis', () => {
  let service: TestService;
  let redis: Redis;
  const prefix = randomKeyPrefix();
  const userId = 'person-7c1f9e';
  const conversationId = 'conversation-5b2a71';
  let pendingLink = '';

  const send = async (text: string) => {
    const { status, replies } = await postActivity(service.baseUrl, messageActivity({ conversationId, userId, text }));
    expect(status).toBe(200);
    return replies;
  };

  beforeAll(async () => {
    service = await startTestService({ REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: prefix });
    redis = new Redis(testRedisUrl());
  });
  afterAll(async () => {
    await service.stop();
    await redis.quit();
  });

  it('exports the person’s data as a single-use download link to a dated JSON file', async () => {
    await send('hello');
    await send('Yes, I agree');
    await send('Lambeth');
    // Something only this person typed, to look for after erasure.
    await send('zebra crossing by the bakery');
    // A goal, a rating with a note, wellbeing answers and preferences: all personal, all to be erased.
    await send('add a goal');
    await send('Walk to the bakery');
    await send('4, zebra stripes helped');
    await send('Yes');
    for (const answer of ['6', '7', '5', '3', 'yes', 'no', 'yes']) await send(answer);
    // A callback request: name, number and what it is about go to the team, and must go on erasure.
    for (const answer of ['request a callback', 'Zebedee', '07700 900987', 'any time', 'the bakery shift', 'Yes, send it']) await send(answer);
    const replies = await send('export my data');
    const url = downloadLinkOf(replies);
    expect(url).toMatch(/^\/my-data\//);
    for (const personal of [userId, conversationId, 'lambeth', 'Zebedee']) expect(url).not.toContain(personal);
    // Opening the link (as a phone's link preview would) shows a Download button and uses nothing up.
    for (let opened = 0; opened < 2; opened += 1) {
      const landing = await fetch(`${service.baseUrl}${url}`);
      expect(landing.status).toBe(200);
      expect(landing.headers.get('content-security-policy')).toContain("form-action 'self'");
      expect(await landing.text()).toContain(`<form method="post" action="${url}"><button class="button" type="submit">Download my data</button></form>`);
    }
    const download = await fetch(`${service.baseUrl}${url}`, { method: 'POST' });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="living-well-my-data-\d{4}-\d\d-\d\d\.json"$/);
    expect(download.headers.get('cache-control')).toBe('no-store');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await download.json()).toMatchObject({
      you: { idOnChannel: userId },
      area: 'lambeth',
      consent: { wordingVersion: expect.any(String) },
      goals: [{ text: 'Walk to the bakery', ratings: [{ score: 4, note: 'zebra stripes helped' }] }],
      callbackRequests: [{ name: 'Zebedee', phoneE164: '+447700900987', about: 'the bakery shift', siteId: 'lambeth' }],
      wellbeingQuestions: {
        personalWellbeingOns4: [{ scores: { lifeSatisfaction: 6, worthwhile: 7, happiness: 5, anxiety: 3 } }],
        socialConnection: [{ closeFriend: 'yes', tookPart: 'no' }],
        askAgain: true,
      },
    });
    const stored = await dumpPrefix(redis, prefix);
    // Records hold the person's id (the scan below is real), but no key names them.
    expect(stored.some(({ values }) => values.some((value) => value.includes(userId)))).toBe(true);
    expect(stored.filter(({ key }) => key.includes(userId))).toEqual([]);

    // Once only: the link then says how to get a new one; a made-up link is unknown.
    const again = await fetch(`${service.baseUrl}${url}`, { method: 'POST' });
    expect(again.status).toBe(410);
    expect(again.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await again.text()).toContain('type <strong>export my data</strong> in the chat');
    expect((await fetch(`${service.baseUrl}/my-data/${'A'.repeat(22)}.zzzzzz.${'A'.repeat(22)}`)).status).toBe(404);
    expect((await fetch(`${service.baseUrl}/my-data/${'A'.repeat(22)}.zzzzzz.${'A'.repeat(22)}`, { method: 'POST' })).status).toBe(404);
    expect(service.logText()).not.toContain(url.slice('/my-data/'.length));

    // A link not yet used is erased with the rest: it is asked for here, and checked after the deletion below.
    pendingLink = downloadLinkOf(await send('export my data'));
  });

  it('after "delete my data", no key or value holds the person’s ids or what they typed, except the audit entry', async () => {
    await send('delete my data');
    const done = await send('yes');
    expect(done.map((reply) => reply.text).join('\n')).toContain("I've deleted everything");

    expect((await fetch(`${service.baseUrl}${pendingLink}`, { method: 'POST' })).status).toBe(410);
    const stored = await dumpPrefix(redis, prefix);
    const identifying = [userId, conversationId, 'zebra', 'Zebedee', '7700900987', 'bakery'];
    for (const { key, values } of stored) {
      for (const needle of identifying) {
        expect(key).not.toContain(needle);
        for (const value of values) expect(value).not.toContain(needle);
      }
    }
    // Left: the audit entry, what the team's list keeps of the cancelled request (its reference,
    // site and times), the events outbox (ids and the reference code only), and the outcome
    // reports' month counters (counts only; the person's pseudonymous values are gone).
    const left = stored.map(({ key }) => key.slice(prefix.length)).sort();
    expect(left.filter((key) => !key.startsWith('{reports:'))).toEqual(['audit', 'events', '{callbacks}:erased:lambeth']);
    expect(left.filter((key) => key.startsWith('{reports:'))).toEqual([expect.stringMatching(/^\{reports:lambeth\}:\d{4}-\d{2}$/)]);
    const erased = stored.find(({ key }) => key.endsWith('{callbacks}:erased:lambeth'))?.values.map((value) => JSON.parse(value));
    expect(erased).toEqual([
      {
        v: 1,
        erased: {
          id: expect.any(String),
          reference: expect.stringMatching(/^CB-/),
          siteId: 'lambeth',
          status: 'cancelled',
          requestedAt: expect.any(String),
          cancelledAt: expect.any(String),
          erasedAt: expect.any(String),
          cancelledByErasure: true,
        },
      },
    ]);
    const audit = stored.find(({ key }) => key.endsWith('audit'))?.values.map((value) => JSON.parse(value));
    // The person record, the wellbeing record, the callback request and the conversation.
    expect(audit).toEqual([{ event: 'person.erased', at: expect.any(String), channelId: 'emulator', recordsErased: 4 }]);
  });
});

describe('data rights on web chat (Redis)', () => {
  let service: TestService;
  let redis: Redis;
  const prefix = randomKeyPrefix();

  beforeAll(async () => {
    service = await startTestService({ REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: prefix });
    redis = new Redis(testRedisUrl());
  });
  afterAll(async () => {
    await service.stop();
    await redis.quit();
  });

  it('exports the web chat history, and erases it with everything else', async () => {
    const { say, userId, conversationId, token } = await openWebChat(service.baseUrl);
    await say('Yes, I agree', saying('Which area'));
    // A browser asked to be told of messages (web push): its subscription goes with the rest.
    const subscribed = await fetch(`${service.baseUrl}/api/webchat/push/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ endpoint: 'https://push.example.net/send/erase-me', keys: { p256dh: `B${'x'.repeat(86)}`, auth: 'QUJDREVGR0hJSktMTU5PUA' } }),
    });
    expect(subscribed.status).toBe(201);
    expect(await redis.keys(`${prefix}push:*`)).toHaveLength(1);
    await say('Luton', saying('What would you like to do?'));
    await say('walrus sandwiches at noon', saying("I'm not sure I understood"));
    const exported = await say('export my data', (activity) => activity.attachments !== undefined);
    const link = exported.find((activity) => activity.attachments)?.attachments?.[0]?.content?.buttons?.[0]?.value;
    const document: unknown = await (await fetch(`${service.baseUrl}${String(link)}`, { method: 'POST' })).json();
    expect(JSON.stringify(document)).toContain('walrus sandwiches at noon');
    expect(document).toMatchObject({ you: { channel: 'webchat', idOnChannel: userId }, area: 'luton' });

    await say('delete my data', saying('It cannot be undone'));
    // What a stream client hears: the confirmation, then the word that this conversation is over.
    const heard: unknown[] = [];
    const unsubscribe = service.stores.directLine.subscribe(conversationId, (activity) => heard.push(activity['type']));
    await service.stores.directLine.subscriptionsSettled();
    await say('Yes, delete everything', saying("I've deleted everything"));
    for (let attempt = 0; attempt < 2_000 && !heard.includes('endOfConversation'); attempt += 1) await new Promise((resolve) => setImmediate(resolve));
    unsubscribe();
    expect(heard.slice(-2)).toEqual(['message', 'endOfConversation']);
    for (let attempt = 0; attempt < 500 && (await redis.keys(`${prefix}dl:*`)).length > 0; attempt += 1) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    const keys = (await redis.keys(`${prefix}*`)).map((key) => key.slice(prefix.length));
    // Besides the audit entry, only the post rate limit's counter (a hash, gone within a minute) and
    // the outcome reports' month counters (counts only, no person: see the test above).
    const counters = keys.filter((key) => key.startsWith('rl:'));
    const monthCounters = /^\{reports:[a-z-]+\}:[0-9]{4}-[0-9]{2}$/;
    expect(keys.filter((key) => !key.startsWith('rl:') && !monthCounters.test(key))).toEqual(['audit']);
    for (const counter of counters) {
      for (const needle of [userId, conversationId]) expect(counter).not.toContain(needle);
      expect(await redis.pttl(`${prefix}${counter}`)).toBeLessThanOrEqual(60_000);
    }
    const audit = await redis.lrange(`${prefix}audit`, 0, -1);
    for (const needle of [userId, conversationId, 'walrus', 'luton', 'Luton']) expect(audit.join('\n')).not.toContain(needle);
  });

  it('after "withdraw consent" keeps no message the person typed, and the conversation carries on at the welcome', async () => {
    const { say, userId } = await openWebChat(service.baseUrl);
    await say('Yes, I agree', saying('Which area'));
    await say('Luton', saying('What would you like to do?'));
    await say('purple giraffes like toast', saying("I'm not sure I understood"));
    await say('withdraw consent', saying('Withdraw your agreement?'));
    const withdrawn = await say('Yes, withdraw', saying('Are you happy for me to save'));
    expect(withdrawn.some(saying("I've withdrawn your agreement"))).toBe(true);

    const held = (await redis.keys(`${prefix}*`)).map((key) => key.slice(prefix.length));
    expect(held.filter((key) => key.startsWith('person:') || key.startsWith('wellbeing:'))).toEqual([]);
    const logs = await Promise.all(held.filter((key) => key.startsWith('dl:log:')).map((key) => redis.zrange(`${prefix}${key}`, 0, -1)));
    expect(logs.flat().join('\n')).not.toContain('giraffes');
    // The same conversation answers the welcome's question.
    const answered = await say('No thanks', saying("I won't save anything about you"));
    expect(answered.length).toBeGreaterThan(0);
    expect(await redis.exists(`${prefix}person:webchat:${userId}`)).toBe(0);
  });
});
