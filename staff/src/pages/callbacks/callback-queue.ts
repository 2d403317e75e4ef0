import { callbackViewLabels, callbackViews, type CallbackView } from '../../../../src/domain/callbacks/callback-views';
import { durationWords } from '../../../../src/domain/teams/callback-card-view';
import { britishDateTime } from '../../british-time';
import type { CallbackList, ListedCallback } from './callback-schemas';

/** How each status reads in the queue. */
export const statusLabels: Readonly<Record<ListedCallback['status'], string>> = {
  requested: 'Waiting to be claimed',
  claimed: 'Claimed',
  contacted: 'Contacted',
  closed: 'Closed',
  cancelled: 'Cancelled',
};

/** One row of the queue table, in words. */
export interface QueueRow {
  readonly id: string;
  readonly reference: string;
  readonly status: string;
  readonly requested: string;
  readonly wait: string;
  readonly claimedBy: string;
  readonly overdue: boolean;
  readonly safetyReply: boolean;
}

/**
 * The wait in words: still waiting ("Waiting 2 hours 5 minutes" since the request, for one not
 * yet contacted and still open), how long the person waited to be contacted ("Waited 3 hours"),
 * or nothing to say (closed or cancelled without contact).
 */
export function waitWords(request: ListedCallback, now: number): string {
  if (request.waitingTimeMs !== null) return `Waited ${durationWords(request.waitingTimeMs)}`;
  if (request.status === 'requested' || request.status === 'claimed') return `Waiting ${durationWords(now - Date.parse(request.requestedAt))}`;
  return 'Not contacted';
}

/** The queue's rows, in the order the API gave them (newest first). */
export function queueRows(callbacks: readonly ListedCallback[], now: number): QueueRow[] {
  return callbacks.map((request) => ({
    id: request.id,
    reference: request.reference,
    status: statusLabels[request.status],
    requested: britishDateTime(request.requestedAt),
    wait: waitWords(request, now),
    claimedBy: request.claimedBy ?? '',
    overdue: request.overdue,
    safetyReply: request.safetyReplyInConversation === true,
  }));
}

/** The filter tabs: each view's name with its count ("Overdue (2)"). */
export function viewTabs(counts: CallbackList['counts']): Array<{ view: CallbackView; label: string }> {
  return callbackViews.map((view) => ({ view, label: `${callbackViewLabels[view]} (${counts[view] ?? 0})` }));
}

/** What the queue says when a view is empty. */
export function emptyViewText(view: CallbackView): string {
  switch (view) {
    case 'new':
      return 'No callback requests are waiting to be claimed.';
    case 'mine':
      return 'You have no open callback requests claimed.';
    case 'overdue':
      return 'No callback request has waited too long. Good.';
    case 'contacted':
      return 'No callback requests are marked as contacted.';
    case 'closed':
      return 'No callback requests are closed yet.';
  }
}
