import type { CallbackOutcome } from '../../domain/callbacks/callback-outcome';
import type { SiteId } from '../../domain/sites';

/**
 * What practitioners recorded after contacting someone (ids and codes only), one per callback
 * request, shared by every instance; the outcome reports read them by site.
 */
export interface CallbackOutcomeStore {
  /**
   * Saves the outcome of its request, replacing one recorded before.
   * @throws AppError STORE_RECORD_INVALID when the outcome does not fit the schema.
   */
  put(outcome: CallbackOutcome): Promise<void>;
  /** The outcome recorded for the site's request, if any. */
  get(siteId: SiteId, callbackId: string): Promise<CallbackOutcome | undefined>;
  /** Every outcome recorded at the site (in no particular order). */
  listBySite(siteId: SiteId): Promise<CallbackOutcome[]>;
}
