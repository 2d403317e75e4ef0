/**
 * Times assessRisk one call at a time, per input class, and prints p50, p99 and max beside the
 * targets: p99 under 1 ms for ordinary messages (commands, sentences, a paragraph) and under
 * 5 ms for a 4000-character message (the longest web chat accepts). The numbers are printed,
 * never asserted: a benchmark is not a test.
 */
import { performance } from 'node:perf_hooks';
import { assessRisk } from '../src/domain/risk/risk-check';
import { percentile } from './percentile';
import {
  adversarial,
  corpus,
  message1590,
  message28000,
  nearMiss4000,
  ordinary4000,
  ordinaryParagraph,
  shortCommands,
  typicalSentences,
} from './risk-check-inputs';

interface InputClass {
  readonly label: string;
  readonly texts: readonly string[];
  /** The p99 to stay under, in ms; none for inputs no channel accepts or that only inform. */
  readonly targetP99Ms?: number;
}

const ordinaryTarget = 1;
const longTarget = 5;

const classes: readonly InputClass[] = [
  { label: `commands (${shortCommands.length})`, texts: shortCommands, targetP99Ms: ordinaryTarget },
  { label: `sentences (${typicalSentences.length})`, texts: typicalSentences, targetP99Ms: ordinaryTarget },
  { label: `a paragraph (${ordinaryParagraph.length} chars)`, texts: [ordinaryParagraph], targetP99Ms: ordinaryTarget },
  { label: `ordinary message (${message1590.length} chars)`, texts: [message1590] },
  { label: `ordinary message (${ordinary4000.length} chars)`, texts: [ordinary4000], targetP99Ms: longTarget },
  { label: `near-miss risk words (${nearMiss4000.length} chars)`, texts: [nearMiss4000], targetP99Ms: longTarget },
  { label: `ordinary message (${message28000.length} chars)`, texts: [message28000] },
  { label: `corpus rows (${corpus.length})`, texts: corpus },
];

let sink = 0;

/** Calls assessRisk on `texts` in turn for about `budgetMs` (after a warm-up), and returns each call's time in µs, sorted. */
function sampleCalls(texts: readonly string[], budgetMs: number): Float64Array {
  const warmUpUntil = performance.now() + budgetMs / 10;
  for (let index = 0; performance.now() < warmUpUntil; index += 1) sink += assessRisk(texts[index % texts.length] ?? '').categories.length;
  const samples: number[] = [];
  const stopAt = performance.now() + budgetMs;
  // At least one round over every text, so each one counts.
  for (let index = 0; index < texts.length || performance.now() < stopAt; index += 1) {
    const text = texts[index % texts.length] ?? '';
    const start = performance.now();
    sink += assessRisk(text).categories.length;
    samples.push((performance.now() - start) * 1000);
  }
  return Float64Array.from(samples).sort();
}

const fmt = (micros: number): string => (micros >= 1000 ? `${(micros / 1000).toFixed(2)} ms` : `${micros.toFixed(1)} µs`);

function argValue(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

/** The slowest corpus row: the one with the highest median over `rounds` calls. */
function slowestCorpusRow(rounds: number): { readonly text: string; readonly micros: number } {
  const times = corpus.map(() => new Float64Array(rounds));
  for (let round = 0; round < rounds; round += 1) {
    corpus.forEach((text, row) => {
      const start = performance.now();
      sink += assessRisk(text).categories.length;
      (times[row] as Float64Array)[round] = (performance.now() - start) * 1000;
    });
  }
  let slowest = { text: '', micros: 0 };
  times.forEach((samples, row) => {
    const micros = percentile(samples.sort(), 50);
    if (micros > slowest.micros) slowest = { text: corpus[row] ?? '', micros };
  });
  return slowest;
}

/**
 * Every corpus row once, as a running service sees varied messages before a long one: this is
 * the state in which regexes first run on short texts stay in V8's interpreter unless compiled
 * up front (`compiledToMachineCode`). Timing a fresh process alone would hide that.
 */
function serveOrdinaryTraffic(): number {
  const start = performance.now();
  for (const text of corpus) sink += assessRisk(text).categories.length;
  return performance.now() - start;
}

export function runTiming(): void {
  const budgetMs = argValue('--ms', 1500);
  const trafficMs = serveOrdinaryTraffic();
  console.log(`first, as a running service: every corpus row once (${corpus.length} messages, ${trafficMs.toFixed(0)} ms)`);
  console.log(`assessRisk, one call at a time, about ${budgetMs} ms of calls per input class\n`);
  console.log(`${'input class'.padEnd(40)} ${'calls'.padStart(7)} ${'p50'.padStart(10)} ${'p99'.padStart(10)} ${'max'.padStart(10)}   target`);
  for (const { label, texts, targetP99Ms } of classes) {
    const samples = sampleCalls(texts, budgetMs);
    const p99 = percentile(samples, 99);
    const verdict = targetP99Ms === undefined ? '-' : `p99 < ${targetP99Ms} ms: ${p99 < targetP99Ms * 1000 ? 'met' : 'NOT met'}`;
    const numbers = [percentile(samples, 50), p99, samples[samples.length - 1] ?? 0].map((micros) => fmt(micros).padStart(10));
    console.log(`${label.padEnd(40)} ${String(samples.length).padStart(7)} ${numbers.join(' ')}   ${verdict}`);
  }
  const slowest = slowestCorpusRow(7);
  console.log(`\nslowest corpus row (median of 7): ${fmt(slowest.micros)}  ${JSON.stringify(slowest.text.slice(0, 60))}`);

  console.log('\nadversarial inputs (up to 30 000 characters; no channel accepts them), median of 3 calls');
  for (const [label, text] of Object.entries(adversarial)) {
    const samples = Float64Array.from({ length: 3 }, () => {
      const start = performance.now();
      sink += assessRisk(text).categories.length;
      return (performance.now() - start) * 1000;
    }).sort();
    console.log(`${label.padEnd(48)} ${fmt(percentile(samples, 50)).padStart(10)} per call`);
  }
  if (sink < 0) console.log(sink);
}
