import { ratingScaleHint } from '../src/domain/wellbeing/progress-summary';

/** The kind re-ask for a rating that was not a whole number from 0 to 10. Nothing was saved. */
export function ratingReask(kind: 'out-of-range' | 'not-a-rating'): string {
  return kind === 'out-of-range'
    ? `Ratings go from 0 to 10 in whole numbers, so I haven't saved that. ${ratingScaleHint} What number would you give it? Or type "skip".`
    : `Sorry, I need a number from 0 to 10 for that, like 4 or 7/10. ${ratingScaleHint} Or type "skip".`;
}

/** The question that rates a goal. */
export function goalRatingQuestion(goalText: string, previous?: { score: number; when: string }): string {
  const last = previous === undefined ? '' : ` Last time (${previous.when}) you said ${previous.score}.`;
  return `"${goalText}":${last} How close are you to reaching it now, from 0 to 10? ${ratingScaleHint} (Or type "skip".)`;
}
