import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyedReferenceCacheSize, keyedReferences } from '../../src/store/keyed-reference';

const secret = 'a-reference-secret-that-is-long-enough-5678';

describe('keyedReferences', () => {
  it('gives the same short reference for the same kind and value', () => {
    const reference = keyedReferences(secret);
    expect(reference('number', '+447700900123')).toBe(reference('number', '+447700900123'));
    expect(reference('number', '+447700900123')).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('keeps kinds and values apart', () => {
    const reference = keyedReferences(secret);
    expect(reference('number', '+447700900123')).not.toBe(reference('number', '+447700900124'));
    expect(reference('number', '+447700900123')).not.toBe(reference('conversation', '+447700900123'));
  });

  it('cannot be recomputed without the secret: another secret, or a plain hash, gives another reference', () => {
    const number = '+447700900123';
    const ours = keyedReferences(secret)('number', number);
    expect(keyedReferences(`${secret}-other`)('number', number)).not.toBe(ours);
    for (const guess of [number, `sms:${number}`, `number\u0000${number}`]) {
      expect(createHash('sha256').update(guess).digest('base64url').slice(0, 22)).not.toBe(ours);
      expect(createHash('sha256').update(guess).digest('hex')).not.toContain(ours);
    }
  });

  it('never contains the value it stands for', () => {
    const reference = keyedReferences(secret);
    for (const value of ['+447700900123', 'dl_user_1', 'webchat/abc']) expect(reference('person', value)).not.toContain(value);
  });

  it('gives the same reference once the value has left the remembered ones', () => {
    const reference = keyedReferences(secret);
    const first = reference('conversation', 'c-0');
    for (let index = 1; index <= keyedReferenceCacheSize; index += 1) reference('conversation', `c-${index}`);
    expect(reference('conversation', 'c-0')).toBe(first);
    expect(keyedReferences(secret)('conversation', 'c-0')).toBe(first);
  });
});
