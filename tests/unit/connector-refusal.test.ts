import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../adapters/teams/connector-refusal';

describe('Retry-After from the Bot Connector', () => {
  const now = Date.parse('2026-12-07T10:00:00Z');

  it('reads seconds and HTTP dates, and nothing from an absent or unreadable header', () => {
    expect(retryAfterMs('3', now)).toBe(3_000);
    expect(retryAfterMs('0', now)).toBe(0);
    expect(retryAfterMs('Mon, 07 Dec 2026 10:00:05 GMT', now)).toBe(5_000);
    expect(retryAfterMs('Mon, 07 Dec 2026 09:59:00 GMT', now)).toBe(0);
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs(' ', now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });
});
