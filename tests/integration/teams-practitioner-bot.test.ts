import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startFakeBotConnector, type FakeBotConnector } from '../support/fake-bot-connector';
import { postActivity, say, startTestService, type TestService } from '../support/service-harness';
import {
  botMembershipUpdate,
  installationUpdate,
  otherTenant,
  servedTenant,
  teamsMessage,
  type TeamsActivityOptions,
  type TeamsUser,
} from '../support/teams-activities';
import { StoreTeamsReachability } from '../../src/teams/store-teams-reachability';
import { TestClock } from '../support/test-clock';
import { randomKeyPrefix, testRedisUrl } from '../support/test-stores';

const adminToken = `test-super-admin-${'tEam'.repeat(8)}`;
const salfordAdmin: TeamsUser = { id: '29:salford-admin', aadObjectId: '11111111-1111-4111-8111-111111111111' };
const lambethAdmin: TeamsUser = { id: '29:lambeth-admin', aadObjectId: '22222222-2222-4222-8222-222222222222' };
const callbacksChannel = { scope: 'channel', teamId: '19:salford-team@thread.tacv2', channelId: '19:salford-callbacks@thread.tacv2' } as const;
const otherChannel = { scope: 'channel', teamId: '19:salford-team@thread.tacv2', channelId: '19:salford-general@thread.tacv2' } as const;

interface Answer {
  readonly status: number;
  readonly body: unknown;
}

/** Calls the admin API with a token and reads the JSON answer. */
async function admin(service: TestService, method: string, path: string, body?: unknown, token: string | null = adminToken): Promise<Answer> {
  const response = await fetch(`${service.baseUrl}${path}`, {
    method,
    headers: { ...(token === null ? {} : { authorization: `Bearer ${token}` }), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

const codeSchema = z.strictObject({ code: z.string().regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/), expiresAt: z.iso.datetime(), instructions: z.string() });
const fieldsSchema = z.object({ error: z.object({ code: z.string(), fields: z.array(z.object({ field: z.string() })).optional() }) });
const fieldsOf = (answer: Answer) => (fieldsSchema.parse(answer.body).error.fields ?? []).map((problem) => problem.field);

const modes = {
  embedded: () => ({}),
  redis: () => ({ REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix() }),
};

describe.each(Object.keys(modes) as Array<keyof typeof modes>)('the practitioners’ bot in Teams, through /api/messages and CloudAdapter (%s mode)', (mode) => {
  let service: TestService;
  let connector: FakeBotConnector;
  const clock = new TestClock(Date.parse('2026-12-07T09:00:00.000Z'));

  const from = (user: TeamsUser, place: TeamsActivityOptions['place'] = callbacksChannel, tenantId = servedTenant): TeamsActivityOptions => ({
    serviceUrl: connector.serviceUrl,
    place,
    from: user,
    tenantId,
  });
  const post = async (activity: Record<string, unknown>) => {
    const { status } = await postActivity(service.baseUrl, activity);
    expect(status).toBeLessThan(300);
  };
  /** Sends a message and answers the texts the bot sent back to the fake Bot Connector. */
  const tell = async (options: TeamsActivityOptions, text: string) => {
    const before = connector.activities.length;
    await post(teamsMessage(options, text));
    return connector.activities.slice(before).map((sent) => String(sent.activity['text'] ?? ''));
  };
  const linkCode = async (siteId: string) => codeSchema.parse((await admin(service, 'POST', `/api/admin/sites/${siteId}/teams/link-code`)).body).code;

  beforeAll(async () => {
    connector = await startFakeBotConnector();
    service = await startTestService({ ADMIN_TOKEN: adminToken, TEAMS_ALLOWED_TENANTS: servedTenant.toUpperCase(), ...modes[mode]() }, { clock });
    for (const [siteId, user] of [['salford', salfordAdmin], ['lambeth', lambethAdmin]] as const) {
      const added = await admin(service, 'PUT', `/api/admin/sites/${siteId}/teams/practitioners`, { tenantId: servedTenant, aadObjectId: user.aadObjectId, role: 'site-admin' });
      expect(added.status).toBe(201);
    }
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });
  beforeEach(() => {
    clock.set('2026-12-07T09:00:00.000Z');
  });

  it('captures a channel on install and on the bot being added to a team, and a personal chat on a personal install', async () => {
    await post(installationUpdate(from(salfordAdmin), 'add'));
    expect(await service.stores.teamsConversations.get(callbacksChannel.channelId)).toEqual({
      conversationId: callbacksChannel.channelId,
      scope: 'channel',
      serviceUrl: connector.serviceUrl,
      tenantId: servedTenant,
      botId: '28:test-bot-app-id',
      teamId: callbacksChannel.teamId,
      installed: true,
      blockedUntilHeard: false,
      updatedAt: '2026-12-07T09:00:00.000Z',
    });
    await post(botMembershipUpdate(from(salfordAdmin, otherChannel), 'membersAdded'));
    expect(await service.stores.teamsConversations.get(otherChannel.channelId)).toMatchObject({ scope: 'channel', installed: true });

    const personal = { scope: 'personal', conversationId: 'a:salford-admin-chat' } as const;
    await post(installationUpdate(from(salfordAdmin, personal), 'add'));
    expect(await service.teamsDirectory.personalChat({ tenantId: servedTenant, aadObjectId: salfordAdmin.aadObjectId })).toMatchObject({
      conversationId: 'a:salford-admin-chat',
      scope: 'personal',
      userId: salfordAdmin.id,
      aadObjectId: salfordAdmin.aadObjectId,
    });
    expect(connector.activities.filter((sent) => sent.conversationId === personal.conversationId)).toEqual([]);
  });

  it('captures a personal chat when a practitioner messages the bot, and answers help in plain words', async () => {
    const chat = { scope: 'personal', conversationId: 'a:lambeth-admin-chat' } as const;
    expect(await service.teamsDirectory.personalChat({ tenantId: servedTenant, aadObjectId: lambethAdmin.aadObjectId })).toBeUndefined();
    const replies = await tell(from(lambethAdmin, chat), 'help');
    expect(replies.join('\n')).toContain('link CODE');
    expect(await service.teamsDirectory.personalChat({ tenantId: servedTenant, aadObjectId: lambethAdmin.aadObjectId })).toMatchObject({ conversationId: chat.conversationId });
    expect(await tell(from(lambethAdmin, chat), 'what now?')).toEqual([expect.stringContaining('Type "help"')]);
    // A card's Submit fallback: a message with a value and no text is no command: the card verbs answer
    // it with a card (here one that does not name a request: "wasn't understood"), never the command help.
    const { text: _text, ...submit } = teamsMessage(from(lambethAdmin, chat), '');
    const before = connector.activities.length;
    await post({ ...submit, value: { verb: 'claim' } });
    const answered = connector.activities.slice(before);
    expect(answered).toHaveLength(1);
    expect(JSON.stringify(answered[0]?.activity)).toContain("wasn't understood");
    expect(String(answered[0]?.activity['text'])).not.toContain('Type "help"');
  });

  it("shows site admins whether one-to-one nudges reach each practitioner, from the send pipeline's marks", async () => {
    const worker: TeamsUser = { id: '29:luton-worker', aadObjectId: '33333333-3333-4333-8333-333333333333' };
    const who = { tenantId: servedTenant, aadObjectId: worker.aadObjectId };
    const reach = async () =>
      z.object({ practitioners: z.array(z.object({ aadObjectId: z.string(), reachable: z.string() })) }).parse((await admin(service, 'GET', '/api/admin/sites/luton/teams/practitioners')).body)
        .practitioners.find((listed) => listed.aadObjectId === worker.aadObjectId)?.reachable;
    expect((await admin(service, 'PUT', '/api/admin/sites/luton/teams/practitioners', { ...who, role: 'practitioner' })).status).toBe(201);
    expect(await reach()).toBe('no-chat');
    const chat = { scope: 'personal', conversationId: 'a:luton-worker-chat' } as const;
    await tell(from(worker, chat), 'help');
    expect(await reach()).toBe('yes');

    const marks = new StoreTeamsReachability(service.stores.teamsConversations, clock);
    await marks.markUnreachable(chat.conversationId);
    expect(await reach()).toBe('blocked');
    expect(await service.teamsDirectory.personalChat(who)).toMatchObject({ blockedUntilHeard: true });
    // Writing to the bot again clears it.
    await tell(from(worker, chat), 'help');
    expect(await reach()).toBe('yes');
    // A chat Teams no longer knew, created again: nudges go to the new one.
    await marks.replaced(chat.conversationId, 'a:luton-worker-chat-2');
    expect(await service.teamsDirectory.personalChat(who)).toMatchObject({ conversationId: 'a:luton-worker-chat-2', userId: worker.id, serviceUrl: connector.serviceUrl });
  });

  it('takes a changed service URL from any activity, and marks an uninstall without deleting', async () => {
    const place = { scope: 'personal', conversationId: 'a:moving-chat' } as const;
    await post(installationUpdate(from(salfordAdmin, place), 'add'));
    const moved = await startFakeBotConnector();
    try {
      clock.advance(60_000);
      await post(teamsMessage({ ...from(salfordAdmin, place), serviceUrl: moved.serviceUrl }, 'help'));
      expect(await service.stores.teamsConversations.get(place.conversationId)).toMatchObject({ serviceUrl: moved.serviceUrl, updatedAt: '2026-12-07T09:01:00.000Z' });
      expect(moved.activities).toHaveLength(1);
      await post(installationUpdate({ ...from(salfordAdmin, place), serviceUrl: moved.serviceUrl }, 'remove'));
      expect(await service.stores.teamsConversations.get(place.conversationId)).toMatchObject({ installed: false, serviceUrl: moved.serviceUrl });
    } finally {
      await moved.close();
    }
  });

  it('links a channel to its site with a one-time code from a site admin; a wrong, replayed or expired code changes nothing', async () => {
    const code = await linkCode('salford');
    expect(await tell(from(salfordAdmin), 'link WRNG-CDE3')).toEqual([expect.stringContaining("didn't work")]);
    expect(await service.teamsDirectory.siteChannel('salford')).toBeUndefined();

    expect(await tell(from(salfordAdmin), `link ${code.toLowerCase()}`)).toEqual(["This channel now gets Salford's callback requests."]);
    expect(await service.teamsDirectory.siteChannel('salford')).toMatchObject({ conversationId: callbacksChannel.channelId, installed: true });

    // Replayed in another channel: refused, the site stays linked where it was.
    expect(await tell(from(salfordAdmin, otherChannel), `link ${code}`)).toEqual([expect.stringContaining("didn't work")]);
    expect(await service.teamsDirectory.siteChannel('salford')).toMatchObject({ conversationId: callbacksChannel.channelId });

    const late = await linkCode('salford');
    clock.advance(10 * 60_000);
    expect(await tell(from(salfordAdmin, otherChannel), `link ${late}`)).toEqual([expect.stringContaining("didn't work")]);
    expect(await service.teamsDirectory.siteChannel('salford')).toMatchObject({ conversationId: callbacksChannel.channelId });
    expect(service.logText()).not.toContain(code);
  });

  it("refuses another site's practitioner, leaving the code for the site's own admin; a personal chat cannot be linked", async () => {
    const code = await linkCode('salford');
    expect(await tell(from(lambethAdmin, otherChannel), `link ${code}`)).toEqual([expect.stringContaining('Only a site admin of that site')]);
    expect(await service.teamsDirectory.siteChannel('salford')).toMatchObject({ conversationId: callbacksChannel.channelId });
    const chat = { scope: 'personal', conversationId: 'a:salford-admin-chat' } as const;
    expect(await tell(from(salfordAdmin, chat), `link ${code}`)).toEqual([expect.stringContaining('in the team channel')]);
    expect(await tell(from(salfordAdmin, otherChannel), `link ${code}`)).toEqual(["This channel now gets Salford's callback requests."]);
    expect(await service.teamsDirectory.siteChannel('salford')).toMatchObject({ conversationId: otherChannel.channelId });
  });

  it('refuses a tenant it does not serve before anything: nothing stored, nothing sent, a code logged', async () => {
    const code = await linkCode('luton');
    const stranger = { scope: 'channel', teamId: '19:stranger-team@thread.tacv2', channelId: '19:stranger@thread.tacv2' } as const;
    const before = connector.requests.length;
    await post(installationUpdate(from(salfordAdmin, stranger, otherTenant), 'add'));
    await post(teamsMessage(from(salfordAdmin, stranger, otherTenant), `link ${code}`));
    // An invoke (a card's Action.Execute) gets the invoke response botbuilder needs: 403.
    const invoke = { ...teamsMessage(from(salfordAdmin, stranger, otherTenant), ''), type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'claim' } } };
    expect((await postActivity(service.baseUrl, invoke)).status).toBe(403);
    expect(await service.stores.teamsConversations.get(stranger.channelId)).toBeUndefined();
    expect(await service.stores.teamsSiteLinks.channelOf('luton')).toBeUndefined();
    expect(connector.requests.length).toBe(before);
    expect(service.logText()).toContain('TEAMS_TENANT_NOT_ALLOWED');
  });

  it('leaves people’s channels as they were: an Emulator message gets the companion', async () => {
    expect((await say(service.baseUrl, 'emulator-conversation-1', 'hello')).join('\n')).toContain('Are you happy for me to save');
  });
});

describe('the admin API for Teams', () => {
  let service: TestService;
  const site = '/api/admin/sites/salford/teams';
  const someone = { tenantId: servedTenant, aadObjectId: '33333333-3333-4333-8333-333333333333', role: 'practitioner' };

  beforeAll(async () => {
    service = await startTestService({ ADMIN_TOKEN: adminToken, TEAMS_ALLOWED_TENANTS: servedTenant });
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('lists, adds, changes and removes practitioners (GUIDs in any case, kept in lower case)', async () => {
    expect(await admin(service, 'GET', `${site}/practitioners`)).toEqual({ status: 200, body: { practitioners: [] } });
    expect((await admin(service, 'PUT', `${site}/practitioners`, { ...someone, aadObjectId: someone.aadObjectId.toUpperCase() })).status).toBe(201);
    const changed = await admin(service, 'PUT', `${site}/practitioners`, { ...someone, role: 'site-admin' });
    expect(changed).toMatchObject({ status: 200, body: { ...someone, role: 'site-admin' } });
    expect(await admin(service, 'GET', `${site}/practitioners`)).toMatchObject({ body: { practitioners: [{ ...someone, role: 'site-admin' }] } });
    expect(await service.teamsDirectory.roleAt(someone, 'salford')).toBe('site-admin');
    expect((await admin(service, 'DELETE', `${site}/practitioners/${someone.tenantId}/${someone.aadObjectId}`)).status).toBe(204);
    expect((await admin(service, 'DELETE', `${site}/practitioners/${someone.tenantId}/${someone.aadObjectId}`)).status).toBe(404);
    expect(await service.teamsDirectory.roleAt(someone, 'salford')).toBeUndefined();
  });

  it('names each wrong field, refuses tenants it does not serve, and checks the token', async () => {
    const bad = await admin(service, 'PUT', `${site}/practitioners`, { tenantId: 'not-a-guid', aadObjectId: 42, role: 'boss', extra: 1 });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad).sort()).toEqual(['aadObjectId', 'extra', 'role', 'tenantId']);
    const stranger = await admin(service, 'PUT', `${site}/practitioners`, { ...someone, tenantId: otherTenant });
    expect(stranger.status).toBe(400);
    expect(fieldsOf(stranger)).toEqual(['tenantId']);
    expect((await admin(service, 'PUT', `${site}/practitioners`, undefined)).status).toBe(415);
    expect((await admin(service, 'DELETE', `${site}/practitioners/nope/${someone.aadObjectId}`)).status).toBe(400);
    expect((await admin(service, 'POST', `${site}/link-code`, undefined, null)).status).toBe(401);
    expect((await admin(service, 'POST', '/api/admin/sites/atlantis/teams/link-code')).status).toBe(404);
    expect(await admin(service, 'GET', `${site}/practitioners`)).toMatchObject({ body: { practitioners: [] } });
  });

  it("gives a site token its own site's link codes only", async () => {
    const token = z.object({ token: z.string() }).parse((await admin(service, 'POST', '/api/admin/tokens', { siteId: 'salford' })).body).token;
    const issued = await admin(service, 'POST', `${site}/link-code`, undefined, token);
    expect(issued.status).toBe(201);
    expect(codeSchema.parse(issued.body).expiresAt).toBe(new Date(Date.parse(codeSchema.parse(issued.body).expiresAt)).toISOString());
    expect((await admin(service, 'POST', '/api/admin/sites/lambeth/teams/link-code', undefined, token)).status).toBe(403);
    expect((await admin(service, 'PUT', '/api/admin/sites/lambeth/teams/practitioners', someone, token)).status).toBe(403);
  });
});
