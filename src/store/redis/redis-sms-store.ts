import type { KeyedReference } from '../keyed-reference';
import { lostRace, retryCompareAndSet } from '../compare-and-set-retry';
import type { SmsChannelStore } from '../ports';
import { smsClaimTtlSeconds, smsOptOutCodec, smsRestTtlSeconds } from '../sms-record-schema';
import { readAgainResults, resultOf } from './lua-results';
import { redisCall, redisTransaction } from './redis-call';
import type { RedisCommands } from './redis-commands';

const messageKey = (messageSid: string) => `sms-msg:${messageSid}`;

/**
 * The SMS channel's records on Redis:
 * - `sms-msg:<MessageSid>`: '' once claimed (SET NX, 24 h), then the TwiML answered (same expiry);
 * - `sms-answers:{<ref>}`: the MessageSids whose answers are kept for the number (for erasure; 24 h);
 * - `sms-more:{<ref>}`: the rest of a long reply, waiting for MORE (1 day);
 * - `sms-optout:{<ref>}`: `{ v: 1, optedOut, at }`, no expiry.
 * `<ref>` is the number's keyed reference: no key holds a phone number. It is the hash tag, so a
 * number's keys share a cluster slot and are erased in one script; a message's key has a slot of
 * its own (a claim comes before anyone knows the number).
 */
export class RedisSmsStore implements SmsChannelStore {
  constructor(
    private readonly redis: RedisCommands,
    private readonly references: KeyedReference,
  ) {}

  private answersKey(phoneE164: string): string {
    return `sms-answers:{${this.references('number', phoneE164)}}`;
  }

  private restKey(phoneE164: string): string {
    return `sms-more:{${this.references('number', phoneE164)}}`;
  }

  private optOutKey(phoneE164: string): string {
    return `sms-optout:{${this.references('number', phoneE164)}}`;
  }

  async claimMessage(messageSid: string): Promise<boolean> {
    const answer = await redisCall('claiming an SMS message', this.redis.set(messageKey(messageSid), '', 'EX', smsClaimTtlSeconds, 'NX'));
    return answer === 'OK';
  }

  async answerFor(messageSid: string): Promise<string | undefined> {
    const raw = await redisCall('reading an SMS answer', this.redis.get(messageKey(messageSid)));
    return raw === null || raw === '' ? undefined : raw;
  }

  async saveAnswer(messageSid: string, twiml: string, phoneE164?: string): Promise<void> {
    // Listed for the number first, so an erasure never misses an answer already saved.
    if (phoneE164 !== undefined) {
      const answers = this.answersKey(phoneE164);
      await redisTransaction('saving an SMS answer', this.redis.multi().sadd(answers, messageSid).expire(answers, smsClaimTtlSeconds));
    }
    await redisCall('saving an SMS answer', this.redis.set(messageKey(messageSid), twiml, 'KEEPTTL', 'XX'));
  }

  async setOptedOut(phoneE164: string, optedOut: boolean, at: string): Promise<void> {
    const { raw } = smsOptOutCodec.encode({ optedOut, at });
    await redisCall('saving an SMS opt-out', this.redis.set(this.optOutKey(phoneE164), raw));
  }

  async isOptedOut(phoneE164: string): Promise<boolean> {
    const raw = await redisCall('reading an SMS opt-out', this.redis.get(this.optOutKey(phoneE164)));
    return raw !== null && smsOptOutCodec.decode(raw).optedOut;
  }

  async saveRest(phoneE164: string, rest: string | undefined): Promise<void> {
    const write: Promise<unknown> = rest === undefined || rest === '' ? this.redis.del(this.restKey(phoneE164)) : this.redis.set(this.restKey(phoneE164), rest, 'EX', smsRestTtlSeconds);
    await redisCall('saving the rest of an SMS reply', write);
  }

  async takeRest(phoneE164: string): Promise<string | undefined> {
    // GETDEL (Redis 6.2+): two instances answering MORE at once never both send the same part.
    const raw = await redisCall('taking the rest of an SMS reply', this.redis.getdel(this.restKey(phoneE164)));
    return raw === null || raw === '' ? undefined : raw;
  }

  /**
   * Blanks each answer kept for the number (the claim and its expiry stay, so a late retry still
   * runs no turn), then, in one script that checks no answer was added meanwhile, drops the list,
   * the rest and an opt-in record (an opt-out, or anything unreadable, stays).
   */
  async eraseFor(phoneE164: string): Promise<void> {
    const [answers, rest, optOut] = [this.answersKey(phoneE164), this.restKey(phoneE164), this.optOutKey(phoneE164)];
    await retryCompareAndSet("a number's SMS records", async () => {
      const sids = await redisCall("erasing a number's SMS records", this.redis.smembers(answers));
      await redisCall("erasing a number's SMS records", Promise.all(sids.map((sid) => this.redis.set(messageKey(sid), '', 'KEEPTTL', 'XX'))));
      const code = await redisCall("erasing a number's SMS records", this.redis.lwcEraseSmsNumber(answers, rest, optOut, ...sids));
      return resultOf(readAgainResults, code, 'eraseSmsNumber') === 'done' ? undefined : lostRace;
    });
  }
}
