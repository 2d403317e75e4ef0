import { describe, expect, it } from 'vitest';
import { isReviewDue, reviewAfterDays } from '../../src/domain/activities/listing-review';

const at = (iso: string) => Date.parse(iso);

describe('isReviewDue', () => {
  it('flags a listing checked more than 90 days ago', () => {
    expect(reviewAfterDays).toBe(90);
    expect(isReviewDue('2026-01-01', at('2026-04-01T12:00:00Z'))).toBe(false);
    expect(isReviewDue('2026-01-01', at('2026-04-02T12:00:00Z'))).toBe(true);
    expect(isReviewDue('2025-06-01', at('2026-04-02T12:00:00Z'))).toBe(true);
  });

  it('does not flag a listing checked recently, today, or dated in the future', () => {
    expect(isReviewDue('2026-03-20', at('2026-04-02T12:00:00Z'))).toBe(false);
    expect(isReviewDue('2026-04-02', at('2026-04-02T12:00:00Z'))).toBe(false);
    expect(isReviewDue('2026-05-01', at('2026-04-02T12:00:00Z'))).toBe(false);
  });

  it('counts days in Europe/London, not UTC', () => {
    // 23:30 UTC on 1 July is already 2 July in London (BST): day 91 after 2 April.
    expect(isReviewDue('2026-04-02', at('2026-07-01T22:59:00Z'))).toBe(false);
    expect(isReviewDue('2026-04-02', at('2026-07-01T23:30:00Z'))).toBe(true);
  });

  it('counts whole calendar days across the clocks going forward', () => {
    // 90 days after 1 March is 30 May; the March clock change does not shift the boundary.
    expect(isReviewDue('2026-03-01', at('2026-05-30T22:59:00Z'))).toBe(false);
    expect(isReviewDue('2026-03-01', at('2026-05-30T23:00:00Z'))).toBe(true);
  });

  it('flags a date it cannot read, so someone looks at it', () => {
    expect(isReviewDue('not a date', at('2026-04-02T12:00:00Z'))).toBe(true);
  });

  it('takes another interval when asked', () => {
    expect(isReviewDue('2026-03-01', at('2026-04-01T12:00:00Z'), 30)).toBe(true);
  });
});
