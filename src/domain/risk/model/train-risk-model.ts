import { normaliseText } from '../normalise-text';
import type { RiskCategory } from '../risk-categories';
import { riskModelClasses, riskModelClassIndex } from './risk-model-classes';
import { RiskModel, vectorScale } from './risk-model';
import { trainSoftmaxRegression, type SparseExample } from './softmax-regression';
import { defaultFeatureOptions, featureWeight, forEachFeature, type FeatureOptions } from './text-features';

/** A message to learn from: its text and its risk category, or undefined when it is safe. */
export interface TrainingMessage {
  readonly text: string;
  readonly category: RiskCategory | undefined;
}

export interface RiskModelTrainingOptions {
  readonly featureOptions: FeatureOptions;
  /** A feature is kept only if at least this many messages have it (keeps the weights file small). */
  readonly minCount: number;
  readonly l2: number;
  readonly iterations: number;
  readonly learningRate: number;
}

/**
 * The settings `npm run risk:train` uses, chosen by cross-validation (`npm run risk:eval`). The
 * fixed, small number of steps stops training before it fits the corpus's quirks (early
 * stopping): more steps or a stronger L2 penalty both cross-validated worse.
 */
export const defaultTrainingOptions: RiskModelTrainingOptions = Object.freeze({
  featureOptions: defaultFeatureOptions,
  minCount: 2,
  l2: 1e-5,
  iterations: 100,
  learningRate: 0.05,
});

/** The distinct features of one normalised text, in first-seen order. */
function featureSet(normalised: string, options: FeatureOptions): Set<string> {
  const features = new Set<string>();
  forEachFeature(normalised, options, (feature) => features.add(feature));
  return features;
}

/**
 * The features that at least `minCount` messages have, sorted (by UTF-16 code units), so the
 * same messages always give the same vocabulary in the same order.
 */
function buildVocabulary(featureSets: readonly Set<string>[], minCount: number): string[] {
  const counts = new Map<string, number>();
  for (const features of featureSets) for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  return [...counts].filter(([, count]) => count >= minCount).map(([feature]) => feature).sort();
}

/**
 * Trains the learned risk model: features of each normalised message, a pruned vocabulary, and
 * a softmax regression over `safe` and the risk categories. Deterministic: the same messages in
 * the same order with the same options give the same model, bit for bit.
 *
 * @param messages - labelled messages (order matters only to floating-point rounding)
 * @param options - defaults to {@link defaultTrainingOptions}
 */
export function trainRiskModel(messages: readonly TrainingMessage[], options: RiskModelTrainingOptions = defaultTrainingOptions): RiskModel {
  const featureSets = messages.map(({ text }) => featureSet(normaliseText(text), options.featureOptions));
  const features = buildVocabulary(featureSets, options.minCount);
  const rowOf = new Map(features.map((feature, row) => [feature, row]));
  const rowWeights = features.map((feature) => featureWeight(feature, options.featureOptions));
  const examples = messages.map(({ category }, index): SparseExample => {
    const rows = Int32Array.from([...(featureSets[index] ?? [])].flatMap((feature) => rowOf.get(feature) ?? [])).sort();
    const weights = Float64Array.from(rows, (row) => rowWeights[row] ?? 0);
    const scale = vectorScale(weights.reduce((sum, weight) => sum + weight * weight, 0));
    return { features: rows, values: weights.map((weight) => weight * scale), target: riskModelClassIndex(category) };
  });
  const { weights, bias } = trainSoftmaxRegression(examples, {
    classCount: riskModelClasses.length,
    featureCount: features.length,
    l2: options.l2,
    iterations: options.iterations,
    learningRate: options.learningRate,
  });
  return new RiskModel({ featureOptions: options.featureOptions, features, weights, bias });
}
