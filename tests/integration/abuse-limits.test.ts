import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startTestService } from '../support/service-harness';
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
  it('answers 408 and closes a connection that sends its headers too slowly (seconds, not 300 s)', async () => {
    const service = await startTestService({ HTTP_HEADERS_TIMEOUT_SECONDS: '1', HTTP_REQUEST_TIMEOUT_SECONDS: '2' });
    try {
      const slow = await rawConnection(service.port);
      slow.socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n');
      await slow.closed;
      expect(slow.answer()).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      await service.stop();
    }
  });

  it('answers 408 and closes a connection whose body never finishes', async () => {
    const service = await startTestService({ HTTP_HEADERS_TIMEOUT_SECONDS: '1', HTTP_REQUEST_TIMEOUT_SECONDS: '1' });
    try {
      const slow = await rawConnection(service.port);
      slow.socket.write('POST /api/webchat/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"us');
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
