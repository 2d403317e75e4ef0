import { randomUUID } from 'node:crypto';
import type { SendBucket, SendClaim, SendTake, SentRecord, TeamsSendStore } from '../ports';
import { checkedSendKey, decodeSentRecord, encodeSentRecord, msUntilToken, refilled } from '../teams-send-record';

interface BucketState {
  readonly bucket: SendBucket;
  readonly tokens: number;
  readonly at: number;
}

interface KeyState {
  /** The claim's token, or the encoded result. */
  readonly value: string;
  readonly done: boolean;
  readonly expiresAt: number;
}

/** Sweeps expired keys and full buckets after this many claims, so the maps do not grow without bound. */
const sweepEvery = 1_000;

/** The Teams send pipeline's state in this process's memory (embedded mode), as on Redis. */
export class MemoryTeamsSendStore implements TeamsSendStore {
  private readonly buckets = new Map<string, BucketState>();
  private readonly keys = new Map<string, KeyState>();
  private pausedUntil = 0;
  private claimsSinceSweep = 0;

  async take(buckets: readonly SendBucket[], now: number): Promise<SendTake> {
    if (this.pausedUntil > now) return { taken: false, waitMs: this.pausedUntil - now, short: 'paused' };
    const tokens = buckets.map((bucket) => {
      const state = this.buckets.get(bucket.key);
      return refilled(bucket, state?.tokens, state?.at, now);
    });
    let worst: { waitMs: number; short: number } | undefined;
    for (const [index, bucket] of buckets.entries()) {
      const have = tokens[index] ?? 0;
      if (have >= 1) continue;
      const waitMs = msUntilToken(bucket, have);
      if (worst === undefined || waitMs > worst.waitMs) worst = { waitMs, short: index };
    }
    if (worst !== undefined) return { taken: false, ...worst };
    for (const [index, bucket] of buckets.entries()) {
      const at = Math.max(now, this.buckets.get(bucket.key)?.at ?? now);
      this.buckets.set(bucket.key, { bucket, tokens: (tokens[index] ?? 0) - 1, at });
    }
    return { taken: true };
  }

  async pauseUntil(until: number): Promise<void> {
    this.pausedUntil = Math.max(this.pausedUntil, until);
  }

  async claim(key: string, holdMs: number, now: number): Promise<SendClaim> {
    checkedSendKey(key);
    if (++this.claimsSinceSweep >= sweepEvery) this.sweep(now);
    const held = this.live(key, now);
    if (held?.done === true) return { state: 'done', sent: decodeSentRecord(held.value) };
    if (held !== undefined) return { state: 'busy' };
    const token = randomUUID();
    this.keys.set(key, { value: token, done: false, expiresAt: now + holdMs });
    return { state: 'claimed', token };
  }

  async finish(key: string, sent: SentRecord, keepMs: number, now: number): Promise<void> {
    this.keys.set(checkedSendKey(key), { value: encodeSentRecord(sent), done: true, expiresAt: now + keepMs });
  }

  async release(key: string, token: string): Promise<void> {
    const held = this.keys.get(key);
    if (held !== undefined && !held.done && held.value === token) this.keys.delete(key);
  }

  private live(key: string, now: number): KeyState | undefined {
    const state = this.keys.get(key);
    if (state === undefined || state.expiresAt > now) return state;
    this.keys.delete(key);
    return undefined;
  }

  /** Forgets expired keys, and buckets that are full again (on Redis they expire then). */
  private sweep(now: number): void {
    this.claimsSinceSweep = 0;
    for (const [key, state] of this.keys) if (state.expiresAt <= now) this.keys.delete(key);
    for (const [key, state] of this.buckets) if (refilled(state.bucket, state.tokens, state.at, now) >= state.bucket.burst) this.buckets.delete(key);
  }
}
