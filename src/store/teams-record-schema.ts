import { callbackOutcomeSchema, type CallbackOutcome } from '../domain/callbacks/callback-outcome';
import { digestDaySchema, type DigestDay } from '../domain/teams/morning-digest';
import { callbackCardRecordSchema, eventCursorSchema, type CallbackCardRecord, type EventCursor } from '../domain/teams/callback-card-record';
import { versionedRecordCodec } from './record-codec';

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
