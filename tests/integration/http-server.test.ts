import { AuthenticationError } from 'botframework-connector';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { messageActivity, postActivity, startTestService, type TestService } from '../support/service-harness';

describe('HTTP server (embedded mode)', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service.stop();
  });

  const post = (body: string, contentType = 'application/json') =>
    fetch(`${service.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('answers /healthz', async () => {
    const response = await fetch(`${service.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with the store kind', async () => {
    const response = await fetch(`${service.baseUrl}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', store: 'memory' });
  });

  it('returns replies in the response for deliveryMode expectReplies', async () => {
    const { status, body, replies } = await postActivity(
      service.baseUrl,
      messageActivity({ conversationId: 'http-1', text: 'hello' }),
    );
    expect(status).toBe(200);
    expect(body).toHaveProperty('activities');
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.map((reply) => reply.text).join('\n')).toContain('Living Well companion');
  });

  it('rejects malformed JSON with 400 and a clear message', async () => {
    const response = await post('{"type": "message",');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' } });
  });

  it('rejects an empty body with 400', async () => {
    const response = await post('');
    expect(response.status).toBe(400);
  });

  it('rejects a JSON body that is not an activity with 400, naming the fields', async () => {
    const response = await post(JSON.stringify({ hello: 'world' }));
    expect(response.status).toBe(400);
    const body: unknown = await response.json();
    expect(body).toMatchObject({ error: { code: 'NOT_AN_ACTIVITY', message: expect.stringContaining('conversation') } });
  });

  it.each(['from', 'recipient'])('rejects an activity without %s with 400 at the door, before any dialog', async (field) => {
    const { [field]: _left, ...activity } = messageActivity({ conversationId: `no-${field}`, text: 'hello' });
    const { status, body, replies } = await postActivity(service.baseUrl, activity);
    expect({ status, body }).toMatchObject({ status: 400, body: { error: { code: 'NOT_AN_ACTIVITY', message: expect.stringContaining(field) } } });
    expect(replies).toEqual([]);
    expect(service.logText()).not.toContain('turn.dialog_failed');
  });

  it('rejects a JSON array with 400', async () => {
    const response = await post('[1,2,3]');
    expect(response.status).toBe(400);
  });

  it('rejects a body that is not JSON with 415', async () => {
    const response = await post('text=hello', 'application/x-www-form-urlencoded');
    expect(response.status).toBe(415);
  });

  it('rejects an oversized body with 413', async () => {
    const response = await post(JSON.stringify({ type: 'message', text: 'a'.repeat(300_000) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('answers HEAD on every GET route as GET would, without a body', async () => {
    const paths = Object.values(service.http.server.router.getRoutes())
      .filter((route) => route.method === 'GET' && typeof route.path === 'string')
      .map((route) => String(route.path).replace(/:[A-Za-z]+/g, 'x'));
    expect(paths).toEqual(expect.arrayContaining(['/healthz', '/readyz', '/', '/urgent-help', '/openreferral/services']));
    for (const path of paths) {
      const get = await fetch(`${service.baseUrl}${path}`);
      await get.arrayBuffer();
      const head = await fetch(`${service.baseUrl}${path}`, { method: 'HEAD' });
      expect({ path, status: head.status }).toEqual({ path, status: get.status });
      expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
      expect(head.headers.get('content-length')).toBe(get.headers.get('content-length'));
      expect((await head.arrayBuffer()).byteLength).toBe(0);
    }
  });

  it('answers unknown routes with 404 in the same error shape', async () => {
    const response = await fetch(`${service.baseUrl}/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: expect.any(String) } });
  });

  it('keeps serving after bad requests', async () => {
    await post('{');
    await post('[]');
    const { status } = await postActivity(service.baseUrl, messageActivity({ conversationId: 'http-2', text: 'hi' }));
    expect(status).toBe(200);
  });
});

describe('HTTP server with a Microsoft app id', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'placeholder' });
  });
  afterAll(async () => {
    await service.stop();
  });

  // botbuilder's CloudAdapter prints each refused request's AuthenticationError, stack and all,
  // with console.error. Here that is the expected outcome: it is kept out of the test output, and
  // each test checks that it is all that was printed.
  let consoleError: MockInstance<typeof console.error>;
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    consoleError.mockRestore();
  });
  const printedErrors = (): unknown[] => consoleError.mock.calls.map((args) => args[0]);

  it('refuses an activity without a Bot Connector token (401), running no turn', async () => {
    const { status, replies } = await postActivity(
      service.baseUrl,
      messageActivity({ conversationId: 'auth-1', text: 'hello' }),
    );
    expect(status).toBe(401);
    expect(replies).toEqual([]);
    expect(service.logText()).not.toContain('turn.completed');
    expect(printedErrors()).toEqual([expect.objectContaining({ statusCode: 401 })]);
    expect(printedErrors()[0]).toBeInstanceOf(AuthenticationError);
  });

  it('refuses a forged bearer token (401)', async () => {
    const response = await fetch(`${service.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not.a.jwt' },
      body: JSON.stringify(messageActivity({ conversationId: 'auth-2', text: 'hello' })),
    });
    expect(response.status).toBe(401);
    expect(printedErrors()).toEqual([expect.objectContaining({ statusCode: 401 })]);
    expect(printedErrors()[0]).toBeInstanceOf(AuthenticationError);
  });
});
