import { broadGuards, broadSignalsByCategory } from './broad-signals';
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

/** The category patterns (tuned on the corpus) and the broad net (for phrasings never seen). */
const patternsByCategory: Readonly<Record<RiskCategory, readonly RiskPattern[]>> = riskPatternsByCategory;
const broadByCategory: Readonly<Record<RiskCategory, readonly RiskPattern[]>> = broadSignalsByCategory;

const noRisk: RiskAssessment = Object.freeze({ level: 'none', categories: Object.freeze([]) });

/** Blanks idioms, negations and talk about a topic so they cannot match a risk pattern. */
function maskFiguresOfSpeech(normalised: string): string {
  return figureOfSpeechMasks.reduce((text, mask) => text.replace(mask, ' . '), normalised);
}

/** Additionally blanks story plots and other lookalikes that only the broad net would trip on. */
function maskForBroadSignals(guarded: string): string {
  return broadGuards.reduce((text, mask) => text.replace(mask, ' . '), guarded);
}

interface SignalMatch {
  readonly category: RiskCategory;
  readonly signal: RiskPattern;
  /** The signal's name, or `category#index` for an unnamed category pattern. */
  readonly name: string;
}

interface SignalMatches {
  readonly matches: readonly SignalMatch[];
  /** An urgent cue ("tonight", "going to ... jump") is present anywhere in the message. */
  readonly urgentCue: boolean;
}

function matchSignals(text: string): SignalMatches {
  const normalised = normaliseText(text);
  if (normalised === '') return { matches: [], urgentCue: false };
  const guarded = maskFiguresOfSpeech(normalised);
  const broadGuarded = maskForBroadSignals(guarded);
  const joking = jokeMarker.test(guarded);
  const fires = (signal: RiskPattern, on: string): boolean => !(signal.hyperbole === true && joking) && signal.pattern.test(on);

  const matches: SignalMatch[] = [];
  for (const category of riskCategories) {
    patternsByCategory[category].forEach((signal, index) => {
      if (fires(signal, guarded)) matches.push({ category, signal, name: signal.name ?? `${category}#${index}` });
    });
    for (const signal of broadByCategory[category]) {
      if (fires(signal, broadGuarded)) matches.push({ category, signal, name: `broad:${signal.name ?? category}` });
    }
  }
  return { matches, urgentCue: matches.length > 0 && urgentCues.some((cue) => cue.test(guarded)) };
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
  const { matches, urgentCue } = matchSignals(text);
  if (matches.length === 0) return noRisk;
  const categories = riskCategories.filter((category) => matches.some((match) => match.category === category));
  const isUrgent = urgentCue || matches.some(({ signal }) => signal.urgent === true);
  return { level: isUrgent ? 'urgent' : 'concern', categories };
}

/**
 * Names the signals behind an assessment, for tests and for tuning the patterns:
 * `broad:<name>` for the broad net, `<category>#<index>` for a category pattern, and
 * `urgent-cue` when an urgent cue raised the level. Never shown to the person.
 */
export function explainRisk(text: string): readonly string[] {
  const { matches, urgentCue } = matchSignals(text);
  return [...matches.map(({ name }) => name), ...(urgentCue ? ['urgent-cue'] : [])];
}
