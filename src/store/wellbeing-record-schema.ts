import { z } from 'zod';
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
import { versionedRecordCodec } from './record-codec';

/*
 * Every object is strict: a field this release does not know means a newer writer, and an update
 * here is read → change → write, so silently dropping the field would erase what that writer kept
 * (a person's goals and answers are not something to lose quietly). Strictness on encoding also
 * keeps anything stray that was spread into a record (dialog state, say) out of storage.
 *
 * Each object's shape `satisfies` the keys of its domain type, so a field added to the domain
 * fails to compile here instead of making every encoding fail at run time; the codec's type
 * parameter `WellbeingRecord` checks the value types the other way.
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
 * Wellbeing records at rest (`{ v: 1, record }`), for a record store. Versioned so that a future
 * change of shape fails loudly (or is migrated here) instead of handing a feature something it does
 * not expect. Errors name where the record failed (strict objects: the paths are field names and
 * indexes), never its values.
 */
export const wellbeingRecordCodec = versionedRecordCodec<WellbeingRecord>({
  name: 'wellbeing record',
  article: 'a',
  schema: wellbeingRecordSchema,
  atRest: { field: 'record' },
  namePaths: true,
});
