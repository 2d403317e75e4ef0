import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../support/service-harness';

const secret = 'fake-direct-line-channel-secret-0123456789';

/** A local stand-in for Azure's `POST /v3/directline/tokens/generate`. */
function fakeAzure(): Promise<{ server: Server; baseUrl: string; requests: Array<{ authorization: string | undefined; body: unknown }> }> {
  const requests: Array<{ authorization: string | undefined; body: unknown }> = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => {
      raw += chunk.toString();
    });
    req.on('end', () => {
      requests.push({ authorization: req.headers.authorization, body: JSON.parse(raw || '{}') });
      if (req.url !== '/v3/directline/tokens/generate' || req.headers.authorization !== `Bearer ${secret}`) {
        res.statusCode = 403;
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ conversationId: 'azure-conversation-1', token: 'azure-token-1', expires_in: 1800 }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({ server, baseUrl: `http://127.0.0.1:${port}`, requests });
    }),
  );
}

describe('web chat tokens from Azure Direct Line (DIRECT_LINE_SECRET)', () => {
  let azure: Awaited<ReturnType<typeof fakeAzure>>;
  let service: TestService;
  beforeAll(async () => {
    azure = await fakeAzure();
    service = await startTestService({ DIRECT_LINE_SECRET: secret, DIRECT_LINE_BASE_URL: azure.baseUrl });
  });
  afterAll(async () => {
    await service.stop();
    await new Promise((resolve) => azure.server.close(resolve));
  });

  it('exchanges the secret server-side and hands the page only a token and where to connect', async () => {
    const response = await fetch(`${service.baseUrl}/api/webchat/token`, { method: 'POST' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({
      token: 'azure-token-1',
      conversationId: 'azure-conversation-1',
      expires_in: 1800,
      userId: expect.stringMatching(/^dl_/),
      domain: `${azure.baseUrl}/v3/directline`,
    });
    expect(JSON.stringify(body)).not.toContain(secret);
    expect(azure.requests.at(-1)).toEqual({ authorization: `Bearer ${secret}`, body: { user: { id: body['userId'] } } });
  });

  it('lets the page connect to Azure, and nowhere else, in its Content-Security-Policy', async () => {
    const csp = (await fetch(`${service.baseUrl}/`)).headers.get('content-security-policy') ?? '';
    const wsBase = azure.baseUrl.replace(/^http/, 'ws');
    expect(csp).toContain(`connect-src 'self' ${azure.baseUrl} ${wsBase}`);
  });

  it('answers 502 with Retry-After when Azure refuses', async () => {
    await service.stop();
    service = await startTestService({ DIRECT_LINE_SECRET: 'a-wrong-secret-that-azure-refuses', DIRECT_LINE_BASE_URL: azure.baseUrl });
    const response = await fetch(`${service.baseUrl}/api/webchat/token`, { method: 'POST' });
    expect(response.status).toBe(502);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toMatchObject({ error: { code: 'UPSTREAM_UNAVAILABLE' } });
  });
});
