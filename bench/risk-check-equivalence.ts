/**
 * The equivalence check of the risk check benchmark (bench/risk-check.ts): records assessRisk,
 * explainRisk and normaliseText outputs for every corpus and holdout row and ~3700 generated
 * variants, or compares the current outputs against such a recording.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { normaliseText } from '../src/domain/risk/normalise-text';
import { assessRisk, explainRisk } from '../src/domain/risk/risk-check';
import { seededRandom } from '../src/domain/seeded-random';
import { adversarial, corpus, holdout, message1590, message28000, shortCommands, typicalSentences } from './risk-check-inputs';

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

export function runRecordOrCheck(mode: '--record' | '--check'): void {
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
