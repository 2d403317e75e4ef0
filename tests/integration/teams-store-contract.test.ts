import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/domain/app-error';
import type { SeenConversation } from '../../src/domain/teams/teams-conversation-refresh';
import { openTestRedisStores, randomKeyPrefix } from '../support/test-stores';
import { storeKinds, storesForEachTest } from '../support/store-contract';

const tenantId = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const aadObjectId = '9b6f9f33-7c3b-4a7e-9b77-2f7a4c1d2e10';

const channel: SeenConversation = {
  conversationId: '19:salford-general@thread.tacv2',
  scope: 'channel',
  serviceUrl: 'https://smba.trafficmanager.net/uk/',
  tenantId,
  botId: '28:bot-app-id',
  teamId: '19:salford-team@thread.tacv2',
};

const personal: SeenConversation = {
  conversationId: 'a:personal-chat-1',
  scope: 'personal',
  serviceUrl: 'https://smba.trafficmanager.net/uk/',
  tenantId,
  botId: '28:bot-app-id',
  userId: '29:practitioner-1',
  aadObjectId,
};

describe.each(storeKinds)('Teams stores contract (%s)', (kind) => {
  const open = storesForEachTest(kind);

  it('captures a conversation on install, refreshes its service URL, marks it uninstalled and never deletes it', async () => {
    const { teamsConversations } = await open();
    expect(await teamsConversations.get(channel.conversationId)).toBeUndefined();
    const installed = await teamsConversations.record(channel, 'installed', '2026-12-07T09:00:00.000Z');
    expect(installed).toEqual({ ...channel, installed: true, blockedUntilHeard: false, updatedAt: '2026-12-07T09:00:00.000Z' });
    const moved = { ...channel, serviceUrl: 'https://smba.trafficmanager.net/emea/' };
    await teamsConversations.record(moved, 'heard', '2026-12-07T10:00:00.000Z');
    expect(await teamsConversations.get(channel.conversationId)).toEqual({ ...moved, installed: true, blockedUntilHeard: false, updatedAt: '2026-12-07T10:00:00.000Z' });
    await teamsConversations.record(moved, 'uninstalled', '2026-12-07T11:00:00.000Z');
    expect(await teamsConversations.get(channel.conversationId)).toMatchObject({ installed: false, serviceUrl: moved.serviceUrl });
  });

  it('marks a conversation blocked until the bot hears from it again', async () => {
    const { teamsConversations } = await open();
    expect(await teamsConversations.markBlocked(channel.conversationId, '2026-12-07T09:00:00.000Z')).toBe(false);
    expect(await teamsConversations.get(channel.conversationId)).toBeUndefined();
    await teamsConversations.record(channel, 'installed', '2026-12-07T09:00:00.000Z');
    expect(await teamsConversations.markBlocked(channel.conversationId, '2026-12-07T09:05:00.000Z')).toBe(true);
    expect(await teamsConversations.get(channel.conversationId)).toMatchObject({ blockedUntilHeard: true });
    await teamsConversations.record(channel, 'heard', '2026-12-07T09:10:00.000Z');
    expect(await teamsConversations.get(channel.conversationId)).toMatchObject({ blockedUntilHeard: false, installed: true });
  });

  it("finds a practitioner's personal chat by tenant and Entra object id, whatever the case", async () => {
    const { teamsConversations } = await open();
    expect(await teamsConversations.personalChatOf({ tenantId, aadObjectId })).toBeUndefined();
    await teamsConversations.record(personal, 'installed', '2026-12-07T09:00:00.000Z');
    expect(await teamsConversations.personalChatOf({ tenantId: tenantId.toUpperCase(), aadObjectId })).toMatchObject({ conversationId: personal.conversationId, userId: '29:practitioner-1' });
    await teamsConversations.record({ ...personal, conversationId: 'a:personal-chat-2' }, 'heard', '2026-12-07T10:00:00.000Z');
    expect(await teamsConversations.personalChatOf({ tenantId, aadObjectId })).toMatchObject({ conversationId: 'a:personal-chat-2' });
  });

  it('refuses a conversation that does not fit the schema', async () => {
    const { teamsConversations } = await open();
    await expect(teamsConversations.record({ ...channel, serviceUrl: 'ftp://nowhere' }, 'installed', '2026-12-07T09:00:00.000Z')).rejects.toSatisfy((error: unknown) =>
      isAppError(error, 'STORE_RECORD_INVALID'),
    );
    expect(await teamsConversations.get(channel.conversationId)).toBeUndefined();
  });

  it('keeps link codes by hash until used once, and links a site to a channel', async () => {
    const { teamsSiteLinks } = await open();
    const grant = { siteId: 'salford' as const, expiresAt: '2026-12-07T09:10:00.000Z' };
    expect(await teamsSiteLinks.findCode('a'.repeat(64))).toBeUndefined();
    await teamsSiteLinks.putCode('a'.repeat(64), grant, 600_000);
    expect(await teamsSiteLinks.findCode('a'.repeat(64))).toEqual(grant);
    const takes = await Promise.all([teamsSiteLinks.takeCode('a'.repeat(64)), teamsSiteLinks.takeCode('a'.repeat(64))]);
    expect(takes.filter((taken) => taken !== undefined)).toEqual([grant]);
    expect(await teamsSiteLinks.findCode('a'.repeat(64))).toBeUndefined();

    expect(await teamsSiteLinks.channelOf('salford')).toBeUndefined();
    await teamsSiteLinks.link('salford', { conversationId: channel.conversationId, linkedAt: '2026-12-07T09:01:00.000Z' });
    await teamsSiteLinks.link('salford', { conversationId: '19:other@thread.tacv2', linkedAt: '2026-12-07T09:02:00.000Z' });
    expect(await teamsSiteLinks.channelOf('salford')).toEqual({ conversationId: '19:other@thread.tacv2', linkedAt: '2026-12-07T09:02:00.000Z' });
    expect(await teamsSiteLinks.channelOf('lambeth')).toBeUndefined();
  });

  it("keeps each site's practitioners with their roles", async () => {
    const { practitioners } = await open();
    const who = { tenantId, aadObjectId };
    const admin = { ...who, role: 'site-admin' as const, updatedAt: '2026-12-07T09:00:00.000Z' };
    expect(await practitioners.put('salford', admin)).toBe('added');
    expect(await practitioners.put('salford', { ...admin, role: 'practitioner' })).toBe('updated');
    expect(await practitioners.put('lambeth', admin)).toBe('added');
    expect(await practitioners.roleAt(who, 'salford')).toBe('practitioner');
    expect(await practitioners.roleAt({ tenantId: tenantId.toUpperCase(), aadObjectId }, 'lambeth')).toBe('site-admin');
    expect(await practitioners.roleAt(who, 'luton')).toBeUndefined();
    expect(await practitioners.list('salford')).toEqual([{ ...admin, role: 'practitioner' }]);
    expect(await practitioners.remove('salford', who)).toBe(true);
    expect(await practitioners.remove('salford', who)).toBe(false);
    expect(await practitioners.list('salford')).toEqual([]);
    expect(await practitioners.roleAt(who, 'lambeth')).toBe('site-admin');
  });
});

describe('redis Teams stores', () => {
  it('keep every key under the {msteams} hash tag, ids only', async () => {
    const keyPrefix = randomKeyPrefix();
    const stores = await openTestRedisStores(keyPrefix);
    try {
      await stores.teamsConversations.record(personal, 'installed', '2026-12-07T09:00:00.000Z');
      await stores.teamsSiteLinks.putCode('b'.repeat(64), { siteId: 'luton', expiresAt: '2026-12-07T09:10:00.000Z' }, 600_000);
      await stores.teamsSiteLinks.link('luton', { conversationId: channel.conversationId, linkedAt: '2026-12-07T09:01:00.000Z' });
      await stores.practitioners.put('luton', { tenantId, aadObjectId, role: 'practitioner', updatedAt: '2026-12-07T09:00:00.000Z' });
      const keys = (await stores.redis.keys(`${keyPrefix}*`)).map((key) => key.slice(keyPrefix.length)).sort();
      expect(keys).toEqual([
        `{msteams}:conversation:${personal.conversationId}`,
        `{msteams}:link-code:${'b'.repeat(64)}`,
        `{msteams}:personal:${tenantId}/${aadObjectId}`,
        '{msteams}:practitioners:luton',
        '{msteams}:site-channel:luton',
      ]);
      expect(await stores.redis.pttl('{msteams}:link-code:' + 'b'.repeat(64))).toBeGreaterThan(0);
      await stores.redis.hset(`{msteams}:conversation:${personal.conversationId}`, 'd', JSON.stringify({ v: 2, conversation: {} }));
      await expect(stores.teamsConversations.get(personal.conversationId)).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
    } finally {
      await stores.close();
    }
  });
});
