import { describe, expect, it } from 'vitest';
import { exportLinkKey, newExportLinkToken, readExportLinkToken } from '../../src/services/export-link-token';
import { exportFileName } from '../../src/domain/my-data/export-file';

const key = exportLinkKey('a-signing-secret-of-at-least-32-characters');
const now = Date.parse('2026-12-06T10:00:00.000Z');
const inTenMinutes = now + 600_000;

describe('export link tokens', () => {
  it('name a random id, and nothing else, for as long as they last', () => {
    const { id, token } = newExportLinkToken(key, inTenMinutes);
    expect(token).toMatch(/^[\w-]{22}\.[0-9a-z]+\.[\w-]{22}$/);
    expect(token.startsWith(`${id}.`)).toBe(true);
    expect(token.length).toBeLessThan(60);
    expect(readExportLinkToken(key, token, now)).toEqual({ ok: true, id });
    expect(readExportLinkToken(key, token, inTenMinutes - 1)).toEqual({ ok: true, id });
    expect(newExportLinkToken(key, inTenMinutes).id).not.toBe(id);
  });

  it('stop working when they expire', () => {
    const { token } = newExportLinkToken(key, inTenMinutes);
    expect(readExportLinkToken(key, token, inTenMinutes)).toEqual({ ok: false, reason: 'expired' });
  });

  it('are refused when any part is changed, when made with another key, or malformed', () => {
    const { token } = newExportLinkToken(key, inTenMinutes);
    const [id = '', expiry = '', mac = ''] = token.split('.');
    const flip = (text: string) => `${text.slice(0, -1)}${text.endsWith('A') ? 'B' : 'A'}`;
    const later = (parseInt(expiry, 36) + 86_400).toString(36);
    for (const changed of [`${flip(id)}.${expiry}.${mac}`, `${id}.${later}.${mac}`, `${id}.${expiry}.${flip(mac)}`]) {
      expect(readExportLinkToken(key, changed, now)).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(readExportLinkToken(exportLinkKey('another-secret-of-at-least-32-characters'), token, now)).toEqual({ ok: false, reason: 'invalid' });
    for (const malformed of ['', 'abc', `${token}.x`, token.replace('.', '/'), `${id}.${expiry}.${mac}=`]) {
      expect(readExportLinkToken(key, malformed, now)).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('use a key of their own, not the signing secret itself', () => {
    expect(exportLinkKey('a-signing-secret-of-at-least-32-characters').equals(Buffer.from('a-signing-secret-of-at-least-32-characters'))).toBe(false);
    expect(exportLinkKey('a-signing-secret-of-at-least-32-characters')).toHaveLength(32);
  });
});

describe('the export file name', () => {
  it('carries the date in London', () => {
    expect(exportFileName(Date.parse('2026-12-06T23:30:00.000Z'))).toBe('living-well-my-data-2026-12-06.json');
    // 23:30 UTC in summer is already the next day in London.
    expect(exportFileName(Date.parse('2026-07-06T23:30:00.000Z'))).toBe('living-well-my-data-2026-07-07.json');
  });
});
