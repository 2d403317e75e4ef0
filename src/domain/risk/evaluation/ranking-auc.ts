import type { LabelledMessage } from '../labelled-messages';

/**
 * The chance that a random risk message scores above a random safe one (ties count half): the
 * area under the ROC curve, a threshold-free figure for comparing model settings.
 *
 * @param messages - the labelled messages
 * @param scores - a score for each message, higher meaning more likely risk
 * @returns a number from 0 to 1, or NaN when either label is absent
 */
export function rankingAuc(messages: readonly LabelledMessage[], scores: readonly number[]): number {
  const order = messages.map((message, index) => ({ risk: message.label === 'risk', score: scores[index] ?? 0 }));
  order.sort((a, b) => a.score - b.score);
  let riskCount = 0;
  let rankSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end < order.length && order[end]?.score === order[start]?.score) end += 1;
    const meanRank = (start + 1 + end) / 2;
    for (let index = start; index < end; index += 1) {
      if (order[index]?.risk === true) {
        riskCount += 1;
        rankSum += meanRank;
      }
    }
    start = end;
  }
  const safeCount = order.length - riskCount;
  return (rankSum - (riskCount * (riskCount + 1)) / 2) / (riskCount * safeCount);
}
