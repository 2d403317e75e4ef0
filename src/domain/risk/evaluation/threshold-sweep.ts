import type { LabelledMessage } from '../labelled-messages';
import type { Rate } from './detection-report';

/** Recall and false alarms when a message counts as flagged at one threshold. */
export interface SweepFigures {
  readonly recall: Rate;
  readonly falseAlarms: Rate;
}

export interface SweepRow {
  readonly threshold: number;
  /** Flagged when the model's risk probability is at or above the threshold. */
  readonly model: SweepFigures;
  /** Flagged when the rules flag it, or the model is at or above the threshold. */
  readonly combined: SweepFigures;
}

/** 0.30, 0.35, ... 0.95 (the shipped model says 'check' from 0.85 and gives the full reply from 0.97). */
export const defaultSweepThresholds: readonly number[] = Array.from({ length: 14 }, (_, step) => Math.round(30 + step * 5) / 100);

/**
 * Recall and false alarms of the model, and of rules OR model, at each threshold: a table to
 * choose the model's thresholds from.
 *
 * @param messages - the labelled messages
 * @param riskProbabilities - the model's risk probability for each (held-out, in cross-validation)
 * @param flaggedByRules - whether the rules flag each
 * @param thresholds - the thresholds to try
 */
export function thresholdSweep(
  messages: readonly LabelledMessage[],
  riskProbabilities: readonly number[],
  flaggedByRules: readonly boolean[],
  thresholds: readonly number[] = defaultSweepThresholds,
): SweepRow[] {
  const riskTotal = messages.filter((message) => message.label === 'risk').length;
  const safeTotal = messages.length - riskTotal;
  return thresholds.map((threshold) => {
    const counts = { modelRisk: 0, modelSafe: 0, combinedRisk: 0, combinedSafe: 0 };
    messages.forEach((message, index) => {
      const byModel = (riskProbabilities[index] ?? 0) >= threshold;
      const byEither = byModel || flaggedByRules[index] === true;
      if (message.label === 'risk') {
        counts.modelRisk += byModel ? 1 : 0;
        counts.combinedRisk += byEither ? 1 : 0;
      } else {
        counts.modelSafe += byModel ? 1 : 0;
        counts.combinedSafe += byEither ? 1 : 0;
      }
    });
    return {
      threshold,
      model: { recall: { hits: counts.modelRisk, total: riskTotal }, falseAlarms: { hits: counts.modelSafe, total: safeTotal } },
      combined: { recall: { hits: counts.combinedRisk, total: riskTotal }, falseAlarms: { hits: counts.combinedSafe, total: safeTotal } },
    };
  });
}

/** The model's best recall at a false-alarm rate: the threshold, and what it flags. */
export interface OperatingPoint {
  /** The lowest threshold whose false-alarm rate is at most the rate asked for (flagged: at or above); Infinity if none flags anything. */
  readonly threshold: number;
  readonly recall: Rate;
  readonly falseAlarms: Rate;
}

/**
 * The model's recall at a false-alarm rate, read off the whole ROC curve rather than a sweep row:
 * flagging at or above the lowest threshold (a held-out probability) at which at most `rate` of
 * the safe messages are flagged.
 *
 * @param messages - the labelled messages
 * @param riskProbabilities - the model's risk probability for each (held-out, in cross-validation)
 * @param rate - the false-alarm rate allowed, from 0 to 1
 */
export function recallAtFalseAlarmRate(messages: readonly LabelledMessage[], riskProbabilities: readonly number[], rate: number): OperatingPoint {
  const safe = riskProbabilities.filter((_, index) => messages[index]?.label !== 'risk').sort((a, b) => b - a);
  const risk = riskProbabilities.filter((_, index) => messages[index]?.label === 'risk');
  const allowed = Math.floor(rate * safe.length);
  // Flag strictly above the first safe probability that may not be flagged (ties go unflagged).
  const bar = safe[allowed] ?? -Infinity;
  const above = (value: number): boolean => value > bar;
  const threshold = [...risk, ...safe].filter(above).reduce((lowest, value) => Math.min(lowest, value), Infinity);
  return {
    threshold,
    recall: { hits: risk.filter(above).length, total: risk.length },
    falseAlarms: { hits: safe.filter(above).length, total: safe.length },
  };
}
