import { linkCodeGrantSchema, type LinkCodeGrant } from '../domain/teams/link-code';
import { siteChannelSchema, type SiteChannel } from '../domain/teams/site-channel';
import { teamsConversationSchema, type TeamsConversation } from '../domain/teams/teams-conversation';
import { sitePractitionerSchema, type SitePractitioner } from '../teams/site-practitioner';
import { callbackOutcomeSchema, type CallbackOutcome } from '../domain/callbacks/callback-outcome';
import { digestDaySchema, type DigestDay } from '../domain/teams/morning-digest';
import { monthlyDigestRecordSchema, type MonthlyDigestRecord } from '../domain/teams/monthly-digest';
import { callbackCardRecordSchema, eventCursorSchema, type CallbackCardRecord, type EventCursor } from '../domain/teams/callback-card-record';
import { versionedRecordCodec } from './record-codec';

/*
 * The Teams side's records at rest, each `{ v: 1, <field>: record }`, checked both ways. Ids only:
 * no names, no message text.
 */

/** A Teams conversation the bot can write to (`{ v: 1, conversation }`). */
export const teamsConversationCodec = versionedRecordCodec<TeamsConversation>({
  name: 'Teams conversation',
  article: 'a',
  schema: teamsConversationSchema,
  atRest: { field: 'conversation' },
  namePaths: true,
});

/** A site's practitioner (`{ v: 1, practitioner }`). */
export const sitePractitionerCodec = versionedRecordCodec<SitePractitioner>({
  name: 'site practitioner',
  article: 'a',
  schema: sitePractitionerSchema,
  atRest: { field: 'practitioner' },
  namePaths: true,
});

/** A link code's grant, kept under the code's hash (`{ v: 1, grant }`). */
export const linkCodeGrantCodec = versionedRecordCodec<LinkCodeGrant>({
  name: 'Teams link code',
  article: 'a',
  schema: linkCodeGrantSchema,
  atRest: { field: 'grant' },
  namePaths: true,
});

/** A site's linked channel (`{ v: 1, channel }`). */
export const siteChannelCodec = versionedRecordCodec<SiteChannel>({
  name: 'site channel link',
  article: 'a',
  schema: siteChannelSchema,
  atRest: { field: 'channel' },
  namePaths: true,
});

/** The Teams side of a callback request at rest (`{ v: 1, card }`). */
export const callbackCardCodec = versionedRecordCodec<CallbackCardRecord>({
  name: 'callback card record',
  article: 'a',
  schema: callbackCardRecordSchema,
  atRest: { field: 'card' },
  namePaths: true,
});

/** An outbox reader's place at rest (`{ v: 1, cursor }`). */
export const eventCursorCodec = versionedRecordCodec<EventCursor>({
  name: 'event cursor',
  article: 'an',
  schema: eventCursorSchema,
  atRest: { field: 'cursor' },
});

/** A recorded outcome at rest (`{ v: 1, outcome }`). */
export const callbackOutcomeCodec = versionedRecordCodec<CallbackOutcome>({
  name: 'callback outcome',
  article: 'a',
  schema: callbackOutcomeSchema,
  atRest: { field: 'outcome' },
  namePaths: true,
});

/** The date of a site's last morning digest at rest (`{ v: 1, digest }`). */
export const digestDayCodec = versionedRecordCodec<DigestDay>({
  name: 'digest day',
  article: 'a',
  schema: digestDaySchema,
  atRest: { field: 'digest' },
});

/** The month a site's last monthly digest reported, at rest (`{ v: 1, digest }`). */
export const monthlyDigestCodec = versionedRecordCodec<MonthlyDigestRecord>({
  name: 'monthly digest',
  article: 'a',
  schema: monthlyDigestRecordSchema,
  atRest: { field: 'digest' },
});
