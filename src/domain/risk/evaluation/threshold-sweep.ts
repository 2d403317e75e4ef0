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

/** 0.30, 0.35, ... 0.90. */
export const defaultSweepThresholds: readonly number[] = Array.from({ length: 13 }, (_, step) => Math.round(30 + step * 5) / 100);

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
