import { broadGuards, broadSignalsByCategory } from './broad-signals';
import { LiteralIndex, type LiteralHits } from './literal-scan';
import { normaliseText } from './normalise-text';
import { figureOfSpeechMasks, jokeMarker, riskPatternsByCategory, urgentCues, type RiskPattern } from './risk-patterns';

import type { RiskModel } from './model/risk-model';
import { shippedRiskModel } from './model/score-risk-model';
import { riskCategories, type RiskCategory } from './risk-categories';
import { combinedDetection, modelDetection, type ModelThresholds, type RiskAssessment } from './risk-combination';
import { heldAtDistance } from './distancing-context';
import { maskPreconditions } from './false-alarm-masks';
import { compiledToMachineCode, testCompiled } from './regex-helpers';

export { riskCategories, type RiskCategory } from './risk-categories';
export type { RiskAssessment, RiskLevel } from './risk-combination';

/**
 * Where the learned model's risk probability asks "are you safe?" and where it gives the full
 * reply on its own. First chosen on the cross-validated sweep (0.75 / 0.92); the "are you safe?"
 * threshold then lowered to 0.65 on blind set b after it was retired (the rules were never tuned
 * on it; each message scored by a cross-validation model that had not seen it): recall 0.909 ->
 * 0.936 for false alarms 0.057 -> 0.063. A missed risk costs more than a kind question. Never
 * chosen on a blind set while it was blind. (Letting a very low score overrule the rules cut false
 * alarms too, but silenced "I was suicidal years ago and it's back now": not done.)
 */
export const shippedModelThresholds: ModelThresholds = { check: 0.65, concern: 0.92 };

/**
 * Below this risk probability the model agrees that a rules concern held at a distance from now
 * (a past with recovery, a work talked about: see distancing-context.ts) is no risk. Chosen on
 * retired blind set d (its past-recovery and title false alarms scored 0.08 to 0.38); the
 * cross-validated corpus figures in the README show what it costs in recall.
 */
export const distancedConcernBelow = 0.4;

/**
 * The same for an urgent rules verdict (an act named, a danger place), which is held at a distance
 * only when it is dated in the past with recovery said ("I overdosed in 2015 ... I volunteer with
 * them now"): the model must be surer. Chosen on retired blind set h and the cross-validated corpus.
 */
export const distancedUrgentBelow = 0.2;

/** The fewest words a message needs before the learned model's score counts. */
export const modelMinimumWords = 3;

function wordCount(normalised: string): number {
  return normalised === '' ? 0 : normalised.split(' ').length;
}

/** The category patterns (tuned on the corpus) and the broad net (for phrasings never seen). */
const patternsByCategory: Readonly<Record<RiskCategory, readonly RiskPattern[]>> = riskPatternsByCategory;
const broadByCategory: Readonly<Record<RiskCategory, readonly RiskPattern[]>> = broadSignalsByCategory;

const noRisk: RiskAssessment = Object.freeze({ level: 'none', categories: Object.freeze([]) });

/**
 * Every regex below needs certain literal words in the text to match at all ("suicid", "took ",
 * "want to "). One scan finds which of those literals a text holds, and a regex whose literals
 * are absent is not run: it could not have matched, so no result changes (see literal-scan.ts).
 */
const literalIndex = new LiteralIndex([
  ...figureOfSpeechMasks,
  ...broadGuards,
  ...riskCategories.flatMap((category) => [...patternsByCategory[category], ...broadByCategory[category]].map((signal) => signal.pattern)),
  ...urgentCues,
  jokeMarker,
]);

/**
 * A regex with its number in the literal index, looked up once here: a message tests hundreds of
 * them, and looking each up on every test was about 2 % of the service's CPU a turn.
 */
interface IndexedRegex {
  readonly regex: RegExp;
  readonly number: number;
}

function indexed(regex: RegExp): IndexedRegex {
  return { regex, number: literalIndex.numberOf(regex) };
}

const indexedFigureOfSpeechMasks = figureOfSpeechMasks.map(indexed);
const indexedBroadGuards = broadGuards.map(indexed);
const indexedUrgentCues = urgentCues.map(indexed);
const indexedJokeMarker = indexed(jokeMarker);

interface Signal {
  readonly signal: RiskPattern;
  readonly pattern: IndexedRegex;
  /** The signal's name, or `category#index` for an unnamed category pattern; `broad:` before a broad one. */
  readonly name: string;
  /** A broad signal, tested on the text with the broad guards also applied. */
  readonly broad: boolean;
}

/** Each category, in order, with its signals in the order they are tested: its patterns, then its broad net. */
const signalsByCategory: ReadonlyArray<{ readonly category: RiskCategory; readonly signals: readonly Signal[] }> = riskCategories.map(
  (category) => ({
    category,
    signals: [
      ...patternsByCategory[category].map(
        (signal, index): Signal => ({ signal, pattern: indexed(signal.pattern), name: signal.name ?? `${category}#${index}`, broad: false }),
      ),
      ...broadByCategory[category].map((signal): Signal => ({ signal, pattern: indexed(signal.pattern), name: `broad:${signal.name ?? category}`, broad: true })),
    ],
  }),
);

interface ScannedText {
  readonly text: string;
  readonly literals: LiteralHits;
}

const blank = ' . ';

/**
 * Replaces every match of each mask in turn with " . ". A mask is applied only if its literals
 * are present; when it changes the text, the text is scanned again around each blank.
 */
function applyMasks(start: ScannedText, masks: readonly IndexedRegex[]): ScannedText {
  let { text, literals } = start;
  for (const { regex: mask, number } of masks) {
    if (!literals.mayMatchNumber(number)) continue;
    const precondition = maskPreconditions.get(mask);
    if (precondition !== undefined && !testCompiled(precondition, text)) continue;
    const blanks: number[] = [];
    let shift = 0;
    const masked = text.replace(compiledToMachineCode(mask), (match: string, ...rest: unknown[]) => {
      // The first number after any capture groups is the offset of the match.
      const offset = rest.find((argument) => typeof argument === 'number') as number;
      blanks.push(offset + shift);
      shift += blank.length - match.length;
      return blank;
    });
    if (blanks.length === 0) continue;
    text = masked;
    literals = literalIndex.rescanAround(literals, text, blanks, blank.length);
  }
  return { text, literals };
}

/** Blanks idioms, negations and talk about a topic so they cannot match a risk pattern. */
function maskFiguresOfSpeech(normalised: string): ScannedText {
  return applyMasks({ text: normalised, literals: literalIndex.scan(normalised) }, indexedFigureOfSpeechMasks);
}

/** Additionally blanks story plots and other lookalikes that only the broad net would trip on. */
function maskForBroadSignals(guarded: ScannedText): ScannedText {
  return applyMasks(guarded, indexedBroadGuards);
}

/** `regex.test(on.text)`, skipped when the scan shows the regex cannot match. */
function matches({ regex, number }: IndexedRegex, on: ScannedText): boolean {
  return on.literals.mayMatchNumber(number) && testCompiled(regex, on.text);
}

interface SignalMatch extends Signal {
  readonly category: RiskCategory;
}

interface SignalMatches {
  /** The text as the patterns (and the model) read it. */
  readonly normalised: string;
  readonly matches: readonly SignalMatch[];
  /** An urgent cue ("tonight", "going to ... jump") is present anywhere in the message. */
  readonly urgentCue: boolean;
  /** A mask read part of the message as a figure of speech, a negation, the past or a title. */
  readonly explainedAway: boolean;
}

/**
 * `every`: all signals that fire, for `explainRisk`. `assessment`: enough for `assessRisk`, the
 * categories and whether any signal is urgent; once a category has matched, only its urgent
 * signals are tested, and none once urgency is known, as no other match could change the result.
 */
type Wanted = 'every' | 'assessment';

/** Whether a signal fires on a text; hyperbole does not count when the message is plainly joking. */
function fires({ signal, pattern }: Signal, on: ScannedText, joking: boolean): boolean {
  return !(signal.hyperbole === true && joking) && matches(pattern, on);
}

function matchSignals(text: string, wanted: Wanted): SignalMatches {
  const normalised = normaliseText(text);
  if (normalised === '') return { normalised, matches: [], urgentCue: false, explainedAway: false };
  const guarded = maskFiguresOfSpeech(normalised);
  let broadGuarded: ScannedText | undefined; // masked further only if a broad signal is tested
  const joking = matches(indexedJokeMarker, guarded);

  const found: SignalMatch[] = [];
  let urgent = false;
  for (const { category, signals } of signalsByCategory) {
    let matched = false;
    for (const entry of signals) {
      const worthTesting = wanted === 'every' || !matched || (!urgent && entry.signal.urgent === true);
      if (!worthTesting) continue;
      if (entry.broad) broadGuarded ??= maskForBroadSignals(guarded);
      if (!fires(entry, entry.broad ? (broadGuarded as ScannedText) : guarded, joking)) continue;
      found.push({ ...entry, category });
      if (entry.signal.uncertain === true) continue;
      matched = true;
      urgent ||= entry.signal.urgent === true;
    }
  }
  const cueWanted = found.some(({ signal }) => signal.uncertain !== true) && (wanted === 'every' || !urgent);
  return {
    normalised,
    matches: found,
    urgentCue: cueWanted && indexedUrgentCues.some((cue) => matches(cue, guarded)),
    explainedAway: guarded.text !== normalised,
  };
}

/** The rules' verdict: certain signals give concern or urgent; uncertain ones alone, check. */
function rulesVerdict({ matches, urgentCue }: SignalMatches): RiskAssessment {
  if (matches.length === 0) return noRisk;
  const certain = matches.filter(({ signal }) => signal.uncertain !== true);
  if (certain.length === 0) {
    return { level: 'check', categories: riskCategories.filter((category) => matches.some((match) => match.category === category)) };
  }
  const categories = riskCategories.filter((category) => certain.some((match) => match.category === category));
  const isUrgent = urgentCue || certain.some(({ signal }) => signal.urgent === true);
  return { level: isUrgent ? 'urgent' : 'concern', categories };
}

/**
 * The concept rules alone, without the learned model: for evaluation and tuning.
 * @param text - the message exactly as typed
 */
export function assessRiskByRules(text: string): RiskAssessment {
  return rulesVerdict(matchSignals(text, 'assessment'));
}

/**
 * Checks one inbound message for risk. Pure and synchronous, so it can run before any
 * dialog, store or network call, on every message.
 *
 * Two layers: concept rules (who, what, intent and time, preparations, safety statements,
 * commands, safeguarding, with masks for figures of speech, negation, the past and titles),
 * then a small learned model (src/domain/risk/model) that catches wording the rules miss:
 * above `shippedModelThresholds.check` it asks "are you safe?", above `.concern` it gives the
 * full reply. Deliberately cautious: a missed risk costs more than an unneeded signpost. It does
 * not diagnose; it decides whether to show crisis support.
 *
 * @param text - the message exactly as typed
 * @param model - the learned layer (the shipped one; evaluation passes each fold's)
 * @returns the level and the categories (in `riskCategories` order)
 */
export function assessRisk(text: string, model: Pick<RiskModel, 'scoreNormalised'> = shippedRiskModel): RiskAssessment {
  const signals = matchSignals(text, 'assessment');
  const rules = rulesVerdict(signals);
  // Short replies ("7", "nope", "1 and 3") carry too little for a learned score; the rules alone
  // read them. The model cannot raise a concern or urgent verdict further; it can only agree that
  // a concern held at a distance (past and recovered, a film or a module) is none.
  if (wordCount(signals.normalised) < modelMinimumWords) return rules;
  // The distance reading runs only where it can change the answer, so an ordinary message (no
  // rule fired, the model below "are you safe?") never pays for it.
  const distant = (): boolean => heldAtDistance(signals.normalised);
  if (rules.level === 'urgent' || rules.level === 'concern') {
    if (!distant()) return rules;
    const below = rules.level === 'urgent' ? distancedUrgentBelow : distancedConcernBelow;
    return model.scoreNormalised(signals.normalised).riskProbability < below ? noRisk : rules;
  }
  const byModel = modelDetection(model.scoreNormalised(signals.normalised), shippedModelThresholds);
  // Where the rules read the risk word and explained it away (an idiom, a denial, a recovered past,
  // a title), or the message holds it at a distance, the model's middling score is the word alone:
  // it asks only from the concern threshold, and an uncertain rule signal is the word alone too.
  if (byModel.level === 'check' && ((rules.level === 'none' && signals.explainedAway) || distant())) return noRisk;
  if (rules.level === 'check' && byModel.level === 'none' && distant()) return noRisk;
  return combinedDetection(rules, byModel);
}

/**
 * Names the signals behind an assessment, for tests and for tuning the patterns:
 * `broad:<name>` for the broad net, `<category>#<index>` for a category pattern, and
 * `urgent-cue` when an urgent cue raised the level. Never shown to the person.
 */
export function explainRisk(text: string): readonly string[] {
  const { matches, urgentCue } = matchSignals(text, 'every');
  return [...matches.map(({ name }) => name), ...(urgentCue ? ['urgent-cue'] : [])];
}
