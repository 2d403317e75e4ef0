import type {
  CheckInPreferences,
  ConnectionAnswers,
  MeasureId,
  Ons4Answers,
  WellbeingRecord,
} from './wellbeing-record';

/** Longest note kept with a rating; longer ones are cut (people type a few words). */
export const maxNoteLength = 500;

/**
 * Adds the person's note ("what helped") to the rating they gave at `ratingAt`.
 * Returns `undefined` when that rating is no longer there (the goal was changed in between).
 */
export function noteRating(record: WellbeingRecord, goalId: string, ratingAt: string, note: string, at: string): WellbeingRecord | undefined {
  const goal = record.goals.find((candidate) => candidate.id === goalId);
  if (goal === undefined || !goal.ratings.some((rating) => rating.at === ratingAt)) return undefined;
  // Cut by characters, not UTF-16 units, so an emoji at the limit is not split in half.
  const text = Array.from(note.trim()).slice(0, maxNoteLength).join('');
  return {
    ...record,
    goals: record.goals.map((candidate) =>
      candidate.id !== goalId
        ? candidate
        : { ...candidate, ratings: candidate.ratings.map((rating) => (rating.at === ratingAt ? { ...rating, note: text } : rating)) },
    ),
    updatedAt: at,
  };
}

/** Keeps one sitting of the ONS4 questions; the measure counts as offered now. */
export function recordOns4(record: WellbeingRecord, answers: Ons4Answers): WellbeingRecord {
  return { ...record, ons4: [...record.ons4, answers], lastOffered: { ...record.lastOffered, ons4: answers.at }, updatedAt: answers.at };
}

/** Keeps one sitting of the social connection questions; the measure counts as offered now. */
export function recordConnection(record: WellbeingRecord, answers: ConnectionAnswers): WellbeingRecord {
  return {
    ...record,
    connection: [...record.connection, answers],
    lastOffered: { ...record.lastOffered, connection: answers.at },
    updatedAt: answers.at,
  };
}

/** Notes that a measure was offered and the person said "not now", so it is not offered again too soon. */
export function markOffered(record: WellbeingRecord, measure: MeasureId, at: string): WellbeingRecord {
  return { ...record, lastOffered: { ...record.lastOffered, [measure]: at }, updatedAt: at };
}

/** Whether the person wants the wellbeing questions offered again (every 4 weeks / 3 months). */
export function setRepeatMeasures(record: WellbeingRecord, agreed: boolean, at: string): WellbeingRecord {
  return { ...record, repeatMeasures: agreed, updatedAt: at };
}

/** Saves check-in preferences (their `updatedAt` is the time of saving). */
export function setPreferences(record: WellbeingRecord, preferences: CheckInPreferences): WellbeingRecord {
  return { ...record, preferences, updatedAt: preferences.updatedAt };
}

/** The latest ONS4 sitting before the last one, to show change. */
export function previousOns4(record: WellbeingRecord): Ons4Answers | undefined {
  return record.ons4.length < 2 ? undefined : record.ons4[record.ons4.length - 2];
}
