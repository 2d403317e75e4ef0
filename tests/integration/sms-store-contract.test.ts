import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/domain/app-error';
import { MemorySmsStore } from '../../src/store/memory/memory-sms-store';
import { storeKinds, storesForEachTest } from '../support/store-contract';
import { openTestRedisStores, randomKeyPrefix } from '../support/test-stores';

const phone = '+447700900123';
const other = '+447700900456';
const sid = (n: number) => `SM${n.toString(16).padStart(32, '0')}`;
const at = '2026-11-21T09:00:00.000Z';

describe.each(storeKinds)('SMS channel store contract (%s)', (kind) => {
  const open = storesForEachTest(kind);

  it('claims a MessageSid once: true the first time, false for every retry', async () => {
    const { sms } = await open();
    expect(await sms.claimMessage(sid(1))).toBe(true);
    expect(await sms.claimMessage(sid(1))).toBe(false);
    expect(await sms.claimMessage(sid(1))).toBe(false);
    expect(await sms.claimMessage(sid(2))).toBe(true);
  });

  it('lets exactly one of many simultaneous claims win', async () => {
    const { sms } = await open();
    const claims = await Promise.all(Array.from({ length: 20 }, () => sms.claimMessage(sid(3))));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('has no answer while the first attempt runs, then the TwiML it saved', async () => {
    const { sms } = await open();
    await sms.claimMessage(sid(1));
    expect(await sms.answerFor(sid(1))).toBeUndefined();
    await sms.saveAnswer(sid(1), '<Response><Message>Hello</Message></Response>', phone);
    expect(await sms.answerFor(sid(1))).toBe('<Response><Message>Hello</Message></Response>');
    // Saving keeps the claim.
    expect(await sms.claimMessage(sid(1))).toBe(false);
    expect(await sms.answerFor(sid(9))).toBeUndefined();
  });

  it('keeps opt-outs per number: STOP, then START', async () => {
    const { sms } = await open();
    expect(await sms.isOptedOut(phone)).toBe(false);
    await sms.setOptedOut(phone, true, at);
    expect(await sms.isOptedOut(phone)).toBe(true);
    expect(await sms.isOptedOut(other)).toBe(false);
    await sms.setOptedOut(phone, false, '2026-11-21T10:00:00.000Z');
    expect(await sms.isOptedOut(phone)).toBe(false);
  });

  it('refuses an opt-out record with a bad instant', async () => {
    const { sms } = await open();
    await expect(sms.setOptedOut(phone, true, 'yesterday')).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
    expect(await sms.isOptedOut(phone)).toBe(false);
  });

  it('keeps one rest per number for MORE, taken once; undefined forgets it', async () => {
    const { sms } = await open();
    expect(await sms.takeRest(phone)).toBeUndefined();
    await sms.saveRest(phone, 'the first rest');
    await sms.saveRest(phone, 'the second rest');
    await sms.saveRest(other, 'theirs');
    expect(await sms.takeRest(phone)).toBe('the second rest');
    expect(await sms.takeRest(phone)).toBeUndefined();
    await sms.saveRest(other, undefined);
    expect(await sms.takeRest(other)).toBeUndefined();
  });

  it('erases the rest, the answers and an opt-in, keeps the claims, and keeps an opt-out', async () => {
    const { sms } = await open();
    await sms.claimMessage(sid(1));
    await sms.saveAnswer(sid(1), '<Response><Message>Your goal: Sleep better</Message></Response>', phone);
    await sms.claimMessage(sid(2));
    await sms.saveAnswer(sid(2), '<Response><Message>Theirs</Message></Response>', other);
    await sms.saveRest(phone, 'the rest');
    await sms.setOptedOut(phone, false, at);
    await sms.eraseFor(phone);
    expect(await sms.answerFor(sid(1))).toBeUndefined();
    expect(await sms.claimMessage(sid(1))).toBe(false);
    expect(await sms.takeRest(phone)).toBeUndefined();
    expect(await sms.answerFor(sid(2))).toBe('<Response><Message>Theirs</Message></Response>');

    await sms.setOptedOut(other, true, at);
    await sms.eraseFor(other);
    // Sending to someone who said STOP would be worse than keeping their number.
    expect(await sms.isOptedOut(other)).toBe(true);
    expect(await sms.answerFor(sid(2))).toBeUndefined();
  });
});

describe('redis SMS channel store', () => {
  it('keeps its keys with the documented expiries under the number\'s reference, and after erasure only an opt-out stays', async () => {
    const keyPrefix = randomKeyPrefix();
    const stores = await openTestRedisStores(keyPrefix);
    try {
      const { sms, redis } = stores;
      const ref = stores.references('number', phone);
      await sms.claimMessage(sid(1));
      await sms.saveAnswer(sid(1), '<Response/>', phone);
      await sms.saveRest(phone, 'the rest');
      await sms.setOptedOut(phone, true, at);
      expect((await redis.keys(`${keyPrefix}*`)).sort()).toEqual(
        [`sms-answers:{${ref}}`, `sms-more:{${ref}}`, `sms-msg:${sid(1)}`, `sms-optout:{${ref}}`].map((key) => `${keyPrefix}${key}`).sort(),
      );
      for (const key of [`sms-msg:${sid(1)}`, `sms-answers:{${ref}}`, `sms-more:{${ref}}`]) {
        expect(await redis.ttl(key)).toBeGreaterThan(86_000);
        expect(await redis.ttl(key)).toBeLessThanOrEqual(86_400);
      }
      expect(await redis.ttl(`sms-optout:{${ref}}`)).toBe(-1);
      expect(JSON.parse((await redis.get(`sms-optout:{${ref}}`)) ?? '')).toEqual({ v: 1, optedOut: true, at });

      await sms.eraseFor(phone);
      const left = await redis.keys(`${keyPrefix}*`);
      expect(left.filter((key) => key.includes(phone))).toEqual([]);
      expect(left.filter((key) => key.includes(ref))).toEqual([`${keyPrefix}sms-optout:{${ref}}`]);
      // The claim is kept, with its expiry, and no longer holds the answer.
      expect(await redis.get(`sms-msg:${sid(1)}`)).toBe('');
      expect(await redis.ttl(`sms-msg:${sid(1)}`)).toBeGreaterThan(86_000);
    } finally {
      await stores.close();
    }
  });

  it('fails loudly on an opt-out record of an unknown version', async () => {
    const stores = await openTestRedisStores(randomKeyPrefix());
    try {
      const optOutKey = `sms-optout:{${stores.references('number', phone)}}`;
      await stores.redis.set(optOutKey, JSON.stringify({ v: 2, optedOut: true, at }));
      await expect(stores.sms.isOptedOut(phone)).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
      // Erasure leaves a record it cannot read: it might be an opt-out.
      await stores.sms.eraseFor(phone);
      expect(await stores.redis.exists(optOutKey)).toBe(1);
    } finally {
      await stores.close();
    }
  });
});

describe('memory SMS channel store', () => {
  it('forgets claims, answers and rests after a day, as Redis does', async () => {
    let now = Date.parse(at);
    const sms = new MemorySmsStore(() => now);
    await sms.claimMessage(sid(1));
    await sms.saveAnswer(sid(1), '<Response/>', phone);
    await sms.saveRest(phone, 'the rest');
    now += 86_399_000;
    expect(await sms.claimMessage(sid(1))).toBe(false);
    now += 2_000;
    expect(await sms.answerFor(sid(1))).toBeUndefined();
    expect(await sms.takeRest(phone)).toBeUndefined();
    expect(await sms.claimMessage(sid(1))).toBe(true);
  });
});
