import { z } from 'zod';
import { AppError } from '../../domain/app-error';
import { isOpen, type CallbackRequest, type CallbackStatus } from '../../domain/callbacks/callback-request';
import type { SiteId } from '../../domain/sites';
import { erasedCallbackOf, type ErasedCallback } from '../../domain/callbacks/erased-callback';
import { callbackRecordCodec, checkCallbackChange, erasedCallbackCodec } from '../callback-record-schema';
import { existingOnly, updateByCompareAndSet, type CompareAndSetAccess, type StoredVersion } from '../compare-and-set';
import { lostRace, retryCompareAndSet } from '../compare-and-set-retry';
import type { CallbackStore } from '../ports';
import { newETag } from '../storage-record';
import { casResults, createCallbackResults, eraseCallbacksResults, resultOf } from './lua-results';
import { redisCall } from './redis-call';
import type { RedisCommands } from './redis-commands';
import type { KeyedReference } from '../keyed-reference';

/*
 * Every callback key has the `{callbacks}` hash tag: creating and erasing a request touch its hash,
 * the person's and the site's indexes and its reference in one script, so on a Redis Cluster they
 * must share one slot. Callback requests are few (a handful a day per site).
 */
const callbackKey = (id: string) => `{callbacks}:request:${id}`;
const siteKey = (siteId: SiteId) => `{callbacks}:site:${siteId}`;
const referenceKey = (reference: string) => `{callbacks}:ref:${reference}`;
const erasedKey = (siteId: SiteId) => `{callbacks}:erased:${siteId}`;

/** Request ids are UUIDs: anything else is no request (and never becomes part of a key). */
const idSchema = z.uuid();

/**
 * Callback requests on Redis:
 * - `{callbacks}:request:<id>`: hash `{ e: eTag, d: { v: 1, request } }`;
 * - `{callbacks}:site:<siteId>` and `{callbacks}:person:<person ref>` (the person key's keyed reference): sorted sets of ids by requestedAt (ms);
 * - `{callbacks}:open:<person ref>`: the id of the person's open request;
 * - `{callbacks}:ref:<reference>`: the id a reference code belongs to (codes are unique);
 * - `{callbacks}:erased:<siteId>`: list of `{ v: 1, erased }` kept of erased requests (reference, status, times).
 * Creating reads the open pointer, then checks it is unchanged and writes every key in one script;
 * updates are read → change → compare-and-set; erasure checks that the person's requests are still
 * the ones read, then removes them and appends what is kept of them in one script. Each retries
 * with jitter for up to `compareAndSetBudgetMs` when it lost a race.
 */
export class RedisCallbackStore implements CallbackStore {
  constructor(
    private readonly redis: RedisCommands,
    private readonly references: KeyedReference,
  ) {}

  private personKeyOf(personKey: string): string {
    return `{callbacks}:person:${this.references('person', personKey)}`;
  }

  private openKey(personKey: string): string {
    return `{callbacks}:open:${this.references('person', personKey)}`;
  }

  async create(request: CallbackRequest): Promise<{ created: true } | { created: false; existing: CallbackRequest }> {
    const { raw, value: saved } = callbackRecordCodec.encode(request);
    const openKey = this.openKey(saved.personKey);
    return retryCompareAndSet('callback request', async () => {
      const openId = await redisCall('creating a callback request', this.redis.get(openKey));
      // A pointer that is no request id names no key: the script sees it and answers `changed` only if it moves.
      const readOpenKey = openId !== null && idSchema.safeParse(openId).success ? callbackKey(openId) : callbackKey(saved.id);
      const [code, existing] = await redisCall(
        'creating a callback request',
        this.redis.lwcCreateCallback(
          openKey,
          callbackKey(saved.id),
          siteKey(saved.siteId),
          this.personKeyOf(saved.personKey),
          referenceKey(saved.reference),
          readOpenKey,
          openId ?? '',
          saved.id,
          newETag(),
          raw,
          String(Date.parse(saved.requestedAt)),
          isOpen(saved) ? '1' : '0',
        ),
      );
      switch (resultOf(createCallbackResults, code, 'createCallback')) {
        case 'created':
          return { created: true };
        case 'open-exists':
          return { created: false, existing: callbackRecordCodec.decode(existing) };
        case 'id-taken':
          throw new AppError('CONFLICT', 'a callback request with this id exists already');
        case 'reference-taken':
          throw new AppError('CONFLICT', 'this callback reference code is in use already');
        case 'changed':
          return lostRace;
      }
    });
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
    const access: CompareAndSetAccess<CallbackRequest> = {
      read: () => this.read(id),
      // Existing requests only (`existingOnly`), so there is always a version expected here.
      write: async ({ raw, value: saved }, expectedVersion) => {
        const code = await redisCall(
          'writing a callback request',
          this.redis.lwcUpdateCallback(callbackKey(id), this.openKey(saved.personKey), expectedVersion ?? '', newETag(), raw, isOpen(saved) ? '1' : '0', id),
        );
        return resultOf(casResults, code, 'updateCallback') === 'written';
      },
    };
    return updateByCompareAndSet(callbackRecordCodec, access, existingOnly(change), checkCallbackChange);
  }

  async eraseFor(personKey: string, at: string): Promise<ErasedCallback[]> {
    return retryCompareAndSet("a person's callback requests", async () => {
      const ids = await redisCall("listing a person's callback requests", this.redis.zrange(this.personKeyOf(personKey), 0, -1));
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
        ...present.flatMap(({ id, eTag, kept }) => [id, eTag, erasedCallbackCodec.encode(kept).raw]),
        ...missing,
      ];
      const erased = await redisCall("erasing a person's callback requests", this.redis.lwcEraseCallbacks(keys.length, ...keys, ...args));
      // The script answers how many it erased, or a negative code.
      if (erased < 0 && resultOf(eraseCallbacksResults, erased, 'eraseCallbacks') === 'changed') return lostRace;
      return present.map(({ kept }) => kept).reverse();
    });
  }

  async erasedBySite(siteId: SiteId): Promise<ErasedCallback[]> {
    const raws = await redisCall('reading erased callback requests', this.redis.lrange(erasedKey(siteId), 0, -1));
    return raws.map((raw) => erasedCallbackCodec.decode(raw));
  }

  /**
   * The documents of the requests in a sorted set, newest first (`limit` 0: all). Two steps (the
   * ids, then their hashes), as a script may touch only keys it is given: a request erased in
   * between is left out, as if erased just before.
   */
  private async list(setKey: string, limit: number): Promise<CallbackRequest[]> {
    const ids = await redisCall('listing callback requests', this.redis.zrevrange(setKey, 0, limit - 1));
    const raws = await redisCall('listing callback requests', Promise.all(ids.map((id) => this.redis.hget(callbackKey(id), 'd'))));
    return raws.flatMap((raw) => (raw === null ? [] : [callbackRecordCodec.decode(raw)]));
  }

  private async read(id: string): Promise<StoredVersion | undefined> {
    if (!idSchema.safeParse(id).success) return undefined;
    const [eTag, raw] = await redisCall('reading a callback request', this.redis.hmget(callbackKey(id), 'e', 'd'));
    return typeof eTag === 'string' && typeof raw === 'string' ? { eTag, raw } : undefined;
  }
}
