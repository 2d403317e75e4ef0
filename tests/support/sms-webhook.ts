import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import { expect } from 'vitest';
import type { FakeTwilio } from './fake-twilio';
import type { TestService } from './service-harness';

export const accountSid = `AC${'ab'.repeat(16)}`;
export const authToken = 'test-auth-token-0123456789abcdef';
export const publicUrl = 'https://companion.example.test';
export const ourNumber = '+447700900000';

/** The environment that turns SMS on against the fake Twilio. */
export function smsEnv(fake: FakeTwilio, extra: Record<string, string> = {}): Record<string, string> {
  return {
    TWILIO_ACCOUNT_SID: accountSid,
    TWILIO_AUTH_TOKEN: authToken,
    TWILIO_FROM_NUMBER: ourNumber,
    TWILIO_API_BASE_URL: fake.baseUrl,
    PUBLIC_URL: publicUrl,
    ...extra,
  };
}

export function newMessageSid(): string {
  return `SM${randomBytes(16).toString('hex')}`;
}

export type Signing = 'valid' | 'forged' | 'missing';

export interface TwimlAnswer {
  readonly status: number;
  readonly contentType: string | null;
  readonly twiml: string;
  /** The `<Message>` bodies, XML entities decoded. */
  readonly messages: string[];
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Posts a signed (or not) webhook, as Twilio would, to the service's own address; the signature covers PUBLIC_URL. */
export async function postWebhook(service: TestService, path: string, params: Record<string, string>, signing: Signing = 'valid') {
  const signature = twilio.getExpectedTwilioSignature(signing === 'forged' ? 'not-the-auth-token-000000000000' : authToken, `${publicUrl}${path}`, params);
  return fetch(`${service.baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(signing === 'missing' ? {} : { 'x-twilio-signature': signature }),
    },
    body: new URLSearchParams(params).toString(),
  });
}

/** An inbound SMS webhook from `from`, answered with TwiML. */
export async function text(service: TestService, from: string, body: string, options: { sid?: string; signing?: Signing } = {}): Promise<TwimlAnswer> {
  const sid = options.sid ?? newMessageSid();
  const params = {
    ToCountry: 'GB',
    SmsMessageSid: sid,
    NumMedia: '0',
    SmsSid: sid,
    SmsStatus: 'received',
    Body: body,
    To: ourNumber,
    NumSegments: '1',
    MessageSid: sid,
    AccountSid: accountSid,
    From: from,
    ApiVersion: '2010-04-01',
  };
  const response = await postWebhook(service, '/api/sms', params, options.signing);
  const twiml = await response.text();
  const messages = [...twiml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((match) => unescapeXml(match[1] ?? ''));
  return { status: response.status, contentType: response.headers.get('content-type'), twiml, messages };
}

/** Texts and returns the replies, expecting 200. */
export async function say(service: TestService, from: string, body: string): Promise<string[]> {
  const answer = await text(service, from, body);
  expect(answer.status).toBe(200);
  return answer.messages;
}
