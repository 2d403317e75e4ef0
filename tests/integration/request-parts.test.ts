import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { z } from 'zod';
import { bearerTokenOf } from '../../src/http/request-parts';
import { startTestService, type TestService } from '../support/service-harness';

const adminToken = `test-super-admin-${'p4rts'.repeat(6)}`;
const grantSchema = z.looseObject({ token: z.string(), conversationId: z.string() });

async function webChatGrant(service: TestService): Promise<z.infer<typeof grantSchema>> {
  return grantSchema.parse(await (await fetch(`${service.baseUrl}/api/webchat/token`, { method: 'POST' })).json());
}

async function answer(service: TestService, path: string, init: RequestInit = {}): Promise<{ status: number; cacheControl: string | null; body: unknown }> {
  const response = await fetch(`${service.baseUrl}${path}`, init);
  const text = await response.text();
  return { status: response.status, cacheControl: response.headers.get('cache-control'), body: text === '' ? undefined : JSON.parse(text) };
}

/** The HTTP status a WebSocket upgrade to `url` is refused with, or 'open'. */
function upgradeOutcome(url: string): Promise<number | 'open'> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.once('open', () => {
      ws.close();
      resolve('open');
    });
    ws.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    ws.once('error', () => undefined);
  });
}

describe('bearer tokens', () => {
  it('takes the token of a Bearer header, whatever the case and spacing, and nothing else', () => {
    expect(bearerTokenOf('Bearer abc.def')).toBe('abc.def');
    expect(bearerTokenOf('bearer   abc')).toBe('abc');
    for (const header of [undefined, '', 'Bearer', 'Bearer a b', 'Basic abc']) expect(bearerTokenOf(header)).toBeUndefined();
  });
});

describe('request parts at the HTTP edge', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService({ ADMIN_TOKEN: adminToken });
  });
  afterAll(async () => {
    await service.stop();
  });

  it('checks admin access before the body is read, and never caches the refusal', async () => {
    const garbled = await answer(service, '/api/admin/tokens', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(garbled).toMatchObject({ status: 401, cacheControl: 'no-store', body: { error: { code: 'UNAUTHORIZED' } } });
    const notJson = await answer(service, '/api/admin/sites/salford', { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(notJson).toMatchObject({ status: 401, cacheControl: 'no-store' });
  });

  it('answers a request part that does not fit its schema with one 400 naming the field', async () => {
    const list = await answer(service, '/api/admin/sites/salford/callbacks?status=lost', { headers: { authorization: `Bearer ${adminToken}` } });
    expect(list.status).toBe(400);
    expect(list.body).toMatchObject({ error: { code: 'BAD_REQUEST', fields: [{ field: 'status' }] } });

    const grant = await webChatGrant(service);
    const poll = await answer(service, `/v3/directline/conversations/${grant.conversationId}/activities?watermark=soon`, { headers: { authorization: `Bearer ${grant.token}` } });
    expect(poll.status).toBe(400);
    expect(poll.body).toEqual({ error: { code: 'BAD_REQUEST', message: 'The watermark must be a whole number.', fields: [{ field: 'watermark', message: 'a whole number' }] } });
  });

  it('refuses a stream URL with a bad watermark or a bad encoding with 400, and keeps serving', async () => {
    const grant = await webChatGrant(service);
    const streamBase = service.baseUrl.replace(/^http/, 'ws');
    expect(await upgradeOutcome(`${streamBase}/v3/directline/conversations/${grant.conversationId}/stream?t=${grant.token}&watermark=x`)).toBe(400);
    expect(await upgradeOutcome(`${streamBase}/v3/directline/conversations/%zz/stream?t=${grant.token}`)).toBe(400);
    expect((await fetch(`${service.baseUrl}/healthz`)).status).toBe(200);
  });
});
