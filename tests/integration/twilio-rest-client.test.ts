import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmsSettings } from '../../adapters/sms/sms-settings';
import { TwilioRestClient, type TwilioRetryOptions } from '../../adapters/sms/twilio-rest-client';
import { isAppError } from '../../src/domain/app-error';
import { startFakeTwilio, type FakeTwilio } from '../support/fake-twilio';

const accountSid = `AC${'cd'.repeat(16)}`;

describe('Twilio REST client against a fake Messages API', () => {
  let fake: FakeTwilio;
  const waits: number[] = [];
  const client = (overrides: Partial<SmsSettings> & TwilioRetryOptions = {}) =>
    new TwilioRestClient(
      {
        accountSid,
        authToken: 'token-0123456789abcdef',
        sender: overrides.sender ?? { from: '+447700900000' },
        apiBaseUrl: fake.baseUrl,
        publicUrl: 'https://companion.example.test',
        twimlBudgetMs: 0,
      },
      {
        sleep: async (ms) => {
          waits.push(ms);
        },
        ...(overrides.baseDelayMs === undefined ? {} : { baseDelayMs: overrides.baseDelayMs }),
      },
    );
  beforeAll(async () => {
    fake = await startFakeTwilio();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('posts To, From, Body and StatusCallback with basic auth and parses the answer', async () => {
    const sent = await client().sendMessage('+447700900123', 'Hello & welcome');
    expect(sent.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(sent.status).toBe('queued');
    expect(fake.sends.at(-1)).toMatchObject({
      accountSid,
      credentials: `${accountSid}:token-0123456789abcdef`,
      to: '+447700900123',
      from: '+447700900000',
      body: 'Hello & welcome',
      statusCallback: 'https://companion.example.test/api/sms/status',
    });
  });

  it('sends from a Messaging Service when one is configured', async () => {
    const messagingServiceSid = `MG${'ef'.repeat(16)}`;
    await client({ sender: { messagingServiceSid } }).sendMessage('+447700900123', 'Hi');
    expect(fake.sends.at(-1)).toMatchObject({ messagingServiceSid, from: undefined });
  });

  it('retries 429 honouring Retry-After, and 5xx with jittered backoff', async () => {
    waits.length = 0;
    fake.failNext(429);
    fake.failNext(503);
    const before = fake.requestCount();
    await client({ baseDelayMs: 100 }).sendMessage('+447700900123', 'Hi');
    expect(fake.requestCount() - before).toBe(3);
    // Retry-After: 0 from the 429, then 100–200 ms × 2 for the second attempt's 503.
    expect(waits[0]).toBe(0);
    expect(waits[1]).toBeGreaterThanOrEqual(100);
    expect(waits[1]).toBeLessThanOrEqual(200);
  });

  it('gives up after 3 attempts with UPSTREAM_UNAVAILABLE, naming no number', async () => {
    fake.failNext(500, 3);
    const before = fake.requestCount();
    const failure = await client().sendMessage('+447700900123', 'Hi').catch((error: unknown) => error);
    expect(isAppError(failure, 'UPSTREAM_UNAVAILABLE')).toBe(true);
    expect(String((failure as Error).message)).not.toContain('447700900123');
    expect(fake.requestCount() - before).toBe(3);
  });

  it('does not retry a refusal (4xx other than 429), and says which Twilio error it was', async () => {
    fake.failNext(400);
    const before = fake.requestCount();
    const failure = await client().sendMessage('+447700900123', 'Hi').catch((error: unknown) => error);
    expect(isAppError(failure, 'UPSTREAM_UNAVAILABLE')).toBe(true);
    expect((failure as Error).message).toContain('Twilio answered 400 (error 21211)');
    expect(fake.requestCount() - before).toBe(1);
  });
});
