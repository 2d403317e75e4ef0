import { normaliseText } from '../normalise-text';
import { riskCategories, type RiskCategory } from '../risk-categories';
import { riskModelClasses, safeClassIndex, type RiskModelClass } from './risk-model-classes';
import { softmaxInPlace } from './softmax';
import { FeatureIndex } from './feature-index';
import { featureWeight, type FeatureOptions } from './text-features';

/** What the learned model makes of one message. */
export interface RiskModelScore {
  /** 1 − P(safe): how likely the message is to need crisis signposting, by the model alone. */
  readonly riskProbability: number;
  /** The most likely risk category (whatever `riskProbability` is). */
  readonly category: RiskCategory;
  /** P(class) for `safe` and each risk category; they sum to 1. */
  readonly probabilities: Readonly<Record<RiskModelClass, number>>;
}

/** Everything a trained model is: what it reads and what it has learned. */
export interface RiskModelParameters {
  readonly featureOptions: FeatureOptions;
  /** The vocabulary; feature `features[i]` owns row `i` of `weights`. */
  readonly features: readonly string[];
  /** Row-major: `features.length` rows of one weight per class in `riskModelClasses` order. */
  readonly weights: Float32Array;
  /** One per class, in `riskModelClasses` order. */
  readonly bias: Float32Array;
}

/**
 * The scale that gives a message's feature vector length 1, from the sum of its features'
 * squared weights (see `featureWeight`): a long message does not outvote the bias by its length.
 *
 * @param squaredWeights - Σ weight² over the message's known features, each counted once
 */
export function vectorScale(squaredWeights: number): number {
  return squaredWeights === 0 ? 0 : 1 / Math.sqrt(squaredWeights);
}

const classCount = riskModelClasses.length;

/**
 * A trained softmax model over `riskModelClasses`. Scoring is synchronous and allocates only its
 * result: the feature index is built once, features are found without building strings, and a
 * per-row stamp (not a Set) makes each present feature count once.
 */
export class RiskModel {
  private readonly index: FeatureIndex;
  private readonly stamps: Uint32Array;
  private stamp = 0;
  private readonly rowWeights: Float64Array;
  private readonly sums = new Float64Array(classCount);
  private squaredWeights = 0;
  private readonly visit = (row: number): void => {
    if (this.stamps[row] === this.stamp) return;
    this.stamps[row] = this.stamp;
    const weight = this.rowWeights[row] as number;
    this.squaredWeights += weight * weight;
    const weights = this.parameters.weights;
    const offset = row * classCount;
    for (let c = 0; c < classCount; c += 1) this.sums[c] = (this.sums[c] as number) + (weights[offset + c] as number) * weight;
  };

  /** @throws Error when the parameters' sizes disagree or a feature repeats */
  constructor(readonly parameters: RiskModelParameters) {
    const { features, weights, bias } = parameters;
    if (weights.length !== features.length * classCount) {
      throw new Error(`risk model: ${weights.length} weights for ${features.length} features × ${classCount} classes`);
    }
    if (bias.length !== classCount) throw new Error(`risk model: ${bias.length} biases for ${classCount} classes`);
    if (new Set(features).size !== features.length) throw new Error('risk model: a feature appears twice in the vocabulary');
    this.index = new FeatureIndex(features, parameters.featureOptions);
    this.stamps = new Uint32Array(features.length);
    this.rowWeights = Float64Array.from(features, (feature) => featureWeight(feature, parameters.featureOptions));
  }

  /**
   * Scores a message as the person typed it.
   *
   * @param text - the raw message
   */
  score(text: string): RiskModelScore {
    return this.scoreNormalised(normaliseText(text));
  }

  /**
   * Scores a message already passed through `normaliseText` (the risk check has it to hand).
   *
   * @param normalised - output of `normaliseText`
   */
  scoreNormalised(normalised: string): RiskModelScore {
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.stamps.fill(0);
    this.sums.fill(0);
    this.squaredWeights = 0;
    this.index.forEachKnownFeature(normalised, this.visit);
    // No feature the model knows (an empty message, an unknown script): the biases alone would
    // give the corpus's share of risk messages, which says nothing about this message.
    if (this.squaredWeights === 0) return noEvidence;
    const value = vectorScale(this.squaredWeights);
    const { bias } = this.parameters;
    const probabilities = new Float64Array(classCount);
    for (let c = 0; c < classCount; c += 1) probabilities[c] = (bias[c] as number) + (this.sums[c] as number) * value;
    softmaxInPlace(probabilities);
    return toScore(probabilities);
  }
}

/** The score of a message with no known feature: no sign of risk. */
const noEvidence: RiskModelScore = Object.freeze({
  riskProbability: 0,
  category: riskCategories[0],
  probabilities: Object.freeze(Object.fromEntries(riskModelClasses.map((name) => [name, name === 'safe' ? 1 : 0])) as Record<RiskModelClass, number>),
});

/** Risk class `c` (from 1) is risk category `c - 1`: `riskModelClasses` is `safe` then the categories. */
function toScore(probabilities: Float64Array): RiskModelScore {
  let best = 0;
  for (let index = 1; index < riskCategories.length; index += 1) {
    if ((probabilities[index + 1] as number) > (probabilities[best + 1] as number)) best = index;
  }
  const byClass = Object.fromEntries(riskModelClasses.map((name, c) => [name, probabilities[c] as number]));
  return {
    riskProbability: 1 - (probabilities[safeClassIndex] as number),
    category: riskCategories[best] ?? 'suicide_self_harm',
    probabilities: byClass as Record<RiskModelClass, number>,
  };
}
