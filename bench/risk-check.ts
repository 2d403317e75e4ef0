/**
 * Micro-benchmark and equivalence check for the risk check (src/domain/risk).
 *
 *   npx tsx bench/risk-check.ts                  times assessRisk: median µs per call per input class
 *   npx tsx bench/risk-check.ts --record [file]  records assessRisk, explainRisk and normaliseText outputs
 *                                                for every corpus and holdout row and ~3700 generated variants
 *   npx tsx bench/risk-check.ts --check [file]   compares the current outputs against a recording and prints
 *                                                every difference (exit code 1 if any)
 *
 * The default recording is /tmp/risk-check-baseline.json. --check records instead when none exists yet.
 * Options for timing: --runs <n> (default 7), --min-ms <n> per run and input (default 40).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { normaliseText } from '../src/domain/risk/normalise-text';
import { assessRisk, explainRisk } from '../src/domain/risk/risk-check';
import { seededRandom } from '../tests/support/seeded-random';

const fixtures = join(__dirname, '..', 'tests', 'fixtures');

function readCorpus(file: string): string[] {
  return readFileSync(join(fixtures, file), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t')[2] ?? '')
    .filter((text) => text !== '');
}

const corpus = readCorpus('risk-corpus.tsv');
const corpusRisk = readFileSync(join(fixtures, 'risk-corpus.tsv'), 'utf8')
  .split(/\r?\n/)
  .filter((line) => line.startsWith('risk\t'))
  .map((line) => line.split('\t')[2] ?? '');
const holdout = readCorpus('risk-holdout-2026-11.tsv');

// ---------------------------------------------------------------------------------------------
// Inputs for timing
// ---------------------------------------------------------------------------------------------

const shortCommands = ['Goals', 'menu', 'help', 'yes', 'No thanks', 'start over', 'Show my goals', 'stop'];
const typicalSentences = [
  'I would like to find a walking group near me on Tuesday',
  "Can you tell me what's on at the community centre this week?",
  "I've been feeling a bit low lately and I'm not sleeping well",
  'My daughter wants to know if there is a parking space near the hospital',
  'I had a good day today, went to the park with my sister and had lunch',
  "What time does the drop-in session start on Thursday? I can't remember",
];
const ordinaryParagraph =
  "Hi, I hope you're well. I wanted to ask about the groups you run on weekday mornings, because my GP said " +
  'it might help me to get out of the house a bit more. I used to go swimming with my friend on Mondays but she ' +
  "moved to Leeds last year and I haven't really found anything else since then. I'm not very confident in big " +
  "groups, so something small would be better for me. I don't drive, but the number 42 bus stops near the library " +
  'and the community centre, so either of those would be fine. I also look after my grandson on Wednesday ' +
  "afternoons, so I'd need to be back home by one o'clock on that day. Is there anything like a gardening club, " +
  "a craft group or a walking group? I'd really like to meet some new people and maybe learn something new. ";
/** An ordinary message of 1590 characters: a long, chatty request with no risk in it. */
const message1590 = (
  ordinaryParagraph +
  'My sister said there used to be a cooking class at the church hall on Friday evenings, where you all make a ' +
  'meal together and then sit down and eat it, which sounds lovely if it is still running. I have also been ' +
  'trying to sleep better, so if you have any tips or leaflets about that I would be grateful. Last week I tried ' +
  'the breathing exercise on your website and it helped a little. My daughter is coming to stay at the weekend ' +
  'with the kids, so I will be busy until Monday, but after that I am free most days. Could you let me know what ' +
  'is available and how I sign up? I am usually around in the mornings, and my phone number has not changed, ' +
  'so you can ring me or send a text, whichever is easier. Thank you very much for your help, it really is ' +
  'appreciated, and I look forward to hearing from you soon. Have a lovely day and a good weekend. Best wishes, June.'
).slice(0, 1590);
/** An ordinary message of 28 000 characters: the 1590-character message with variations, repeated. */
const message28000 = Array.from({ length: 20 }, (_, index) =>
  message1590.replace('Leeds', ['York', 'Hull', 'Bath', 'Kent'][index % 4] ?? 'Leeds').replace('42', String(10 + index)),
)
  .join(' ')
  .slice(0, 28_000);

/** Shapes that stress bounded gaps and long alternations, each up to 30 000 characters. */
const adversarial: Record<string, string> = {
  'corpus concatenated (30k)': corpus.join(' ').slice(0, 30_000),
  'corpus, no punctuation (30k)': corpus.join(' ').replace(/[^A-Za-z0-9 ]/g, '').slice(0, 30_000),
  'i x15000': 'i '.repeat(15_000),
  'not x7500': 'not '.repeat(7_500),
  'a x30000': 'a'.repeat(30_000),
  'took all my the of the (30k)': 'took all my the of the '.repeat(1_304),
  'my mum and dad and my partner (30k)': 'my mum and dad and my partner '.repeat(1_000),
  'pills the of a box enough (30k)': 'pills the of a box enough '.repeat(1_153),
  'film where he (30k)': 'film where he '.repeat(2_142),
  'i want to (30k)': 'i want to '.repeat(3_000),
  'my kid the baby (30k)': 'my kid the baby '.repeat(1_875),
  'he my dad hits (30k)': 'he my dad my partner hits '.repeat(1_153),
  'cut my arm when (30k)': 'cut my arm when i '.repeat(1_666),
  'risk rows only (30k)': corpusRisk.join(' ').slice(0, 30_000),
  'masked idioms (30k)': 'i am not suicidal, dying my hair, to die for, bored to death, not joking. '.repeat(420).slice(0, 30_000),
  'apostrophes (30k)': "he's i'm can't won't ".repeat(1_500).slice(0, 30_000),
  'txt-speak (30k)': 'u r gonna kms im dont cant wont '.repeat(950).slice(0, 30_000),
  'emoji (30k)': '😂🤣 lol '.repeat(3_000).slice(0, 30_000),
};

// ---------------------------------------------------------------------------------------------
// Timing
// ---------------------------------------------------------------------------------------------

function argValue(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

let sink = 0;

/** Median over `runs` of the mean µs per call of `work` over a batch of `texts`, each run at least `minMs` long. */
function timePerCall(texts: readonly string[], runs: number, minMs: number): number {
  const once = (): void => {
    for (const text of texts) sink += assessRisk(text).categories.length;
  };
  once(); // warm up
  const results: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      once();
      calls += texts.length;
      elapsed = performance.now() - start;
    } while (elapsed < minMs);
    results.push((elapsed * 1000) / calls);
  }
  return median(results);
}

const fmt = (micros: number): string => (micros >= 1000 ? `${(micros / 1000).toFixed(2)} ms` : `${micros.toFixed(1)} µs`);

function runTiming(): void {
  const runs = argValue('--runs', 7);
  const minMs = argValue('--min-ms', 40);
  const rows: Array<[string, number]> = [];
  const add = (label: string, texts: readonly string[]): void => {
    rows.push([label, timePerCall(texts, runs, minMs)]);
    const [name, micros] = rows[rows.length - 1] ?? ['', 0];
    console.log(`${name.padEnd(48)} ${fmt(micros).padStart(10)} per call`);
  };
  console.log(`assessRisk, median of ${runs} runs (each ≥ ${minMs} ms)\n`);
  add("'Goals'", ['Goals']);
  add(`short commands (${shortCommands.length}, mean)`, shortCommands);
  add(`55-char sentence (walking group)`, [typicalSentences[0] ?? '']);
  add(`typical sentences (${typicalSentences.length}, mean)`, typicalSentences);
  add(`${message1590.length}-char ordinary message`, [message1590]);
  add(`${message28000.length}-char ordinary message`, [message28000]);
  add(`corpus rows (${corpus.length}, mean)`, corpus);

  // The slowest corpus row, timed alone.
  const perRow = corpus.map((text) => ({ text, micros: timePerCall([text], 3, 2) }));
  perRow.sort((a, b) => b.micros - a.micros);
  const slowest = perRow[0];
  if (slowest) console.log(`${'slowest corpus row'.padEnd(48)} ${fmt(slowest.micros).padStart(10)} per call  ${JSON.stringify(slowest.text.slice(0, 60))}`);

  console.log('\nadversarial inputs (up to 30 000 characters), single call, median of 3');
  for (const [label, text] of Object.entries(adversarial)) {
    const micros = timePerCall([text], 3, 0);
    console.log(`${label.padEnd(48)} ${fmt(micros).padStart(10)} per call`);
  }
  if (sink < 0) console.log(sink);
}

// ---------------------------------------------------------------------------------------------
// Equivalence check
// ---------------------------------------------------------------------------------------------


const prefixes = [
  'honestly',
  'tbh',
  'Hi, ',
  'I went to the shop earlier and',
  'my friend said',
  'not sure how to say this but',
  'lol',
  'Sorry to bother you.',
  'it has been a long week.',
  'the film was good.',
  'I am not joking,',
  'my mum and dad',
  'he',
  'I',
];
const suffixes = [
  'lol',
  'tonight',
  'right now',
  '.',
  'and then I had my tea',
  'but I am fine now',
  'haha',
  'to be honest',
  'on the news',
  'in the film',
  'again',
  'every day',
  'and I mean it',
  'because of a stomach bug',
];

function variantsOf(rows: readonly string[], count: number): string[] {
  const random = seededRandom(20_261_101);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const randomCase = (text: string): string =>
    [...text].map((char) => (random() < 0.5 ? char.toUpperCase() : char.toLowerCase())).join('');
  const curly = (text: string): string => text.replace(/'/g, '’').replace(/"/g, random() < 0.5 ? '“' : '”');
  const straight = (text: string): string => text.replace(/[’‘]/g, "'");
  const truncate = (text: string): string => {
    const words = text.split(' ');
    return random() < 0.5
      ? words.slice(0, 1 + Math.floor(random() * words.length)).join(' ')
      : text.slice(Math.floor(random() * text.length / 2), Math.max(1, Math.floor(text.length * (0.5 + random() / 2))));
  };
  const makers: Array<(text: string) => string> = [
    (text) => text.toUpperCase(),
    (text) => text.toLowerCase(),
    randomCase,
    curly,
    straight,
    (text) => `${pick(prefixes)} ${text}`,
    (text) => `${text} ${pick(suffixes)}`,
    (text) => `${pick(prefixes)} ${text} ${pick(suffixes)}`,
    (text) => `${text} ${pick(rows)}`,
    (text) => `${text}. ${pick(rows)}`,
    (text) => `${text}, ${pick(rows).toLowerCase()}`,
    truncate,
    (text) => text.replace(/[^A-Za-z0-9 ]/g, ''),
    (text) => text.replace(/ /g, '  '),
    (text) => {
      const at = Math.floor(random() * message1590.length);
      return `${message1590.slice(0, at)} ${text} ${message1590.slice(at)}`;
    },
  ];
  const variants: string[] = [];
  for (let index = 0; index < count; index += 1) {
    variants.push(pick(makers)(pick(rows)));
  }
  // Long mixes: many rows together, with and without punctuation between them.
  for (let index = 0; index < 60; index += 1) {
    const parts = Array.from({ length: 5 + Math.floor(random() * 40) }, () => pick(rows));
    variants.push(parts.join(random() < 0.5 ? ' ' : '. '));
  }
  // Word salad: random runs of the corpus's own words, so risk words meet in unusual orders.
  const words = [...new Set(rows.flatMap((row) => row.split(/\s+/)))];
  for (let index = 0; index < 600; index += 1) {
    variants.push(Array.from({ length: 3 + Math.floor(random() * 60) }, () => pick(words)).join(' '));
  }
  return variants;
}

interface Recorded {
  readonly text: string;
  readonly normalised: string;
  readonly assessment: ReturnType<typeof assessRisk>;
  readonly explanation: readonly string[];
}

function checkInputs(): string[] {
  const specials = [
    '',
    ' ',
    '\n\t  ',
    '   ...   ',
    ...shortCommands,
    ...typicalSentences,
    message1590,
    message28000,
    ...Object.values(adversarial),
    `${'what a lovely day '.repeat(550)}and I want to die`,
    // Normalisation edge cases: Object.prototype names, Unicode, emoji, emphasis, txt-speak.
    'constructor',
    'the constructor said hi and I want to die',
    'tostring valueof hasownproperty __proto__ isprototypeof',
    'I’m gonna KMS!!!',
    'café suicidé, naïve rôle',
    'ＩＷＡＮＴ ＴＯ ＤＩＥ, I want to die',
    '😂 gonna kill him 😂',
    'sooooo tired of liiiiving, killlll me',
    "o.d. OD'd od'ing O.D took an o.d.",
    "can't won't shan't ain't let's it's who's tonight's",
    'rock & roll && me & him',
    'tab\tseparated\nlines\r\n  and   spaces',
    'want 2 die, took 2 ibuprofen, going 2 end it',
    'my ma hit me, ma heid, ah am done, i am no eaten',
  ];
  const rows = [...corpus, ...holdout];
  return [...new Set([...rows, ...specials, ...variantsOf(rows, 3000)])];
}

function record(text: string): Recorded {
  return { text, normalised: normaliseText(text), assessment: assessRisk(text), explanation: explainRisk(text) };
}

function runRecordOrCheck(mode: '--record' | '--check'): void {
  const index = process.argv.indexOf(mode);
  const next = process.argv[index + 1];
  const file = next !== undefined && !next.startsWith('--') ? next : '/tmp/risk-check-baseline.json';
  const inputs = checkInputs();
  const start = performance.now();
  const current = inputs.map(record);
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  if (mode === '--record' || !existsSync(file)) {
    writeFileSync(file, JSON.stringify(current));
    console.log(`recorded ${current.length} inputs to ${file} in ${seconds} s`);
    return;
  }
  const baseline = JSON.parse(readFileSync(file, 'utf8')) as Recorded[];
  const byText = new Map(baseline.map((entry) => [entry.text, entry]));
  let differences = 0;
  let compared = 0;
  for (const entry of current) {
    const before = byText.get(entry.text);
    if (before === undefined) continue;
    compared += 1;
    for (const key of ['normalised', 'assessment', 'explanation'] as const) {
      const was = JSON.stringify(before[key]);
      const now = JSON.stringify(entry[key]);
      if (was !== now) {
        differences += 1;
        console.log(`DIFF ${key} for ${JSON.stringify(entry.text.slice(0, 200))}\n  before: ${was.slice(0, 300)}\n  now:    ${now.slice(0, 300)}`);
      }
    }
  }
  const missing = baseline.length - compared;
  console.log(`compared ${compared} inputs (${baseline.length} recorded, ${missing} not generated now) in ${seconds} s: ${differences} differences`);
  if (differences > 0 || missing > 0) process.exitCode = 1;
}

if (process.argv.includes('--record')) runRecordOrCheck('--record');
else if (process.argv.includes('--check')) runRecordOrCheck('--check');
else runTiming();
