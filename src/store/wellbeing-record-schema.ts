import { z } from 'zod';
import { AppError } from '../domain/app-error';
import { localTimeSchema } from '../domain/local-date';
import type {
  CheckInFrequency,
  CheckInPreferences,
  ConnectionAnswers,
  Goal,
  GoalRating,
  GoalStatus,
  MeasureId,
  Ons4Answers,
  Ons4QuestionId,
  QuietHours,
  TimeOfDay,
  WellbeingRecord,
  YesNo,
} from '../domain/wellbeing/wellbeing-record';
import type { RecordCodec } from './record-codec';
import { parseStoredJson } from './storage-record';

/*
 * Every object is strict: a field this release does not know means a newer writer, and an update
 * here is read → change → write, so silently dropping the field would erase what that writer kept
 * (a person's goals and answers are not something to lose quietly). Strictness on encoding also
 * keeps anything stray that was spread into a record (dialog state, say) out of storage.
 *
 * Each object's shape `satisfies` the keys of its domain type, so a field added to the domain
 * fails to compile here instead of making every encoding fail at run time; `decode` returning
 * `WellbeingRecord` checks the value types the other way.
 */

/** The schema fields of an object type: every key, none extra. */
type ShapeOf<T> = { readonly [K in keyof T]-?: z.ZodType };

/** A zod enum of every member of `T`: the mapped type refuses a list that misses or invents one. */
function enumOf<T extends string>(members: { readonly [K in T]: K }) {
  return z.enum(members);
}

/** A UTC ISO instant as `Date.prototype.toISOString` writes it. */
const instant = z.iso.datetime();
/** Goal ratings and ONS4 answers: whole numbers 0–10. */
const score = z.number().int().min(0).max(10);
const yesNo = enumOf<YesNo>({ yes: 'yes', no: 'no' });

const goalRatingSchema = z.strictObject({
  score,
  at: instant,
  // Notes are cut at 500 characters; an emoji is two UTF-16 units, so the stored length allows twice that.
  note: z.string().max(1_000).exactOptional(),
} satisfies ShapeOf<GoalRating>);

const goalSchema = z.strictObject({
  id: z.uuid(),
  text: z.string().min(1).max(200),
  status: enumOf<GoalStatus>({ active: 'active', paused: 'paused', achieved: 'achieved', retired: 'retired' }),
  createdAt: instant,
  statusChangedAt: instant,
  ratings: z.array(goalRatingSchema),
} satisfies ShapeOf<Goal>);

const ons4AnswersSchema = z.strictObject({
  at: instant,
  // A partial record of the four questions: any may be skipped, no other key is allowed.
  scores: z.strictObject({
    lifeSatisfaction: score.exactOptional(),
    worthwhile: score.exactOptional(),
    happiness: score.exactOptional(),
    anxiety: score.exactOptional(),
  } satisfies ShapeOf<Record<Ons4QuestionId, number>>),
} satisfies ShapeOf<Ons4Answers>);

const connectionAnswersSchema = z.strictObject({
  at: instant,
  closeFriend: yesNo.exactOptional(),
  tookPart: yesNo.exactOptional(),
} satisfies ShapeOf<ConnectionAnswers>);

const checkInPreferencesSchema = z.strictObject({
  frequency: enumOf<CheckInFrequency>({ weekly: 'weekly', fortnightly: 'fortnightly', monthly: 'monthly', never: 'never' }),
  timeOfDay: enumOf<TimeOfDay>({ morning: 'morning', afternoon: 'afternoon', evening: 'evening', any: 'any' }),
  quietHours: z.strictObject({ from: localTimeSchema, to: localTimeSchema } satisfies ShapeOf<QuietHours>).nullable(),
  updatedAt: instant,
} satisfies ShapeOf<CheckInPreferences>);

const wellbeingRecordSchema = z.strictObject({
  goals: z.array(goalSchema),
  ons4: z.array(ons4AnswersSchema),
  connection: z.array(connectionAnswersSchema),
  lastOffered: z.strictObject({
    ons4: instant.exactOptional(),
    connection: instant.exactOptional(),
  } satisfies ShapeOf<Record<MeasureId, string>>),
  repeatMeasures: z.boolean().exactOptional(),
  preferences: checkInPreferencesSchema.exactOptional(),
  createdAt: instant,
  updatedAt: instant,
} satisfies ShapeOf<WellbeingRecord>);

/**
 * A wellbeing record at rest. Versioned so that a future change of shape fails loudly (or is
 * migrated here) instead of handing a feature something it does not expect.
 */
export const storedWellbeingRecordSchema = z.strictObject({
  v: z.literal(1),
  record: wellbeingRecordSchema,
});

/**
 * Where the record failed to fit, as field paths (`goals.0.ratings.2.score`). Safe to put in an
 * error: with strict objects every path segment is a schema field name or an array index, whereas
 * zod's messages and issues may quote the values, which are personal.
 */
function wherePaths(error: z.ZodError): string {
  const paths = [...new Set(error.issues.map((issue) => issue.path.map(String).join('.') || '(record)'))];
  return paths.slice(0, 3).join(', ') + (paths.length > 3 ? ', …' : '');
}

/**
 * Serializes a wellbeing record for storage, checking its shape first so nothing malformed is saved.
 * @throws AppError STORE_RECORD_INVALID when the record does not fit the schema.
 */
function encodeWellbeingRecord(record: WellbeingRecord): string {
  const parsed = wellbeingRecordSchema.safeParse(record);
  if (!parsed.success) {
    throw new AppError('STORE_RECORD_INVALID', `refusing to store a wellbeing record of an unknown shape (at ${wherePaths(parsed.error)})`);
  }
  return JSON.stringify({ v: 1, record: parsed.data });
}

/**
 * Parses a stored wellbeing record into a fresh object.
 * @throws AppError STORE_RECORD_INVALID for anything but JSON of a known version and shape.
 */
function decodeWellbeingRecord(raw: string): WellbeingRecord {
  const parsed = storedWellbeingRecordSchema.safeParse(parseStoredJson(raw, 'wellbeing record'));
  if (!parsed.success) {
    throw new AppError('STORE_RECORD_INVALID', `stored wellbeing record has an unknown version or shape (at ${wherePaths(parsed.error)})`);
  }
  return parsed.data.record;
}

/** Wellbeing records at rest (`{ v: 1, record }`), for a {@link RecordCodec}-driven record store. */
export const wellbeingRecordCodec: RecordCodec<WellbeingRecord> = {
  name: 'wellbeing record',
  encode: encodeWellbeingRecord,
  decode: decodeWellbeingRecord,
};
