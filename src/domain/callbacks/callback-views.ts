import type { CallbackStatus } from './callback-request';

/**
 * The team's views of its callback requests, as the staff app's queue filters them: new (waiting
 * to be claimed), claimed by me (open, claimed by the signed-in member of staff), overdue (waiting
 * to be claimed longer than the Teams "waiting too long" nudge allows), contacted, and closed
 * (closed or cancelled, by the person or by deleting their data).
 */
export const callbackViews = ['new', 'mine', 'overdue', 'contacted', 'closed'] as const;
export type CallbackView = (typeof callbackViews)[number];

/** Each view's name as the app shows it. */
export const callbackViewLabels: Readonly<Record<CallbackView, string>> = {
  new: 'New',
  mine: 'Claimed by me',
  overdue: 'Overdue',
  contacted: 'Contacted',
  closed: 'Closed',
};

/** What a view looks at: the request's status, whether it is overdue, and whether the viewer claimed it. */
export interface ViewedCallback {
  readonly status: CallbackStatus;
  readonly overdue: boolean;
  readonly mine: boolean;
}

/** True when the request belongs in the view. */
export function inCallbackView(view: CallbackView, request: ViewedCallback): boolean {
  switch (view) {
    case 'new':
      return request.status === 'requested';
    case 'mine':
      return request.mine && (request.status === 'claimed' || request.status === 'contacted');
    case 'overdue':
      return request.overdue && request.status === 'requested';
    case 'contacted':
      return request.status === 'contacted';
    case 'closed':
      return request.status === 'closed' || request.status === 'cancelled';
  }
}

/** How many requests are in each view. */
export function callbackViewCounts(requests: readonly ViewedCallback[]): Record<CallbackView, number> {
  const counts = { new: 0, mine: 0, overdue: 0, contacted: 0, closed: 0 };
  for (const request of requests) for (const view of callbackViews) if (inCallbackView(view, request)) counts[view] += 1;
  return counts;
}
