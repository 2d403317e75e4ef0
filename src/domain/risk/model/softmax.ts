/**
 * Turns logits into probabilities in place (numerically stable: the largest logit is subtracted
 * first, so no exponent overflows).
 *
 * @param values - logits on entry, probabilities summing to 1 on return
 */
export function softmaxInPlace(values: Float64Array): void {
  let largest = -Infinity;
  for (let index = 0; index < values.length; index += 1) largest = Math.max(largest, values[index] as number);
  let total = 0;
  for (let index = 0; index < values.length; index += 1) {
    const exponent = Math.exp((values[index] as number) - largest);
    values[index] = exponent;
    total += exponent;
  }
  for (let index = 0; index < values.length; index += 1) values[index] = (values[index] as number) / total;
}
