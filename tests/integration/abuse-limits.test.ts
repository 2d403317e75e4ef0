import { createServer } from 'node:http';
import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { messageActivity, postActivity, startTestService, type TestService } from '../support/service-harness';
import { randomKeyPrefix, testRedisUrl } from '../support/test-stores';

/** Statuses of `count` new-chat requests, each with the X-Forwarded-For `forwardedFor(index)`. */
async function newChatStatuses(baseUrl: string, count: number, forwardedFor: (index: number) => string): Promise<number[]> {
  const statuses: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const response = await fetch(`${baseUrl}/api/webchat/token`, { method: 'POST', headers: { 'x-forwarded-for': forwardedFor(index) } });
    statuses.push(response.status);
  }
  return statuses;
}

/** A raw TCP connection to the service, recording everything it answers. */
async function rawConnection(port: number): Promise<{ socket: Socket; answer: () => string; closed: Promise<void> }> {
  const socket = connect(port, '127.0.0.1');
  let answer = '';
  socket.on('data', (chunk) => (answer += String(chunk)));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return { socket, answer: () => answer, closed };
}

describe('new-chat limit and X-Forwarded-For (on Redis)', () => {
  it('cannot be dodged by rotating X-Forwarded-For when no proxy is trusted', async () => {
    const service = await startTestService({ REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix(), WEBCHAT_TOKENS_PER_MINUTE: '3' });
    try {
      expect(await newChatStatuses(service.baseUrl, 5, (index) => `198.51.100.${index + 1}`)).toEqual([200, 200, 200, 429, 429]);
    } finally {
      await service.stop();
    }
  });

  it('counts each client behind a trusted proxy on its own, by the address the proxy appended', async () => {
    const service = await startTestService({
      REDIS_URL: testRedisUrl(),
      REDIS_KEY_PREFIX: randomKeyPrefix(),
      WEBCHAT_TOKENS_PER_MINUTE: '2',
      TRUSTED_PROXIES: '127.0.0.1, ::1',
    });
    try {
      // Two clients behind the proxy (the test's own address), each with its own budget of 2.
      expect(await newChatStatuses(service.baseUrl, 3, () => '203.0.113.7')).toEqual([200, 200, 429]);
      expect(await newChatStatuses(service.baseUrl, 2, () => '203.0.113.8')).toEqual([200, 200]);
      // What a client writes before the proxy's entry changes nothing.
      expect(await newChatStatuses(service.baseUrl, 2, (index) => `10.0.0.${index}, 203.0.113.7`)).toEqual([429, 429]);
    } finally {
      await service.stop();
    }
  });
});

describe('HTTP timeouts and the connection cap', () => {
  it.each([
    {
      what: 'sends its headers too slowly (seconds, not 300 s)',
      env: { HTTP_HEADERS_TIMEOUT_SECONDS: '1', HTTP_REQUEST_TIMEOUT_SECONDS: '2' },
      sent: 'GET /healthz HTTP/1.1\r\nHost: localhost\r\n',
    },
    {
      what: 'never finishes its body',
      env: { HTTP_HEADERS_TIMEOUT_SECONDS: '1', HTTP_REQUEST_TIMEOUT_SECONDS: '1' },
      sent: 'POST /api/webchat/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"us',
    },
  ])('answers 408 and closes a connection that $what', async ({ env, sent }) => {
    const service = await startTestService(env);
    try {
      const slow = await rawConnection(service.port);
      slow.socket.write(sent);
      await slow.closed;
      expect(slow.answer()).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      await service.stop();
    }
  });

  it('refuses connections beyond MAX_CONNECTIONS, and takes new ones once others close', async () => {
    const service = await startTestService({ MAX_CONNECTIONS: '2' });
    try {
      const held = [await rawConnection(service.port), await rawConnection(service.port)];
      const refused = await rawConnection(service.port);
      refused.socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
      await refused.closed;
      expect(refused.answer()).toBe('');
      for (const { socket, closed } of held) {
        socket.destroy();
        await closed;
      }
      // The server notices the closes on its own side a moment later: ask until it answers.
      let answer = '';
      for (let attempt = 0; attempt < 50 && !answer.startsWith('HTTP/1.1 200'); attempt += 1) {
        const fresh = await rawConnection(service.port);
        fresh.socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
        await fresh.closed;
        answer = fresh.answer();
      }
      expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    } finally {
      await service.stop();
    }
  });
});

/** A started web chat conversation: its token, id and stream URL. */
async function startedConversation(service: TestService): Promise<{ token: string; conversationId: string; streamUrl: string }> {
  const grant = (await (await fetch(`${service.baseUrl}/api/webchat/token`, { method: 'POST' })).json()) as { token: string; conversationId: string };
  const started = await fetch(`${service.baseUrl}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${grant.token}` } });
  const { streamUrl } = (await started.json()) as { streamUrl: string };
  return { ...grant, streamUrl };
}

/**
 * Opens a stream and resolves with `accepted` once the backlog (the welcome) arrives, or with the
 * close code if the server closes it first.
 */
function openStream(url: string, options: WebSocket.ClientOptions = {}): { ws: WebSocket; outcome: Promise<'accepted' | number> } {
  const ws = new WebSocket(url, options);
  const outcome = new Promise<'accepted' | number>((resolve) => {
    ws.once('message', () => resolve('accepted'));
    ws.once('close', (code) => resolve(code));
  });
  return { ws, outcome };
}

/** Opens streams until one is accepted (the server frees a place a moment after the client sees a close). */
async function acceptedStream(url: string): Promise<WebSocket> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const stream = openStream(url);
    if ((await stream.outcome) === 'accepted') return stream.ws;
  }
  throw new Error('no stream accepted');
}

const closedOf = (ws: WebSocket) => new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));

describe('web chat streams: a cap per conversation, and pings (real ws clients, on Redis)', () => {
  it('lets one token open only WEBCHAT_STREAMS_PER_CONVERSATION streams; the rest are closed with 4429', async () => {
    const service = await startTestService({ REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix(), WEBCHAT_STREAMS_PER_CONVERSATION: '2' });
    try {
      const { streamUrl } = await startedConversation(service);
      const streams = Array.from({ length: 10 }, () => openStream(streamUrl));
      const outcomes = await Promise.all(streams.map(({ outcome }) => outcome));
      expect(outcomes.filter((outcome) => outcome === 'accepted')).toHaveLength(2);
      expect(outcomes.filter((outcome) => outcome === 4429)).toHaveLength(8);
      // Closing a stream gives its place back.
      const first = streams[outcomes.indexOf('accepted')]?.ws;
      const closed = first === undefined ? Promise.resolve(0) : closedOf(first);
      first?.close();
      await closed;
      (await acceptedStream(streamUrl)).close();
      for (const { ws } of streams) ws.close();
      // Another conversation has its own places.
      expect(await openStream((await startedConversation(service)).streamUrl).outcome).toBe('accepted');
    } finally {
      await service.stop();
    }
  });

  it('closes a stream that stops answering pings, freeing its place; one that answers stays past the request timeout', async () => {
    const service = await startTestService({
      REDIS_URL: testRedisUrl(),
      REDIS_KEY_PREFIX: randomKeyPrefix(),
      WEBCHAT_STREAMS_PER_CONVERSATION: '1',
      WEBCHAT_STREAM_PING_SECONDS: '1',
      HTTP_HEADERS_TIMEOUT_SECONDS: '1',
      HTTP_REQUEST_TIMEOUT_SECONDS: '1',
    });
    try {
      const { streamUrl } = await startedConversation(service);
      // A client that has gone away: its socket is open but nothing answers pings.
      const dead = openStream(streamUrl, { autoPong: false });
      expect(await dead.outcome).toBe('accepted');
      const deadClosed = closedOf(dead.ws);
      expect(await openStream(streamUrl).outcome).toBe(4429);
      expect(await deadClosed).toBe(1006);

      const live = await acceptedStream(streamUrl);
      let pings = 0;
      await new Promise<void>((resolve) => {
        live.on('ping', () => {
          pings += 1;
          if (pings === 3) resolve();
        });
      });
      expect(live.readyState).toBe(WebSocket.OPEN);
      live.close();
    } finally {
      await service.stop();
    }
  });
});

describe('anonymous mode (no MicrosoftAppId): where replies may go', () => {
  it('refuses (403) an activity whose serviceUrl is not loopback, and still replies to a loopback Emulator', async () => {
    const received: string[] = [];
    const emulator = createServer((req, res) => {
      received.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"1"}');
    });
    await new Promise<void>((resolve) => emulator.listen(0, '127.0.0.1', resolve));
    const address = emulator.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const service = await startTestService();
    try {
      const outside = { ...messageActivity({ conversationId: 'anon-1', text: 'hi' }), deliveryMode: 'normal', serviceUrl: 'http://169.254.169.254/latest/' };
      const refused = await postActivity(service.baseUrl, outside);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ error: { code: 'FORBIDDEN' } });

      const local = { ...messageActivity({ conversationId: 'anon-2', text: 'hi' }), deliveryMode: 'normal', serviceUrl: `http://127.0.0.1:${port}` };
      expect((await postActivity(service.baseUrl, local)).status).toBeLessThan(300);
      expect(received.some((line) => line.startsWith('POST /v3/conversations/anon-2/activities'))).toBe(true);
    } finally {
      await service.stop();
      await new Promise<void>((resolve) => emulator.close(() => resolve()));
    }
  });
});
