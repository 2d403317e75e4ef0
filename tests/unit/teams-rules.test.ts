import { describe, expect, it } from 'vitest';
import { formatLinkCode, isLinkCodeLive, linkCodeAlphabet, normaliseLinkCode } from '../../src/domain/teams/link-code';
import { teamsCommandOf } from '../../src/domain/teams/teams-command';
import type { TeamsConversation } from '../../src/domain/teams/teams-conversation';
import { refreshedConversation, type SeenConversation } from '../../src/domain/teams/teams-conversation-refresh';
import { channelLinkedText } from '../../src/domain/teams/teams-replies';
import { isTenantAllowed } from '../../src/domain/teams/tenant-allowed';

describe('Teams commands', () => {
  it('reads link CODE in any case and spacing, keeping the code as typed', () => {
    expect(teamsCommandOf('link ABCD-EFGH')).toEqual({ kind: 'link', code: 'ABCD-EFGH' });
    expect(teamsCommandOf('  LINK\u00a0 abcd efgh ')).toEqual({ kind: 'link', code: 'abcd efgh' });
  });

  it('reads help and ?, and nothing else', () => {
    expect(teamsCommandOf('Help')).toEqual({ kind: 'help' });
    expect(teamsCommandOf(' ? ')).toEqual({ kind: 'help' });
    expect(teamsCommandOf('link')).toEqual({ kind: 'other' });
    expect(teamsCommandOf('please help')).toEqual({ kind: 'other' });
    expect(teamsCommandOf('')).toEqual({ kind: 'other' });
  });
});

describe('link codes', () => {
  it('shows codes as ABCD-EFGH and takes them back however typed', () => {
    expect(formatLinkCode('ABCDEFGH')).toBe('ABCD-EFGH');
    expect(normaliseLinkCode('abcd-efgh')).toBe('ABCDEFGH');
    expect(normaliseLinkCode(' AB CD EF GH ')).toBe('ABCDEFGH');
  });

  it('refuses what cannot be a code: wrong length or letters that are never used', () => {
    expect(normaliseLinkCode('ABCD-EFG')).toBeUndefined();
    expect(normaliseLinkCode('ABCD-EFGHJ')).toBeUndefined();
    expect(normaliseLinkCode('ABCD-EFG0')).toBeUndefined();
    expect(normaliseLinkCode('ABCD-EFGI')).toBeUndefined();
    expect(linkCodeAlphabet).not.toMatch(/[0O1IL5S2Z]/);
  });

  it('works until its expiry, not at it', () => {
    const expiresAt = '2026-12-07T09:10:00.000Z';
    expect(isLinkCodeLive(expiresAt, Date.parse('2026-12-07T09:09:59.999Z'))).toBe(true);
    expect(isLinkCodeLive(expiresAt, Date.parse(expiresAt))).toBe(false);
  });

  it("says which site's requests the channel now gets", () => {
    expect(channelLinkedText('salford')).toBe("This channel now gets Salford's callback requests.");
  });
});

describe('Teams tenants', () => {
  const allowed = ['3f2504e0-4f89-41d3-9a0c-0305e82c3301'];
  it('serves only the listed tenants, whatever the case', () => {
    expect(isTenantAllowed('3F2504E0-4F89-41D3-9A0C-0305E82C3301', allowed)).toBe(true);
    expect(isTenantAllowed('00000000-0000-0000-0000-000000000000', allowed)).toBe(false);
    expect(isTenantAllowed(undefined, allowed)).toBe(false);
    expect(isTenantAllowed(allowed[0], [])).toBe(false);
  });
});

describe('Teams conversation refresh', () => {
  const seen: SeenConversation = {
    conversationId: 'a:chat',
    scope: 'personal',
    serviceUrl: 'https://smba.trafficmanager.net/uk/',
    tenantId: 't',
    botId: '28:bot',
    userId: '29:user',
    aadObjectId: 'aad',
  };
  const stored: TeamsConversation = { ...seen, installed: true, blockedUntilHeard: true, updatedAt: '2026-12-01T00:00:00.000Z' };

  it('takes a conversation first heard from as installed', () => {
    expect(refreshedConversation(undefined, seen, 'heard', '2026-12-07T09:00:00.000Z')).toEqual({ ...seen, installed: true, blockedUntilHeard: false, updatedAt: '2026-12-07T09:00:00.000Z' });
  });

  it('takes the new service URL and unblocks a conversation it hears from', () => {
    const next = refreshedConversation(stored, { ...seen, serviceUrl: 'https://smba.trafficmanager.net/emea/' }, 'heard', '2026-12-07T09:00:00.000Z');
    expect(next).toMatchObject({ serviceUrl: 'https://smba.trafficmanager.net/emea/', blockedUntilHeard: false, installed: true });
  });

  it('marks an uninstall without forgetting anything, and keeps a block', () => {
    expect(refreshedConversation(stored, seen, 'uninstalled', '2026-12-07T09:00:00.000Z')).toEqual({ ...stored, installed: false, updatedAt: '2026-12-07T09:00:00.000Z' });
  });

  it('keeps ids an activity leaves out, and takes a conversation it hears from again as installed again', () => {
    const uninstalled = { ...stored, installed: false };
    const { userId: _userId, aadObjectId: _aad, ...bare } = seen;
    expect(refreshedConversation(uninstalled, bare, 'heard', '2026-12-07T09:00:00.000Z')).toMatchObject({ userId: '29:user', aadObjectId: 'aad', installed: true });
  });
});
