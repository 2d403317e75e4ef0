/**
 * Text normalisation for the risk check.
 *
 * People in distress type fast: curly or missing apostrophes, capitals, txt-speak and
 * typos. The risk patterns are written once, against one canonical form, and this module
 * produces that form: lowercase ASCII words separated by single spaces, contractions
 * expanded ("don't" and "dont" both become "do not"), txt-speak spelled out ("kms" becomes
 * "kill myself"), Scots and Northern English forms read ("dinnae" becomes "do not", "ma heid"
 * becomes "my head") and common misspellings of risk words corrected.
 *
 * Pure: no I/O, no clock, no environment.
 */

import { substringGate } from './regex-literals';

/** Laughing emoji carry meaning ("I'm going to kill him 😂"), so they survive as "lol". */
const laughingEmoji = /[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F639}\u{1F601}\u{1F61C}\u{1F61D}]/gu;

const curlyApostrophes = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g;
const curlyQuotes = /[\u201C\u201D\u201E\u201F\u2033]/g;
const combiningMarks = /[\u0300-\u036f]/g;

/**
 * Rewrites that need the apostrophe still present, applied in order. After these run,
 * every remaining apostrophe is dropped, so "mum's" becomes "mums".
 */
const apostropheRewrites: ReadonlyArray<readonly [RegExp, string]> = [
  // "OD'd", "o.d.", "od'ing" must be read before punctuation is stripped.
  [/\bo\.?d(?:'d|'ed|ed)\b/g, ' overdosed '],
  [/\bo\.?d'?ing\b/g, ' overdosing '],
  [/\bo\.d\.?(?![a-z])/g, ' od '],
  [/\bcan'?t\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/\bshan't\b/g, 'shall not'],
  [/\bain't\b/g, 'is not'],
  [/([a-z])n't\b/g, '$1 not'],
  [/\bi'm\b/g, 'i am'],
  [/\bah'm\b/g, 'i am'], // Scots "ah'm"; "ah've", "ah'll" become "ah have" below and are read as "i" later
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'d\b/g, ' would'],
  [/\blet's\b/g, 'lets'],
  [
    /\b(he|she|it|that|what|there|who|where|here|how|tonight|today|everything|nothing|something|everyone|nobody|no one)'s\b/g,
    '$1 is',
  ],
];

/** Whole-word replacements applied after punctuation has become spaces. */
const wordReplacements: Readonly<Record<string, string>> = {
  // contractions typed without an apostrophe
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  cant: 'can not',
  cannot: 'can not',
  wont: 'will not',
  wouldnt: 'would not',
  couldnt: 'could not',
  shouldnt: 'should not',
  mustnt: 'must not',
  isnt: 'is not',
  arent: 'are not',
  wasnt: 'was not',
  werent: 'were not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  aint: 'is not',
  im: 'i am',
  ive: 'i have',
  id: 'i would',
  youre: 'you are',
  youve: 'you have',
  youll: 'you will',
  youd: 'you would',
  hes: 'he is',
  shes: 'she is',
  theyre: 'they are',
  theyve: 'they have',
  theyll: 'they will',
  theyd: 'they would',
  thats: 'that is',
  whats: 'what is',
  theres: 'there is',
  wheres: 'where is',
  tonights: 'tonight is',
  wouldve: 'would have',
  couldve: 'could have',
  // txt-speak
  kms: 'kill myself',
  kys: 'kill yourself',
  unalive: 'kill',
  unaliving: 'killing',
  unalived: 'killed',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'got to',
  tryna: 'trying to',
  u: 'you',
  ur: 'your',
  r: 'are',
  ppl: 'people',
  sum1: 'someone',
  some1: 'someone',
  no1: 'no one',
  noone: 'no one',
  every1: 'everyone',
  any1: 'anyone',
  bf: 'boyfriend',
  gf: 'girlfriend',
  hubby: 'husband',
  mom: 'mum',
  mam: 'mum',
  mummy: 'mum',
  mommy: 'mum',
  daddy: 'dad',
  stepdad: 'step dad',
  stepmum: 'step mum',
  stepmom: 'step mum',
  stepfather: 'step father',
  stepmother: 'step mother',
  cos: 'because',
  coz: 'because',
  cuz: 'because',
  bc: 'because',
  bcos: 'because',
  becoz: 'because',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tomoz: 'tomorrow',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  '2nite': 'tonight',
  '2night': 'tonight',
  tonite: 'tonight',
  nite: 'night',
  rn: 'right now',
  atm: 'at the moment',
  abt: 'about',
  wiv: 'with',
  b4: 'before',
  pls: 'please',
  plz: 'please',
  cud: 'could',
  wud: 'would',
  shud: 'should',
  jus: 'just',
  mor: 'more',
  anymor: 'anymore',
  bout: 'about',
  n: 'and',
  nd: 'and',
  wen: 'when',
  cba: 'can not be bothered',
  gunna: 'going to',
  gna: 'going to',
  wana: 'want to',
  nothin: 'nothing',
  nuthin: 'nothing',
  somethin: 'something',
  sewerslide: 'suicide',
  mams: 'mums',
  moms: 'mums',
  // Scots and Northern English
  dinnae: 'do not',
  dinna: 'do not',
  didnae: 'did not',
  doesnae: 'does not',
  cannae: 'can not',
  canna: 'can not',
  couldnae: 'could not',
  wouldnae: 'would not',
  widnae: 'would not',
  shouldnae: 'should not',
  willnae: 'will not',
  winnae: 'will not',
  wasnae: 'was not',
  werenae: 'were not',
  isnae: 'is not',
  havenae: 'have not',
  hasnae: 'has not',
  gonnae: 'going to',
  tae: 'to',
  nae: 'no',
  mair: 'more',
  heid: 'head',
  ahm: 'i am',
  av: 'i have',
  od: 'overdose',
  ods: 'overdoses',
  oding: 'overdosing',
  // typos of risk words
  kil: 'kill',
  kiling: 'killing',
  killin: 'killing',
  myslef: 'myself',
  mysef: 'myself',
  myelf: 'myself',
  msyelf: 'myself',
  mysefl: 'myself',
  mself: 'myself',
  dieing: 'dying',
  swallowd: 'swallowed',
  swalowed: 'swallowed',
  swollowed: 'swallowed',
  overdoze: 'overdose',
  overdos: 'overdose',
  ovrdose: 'overdose',
  overdse: 'overdose',
  overdoseing: 'overdosing',
  selfharm: 'self harm',
  selfharming: 'self harming',
  selfharmed: 'self harmed',
  selfharms: 'self harms',
  purgeing: 'purging',
  starveing: 'starving',
  throwup: 'throw up',
  thro: 'throw',
  sik: 'sick',
  vommit: 'vomit',
  vomitting: 'vomiting',
  vommitting: 'vomiting',
};

/** Pattern-based spelling fixes, for words misspelled in too many ways to list. */
const spellingFixes: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bs[ue]+i?[cs]+i?d[ae]l+(ly)?\b/g, 'suicidal'],
  [/\bs[ue]+i?[cs]+i?de\b/g, 'suicide'],
  // "sucidial", "suicdal", "suisidal", "sucide": vowels dropped or doubled around c/s and d
  [/\bsu[ie]{0,2}[cs]{1,2}[ie]{0,2}d[ie]{0,2}a?l+(ly)?\b/g, 'suicidal'],
  [/\bsu[ie]{0,2}[cs]{1,2}[ie]{0,2}de\b/g, 'suicide'],
  // Scots and Northern English: "ma heid", "my ma", "ah have", "no more", "I've no eaten"
  [/\b(my|our|me|yer|your) (?:ma|maw)\b/g, '$1 mum'],
  [/\b(my|our|me|yer|your) (?:da|faither)\b/g, '$1 dad'],
  [/\bma\b/g, 'my'],
  [/\bah (?=(?:am|have|had|was|will|would|can|could|do|did|just|keep|want|need|feel|think|know)\b)/g, 'i '],
  [/\b(here|alive|this|it|on|living|going|anyone|anything|life|existing|me|cope|coping|myself) no (?:more|longer)\b/g, '$1 anymore'],
  [/\b(am|is|are|was|were|have|has|had|will|would|could|can|do|did) no (?=(?:eaten|eating|eat|had|been|slept|sleeping|going|able|safe|coping|wanting)\b)/g, '$1 not '],
  [/\boverdoes\b(?! it\b)/g, 'overdose'],
  [/\bpar[ae]c[ei]t[aeo]?m[oa]l[es]?\b/g, 'paracetamol'],
  [/\bibu?prof[ei]n\b/g, 'ibuprofen'],
  [/\blax[aei]tives?\b/g, 'laxatives'],
  [/\ban[oe]r[ei]x(ia|ic)\b/g, 'anorex$1'],
  [/\bbul[ei]m(ia|ic)\b/g, 'bulim$1'],
  [/\bmy self\b/g, 'myself'],
  [/\bany more\b/g, 'anymore'],
  [/\bno body\b/g, 'nobody'],
  // "sh" is community shorthand for self-harm, but only read it so where context says so.
  [/\b(relapsed|relapse|relapsing|urges?|my|with|into|doing|did|clean from) sh\b/g, '$1 self harm'],
  // "want 2 die": a digit 2 after these words is "to"; "took 2 ibuprofen" stays a number.
  [
    /\b(want|going|need|have|got|like|ready|how|try|tried|trying|wish|hope|able|start|started|planning|plan|decided|deserve|way|ways) 2\b/g,
    '$1 to',
  ],
];

/** Lookup by own keys only, so words like "constructor" are never mistaken for replacements. */
const replacementOf = new Map(Object.entries(wordReplacements));

/** Every word (letters and digits) that has a replacement. */
const replacedWords = new RegExp(
  `\\b(?:${[...replacementOf.keys()].filter((word) => /^[a-z0-9]+$/.test(word)).join('|')})\\b`,
  'g',
);

/** Replaces whole words by `wordReplacements`; the text is words of [a-z0-9] separated by single spaces. */
function replaceWords(text: string): string {
  return text.replace(replacedWords, (word) => replacementOf.get(word) ?? word);
}

type Rewrite = readonly [pattern: RegExp, replacement: string, mayMatch: (text: string) => boolean];

/** Each rewrite with a quick test that skips it when the text lacks a string every match needs. */
const gated = (rewrites: ReadonlyArray<readonly [RegExp, string]>): readonly Rewrite[] =>
  rewrites.map(([pattern, replacement]) => [pattern, replacement, substringGate(pattern)]);
const gatedApostropheRewrites = gated(apostropheRewrites);
const gatedSpellingFixes = gated(spellingFixes);

/** Applies the rewrites in order; a skipped rewrite is one that could not have matched. */
function applyRewrites(text: string, rewrites: readonly Rewrite[]): string {
  let result = text;
  for (const [pattern, replacement, mayMatch] of rewrites) {
    if (mayMatch(result)) result = result.replace(pattern, replacement);
  }
  return result;
}

/** Runs of anything but a letter or digit, except a lone space, which would become a lone space anyway. */
const punctuationRuns = /[^a-z0-9 ][^a-z0-9]*| [^a-z0-9]+/g;
/** Finds what the emphasis rule below would change, more cheaply than running it. */
const tripleLetter = /([a-z])\1\1/;

/**
 * Reduces a message to the canonical form the risk patterns are written against.
 *
 * @example normaliseText("I’m gonna KMS!!!") === "i am going to kill myself"
 * @param text - the message exactly as the person typed it
 * @returns lowercase ASCII words separated by single spaces, with no leading or trailing space
 */
export function normaliseText(text: string): string {
  let result = text.normalize('NFKD').replace(combiningMarks, '').toLowerCase();
  result = result.replace(curlyApostrophes, "'").replace(curlyQuotes, '"').replace(laughingEmoji, ' lol ');
  result = applyRewrites(result, gatedApostropheRewrites);
  result = result.replace(/'/g, '').replace(/&/g, ' and ');
  result = result.replace(punctuationRuns, ' ').trim();
  // "sooo", "killll", "dieeee": three or more of a letter is emphasis, not spelling.
  if (tripleLetter.test(result)) result = result.replace(/([a-z])\1{2,}/g, '$1');
  result = replaceWords(result);
  result = applyRewrites(result, gatedSpellingFixes);
  return result.replace(/ {2,}/g, ' ').trim();
}
