import { AppError } from '../../domain/app-error';
import { isOpen, type CallbackRequest, type CallbackStatus } from '../../domain/callbacks/callback-request';
import type { SiteId } from '../../domain/sites';
import { erasedCallbackOf, type ErasedCallback } from '../../domain/callbacks/erased-callback';
import { callbackRecordCodec, checkCallbackChange, erasedCallbackCodec } from '../callback-record-schema';
import { existingOnly, updateByCompareAndSet } from '../compare-and-set';
import type { CallbackStore } from '../ports';
import { VersionedEntries } from './versioned-entries';

/**
 * Callback requests in this process's memory, with the Redis store's contract: requests kept
 * encoded (checked both ways, copied in and out), one open request per person, updates as
 * read → change → compare-and-set → retry, erasure leaving only what the team's list keeps.
 */
export class MemoryCallbackStore implements CallbackStore {
  private readonly entries = new VersionedEntries();
  /** Reference code → request id: codes are unique. */
  private readonly references = new Map<string, string>();
  /** Person key → their open request's id. */
  private readonly open = new Map<string, string>();
  /** Site → what is kept of its erased requests, encoded, oldest erasure first. */
  private readonly erased = new Map<SiteId, string[]>();

  async create(request: CallbackRequest): Promise<{ created: true } | { created: false; existing: CallbackRequest }> {
    const { raw, value: saved } = callbackRecordCodec.encode(request);
    const openId = this.open.get(saved.personKey);
    const existing = openId === undefined ? undefined : this.decoded(openId);
    if (existing !== undefined && isOpen(existing)) return { created: false, existing };
    if (this.entries.has(saved.id)) throw new AppError('CONFLICT', 'a callback request with this id exists already');
    if (this.references.has(saved.reference)) throw new AppError('CONFLICT', 'this callback reference code is in use already');
    this.entries.set(saved.id, raw);
    this.references.set(saved.reference, saved.id);
    if (isOpen(saved)) this.open.set(saved.personKey, saved.id);
    return { created: true };
  }

  async get(id: string): Promise<CallbackRequest | undefined> {
    return this.decoded(id);
  }

  async latestFor(personKey: string): Promise<CallbackRequest | undefined> {
    return (await this.listFor(personKey))[0];
  }

  async listFor(personKey: string): Promise<CallbackRequest[]> {
    return this.all()
      .filter((request) => request.personKey === personKey)
      .sort(newestFirst);
  }

  async listBySite(siteId: SiteId, status?: CallbackStatus): Promise<CallbackRequest[]> {
    return this.all()
      .filter((request) => request.siteId === siteId && (status === undefined || request.status === status))
      .sort(newestFirst);
  }

  async update(id: string, change: (current: CallbackRequest) => CallbackRequest | undefined): Promise<CallbackRequest | undefined> {
    const access = this.entries.access<CallbackRequest>(id, (saved) => {
      if (!isOpen(saved) && this.open.get(saved.personKey) === id) this.open.delete(saved.personKey);
    });
    return updateByCompareAndSet(callbackRecordCodec, access, existingOnly(change), checkCallbackChange);
  }

  async eraseFor(personKey: string, at: string): Promise<ErasedCallback[]> {
    const requests = await this.listFor(personKey);
    // Everything is encoded before anything is removed, so a bad record erases nothing.
    const kept = requests.map((request) => erasedCallbackOf(request, at));
    const encoded = kept.map((erased) => ({ siteId: erased.siteId, raw: erasedCallbackCodec.encode(erased).raw }));
    for (const request of requests) {
      this.entries.delete(request.id);
      this.references.delete(request.reference);
    }
    this.open.delete(personKey);
    // Oldest request first, as the Redis store appends them.
    for (const { siteId, raw } of encoded.reverse()) this.erased.set(siteId, [...(this.erased.get(siteId) ?? []), raw]);
    return kept;
  }

  async erasedBySite(siteId: SiteId): Promise<ErasedCallback[]> {
    return (this.erased.get(siteId) ?? []).map((raw) => erasedCallbackCodec.decode(raw));
  }

  private decoded(id: string): CallbackRequest | undefined {
    const entry = this.entries.get(id);
    return entry === undefined ? undefined : callbackRecordCodec.decode(entry.raw);
  }

  private all(): CallbackRequest[] {
    return this.entries.raws().map((raw) => callbackRecordCodec.decode(raw));
  }
}

/** Newest `requestedAt` first; ties by id, descending, as a Redis sorted set reads in reverse. */
export function newestFirst(a: CallbackRequest, b: CallbackRequest): number {
  const byTime = Date.parse(b.requestedAt) - Date.parse(a.requestedAt);
  return byTime !== 0 ? byTime : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
