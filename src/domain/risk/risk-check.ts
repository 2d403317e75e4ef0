import { normaliseText } from './normalise-text';
import { figureOfSpeechMasks, jokeMarker, riskPatternsByCategory, urgentCues, type RiskPattern } from './risk-patterns';

/** What a message may need crisis signposting for, in the order replies should list them. */
export const riskCategories = [
  'suicide_self_harm',
  'overdose',
  'harm_to_others',
  'abuse_safeguarding',
  'eating_disorder',
] as const;

export type RiskCategory = (typeof riskCategories)[number];

/**
 * 'urgent': immediate danger: intent, a plan, means at hand, or an act in progress.
 * 'concern': any other risk signal; the person still gets crisis signposting.
 */
export type RiskLevel = 'none' | 'concern' | 'urgent';

/** Invariant: `level` is 'none' exactly when `categories` is empty. */
export interface RiskAssessment {
  readonly level: RiskLevel;
  readonly categories: readonly RiskCategory[];
}

const patternsByCategory: Readonly<Record<RiskCategory, readonly RiskPattern[]>> = riskPatternsByCategory;

const noRisk: RiskAssessment = Object.freeze({ level: 'none', categories: Object.freeze([]) });

/** Blanks idioms, negations and talk about a topic so they cannot match a risk pattern. */
function maskFiguresOfSpeech(normalised: string): string {
  return figureOfSpeechMasks.reduce((text, mask) => text.replace(mask, ' . '), normalised);
}

/**
 * Checks one inbound message for risk. Pure and synchronous, so it can run before any
 * dialog, store or network call, on every message.
 *
 * Pattern-based and deliberately cautious: a missed risk costs more than an unneeded
 * signpost. It does not diagnose; it decides whether to show crisis support.
 *
 * @param text - the message exactly as typed
 * @returns the level and the categories (in `riskCategories` order) that matched
 */
export function assessRisk(text: string): RiskAssessment {
  const normalised = normaliseText(text);
  if (normalised === '') return noRisk;

  const guarded = maskFiguresOfSpeech(normalised);
  const joking = jokeMarker.test(guarded);
  const categories: RiskCategory[] = [];
  let isUrgent = false;

  for (const category of riskCategories) {
    const matches = patternsByCategory[category].filter(
      (signal) => !(signal.hyperbole === true && joking) && signal.pattern.test(guarded),
    );
    if (matches.length === 0) continue;
    categories.push(category);
    if (matches.some((signal) => signal.urgent === true)) isUrgent = true;
  }

  if (categories.length === 0) return noRisk;
  if (!isUrgent) isUrgent = urgentCues.some((cue) => cue.test(guarded));
  return { level: isUrgent ? 'urgent' : 'concern', categories };
}
