import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/domain/app-error';
import { lostRace, retryCompareAndSet } from '../../src/store/compare-and-set-retry';

/** A clock that stands still until `advance` moves it. */
function manualClock() {
  let ms = 0;
  return { now: () => ms, advance: (by: number) => (ms += by) };
}

describe('retryCompareAndSet', () => {
  it('keeps retrying past any attempt count while time is left (the old bound was 10 attempts)', async () => {
    const clock = manualClock();
    let tries = 0;
    const value = await retryCompareAndSet('record', async () => (++tries < 25 ? lostRace : 'written'), 2_000, clock.now);
    expect(value).toBe('written');
    expect(tries).toBe(25);
  });

  it('gives up with STORE_CONFLICT once the time budget is spent, without another attempt', async () => {
    const clock = manualClock();
    let tries = 0;
    const losing = retryCompareAndSet(
      'record',
      async () => {
        tries += 1;
        // Each lost attempt takes 300 ms of the 2 s budget: the 7th ends past the deadline.
        clock.advance(300);
        return lostRace;
      },
      2_000,
      clock.now,
    );
    await expect(losing).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_CONFLICT'));
    expect(tries).toBe(7);
  });

  it('hands back what the winning attempt returned, undefined included', async () => {
    expect(await retryCompareAndSet('record', async () => undefined)).toBeUndefined();
  });
});
