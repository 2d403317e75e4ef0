/**
 * Times the learned risk model (src/domain/risk/model) one call at a time, per input class, and
 * prints p50, p99 and max: with normalisation (`scoreRiskModel`), and on text already normalised
 * (`scoreNormalisedRiskModel`, what the risk check calls, since it has normalised already). The
 * model runs beside the rules, inside the risk check's budget (p99 under 1 ms for ordinary
 * messages, under 5 ms for 4000 characters). Printed, never asserted: a benchmark is not a test.
 *
 *   npx tsx bench/risk-model.ts
 */
import { performance } from 'node:perf_hooks';
import { scoreNormalisedRiskModel, scoreRiskModel } from '../src/domain/risk/model/score-risk-model';
import { normaliseText } from '../src/domain/risk/normalise-text';
import { percentile } from './percentile';
import { corpus, message1590, nearMiss4000, ordinary4000, ordinaryParagraph, shortCommands, typicalSentences } from './risk-check-inputs';

const classes: ReadonlyArray<readonly [label: string, texts: readonly string[]]> = [
  [`commands (${shortCommands.length})`, shortCommands],
  [`sentences (${typicalSentences.length})`, typicalSentences],
  [`a paragraph (${ordinaryParagraph.length} chars)`, [ordinaryParagraph]],
  [`ordinary message (${message1590.length} chars)`, [message1590]],
  [`ordinary message (${ordinary4000.length} chars)`, [ordinary4000]],
  [`near-miss risk words (${nearMiss4000.length} chars)`, [nearMiss4000]],
  [`corpus rows (${corpus.length})`, corpus],
];

let sink = 0;

/** Calls `score` on `texts` in turn for about `budgetMs` after a warm-up; each call's time in µs, sorted. */
function sampleCalls(texts: readonly string[], score: (text: string) => number, budgetMs: number): Float64Array {
  const warmUpUntil = performance.now() + budgetMs / 10;
  for (let index = 0; performance.now() < warmUpUntil; index += 1) sink += score(texts[index % texts.length] ?? '');
  const samples: number[] = [];
  const stopAt = performance.now() + budgetMs;
  for (let index = 0; index < texts.length || performance.now() < stopAt; index += 1) {
    const text = texts[index % texts.length] ?? '';
    const start = performance.now();
    sink += score(text);
    samples.push((performance.now() - start) * 1000);
  }
  return Float64Array.from(samples).sort();
}

const microseconds = (value: number): string => (value >= 1000 ? `${(value / 1000).toFixed(2)} ms` : `${value.toFixed(1)} µs`);

console.log('input'.padEnd(40), 'what'.padEnd(16), 'p50'.padStart(10), 'p99'.padStart(10), 'max'.padStart(10));
for (const [label, texts] of classes) {
  const normalised = texts.map(normaliseText);
  const runs: ReadonlyArray<readonly [string, readonly string[], (text: string) => number]> = [
    ['raw text', texts, (text) => scoreRiskModel(text).riskProbability],
    ['normalised text', normalised, (text) => scoreNormalisedRiskModel(text).riskProbability],
  ];
  for (const [what, inputs, score] of runs) {
    const samples = sampleCalls(inputs, score, 400);
    const cells = [percentile(samples, 50), percentile(samples, 99), samples[samples.length - 1] ?? 0].map(microseconds);
    console.log(label.padEnd(40), what.padEnd(16), ...cells.map((cell) => cell.padStart(10)));
  }
}
if (sink === -1) console.log(sink);
