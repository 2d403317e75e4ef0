import type { SmsChannelStore } from '../ports';
import { smsClaimTtlSeconds, smsOptOutCodec, smsRestTtlSeconds } from '../sms-record-schema';

interface Expiring<T> {
  readonly value: T;
  readonly expiresAt: number;
}

/** Sweeps expired claims after this many new ones, so the map does not grow without bound. */
const sweepEvery = 1_000;

/** The SMS channel's records in this process's memory, with the same expiries as on Redis. */
export class MemorySmsStore implements SmsChannelStore {
  /** MessageSid → the TwiML answered ('' while the first attempt runs). */
  private readonly messages = new Map<string, Expiring<string>>();
  /** Number → the MessageSids whose answers are kept for it (for erasure). */
  private readonly answersOf = new Map<string, Set<string>>();
  private readonly optOuts = new Map<string, string>();
  private readonly rests = new Map<string, Expiring<string>>();
  private claimsSinceSweep = 0;

  /** `now` gives the instants expiries are measured against (tests move it). */
  constructor(private readonly now: () => number = Date.now) {}

  async claimMessage(messageSid: string): Promise<boolean> {
    if (this.live(this.messages, messageSid) !== undefined) return false;
    this.messages.set(messageSid, { value: '', expiresAt: this.now() + smsClaimTtlSeconds * 1000 });
    if (++this.claimsSinceSweep >= sweepEvery) this.sweep();
    return true;
  }

  async answerFor(messageSid: string): Promise<string | undefined> {
    const answer = this.live(this.messages, messageSid);
    return answer === undefined || answer === '' ? undefined : answer;
  }

  async saveAnswer(messageSid: string, twiml: string, phoneE164?: string): Promise<void> {
    const claim = this.messages.get(messageSid);
    // As on Redis, the answer lives as long as the claim (and needs one).
    if (claim === undefined || claim.expiresAt <= this.now()) return;
    this.messages.set(messageSid, { value: twiml, expiresAt: claim.expiresAt });
    if (phoneE164 !== undefined) this.answersOf.set(phoneE164, (this.answersOf.get(phoneE164) ?? new Set()).add(messageSid));
  }

  async setOptedOut(phoneE164: string, optedOut: boolean, at: string): Promise<void> {
    this.optOuts.set(phoneE164, smsOptOutCodec.encode({ optedOut, at }).raw);
  }

  async isOptedOut(phoneE164: string): Promise<boolean> {
    const raw = this.optOuts.get(phoneE164);
    return raw !== undefined && smsOptOutCodec.decode(raw).optedOut;
  }

  async saveRest(phoneE164: string, rest: string | undefined): Promise<void> {
    if (rest === undefined || rest === '') this.rests.delete(phoneE164);
    else this.rests.set(phoneE164, { value: rest, expiresAt: this.now() + smsRestTtlSeconds * 1000 });
  }

  async takeRest(phoneE164: string): Promise<string | undefined> {
    const rest = this.live(this.rests, phoneE164);
    this.rests.delete(phoneE164);
    return rest;
  }

  async eraseFor(phoneE164: string): Promise<void> {
    this.rests.delete(phoneE164);
    for (const messageSid of this.answersOf.get(phoneE164) ?? []) {
      const claim = this.messages.get(messageSid);
      // The claim stays (a late retry must still not run a turn); only the answer goes.
      if (claim !== undefined) this.messages.set(messageSid, { value: '', expiresAt: claim.expiresAt });
    }
    this.answersOf.delete(phoneE164);
    if (!(await this.isOptedOut(phoneE164))) this.optOuts.delete(phoneE164);
  }

  private live(map: Map<string, Expiring<string>>, key: string): string | undefined {
    const entry = map.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt > this.now()) return entry.value;
    map.delete(key);
    return undefined;
  }

  private sweep(): void {
    this.claimsSinceSweep = 0;
    const now = this.now();
    for (const [messageSid, entry] of this.messages) if (entry.expiresAt <= now) this.messages.delete(messageSid);
    for (const [phone, sids] of this.answersOf) {
      for (const messageSid of sids) if (!this.messages.has(messageSid)) sids.delete(messageSid);
      if (sids.size === 0) this.answersOf.delete(phone);
    }
  }
}
