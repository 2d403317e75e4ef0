import { describe, expect, it } from 'vitest';
import { isReviewDue, reviewAfterMonths } from '../../src/domain/activities/listing-review';

const at = (iso: string) => Date.parse(iso);

describe('isReviewDue', () => {
  it('flags a listing checked more than 6 calendar months ago', () => {
    expect(reviewAfterMonths).toBe(6);
    expect(isReviewDue('2026-01-01', at('2026-07-01T12:00:00Z'))).toBe(false);
    expect(isReviewDue('2026-01-01', at('2026-07-02T12:00:00Z'))).toBe(true);
    expect(isReviewDue('2025-06-01', at('2026-04-02T12:00:00Z'))).toBe(true);
  });

  it('does not flag a listing checked recently, today, or dated in the future', () => {
    expect(isReviewDue('2026-01-20', at('2026-04-02T12:00:00Z'))).toBe(false);
    expect(isReviewDue('2026-04-02', at('2026-04-02T12:00:00Z'))).toBe(false);
    expect(isReviewDue('2026-05-01', at('2026-04-02T12:00:00Z'))).toBe(false);
  });

  it('counts days in Europe/London, not UTC', () => {
    // 23:30 UTC on 2 October is already 3 October in London (BST): the day after 6 months from 2 April.
    expect(isReviewDue('2026-04-02', at('2026-10-02T22:59:00Z'))).toBe(false);
    expect(isReviewDue('2026-04-02', at('2026-10-02T23:30:00Z'))).toBe(true);
  });

  it('ends a month that is too short on its last day', () => {
    // 6 months after 31 August is the end of February: fresh through 28 February 2027, due on 1 March.
    expect(isReviewDue('2026-08-31', at('2027-02-28T12:00:00Z'))).toBe(false);
    expect(isReviewDue('2026-08-31', at('2027-03-01T12:00:00Z'))).toBe(true);
  });

  it('flags a date it cannot read, so someone looks at it', () => {
    expect(isReviewDue('not a date', at('2026-04-02T12:00:00Z'))).toBe(true);
  });

  it('takes another interval when asked', () => {
    expect(isReviewDue('2026-03-01', at('2026-04-02T12:00:00Z'), 1)).toBe(true);
  });
});
