import type { RiskModel } from '../model/risk-model';
import { combinedDetection, modelDetection, type Detection, type ModelThresholds } from '../risk-combination';

export type { Detection, DetectionLevel, ModelThresholds } from '../risk-combination';
export { isConcernOrUrgent } from '../risk-combination';

/**
 * A learned model as a detector uses it: the shipped one, or a cross-validation fold's. A
 * `RiskModel` is one; a check that has normalised the text already calls `scoreNormalised`.
 */
export type ModelScorer = Pick<RiskModel, 'score' | 'scoreNormalised'>;

/**
 * A decision function under evaluation. It is built around a model so that cross-validation can
 * hand it each fold's model (trained without the messages it scores) and the set evaluation the
 * shipped one.
 */
export interface RiskDetector {
  readonly name: string;
  readonly description: string;
  readonly withModel: (model: ModelScorer) => (text: string) => Detection;
}

/**
 * The three detectors `npm run risk:eval` reports: the rules alone, the model alone, and rules
 * OR model.
 *
 * @param rules - the rule-based check (today's `assessRisk`)
 * @param thresholds - where the model's probability becomes 'check' and 'concern'
 */
export function standardDetectors(rules: (text: string) => Detection, thresholds: ModelThresholds): RiskDetector[] {
  const band = `check ≥ ${thresholds.check}, concern ≥ ${thresholds.concern}`;
  return [
    { name: 'rules', description: 'the rule-based check alone', withModel: () => rules },
    {
      name: 'model',
      description: `the learned model alone (${band})`,
      withModel: (model) => (text) => modelDetection(model.score(text), thresholds),
    },
    {
      name: 'combined',
      description: `rules, or the model where the rules say less (${band})`,
      withModel: (model) => (text) => combinedDetection(rules(text), modelDetection(model.score(text), thresholds)),
    },
  ];
}
