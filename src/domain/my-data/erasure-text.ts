import { siteById, type SiteId } from '../sites';

/** Why everything is erased: the person asked to delete it, or withdrew their agreement to saving. */
export type ErasureReason = 'deleted' | 'consent-withdrawn';

/** An open callback request that erasing cancels. */
export interface CallbackToCancel {
  readonly reference: string;
  readonly siteId: SiteId;
}

/**
 * The confirmation question before erasing. When the person has an open callback request it says
 * that erasing cancels it, so nobody is left waiting for a call that will not come.
 */
export function erasureQuestion(reason: ErasureReason, callback: CallbackToCancel | undefined): string {
  const cancels =
    callback === undefined
      ? ''
      : ` It also cancels your callback request ${callback.reference}: the ${siteById(callback.siteId).name} Living Well team won't call you back.`;
  return reason === 'deleted'
    ? `This deletes everything I hold about you, including this conversation. It cannot be undone.${cancels} Delete everything?`
    : `Withdrawing your agreement deletes everything I hold about you and I will stop saving anything.${cancels} Withdraw your agreement?`;
}

/**
 * What is said once it is done. `cancelled` are the references of the callback requests the
 * erasure cancelled: the team's list still shows them as cancelled, without the person's details.
 */
export function erasureDone(reason: ErasureReason, cancelled: readonly string[]): string {
  const callback = cancelled.length === 0 ? '' : ` and cancelled your callback request ${cancelled.join(' and ')}`;
  if (reason === 'consent-withdrawn') {
    return cancelled.length === 0
      ? "Done. I've withdrawn your agreement and deleted everything I held about you."
      : `Done. I've withdrawn your agreement, deleted everything I held about you${callback}.`;
  }
  const left =
    cancelled.length === 0
      ? 'All that is left is an anonymous note that a deletion happened (no names, numbers or messages).'
      : "All that is left is an anonymous note that a deletion happened, and the team's note that the request was cancelled (no names, numbers or messages).";
  return `Done. I've deleted everything I held about you${callback}. ${left} If you message again, we'll start afresh.`;
}
