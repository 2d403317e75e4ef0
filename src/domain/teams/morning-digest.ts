import { z } from 'zod';
import type { CallbackRequest } from '../callbacks/callback-request';
import { firstNameOf } from './callback-card-view';

/** What a channel's morning digest shows: counts, and first names of who has claimed what. */
export interface MorningDigestView {
  /** Requested, claimed or contacted. */
  readonly open: number;
  /** Still requested after the "waiting too long" nudge. */
  readonly overdue: number;
  /** Still requested, not yet overdue. */
  readonly waiting: number;
  /** Claimed or contacted, by first name, most first: `[['Sam', 2], ['Priya', 1]]`. */
  readonly claimedBy: readonly (readonly [string, number])[];
}

/**
 * The digest of a site's requests; `overdue` says which requested ones have had their "waiting
 * too long" nudge. Counts only: no request is named.
 */
export function morningDigest(requests: readonly CallbackRequest[], overdue: (request: CallbackRequest) => boolean): MorningDigestView {
  const open = requests.filter((request) => request.status === 'requested' || request.status === 'claimed' || request.status === 'contacted');
  const requested = open.filter((request) => request.status === 'requested');
  const overdueCount = requested.filter(overdue).length;
  const byName = new Map<string, number>();
  for (const request of open) {
    if (request.status === 'requested') continue;
    const name = firstNameOf(request.claimedBy) ?? 'someone';
    byName.set(name, (byName.get(name) ?? 0) + 1);
  }
  const claimedBy = [...byName.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { open: open.length, overdue: overdueCount, waiting: requested.length - overdueCount, claimedBy };
}

/** The London date of a site's last digest, so each open day has one, however many instances. */
export const digestDaySchema = z.strictObject({ lastDate: z.iso.date() });
export type DigestDay = z.infer<typeof digestDaySchema>;
