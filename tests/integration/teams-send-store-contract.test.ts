import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/domain/app-error';
import type { SendBucket } from '../../src/store/ports';
import { storeKinds, storesForEachTest } from '../support/store-contract';

const conversation: SendBucket = { key: 'conversation:a:1', burst: 3, perSecond: 2 };
const tenant: SendBucket = { key: 'tenant:t1', burst: 5, perSecond: 10 };
const t0 = 1_800_000_000_000;
const sent = { conversationId: 'a:1', activityId: 'act-1' };

describe.each(storeKinds)('Teams send store contract (%s)', (kind) => {
  const open = storesForEachTest(kind);

  it('lets a full bucket give its burst at once, then says how long until the next token', async () => {
    const { teamsSend } = await open();
    for (let i = 0; i < 3; i += 1) expect(await teamsSend.take([conversation], t0)).toEqual({ taken: true });
    expect(await teamsSend.take([conversation], t0)).toEqual({ taken: false, waitMs: 500, short: 0 });
    // Refilled at 2 a second: one token after 500 ms, not two.
    expect(await teamsSend.take([conversation], t0 + 500)).toEqual({ taken: true });
    expect(await teamsSend.take([conversation], t0 + 500)).toMatchObject({ taken: false, short: 0 });
    // Never more than the burst, however long it rested.
    for (let i = 0; i < 3; i += 1) expect(await teamsSend.take([conversation], t0 + 60_000)).toEqual({ taken: true });
    expect(await teamsSend.take([conversation], t0 + 60_000)).toMatchObject({ taken: false });
  });

  it('takes from every bucket or from none, and names the empty one', async () => {
    const { teamsSend } = await open();
    const other: SendBucket = { ...conversation, key: 'conversation:a:2' };
    for (let i = 0; i < 3; i += 1) expect(await teamsSend.take([conversation, tenant], t0)).toEqual({ taken: true });
    // The conversation is empty: the tenant keeps its tokens.
    expect(await teamsSend.take([conversation, tenant], t0)).toMatchObject({ taken: false, short: 0 });
    expect(await teamsSend.take([other, tenant], t0)).toEqual({ taken: true });
    expect(await teamsSend.take([other, tenant], t0)).toEqual({ taken: true });
    // Now the tenant is empty (5 taken): the next conversation waits for it.
    expect(await teamsSend.take([{ ...conversation, key: 'conversation:a:3' }, tenant], t0)).toEqual({ taken: false, waitMs: 100, short: 1 });
  });

  it('gives no token while paused, keeps the later of two pauses, and resumes after', async () => {
    const { teamsSend } = await open();
    await teamsSend.pauseUntil(t0 + 5_000, t0);
    await teamsSend.pauseUntil(t0 + 2_000, t0);
    expect(await teamsSend.take([tenant], t0 + 1_000)).toEqual({ taken: false, waitMs: 4_000, short: 'paused' });
    expect(await teamsSend.take([tenant], t0 + 5_000)).toEqual({ taken: true });
  });

  it('lets many simultaneous takers have exactly the burst', async () => {
    const { teamsSend } = await open();
    const takes = await Promise.all(Array.from({ length: 20 }, () => teamsSend.take([tenant], t0)));
    expect(takes.filter((take) => take.taken)).toHaveLength(5);
  });

  it('claims a send key once, answers its result after, and frees a released claim', async () => {
    const { teamsSend } = await open();
    const claims = await Promise.all(Array.from({ length: 10 }, () => teamsSend.claim('callback.1.card', 60_000, t0)));
    expect(claims.filter((claim) => claim.state === 'claimed')).toHaveLength(1);
    expect(claims.filter((claim) => claim.state === 'busy')).toHaveLength(9);
    await teamsSend.finish('callback.1.card', sent, 60_000, t0);
    expect(await teamsSend.claim('callback.1.card', 60_000, t0)).toEqual({ state: 'done', sent });

    const first = await teamsSend.claim('callback.2.card', 60_000, t0);
    if (first.state !== 'claimed') throw new Error('expected a claim');
    await teamsSend.release('callback.2.card', 'not-the-token');
    expect(await teamsSend.claim('callback.2.card', 60_000, t0)).toEqual({ state: 'busy' });
    await teamsSend.release('callback.2.card', first.token);
    expect(await teamsSend.claim('callback.2.card', 60_000, t0)).toMatchObject({ state: 'claimed' });
  });

  it('refuses a send key that is not ids and codes', async () => {
    const { teamsSend } = await open();
    await expect(teamsSend.claim('a key with spaces', 60_000, t0)).rejects.toSatisfy((error: unknown) => isAppError(error, 'BAD_REQUEST'));
  });
});
