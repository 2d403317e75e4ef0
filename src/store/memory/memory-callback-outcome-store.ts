import type { CallbackOutcome } from '../../domain/callbacks/callback-outcome';
import type { SiteId } from '../../domain/sites';
import type { CallbackOutcomeStore } from '../ports';
import { callbackOutcomeCodec } from '../teams-record-schema';

/** Recorded outcomes in this process's memory, kept encoded (checked both ways). */
export class MemoryCallbackOutcomeStore implements CallbackOutcomeStore {
  private readonly bySite = new Map<SiteId, Map<string, string>>();

  async put(outcome: CallbackOutcome): Promise<void> {
    const { raw, value } = callbackOutcomeCodec.encode(outcome);
    const site = this.bySite.get(value.siteId) ?? new Map<string, string>();
    site.set(value.callbackId, raw);
    this.bySite.set(value.siteId, site);
  }

  async get(siteId: SiteId, callbackId: string): Promise<CallbackOutcome | undefined> {
    const raw = this.bySite.get(siteId)?.get(callbackId);
    return raw === undefined ? undefined : callbackOutcomeCodec.decode(raw);
  }

  async listBySite(siteId: SiteId): Promise<CallbackOutcome[]> {
    return [...(this.bySite.get(siteId)?.values() ?? [])].map((raw) => callbackOutcomeCodec.decode(raw));
  }
}
