import type { LabelledMessage } from '../labelled-messages';
import { trainRiskModel, type RiskModelTrainingOptions } from '../model/train-risk-model';
import { stratifiedFolds } from './stratified-folds';
import type { Detection, RiskDetector } from './risk-detectors';

export interface CrossValidationOptions {
  /** Number of folds, at least 2. */
  readonly k: number;
  /** Seeds the fold assignment. */
  readonly seed: number;
  readonly training: RiskModelTrainingOptions;
}

/** Every message scored by a model that did not see it. */
export interface CrossValidationResult {
  /** Each message's fold, in message order. */
  readonly folds: readonly number[];
  /** The held-out model's 1 − P(safe) for each message. */
  readonly riskProbabilities: readonly number[];
  /** For each detector (by name), its decision on each message, with that message's fold model. */
  readonly detections: ReadonlyMap<string, readonly Detection[]>;
}

/**
 * Stratified k-fold cross-validation of the learned model: for each fold, trains on the other
 * folds and scores the held-out one, alone and inside each detector. Folds are stratified by
 * class (`safe` and each category) and seeded, so a run is repeatable.
 *
 * @param messages - the labelled messages (the corpus)
 * @param detectors - decision functions to evaluate with each fold's model
 * @param options - folds, seed and training settings
 */
export function crossValidate(
  messages: readonly LabelledMessage[],
  detectors: readonly RiskDetector[],
  options: CrossValidationOptions,
): CrossValidationResult {
  const folds = stratifiedFolds(messages.map((message) => message.category ?? 'safe'), options.k, options.seed);
  const riskProbabilities = new Array<number>(messages.length).fill(0);
  const detections = new Map(detectors.map((detector) => [detector.name, new Array<Detection>(messages.length)]));
  for (let fold = 0; fold < options.k; fold += 1) {
    const model = trainRiskModel(messages.filter((_, index) => folds[index] !== fold), options.training);
    const decide = detectors.map((detector) => [detector.withModel(model), detections.get(detector.name) ?? []] as const);
    messages.forEach((message, index) => {
      if (folds[index] !== fold) return;
      riskProbabilities[index] = model.score(message.text).riskProbability;
      for (const [detect, into] of decide) into[index] = detect(message.text);
    });
  }
  return { folds, riskProbabilities, detections };
}
