import type { RiskModel, RiskModelScore } from './risk-model';
import { decodeRiskModelFile, type TrainingRecord } from './risk-model-file';
import weights from './risk-model-weights.json';

/** The shipped model, read once when this module loads; a malformed file fails the load. */
const shipped = decodeRiskModelFile(weights, 'src/domain/risk/model/risk-model-weights.json');

/** The shipped model itself, for callers that pass a model around (evaluation, tests). */
export const shippedRiskModel: RiskModel = shipped.model;

/** What the shipped model was trained on (a stale model shows a different corpus row count). */
export const shippedRiskModelTrainedOn: TrainingRecord = shipped.trainedOn;

/**
 * Scores a message with the shipped learned model: `riskProbability` is 1 − P(safe), `category`
 * the most likely risk category. Synchronous, allocation-light, no I/O.
 *
 * @param text - the message exactly as typed
 */
export function scoreRiskModel(text: string): RiskModelScore {
  return shipped.model.score(text);
}

/**
 * The same as {@link scoreRiskModel} for a text already passed through `normaliseText`, so the
 * risk check need not normalise twice.
 *
 * @param normalised - output of `normaliseText`
 */
export function scoreNormalisedRiskModel(normalised: string): RiskModelScore {
  return shipped.model.scoreNormalised(normalised);
}
