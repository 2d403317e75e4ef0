import type { Redis } from 'ioredis';
import { z } from 'zod';
import { AppError } from '../../domain/app-error';
import { isOpen, type CallbackRequest, type CallbackStatus } from '../../domain/callbacks/callback-request';
import type { SiteId } from '../../domain/sites';
import { erasedCallbackOf, type ErasedCallback } from '../../domain/callbacks/erased-callback';
import { callbackRecordCodec, checkCallbackChange, erasedCallbackCodec } from '../callback-record-schema';
import { lostRace, retryCompareAndSet } from '../compare-and-set-retry';
import type { CallbackStore } from '../ports';
import { newETag } from '../storage-record';
import { redisFailure } from './redis-failure';
import type { KeyedReference } from '../keyed-reference';

const callbackKeyPrefix = 'callback:';
const callbackKey = (id: string) => `${callbackKeyPrefix}${id}`;
const siteKey = (siteId: SiteId) => `callbacks:site:${siteId}`;
const referenceKey = (reference: string) => `callbacks:ref:${reference}`;
const erasedKey = (siteId: SiteId) => `callbacks:erased:${siteId}`;

/** Request ids are UUIDs: anything else is no request (and never becomes part of a key). */
const idSchema = z.uuid();

/**
 * Callback requests on Redis:
 * - `callback:<id>`: hash `{ e: eTag, d: { v: 1, request } }`;
 * - `callbacks:site:<siteId>` and `callbacks:person:<person ref>` (the person key's keyed reference): sorted sets of ids by requestedAt (ms);
 * - `callbacks:open:<person ref>`: the id of the person's open request;
 * - `callbacks:ref:<reference>`: the id a reference code belongs to (codes are unique);
 * - `callbacks:erased:<siteId>`: list of `{ v: 1, erased }` kept of erased requests (reference, status, times).
 * Creating checks the open pointer and writes every key in one script; updates are read → change
 * → compare-and-set (retrying with jitter for up to `compareAndSetBudgetMs`); erasure checks that the person's requests are still
 * the ones read, then removes them and appends what is kept of them in one script.
 */
export class RedisCallbackStore implements CallbackStore {
  /** @param keyPrefix the client's own key prefix (the scripts build request keys themselves). */
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly references: KeyedReference,
  ) {}

  private personKeyOf(personKey: string): string {
    return `callbacks:person:${this.references('person', personKey)}`;
  }

  private openKey(personKey: string): string {
    return `callbacks:open:${this.references('person', personKey)}`;
  }

  async create(request: CallbackRequest): Promise<{ created: true } | { created: false; existing: CallbackRequest }> {
    const raw = callbackRecordCodec.encode(request);
    const saved = callbackRecordCodec.decode(raw);
    const keys = [this.openKey(saved.personKey), callbackKey(saved.id), siteKey(saved.siteId), this.personKeyOf(saved.personKey), referenceKey(saved.reference)];
    const args = [this.requestKeyPrefix(), saved.id, newETag(), raw, String(Date.parse(saved.requestedAt)), isOpen(saved) ? '1' : '0'];
    const [outcome, existing] = await this.redis.lwcCreateCallback(keys.length, ...keys, ...args).catch((cause: unknown) => {
      throw redisFailure('creating a callback request', cause);
    });
    if (outcome === 1) return { created: true };
    if (outcome === 0) return { created: false, existing: callbackRecordCodec.decode(existing) };
    if (outcome === -1) throw new AppError('CONFLICT', 'a callback request with this id exists already');
    throw new AppError('CONFLICT', 'this callback reference code is in use already');
  }

  async get(id: string): Promise<CallbackRequest | undefined> {
    const found = await this.read(id);
    return found === undefined ? undefined : callbackRecordCodec.decode(found.raw);
  }

  async latestFor(personKey: string): Promise<CallbackRequest | undefined> {
    return (await this.list(this.personKeyOf(personKey), 1))[0];
  }

  async listFor(personKey: string): Promise<CallbackRequest[]> {
    return this.list(this.personKeyOf(personKey), 0);
  }

  async listBySite(siteId: SiteId, status?: CallbackStatus): Promise<CallbackRequest[]> {
    const requests = await this.list(siteKey(siteId), 0);
    return status === undefined ? requests : requests.filter((request) => request.status === status);
  }

  async update(id: string, change: (current: CallbackRequest) => CallbackRequest | undefined): Promise<CallbackRequest | undefined> {
    return retryCompareAndSet('callback request', async () => {
      const seen = await this.read(id);
      if (seen === undefined) return undefined;
      const current = callbackRecordCodec.decode(seen.raw);
      const next = change(current);
      if (next === undefined) return undefined;
      const raw = callbackRecordCodec.encode(next);
      const saved = callbackRecordCodec.decode(raw);
      checkCallbackChange(current, saved);
      const written = await this.redis
        .lwcUpdateCallback(2, callbackKey(id), this.openKey(saved.personKey), seen.eTag, newETag(), raw, isOpen(saved) ? '1' : '0', id)
        .catch((cause: unknown) => {
          throw redisFailure('writing a callback request', cause);
        });
      return written === 1 ? saved : lostRace;
    });
  }

  async eraseFor(personKey: string, at: string): Promise<ErasedCallback[]> {
    return retryCompareAndSet("a person's callback requests", async () => {
      const ids = await this.redis.zrange(this.personKeyOf(personKey), 0, -1).catch((cause: unknown) => {
        throw redisFailure("listing a person's callback requests", cause);
      });
      const reads = await Promise.all(ids.map(async (id) => ({ id, found: await this.read(id) })));
      const present: Array<{ id: string; eTag: string; request: CallbackRequest; kept: ErasedCallback }> = [];
      const missing: string[] = [];
      for (const { id, found } of reads) {
        // A bad record fails here, before anything is erased.
        if (found === undefined) missing.push(id);
        else {
          const request = callbackRecordCodec.decode(found.raw);
          present.push({ id, eTag: found.eTag, request, kept: erasedCallbackOf(request, at) });
        }
      }
      // ZRANGE reads oldest first, so each site's list keeps the order the requests were made.
      const keys = [
        this.personKeyOf(personKey),
        this.openKey(personKey),
        ...present.flatMap(({ id, request }) => [callbackKey(id), siteKey(request.siteId), referenceKey(request.reference), erasedKey(request.siteId)]),
        ...missing.map(callbackKey),
      ];
      const args = [
        String(present.length),
        String(missing.length),
        ...present.flatMap(({ id, eTag, kept }) => [id, eTag, erasedCallbackCodec.encode(kept)]),
        ...missing,
      ];
      const erased = await this.redis.lwcEraseCallbacks(keys.length, ...keys, ...args).catch((cause: unknown) => {
        throw redisFailure("erasing a person's callback requests", cause);
      });
      return erased >= 0 ? present.map(({ kept }) => kept).reverse() : lostRace;
    });
  }

  async erasedBySite(siteId: SiteId): Promise<ErasedCallback[]> {
    const raws = await this.redis.lrange(erasedKey(siteId), 0, -1).catch((cause: unknown) => {
      throw redisFailure('reading erased callback requests', cause);
    });
    return raws.map((raw) => erasedCallbackCodec.decode(raw));
  }

  /** The documents of the requests in a sorted set, newest first (`limit` 0: all). */
  private async list(setKey: string, limit: number): Promise<CallbackRequest[]> {
    const raws = await this.redis.lwcListCallbacks(1, setKey, this.requestKeyPrefix(), String(limit)).catch((cause: unknown) => {
      throw redisFailure('listing callback requests', cause);
    });
    return raws.map((raw) => callbackRecordCodec.decode(raw));
  }

  private async read(id: string): Promise<{ eTag: string; raw: string } | undefined> {
    if (!idSchema.safeParse(id).success) return undefined;
    const [eTag, raw] = await this.redis.hmget(callbackKey(id), 'e', 'd').catch((cause: unknown) => {
      throw redisFailure('reading a callback request', cause);
    });
    return typeof eTag === 'string' && typeof raw === 'string' ? { eTag, raw } : undefined;
  }

  /** The full key prefix of request hashes, for the scripts that build those keys. */
  private requestKeyPrefix(): string {
    return `${this.keyPrefix}${callbackKeyPrefix}`;
  }
}
