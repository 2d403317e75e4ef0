import fc from 'fast-check';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteIds } from '../../src/domain/sites';
import { loadSampleActivities } from '../../src/data/sample-data';
import { startFakeTwilio, type FakeTwilio } from '../support/fake-twilio';
import { startTestService, type TestService } from '../support/service-harness';
import { randomKeyPrefix, testRedisUrl } from '../support/test-stores';
import { fuzzParameters, fuzzTimeoutMs } from './fuzz-settings';

/**
 * Property-based fuzzing of every public route: random paths, queries, headers and bodies, some
 * near-valid (real ids, real tokens, activity-shaped JSON, signed Twilio webhooks) so the handlers
 * behind the checks are reached too. Whatever arrives: no 5xx, no stack trace or developer path in
 * the answer, and the service keeps serving.
 */

const adminToken = `fuzz-super-admin-${'f0zz'.repeat(8)}`;
const authToken = 'fuzz-twilio-auth-token-0123456789';
const publicUrl = 'https://companion.example.org';
const twilioAccountSid = `AC${'0'.repeat(32)}`;

/** Every route the service mounts (with SMS on). A new route fails the completeness test until it is added here. */
const routes = [
  ['GET', '/healthz'],
  ['GET', '/readyz'],
  ['POST', '/api/messages'],
  ['POST', '/api/admin/tokens'],
  ['GET', '/api/admin/sites/:siteId/activities'],
  ['POST', '/api/admin/sites/:siteId/activities'],
  ['POST', '/api/admin/sites/:siteId/activities/import'],
  ['GET', '/api/admin/sites/:siteId/activities/export'],
  ['GET', '/api/admin/sites/:siteId/activities/:id'],
  ['PUT', '/api/admin/sites/:siteId/activities/:id'],
  ['DELETE', '/api/admin/sites/:siteId/activities/:id'],
  ['GET', '/api/admin/sites/:siteId/activities/overview'],
  ['POST', '/api/admin/sites/:siteId/activities/schedule-preview'],
  ['POST', '/api/admin/sites/:siteId/activities/:id/retire'],
  ['POST', '/api/admin/sites/:siteId/activities/:id/restore'],
  ['GET', '/api/admin/sites/:siteId/activities/:id/audit'],
  ['GET', '/api/admin/sites/:siteId'],
  ['PUT', '/api/admin/sites/:siteId'],
  ['GET', '/api/admin/sites/:siteId/callbacks'],
  ['POST', '/api/admin/sites/:siteId/callbacks/:id/claim'],
  ['POST', '/api/admin/sites/:siteId/callbacks/:id/contacted'],
  ['POST', '/api/admin/sites/:siteId/callbacks/:id/close'],
  ['GET', '/api/admin/sites/:siteId/callbacks/:id'],
  ['POST', '/api/admin/sites/:siteId/callbacks/:id/outcome'],
  ['POST', '/api/admin/sites/:siteId/teams/link-code'],
  ['GET', '/api/admin/sites/:siteId/teams/practitioners'],
  ['PUT', '/api/admin/sites/:siteId/teams/practitioners'],
  ['DELETE', '/api/admin/sites/:siteId/teams/practitioners/:tenantId/:aadObjectId'],
  ['GET', '/api/admin/sites/:siteId/tokens'],
  ['POST', '/api/admin/sites/:siteId/tokens'],
  ['DELETE', '/api/admin/sites/:siteId/tokens/:id'],
  ['GET', '/api/admin/sites/:siteId/audit'],
  ['GET', '/api/admin/sites/:siteId/reports'],
  ['GET', '/staff/auth/login'],
  ['GET', '/staff/auth/callback'],
  ['POST', '/staff/auth/logout'],
  ['GET', '/staff/api/me'],
  ['GET', '/staff'],
  ['GET', '/staff/'],
  ['GET', '/staff/tab'],
  ['GET', '/staff/static/:name'],
  ['GET', '/api/admin/jobs'],
  ['GET', '/api/admin/sites/:siteId/taxonomy-mappings'],
  ['PUT', '/api/admin/sites/:siteId/taxonomy-mappings'],
  ['GET', '/api/admin/sites/:siteId/directory'],
  ['PUT', '/api/admin/sites/:siteId/directory'],
  ['POST', '/api/admin/sites/:siteId/directory/preview'],
  ['POST', '/api/admin/sites/:siteId/directory/pull'],
  ['GET', '/openreferral/services'],
  ['GET', '/openreferral/services/:id'],
  ['GET', '/openreferral'],
  ['GET', '/openreferral/'],
  ['GET', '/openreferral/taxonomies'],
  ['GET', '/openreferral/taxonomies/:id'],
  ['GET', '/openreferral/taxonomy_terms'],
  ['GET', '/openreferral/taxonomy_terms/:id'],
  ['POST', '/api/sms'],
  ['POST', '/api/sms/status'],
  ['GET', '/'],
  ['GET', '/urgent-help'],
  ['GET', '/static/app.js'],
  ['GET', '/static/styles.css'],
  ['GET', '/static/push.js'],
  ['GET', '/static/push-worker.js'],
  ['GET', '/static/webchat.js'],
  ['GET', '/my-data/:token'],
  ['POST', '/my-data/:token'],
  ['POST', '/api/webchat/token'],
  ['POST', '/v3/directline/conversations'],
  ['GET', '/v3/directline/conversations/:conversationId'],
  ['POST', '/v3/directline/tokens/refresh'],
  ['GET', '/v3/directline/conversations/:conversationId/activities'],
  ['POST', '/v3/directline/conversations/:conversationId/activities'],
  ['GET', '/api/webchat/push/key'],
  ['POST', '/api/webchat/push/subscribe'],
  ['POST', '/api/webchat/push/unsubscribe'],
] as const;

/** What a stack trace or a developer's path looks like in an answer. */
const developerText = /\n\s+at |\bat [\w$.<>]+ \(|\/(src|adapters|dialogs|node_modules)\/|\.(ts|js):\d+:\d+/;

interface FuzzRequest {
  readonly path: string;
  readonly query: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
}

/** Known-good values the service holds, so some requests get past the checks. */
interface Known {
  readonly conversationId: string;
  readonly webChatToken: string;
  readonly userId: string;
  readonly activityId: string;
}

/** Mostly `usual` (so the checks pass and the handler runs), sometimes one of `odd`. */
function mostly<T>(usual: T, ...odd: T[]): fc.Arbitrary<T> {
  return fc.oneof({ weight: 4, arbitrary: fc.constant(usual) }, fc.constantFrom(usual, ...odd));
}

const anyText = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 30 }));

function paramArbitrary(name: string, known: Known): fc.Arbitrary<string> {
  const real: Record<string, readonly string[]> = {
    siteId: [...siteIds, 'nowhere'],
    id: [known.activityId, '00000000-0000-0000-0000-000000000000'],
    conversationId: [known.conversationId],
    token: ['not-a-link'],
    tenantId: ['3f2504e0-4f89-41d3-9a0c-0305e82c3301'],
    aadObjectId: ['11111111-1111-4111-8111-111111111111'],
  };
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...(real[name] ?? ['x'])).map(encodeURIComponent) },
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }).map(encodeURIComponent),
    // Raw, badly encoded or traversing segments.
    fc.constantFrom('%', '%zz', '%00', '%ff%fe', '..%2f..%2fetc', '%F0%9F%98%80', 'a%2Fb', '%20'),
  );
}

const queryKeys = ['watermark', 'format', 'dryRun', 'status', 'text', 'taxonomy_term_id', 'postcode', 'proximity', 'day', 'time', 'page', 'per_page', 'sort'];

const queryArbitrary = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...queryKeys), fc.string({ maxLength: 12 })), fc.oneof(anyText, fc.integer().map(String), fc.constantFrom('csv', 'json', '-1', '1e9', 'NaN', ''))), { maxLength: 4 })
  .map((pairs) => (pairs.length === 0 ? '' : `?${new URLSearchParams(pairs).toString()}`));

/** Mostly the credential the route takes (so its handler is reached), otherwise anything. */
function authorizationArbitrary(template: string, known: Known): fc.Arbitrary<string | undefined> {
  const right = template.startsWith('/api/admin/') ? `Bearer ${adminToken}` : `Bearer ${known.webChatToken}`;
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(right) },
    fc.constantFrom(undefined, `Bearer ${adminToken}`, `Bearer ${known.webChatToken}`, 'Bearer x.y.z', 'Basic YWRtaW46YWRtaW4='),
    fc.string({ maxLength: 80 }).map((text) => `Bearer ${text}`),
  );
}

/** Mostly JSON (so the body is read), otherwise anything. */
const contentTypeArbitrary = fc.oneof(
  { weight: 4, arbitrary: fc.constant('application/json') },
  fc.constantFrom(undefined, 'application/json; charset=utf-8', 'application/x-www-form-urlencoded', 'text/csv', 'text/plain', 'multipart/form-data; boundary=x'),
);

/** Activity-shaped JSON for `/api/messages`; replies are asked for in the response. */
const botActivityArbitrary = fc
  .record(
    {
      type: mostly('message', 'conversationUpdate', 'event', 'typing', 'invoke', 'messageReaction', 'endOfConversation', ''),
      id: fc.string({ maxLength: 20 }),
      channelId: mostly('emulator', 'msteams', 'webchat', 'sms', 'directline', ''),
      serviceUrl: mostly('http://127.0.0.1:9/unused', 'not a url'),
      conversation: fc.record({ id: fc.oneof(fc.constantFrom('fuzz-1', 'fuzz-2'), fc.string({ maxLength: 30 })) }, { requiredKeys: [] }),
      from: fc.record({ id: fc.oneof(fc.constant('fuzz-user'), fc.string({ maxLength: 30 })), name: fc.string({ maxLength: 20 }) }, { requiredKeys: [] }),
      recipient: fc.record({ id: mostly('bot', '') }),
      text: anyText,
      name: fc.string({ maxLength: 20 }),
      value: fc.jsonValue({ maxDepth: 3 }),
      membersAdded: fc.array(fc.record({ id: fc.string({ maxLength: 10 }) }), { maxLength: 2 }),
      attachments: fc.array(fc.record({ contentType: fc.string({ maxLength: 20 }), content: fc.jsonValue({ maxDepth: 2 }) }), { maxLength: 2 }),
      // Not 'normal': its replies would go to serviceUrl, and botframework-connector retries an
      // unreachable one for about 15 s per reply.
      deliveryMode: mostly('expectReplies', 'bogus'),
    },
    { requiredKeys: ['type', 'channelId', 'serviceUrl', 'conversation', 'recipient', 'deliveryMode'] },
  )
  .map((activity) => JSON.stringify(activity));

/** What a Direct Line client posts. */
const postedActivityArbitrary = fc
  .record(
    {
      type: mostly('message', 'event', 'typing', 'invoke', ''),
      text: anyText,
      name: fc.string({ maxLength: 20 }),
      value: fc.jsonValue({ maxDepth: 3 }),
      locale: fc.constantFrom('en-GB', 'x'.repeat(30)),
      attachments: fc.array(fc.record({ contentType: fc.string({ maxLength: 20 }) }), { maxLength: 3 }),
      channelData: fc.record({ clientActivityID: fc.string({ maxLength: 20 }) }, { requiredKeys: [] }),
    },
    { requiredKeys: ['type'] },
  )
  .map((activity) => JSON.stringify(activity));

/** A team's details and a listing are JSON objects with these fields (and others). */
const adminObjectArbitrary = fc
  .dictionary(
    fc.oneof(fc.constantFrom('name', 'site', 'siteId', 'description', 'schedules', 'phone', 'email', 'openingHours', 'exceptions', 'status', 'location', 'cost', 'url'), fc.string({ maxLength: 10 })),
    fc.jsonValue({ maxDepth: 3 }),
    { maxKeys: 6 },
  )
  .map((value) => JSON.stringify(value));

const twilioParamsArbitrary = fc.record(
  {
    From: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('+447700900123', '+447700900124') }, fc.string({ maxLength: 20 })),
    To: mostly('+447700900001', ''),
    AccountSid: mostly(twilioAccountSid, `AC${'1'.repeat(32)}`),
    Body: fc.oneof(anyText, fc.constantFrom('STOP', 'START', 'HELP', 'MORE', '1', 'menu', 'activities')),
    MessageSid: fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^SM[0-9a-f]{32}$/) }, fc.string({ maxLength: 34 })),
    MessageStatus: fc.constantFrom('delivered', 'failed', 'undelivered', 'sent', 'Nonsense!'),
    ErrorCode: fc.constantFrom('30003', 'x'),
  },
  { requiredKeys: ['From', 'To', 'AccountSid', 'MessageSid'] },
);

/** Subscription-shaped JSON for the web push routes (a PushSubscription, or its endpoint alone). */
const pushSubscriptionArbitrary = fc
  .record(
    {
      endpoint: fc.oneof(fc.webUrl({ withQueryParameters: true }), fc.constantFrom('https://push.example.net/send/abc', 'javascript:alert(1)', '')),
      expirationTime: fc.oneof(fc.constant(null), fc.integer()),
      keys: fc.record({ p256dh: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{87}$/), anyText), auth: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{22}$/), anyText) }, { requiredKeys: [] }),
    },
    { requiredKeys: ['endpoint'] },
  )
  .map((body) => JSON.stringify(body));

function bodyArbitrary(method: string, path: string): fc.Arbitrary<string | undefined> {
  if (method === 'GET' || method === 'DELETE') return fc.constant(undefined);
  const generic = fc.oneof(fc.constant(undefined), fc.json({ maxDepth: 3 }), fc.string({ maxLength: 200 }), fc.constantFrom('', '{', '[]', 'null', '"x"', '{"__proto__":{"x":1}}'));
  if (path === '/api/messages') return fc.oneof({ weight: 3, arbitrary: botActivityArbitrary }, { weight: 1, arbitrary: generic });
  if (path.endsWith('/activities') && path.startsWith('/v3/')) return fc.oneof({ weight: 3, arbitrary: postedActivityArbitrary }, { weight: 1, arbitrary: generic });
  if (path.startsWith('/api/admin/')) return fc.oneof(adminObjectArbitrary, generic);
  if (path.startsWith('/api/webchat/push/')) return fc.oneof({ weight: 3, arbitrary: pushSubscriptionArbitrary }, { weight: 1, arbitrary: generic });
  return generic;
}

function requestArbitrary(method: string, template: string, known: Known): fc.Arbitrary<FuzzRequest> {
  const names = [...template.matchAll(/:(\w+)/g)].map((match) => match[1] ?? '');
  const params = fc.tuple(...names.map((name) => paramArbitrary(name, known)));
  const path = params.map((values) => values.reduce((built, value, index) => built.replace(`:${names[index] ?? ''}`, value), template));
  if (template.startsWith('/api/sms')) {
    // Twilio's webhooks: form-encoded, signed over PUBLIC_URL (or not, or forged).
    return fc.record({ params: twilioParamsArbitrary, signing: mostly('valid', 'forged', 'missing') }).map(({ params: form, signing }) => {
      const signature = twilio.getExpectedTwilioSignature(signing === 'forged' ? 'not-the-auth-token-000000000000' : authToken, `${publicUrl}${template}`, form);
      return {
        path: template,
        query: '',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(signing === 'missing' ? {} : { 'x-twilio-signature': signature }) },
        body: new URLSearchParams(form).toString(),
      };
    });
  }
  return fc
    .record({ path, query: queryArbitrary, authorization: authorizationArbitrary(template, known), contentType: contentTypeArbitrary, body: bodyArbitrary(method, template) })
    .map(({ path: built, query, authorization, contentType, body }) => ({
      path: built,
      query,
      headers: { ...(authorization === undefined ? {} : { authorization }), ...(contentType === undefined ? {} : { 'content-type': contentType }) },
      body,
    }));
}

describe.each(['memory', 'redis'] as const)('every public route, fuzzed (%s store)', (storeKind) => {
  let service: TestService;
  let fakeTwilio: FakeTwilio;
  let known: Known;

  beforeAll(async () => {
    fakeTwilio = await startFakeTwilio();
    service = await startTestService({
      ...(storeKind === 'redis' ? { REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix() } : {}),
      ADMIN_TOKEN: adminToken,
      TWILIO_ACCOUNT_SID: twilioAccountSid,
      TWILIO_AUTH_TOKEN: authToken,
      TWILIO_FROM_NUMBER: '+447700900001',
      TWILIO_API_BASE_URL: fakeTwilio.baseUrl,
      PUBLIC_URL: publicUrl,
      WEBCHAT_TOKENS_PER_MINUTE: '1000',
    });
    const grant = await fetch(`${service.baseUrl}/api/webchat/token`, { method: 'POST' }).then(async (response) => {
      const body: unknown = await response.json();
      return body;
    });
    const field = (name: string): string => {
      const value: unknown = typeof grant === 'object' && grant !== null && name in grant ? Reflect.get(grant, name) : undefined;
      if (typeof value !== 'string') throw new Error(`no ${name} in the token answer`);
      return value;
    };
    // Embedded mode has the sample listings; on Redis one is imported first.
    if (storeKind === 'redis') await service.stores.activities.putMany(await loadSampleActivities());
    const [listing] = await service.stores.activities.list('salford');
    known = { conversationId: field('conversationId'), webChatToken: field('token'), userId: field('userId'), activityId: listing?.id ?? 'none' };
  });
  afterAll(async () => {
    await service.stop();
    await fakeTwilio.close();
  });

  it('covers every route the service mounts', () => {
    const mounted = Object.values(service.http.server.router.getRoutes()).map((route) => `${route.method} ${String(route.path)}`);
    expect(mounted.sort()).toEqual(routes.map(([method, path]) => `${method} ${path}`).sort());
  });

  it.each(routes)('%s %s: no 5xx, no stack trace, whatever arrives', async (method, template) => {
    await fc.assert(
      fc.asyncProperty(requestArbitrary(method, template, known), async (request) => {
        const response = await fetch(`${service.baseUrl}${request.path}${request.query}`, {
          method,
          headers: request.headers,
          ...(request.body === undefined ? {} : { body: request.body }),
        });
        const text = await response.text();
        expect(response.status, `${method} ${request.path} answered ${response.status}: ${text.slice(0, 300)}`).toBeLessThan(500);
        // The page's own files are code, not answers.
        if (!template.startsWith('/static/') && !template.startsWith('/staff/static/')) expect(text).not.toMatch(developerText);
      }),
      fuzzParameters(),
    );
    const health = await fetch(`${service.baseUrl}/healthz`);
    expect(health.status).toBe(200);
  }, fuzzTimeoutMs(300));
});
