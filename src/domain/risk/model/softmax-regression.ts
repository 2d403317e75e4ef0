import { softmaxInPlace } from './softmax';

/** One training message as the rows of its features (each once), their values, and the index of its class. */
export interface SparseExample {
  readonly features: Int32Array;
  /** `values[i]` is the value of feature `features[i]`. */
  readonly values: Float64Array;
  readonly target: number;
}

export interface SoftmaxTrainingOptions {
  readonly classCount: number;
  readonly featureCount: number;
  /** Strength of the L2 penalty on the weights (not the biases), per example. */
  readonly l2: number;
  readonly iterations: number;
  readonly learningRate: number;
}

/** Weights row-major (`featureCount` rows of `classCount`), and one bias per class. */
export interface SoftmaxParameters {
  readonly weights: Float32Array;
  readonly bias: Float32Array;
}

const beta1 = 0.9;
const beta2 = 0.999;
const epsilon = 1e-8;

/**
 * Fits a multinomial logistic regression (softmax) by full-batch gradient descent with Adam
 * steps, minimising the mean cross-entropy plus `l2 / 2 · ‖weights‖²`. Every step sees every
 * example in the given order and starts from zero weights, so the same examples always give the
 * same parameters, bit for bit.
 *
 * @param examples - the training set
 * @param options - sizes, penalty and schedule
 * @returns the fitted parameters, as 32-bit floats (what the weights file stores)
 */
export function trainSoftmaxRegression(examples: readonly SparseExample[], options: SoftmaxTrainingOptions): SoftmaxParameters {
  const { classCount, featureCount, l2, iterations, learningRate } = options;
  const size = featureCount * classCount;
  const weights = new Float64Array(size);
  const bias = new Float64Array(classCount);
  const gradient = new Float64Array(size);
  const biasGradient = new Float64Array(classCount);
  const moment = new Float64Array(size + classCount);
  const squared = new Float64Array(size + classCount);
  const scores = new Float64Array(classCount);
  const count = Math.max(examples.length, 1);

  for (let step = 1; step <= iterations; step += 1) {
    gradient.fill(0);
    biasGradient.fill(0);
    for (const { features, values, target } of examples) {
      scores.set(bias);
      for (let at = 0; at < features.length; at += 1) {
        const row = (features[at] as number) * classCount;
        const value = values[at] as number;
        for (let c = 0; c < classCount; c += 1) scores[c] = (scores[c] as number) + (weights[row + c] as number) * value;
      }
      softmaxInPlace(scores);
      scores[target] = (scores[target] as number) - 1;
      for (let c = 0; c < classCount; c += 1) biasGradient[c] = (biasGradient[c] as number) + (scores[c] as number) / count;
      for (let at = 0; at < features.length; at += 1) {
        const row = (features[at] as number) * classCount;
        const value = (values[at] as number) / count;
        for (let c = 0; c < classCount; c += 1) gradient[row + c] = (gradient[row + c] as number) + (scores[c] as number) * value;
      }
    }
    const stepSize = (learningRate * Math.sqrt(1 - beta2 ** step)) / (1 - beta1 ** step);
    const adam = (index: number, grad: number): number => {
      const m = beta1 * (moment[index] as number) + (1 - beta1) * grad;
      const v = beta2 * (squared[index] as number) + (1 - beta2) * grad * grad;
      moment[index] = m;
      squared[index] = v;
      return (stepSize * m) / (Math.sqrt(v) + epsilon);
    };
    for (let index = 0; index < size; index += 1) {
      const current = weights[index] as number;
      weights[index] = current - adam(index, (gradient[index] as number) + l2 * current);
    }
    for (let c = 0; c < classCount; c += 1) bias[c] = (bias[c] as number) - adam(size + c, biasGradient[c] as number);
  }
  return { weights: Float32Array.from(weights), bias: Float32Array.from(bias) };
}
