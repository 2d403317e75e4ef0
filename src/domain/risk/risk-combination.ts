import type { RiskModelScore } from './model/risk-model';
import type { RiskCategory } from './risk-categories';

/**
 * 'urgent': immediate danger: intent, a plan, means at hand, or an act in progress.
 * 'concern': any other risk signal; the person still gets crisis signposting.
 * 'check': an uncertain signal; the person is asked directly whether they are thinking of
 * harming themselves or someone else, with the crisis numbers in the same message.
 */
export type RiskLevel = 'none' | 'check' | 'concern' | 'urgent';

/** Invariant: `level` is 'none' exactly when `categories` is empty. */
export interface RiskAssessment {
  readonly level: RiskLevel;
  readonly categories: readonly RiskCategory[];
}

/** What a detector under evaluation decides: the same shape as the shipped assessment. */
export type Detection = RiskAssessment;
export type DetectionLevel = RiskLevel;

/** Where the model's risk probability turns into a level. */
export interface ModelThresholds {
  /** At or above: 'check' (or 'concern' when also at or above `concern`). */
  readonly check: number;
  readonly concern: number;
}

const order: readonly RiskLevel[] = ['none', 'check', 'concern', 'urgent'];

/** The more serious of two levels. */
export function higherLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
}

/** True for the levels that give the full safety reply. */
export function isConcernOrUrgent(level: RiskLevel): boolean {
  return level === 'concern' || level === 'urgent';
}

/**
 * The model alone: 'concern' at or above `thresholds.concern`, 'check' at or above
 * `thresholds.check`, with the model's most likely category.
 */
export function modelDetection(score: RiskModelScore, thresholds: ModelThresholds): RiskAssessment {
  const { riskProbability, category } = score;
  if (riskProbability >= thresholds.concern) return { level: 'concern', categories: [category] };
  if (riskProbability >= thresholds.check) return { level: 'check', categories: [category] };
  return { level: 'none', categories: [] };
}

/**
 * Rules and model together: the higher of the two levels; the rules' categories when they
 * fired, else the model's.
 */
export function combinedDetection(rules: RiskAssessment, model: RiskAssessment): RiskAssessment {
  return {
    level: higherLevel(rules.level, model.level),
    categories: rules.level !== 'none' ? rules.categories : model.categories,
  };
}
