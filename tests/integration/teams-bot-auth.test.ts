import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { startFakeBotFrameworkKeys, type FakeBotFrameworkKeys, type TokenOptions } from '../support/fake-bot-framework-keys';
import { startTestService, type TestService } from '../support/service-harness';
import { installationUpdate, otherTenant, servedTenant, teamsMessage, type TeamsActivityOptions } from '../support/teams-activities';

const appId = '5e1c2d3a-aaaa-4bbb-8ccc-000000000001';
const adminToken = `test-super-admin-${'auTh'.repeat(8)}`;
// Replies come back in the HTTP answer (expectReplies), so the bot never needs a token of its own here.
const serviceUrl = 'https://smba.trafficmanager.net/uk/';
const siteAdmin = { id: '29:site-admin', aadObjectId: '44444444-4444-4444-8444-444444444444' };
const channel = { scope: 'channel', teamId: '19:auth-team@thread.tacv2', channelId: '19:auth-channel@thread.tacv2' } as const;

describe('Bot Framework authentication of Teams activities (local OpenID metadata and keys)', () => {
  let keys: FakeBotFrameworkKeys;
  let service: TestService;
  const token: TokenOptions = { audience: appId, serviceUrl };
  const at = (tenantId: string, place: TeamsActivityOptions['place'] = channel): TeamsActivityOptions => ({ serviceUrl, place, from: siteAdmin, tenantId });

  const post = async (activity: Record<string, unknown>, authorization: string | undefined) => {
    const response = await fetch(`${service.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) },
      body: JSON.stringify({ ...activity, deliveryMode: 'expectReplies' }),
    });
    const body: unknown = await response.json().catch(() => undefined);
    const texts = z.object({ activities: z.array(z.object({ text: z.string().optional() })) }).safeParse(body);
    return { status: response.status, texts: texts.success ? texts.data.activities.map((reply) => reply.text ?? '') : [] };
  };
  const linkCode = async () => {
    const response = await fetch(`${service.baseUrl}/api/admin/sites/edinburgh/teams/link-code`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` } });
    return z.object({ code: z.string() }).parse(await response.json()).code;
  };

  beforeAll(async () => {
    keys = await startFakeBotFrameworkKeys();
    service = await startTestService({
      ADMIN_TOKEN: adminToken,
      MicrosoftAppId: appId,
      MicrosoftAppPassword: 'a-test-password-never-used-to-fetch-a-token',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: servedTenant,
      TEAMS_ALLOWED_TENANTS: servedTenant,
      BOT_OPENID_METADATA_URL: keys.openIdMetadataUrl,
    });
    await service.stores.practitioners.put('edinburgh', { tenantId: servedTenant, aadObjectId: siteAdmin.aadObjectId, role: 'site-admin', updatedAt: '2026-12-07T09:00:00.000Z' });
  });
  afterAll(async () => {
    await service?.stop();
    await keys?.close();
  });
  // botframework-connector and CloudAdapter print each refused token's error (and the key it was
  // checked against) with console.error: expected here, so kept out of the test output.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('refuses no token, an unsigned one, a forged one, an expired one, one for another bot or service URL with 401, changing nothing', async () => {
    const install = installationUpdate(at(servedTenant), 'add');
    const refused = [
      undefined,
      `Bearer ${keys.unsignedToken(token)}`,
      `Bearer ${await keys.forgedToken(token)}`,
      `Bearer ${await keys.channelToken({ ...token, expiresInSeconds: -3600 })}`,
      `Bearer ${await keys.channelToken({ ...token, audience: 'another-bot' })}`,
      `Bearer ${await keys.channelToken({ ...token, serviceUrl: 'https://elsewhere.example/' })}`,
    ];
    for (const authorization of refused) expect((await post(install, authorization)).status).toBe(401);
    const code = await linkCode();
    expect((await post(teamsMessage(at(servedTenant), `link ${code}`), `Bearer ${await keys.forgedToken(token)}`)).status).toBe(401);
    expect(await service.stores.teamsConversations.get(channel.channelId)).toBeUndefined();
    expect(await service.stores.teamsSiteLinks.channelOf('edinburgh')).toBeUndefined();
  });

  it('refuses a valid token from a tenant it does not serve, changing nothing', async () => {
    const code = await linkCode();
    const bearer = `Bearer ${await keys.channelToken(token)}`;
    expect((await post(installationUpdate(at(otherTenant), 'add'), bearer)).status).toBe(200);
    const answer = await post(teamsMessage(at(otherTenant), `link ${code}`), bearer);
    expect(answer).toEqual({ status: 200, texts: [] });
    expect(await service.stores.teamsConversations.get(channel.channelId)).toBeUndefined();
    expect(await service.stores.teamsSiteLinks.channelOf('edinburgh')).toBeUndefined();
    expect(service.logText()).toContain('TEAMS_TENANT_NOT_ALLOWED');

    // The same code, from the served tenant with a valid token: it still works (nothing was used up).
    const linked = await post(teamsMessage(at(servedTenant), `link ${code}`), bearer);
    expect(linked).toEqual({ status: 200, texts: ["This channel now gets Edinburgh's callback requests."] });
    expect(await service.teamsDirectory.siteChannel('edinburgh')).toMatchObject({ conversationId: channel.channelId, serviceUrl });
  });
});
