import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeActivityProblems, inboundActivitySchema } from '../../adapters/bot-connector/bot-connector-protocol';
import { postedActivitySchema } from '../../adapters/webchat/webchat-protocol';
import { ConfigError, loadConfig } from '../../src/config';
import { isAppError } from '../../src/domain/app-error';
import { activityRecordCodec, adminTokenCodec } from '../../src/store/activity-record-schema';
import { callbackRecordCodec, domainEventCodec, erasedCallbackCodec } from '../../src/store/callback-record-schema';
import { pendingExportCodec } from '../../src/store/data-export-schema';
import { conversationCodec, decodeActivity } from '../../src/store/direct-line-schema';
import { auditEntryCodec, personRecordCodec } from '../../src/store/person-record-schema';
import { pushSubscriptionCodec } from '../../src/store/push-subscription-schema';
import { smsOptOutCodec } from '../../src/store/sms-record-schema';
import { decodeItem } from '../../src/store/storage-record';
import { teamDirectoryCodec } from '../../src/store/team-record-schema';
import { linkCodeGrantCodec, siteChannelCodec, sitePractitionerCodec, teamsConversationCodec } from '../../src/store/teams-record-schema';
import { callbackCardCodec, callbackOutcomeCodec, digestDayCodec, eventCursorCodec, monthlyDigestCodec } from '../../src/store/teams-record-schema';
import { universalActionInvokeSchema } from '../../src/domain/teams/card-action';
import { wellbeingRecordCodec } from '../../src/store/wellbeing-record-schema';
import { fuzzParameters } from './fuzz-settings';

/**
 * Property-based fuzzing of the zod schemas at the trust boundaries: whatever comes in is either
 * parsed or refused with the service's typed error, never a crash, and refusals never repeat a value
 * (values may be personal).
 */

/** A value no schema would put in an error message unless it echoed what it was given. */
const marker = 'SECRET-7f3a';
const markedText = fc.string({ maxLength: 20 }).map((text) => `${marker}${text}`);

describe('zod schemas, fuzzed', () => {
  it.each([
    ['Bot Connector activity', inboundActivitySchema],
    ['Direct Line posted activity', postedActivitySchema],
    ['Teams Action.Execute invoke value', universalActionInvokeSchema],
  ] as const)('%s: any value is parsed or refused, and what is parsed parses again to itself', (_name, schema) => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue()), (value) => {
        const parsed = schema.safeParse(value);
        if (parsed.success) expect(schema.parse(parsed.data)).toEqual(parsed.data);
      }),
      fuzzParameters(),
    );
  });

  it('names what is wrong with an activity without repeating its values', () => {
    const nearActivity = fc.record(
      {
        type: fc.oneof(markedText, fc.integer()),
        channelId: fc.oneof(markedText.map((text) => text.repeat(5)), fc.constant('')),
        serviceUrl: markedText,
        conversation: fc.oneof(fc.record({ id: fc.oneof(markedText, fc.constant(''), fc.boolean()) }), markedText),
        from: fc.oneof(fc.record({ id: fc.oneof(markedText.map((text) => text.repeat(40)), fc.constant('')) }), markedText),
        text: fc.oneof(markedText.map((text) => text.repeat(2_000)), fc.integer()),
        deliveryMode: markedText,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(nearActivity, (value) => {
        const parsed = inboundActivitySchema.safeParse(value);
        if (!parsed.success) expect(describeActivityProblems(parsed.error)).not.toContain(marker);
      }),
      fuzzParameters(),
    );
  });

  const decoders: ReadonlyArray<readonly [string, (raw: string) => unknown]> = [
    ['person record', (raw) => personRecordCodec.decode(raw)],
    ['wellbeing record', (raw) => wellbeingRecordCodec.decode(raw)],
    ['activity listing', (raw) => activityRecordCodec.decode(raw)],
    ['admin token', (raw) => adminTokenCodec.decode(raw)],
    ['callback request', (raw) => callbackRecordCodec.decode(raw)],
    ['erased callback', (raw) => erasedCallbackCodec.decode(raw)],
    ['data export', (raw) => pendingExportCodec.decode(raw)],
    ['SMS opt-out', (raw) => smsOptOutCodec.decode(raw)],
    ['push subscription', (raw) => pushSubscriptionCodec.decode(raw)],
    ['team directory entry', (raw) => teamDirectoryCodec.decode(raw)],
    ['Teams conversation', (raw) => teamsConversationCodec.decode(raw)],
    ['site practitioner', (raw) => sitePractitionerCodec.decode(raw)],
    ['Teams link code', (raw) => linkCodeGrantCodec.decode(raw)],
    ['site channel link', (raw) => siteChannelCodec.decode(raw)],
    ['domain event', (raw) => domainEventCodec.decode(raw)],
    ['audit entry', (raw) => auditEntryCodec.decode(raw)],
    ['web chat conversation', (raw) => conversationCodec.decode(raw)],
    ['callback card record', (raw) => callbackCardCodec.decode(raw)],
    ['event cursor', (raw) => eventCursorCodec.decode(raw)],
    ['callback outcome', (raw) => callbackOutcomeCodec.decode(raw)],
    ['digest day', (raw) => digestDayCodec.decode(raw)],
    ['monthly digest', (raw) => monthlyDigestCodec.decode(raw)],
    ['web chat activity', decodeActivity],
    ['dialog state item', (raw) => decodeItem('state:key', raw, 'etag-1')],
  ];

  it.each(decoders)('%s: anything read back from the store decodes or fails as STORE_RECORD_INVALID, without its values', (_name, decode) => {
    const stored = fc.oneof(
      fc.string(),
      fc.json({ maxDepth: 4 }),
      // Versioned records with a marked value somewhere inside.
      fc
        .record({ v: fc.constantFrom(1, 2, 3, 0, '1'), data: fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(markedText, fc.jsonValue({ maxDepth: 2 })), { maxKeys: 5 }) })
        .map(({ v, data }) => JSON.stringify({ ...data, v, name: `${marker}-name`, phone: `${marker}-phone` })),
    );
    fc.assert(
      fc.property(stored, (raw) => {
        try {
          decode(raw);
        } catch (error) {
          expect(isAppError(error, 'STORE_RECORD_INVALID'), `threw ${error instanceof Error ? error.name : typeof error}`).toBe(true);
          expect(error instanceof Error ? error.message : '').not.toContain(marker);
        }
      }),
      fuzzParameters(),
    );
  });

  it('config: any environment gives a Config or a ConfigError, never a crash', () => {
    // Every variable .env.example documents, with random, blank or near-valid values.
    const names = [...readFileSync(join(__dirname, '../../.env.example'), 'utf8').matchAll(/^#?\s*([A-Z][A-Za-z0-9_]+)=/gm)].map((match) => match[1] ?? '');
    expect(names.length).toBeGreaterThan(20);
    const value = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', ' ', '0', '-1', '99999999999', 'true', 'production', 'redis://127.0.0.1:1', 'https://x.example', 'debug'));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 8 }), (env) => {
        try {
          loadConfig(env);
        } catch (error) {
          expect(error, `threw ${error instanceof Error ? error.name : typeof error}`).toBeInstanceOf(ConfigError);
        }
      }),
      fuzzParameters(),
    );
  });
});
