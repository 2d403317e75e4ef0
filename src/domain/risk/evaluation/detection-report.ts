import type { LabelledMessage } from '../labelled-messages';
import { riskCategories, type RiskCategory } from '../risk-categories';
import { isConcernOrUrgent, type Detection } from './risk-detectors';

/** `hits` of `total`, kept as counts so that small groups are read as small. */
export interface Rate {
  readonly hits: number;
  readonly total: number;
}

/** Recall counting any level above none (what gets a response), and counting concern or urgent only. */
export interface RecallFigures {
  readonly any: Rate;
  readonly concernOrUrgent: Rate;
}

/** False alarms: safe messages given any level above none, and given concern or urgent. */
export interface FalseAlarmFigures {
  readonly any: Rate;
  readonly concernOrUrgent: Rate;
}

/** One detector on one set of labelled messages. */
export interface DetectionReport {
  readonly recall: RecallFigures;
  readonly falseAlarms: FalseAlarmFigures;
  /** Of the risk messages detected, how many had their labelled category among those named. */
  readonly categoryNamed: Rate;
  readonly byCategory: Readonly<Record<RiskCategory, RecallFigures>>;
  /** Risk messages by kind, in kind order; empty when no row has a kind. */
  readonly byRiskKind: ReadonlyArray<{ readonly kind: string; readonly recall: RecallFigures }>;
  /** Safe messages by kind, in kind order; empty when no row has a kind. */
  readonly bySafeKind: ReadonlyArray<{ readonly kind: string; readonly falseAlarms: FalseAlarmFigures }>;
  /** Risk messages left at 'none'. */
  readonly missed: readonly LabelledMessage[];
  /** Safe messages given any level above none. */
  readonly falselyFlagged: readonly LabelledMessage[];
}

/** A tally that fills as messages are counted. */
class Tally {
  total = 0;
  any = 0;
  concernOrUrgent = 0;

  add(detection: Detection): void {
    this.total += 1;
    if (detection.level !== 'none') this.any += 1;
    if (isConcernOrUrgent(detection.level)) this.concernOrUrgent += 1;
  }

  figures(): RecallFigures {
    return { any: { hits: this.any, total: this.total }, concernOrUrgent: { hits: this.concernOrUrgent, total: this.total } };
  }
}

function tallyFor<K>(tallies: Map<K, Tally>, key: K): Tally {
  let tally = tallies.get(key);
  if (tally === undefined) {
    tally = new Tally();
    tallies.set(key, tally);
  }
  return tally;
}

const byKindOrder = <T extends { readonly kind: string }>(a: T, b: T): number => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);

/**
 * Counts how a detector did on labelled messages: recall and false alarms overall, per category
 * and per kind, at both readings of "detected" (any level, or concern and urgent only).
 *
 * @param messages - the labelled messages
 * @param detections - the detector's decision for each message, in the same order
 */
export function detectionReport(messages: readonly LabelledMessage[], detections: readonly Detection[]): DetectionReport {
  if (detections.length !== messages.length) throw new Error(`${detections.length} detections for ${messages.length} messages`);
  const risk = new Tally();
  const safe = new Tally();
  const categories = new Map<RiskCategory, Tally>(riskCategories.map((category) => [category, new Tally()]));
  const riskKinds = new Map<string, Tally>();
  const safeKinds = new Map<string, Tally>();
  const missed: LabelledMessage[] = [];
  const falselyFlagged: LabelledMessage[] = [];
  let named = 0;
  messages.forEach((message, index) => {
    const detection = detections[index] as Detection;
    const detected = detection.level !== 'none';
    if (message.label === 'risk') {
      risk.add(detection);
      tallyFor(categories, message.category).add(detection);
      if (message.kind !== undefined) tallyFor(riskKinds, message.kind).add(detection);
      if (!detected) missed.push(message);
      if (detected && detection.categories.includes(message.category)) named += 1;
    } else {
      safe.add(detection);
      if (message.kind !== undefined) tallyFor(safeKinds, message.kind).add(detection);
      if (detected) falselyFlagged.push(message);
    }
  });
  return {
    recall: risk.figures(),
    falseAlarms: safe.figures(),
    categoryNamed: { hits: named, total: risk.any },
    byCategory: Object.fromEntries(riskCategories.map((category) => [category, tallyFor(categories, category).figures()])) as Record<
      RiskCategory,
      RecallFigures
    >,
    byRiskKind: [...riskKinds].map(([kind, tally]) => ({ kind, recall: tally.figures() })).sort(byKindOrder),
    bySafeKind: [...safeKinds].map(([kind, tally]) => ({ kind, falseAlarms: tally.figures() })).sort(byKindOrder),
    missed,
    falselyFlagged,
  };
}

/**
 * A rate as the evaluation prints it: `0.931 (247/264)`, or `-` for an empty group.
 *
 * @param rate - the counts
 */
export function formatRate(rate: Rate): string {
  return rate.total === 0 ? '- (0/0)' : `${(rate.hits / rate.total).toFixed(3)} (${rate.hits}/${rate.total})`;
}
