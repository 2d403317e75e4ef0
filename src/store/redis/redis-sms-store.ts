import type { Redis } from 'ioredis';
import type { KeyedReference } from '../keyed-reference';
import type { SmsChannelStore } from '../ports';
import { smsClaimTtlSeconds, smsOptOutCodec, smsRestTtlSeconds } from '../sms-record-schema';
import { redisFailure } from './redis-failure';

const messagePrefix = 'sms-msg:';
const messageKey = (messageSid: string) => `${messagePrefix}${messageSid}`;

/**
 * Erasure in one step. KEYS: the number's answers set, its rest, its opt-out record; ARGV[1]: the
 * full prefix of message keys. Each answer is blanked (the claim and its expiry stay, so a late
 * retry still runs no turn); an opt-in record goes, an opt-out (or anything unreadable) stays.
 */
const eraseScript = `
local sids = redis.call('SMEMBERS', KEYS[1])
for _, sid in ipairs(sids) do redis.call('SET', ARGV[1] .. sid, '', 'XX', 'KEEPTTL') end
redis.call('DEL', KEYS[1], KEYS[2])
local raw = redis.call('GET', KEYS[3])
if raw then
  local ok, record = pcall(cjson.decode, raw)
  if ok and type(record) == 'table' and record.optedOut == false then redis.call('DEL', KEYS[3]) end
end
return #sids
`;

/**
 * The SMS channel's records on Redis:
 * - `sms-msg:<MessageSid>`: '' once claimed (SET NX, 24 h), then the TwiML answered (same expiry);
 * - `sms-answers:<ref>`: the MessageSids whose answers are kept for the number (for erasure; 24 h);
 * - `sms-more:<ref>`: the rest of a long reply, waiting for MORE (1 day);
 * - `sms-optout:<ref>`: `{ v: 1, optedOut, at }`, no expiry.
 * `<ref>` is the number's keyed reference: no key holds a phone number.
 */
export class RedisSmsStore implements SmsChannelStore {
  /** @param keyPrefix the client's own key prefix (the erasure script builds message keys itself). */
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly references: KeyedReference,
  ) {}

  private answersKey(phoneE164: string): string {
    return `sms-answers:${this.references('number', phoneE164)}`;
  }

  private restKey(phoneE164: string): string {
    return `sms-more:${this.references('number', phoneE164)}`;
  }

  private optOutKey(phoneE164: string): string {
    return `sms-optout:${this.references('number', phoneE164)}`;
  }

  async claimMessage(messageSid: string): Promise<boolean> {
    const answer = await this.redis.set(messageKey(messageSid), '', 'EX', smsClaimTtlSeconds, 'NX').catch((cause: unknown) => {
      throw redisFailure('claiming an SMS message', cause);
    });
    return answer === 'OK';
  }

  async answerFor(messageSid: string): Promise<string | undefined> {
    const raw = await this.redis.get(messageKey(messageSid)).catch((cause: unknown) => {
      throw redisFailure('reading an SMS answer', cause);
    });
    return raw === null || raw === '' ? undefined : raw;
  }

  async saveAnswer(messageSid: string, twiml: string, phoneE164?: string): Promise<void> {
    const transaction = this.redis.multi().set(messageKey(messageSid), twiml, 'KEEPTTL', 'XX');
    if (phoneE164 !== undefined) transaction.sadd(this.answersKey(phoneE164), messageSid).expire(this.answersKey(phoneE164), smsClaimTtlSeconds);
    await this.exec(transaction, 'saving an SMS answer');
  }

  async setOptedOut(phoneE164: string, optedOut: boolean, at: string): Promise<void> {
    const raw = smsOptOutCodec.encode({ optedOut, at });
    await this.redis.set(this.optOutKey(phoneE164), raw).catch((cause: unknown) => {
      throw redisFailure('saving an SMS opt-out', cause);
    });
  }

  async isOptedOut(phoneE164: string): Promise<boolean> {
    const raw = await this.redis.get(this.optOutKey(phoneE164)).catch((cause: unknown) => {
      throw redisFailure('reading an SMS opt-out', cause);
    });
    return raw !== null && smsOptOutCodec.decode(raw).optedOut;
  }

  async saveRest(phoneE164: string, rest: string | undefined): Promise<void> {
    const write = rest === undefined || rest === '' ? this.redis.del(this.restKey(phoneE164)) : this.redis.set(this.restKey(phoneE164), rest, 'EX', smsRestTtlSeconds);
    await write.catch((cause: unknown) => {
      throw redisFailure('saving the rest of an SMS reply', cause);
    });
  }

  async takeRest(phoneE164: string): Promise<string | undefined> {
    // GETDEL (Redis 6.2+): two instances answering MORE at once never both send the same part.
    const raw = await this.redis.getdel(this.restKey(phoneE164)).catch((cause: unknown) => {
      throw redisFailure('taking the rest of an SMS reply', cause);
    });
    return raw === null || raw === '' ? undefined : raw;
  }

  async eraseFor(phoneE164: string): Promise<void> {
    await this.redis
      .eval(eraseScript, 3, this.answersKey(phoneE164), this.restKey(phoneE164), this.optOutKey(phoneE164), `${this.keyPrefix}${messagePrefix}`)
      .catch((cause: unknown) => {
        throw redisFailure("erasing a number's SMS records", cause);
      });
  }

  private async exec(transaction: ReturnType<Redis['multi']>, what: string): Promise<void> {
    const results = await transaction.exec().catch((cause: unknown) => {
      throw redisFailure(what, cause);
    });
    const failed = results?.find(([error]) => error !== null)?.[0];
    if (results === null || failed) throw redisFailure(what, failed ?? new Error('transaction aborted'));
  }
}
