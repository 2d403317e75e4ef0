/**
 * Text normalisation for the risk check.
 *
 * People in distress type fast: curly or missing apostrophes, capitals, txt-speak and
 * typos. The risk patterns are written once, against one canonical form, and this module
 * produces that form: lowercase ASCII words separated by single spaces, contractions
 * expanded ("don't" and "dont" both become "do not"), txt-speak spelled out ("kms" becomes
 * "kill myself"), Scots and Northern English forms read ("dinnae" becomes "do not", "ma heid"
 * becomes "my head") and common misspellings of risk words corrected. Deliberate disguises are
 * undone too, but only where the result is a known risk word: leetspeak ("su1c1de", "k!ll"),
 * symbol-broken and spaced-out words ("s.u.i.c.i.d.e", "s*icide", "d i e"), algospeak
 * ("unalive", "sewerslide", "kys" said of oneself) and UK, Scots and online slang ("top myself",
 * "shank", "laxies"), so ordinary text keeps its meaning.
 *
 * Pure: no I/O, no clock, no environment.
 */

import { LiteralIndex } from './literal-scan';
import { compiledToMachineCode } from './regex-helpers';
import { substringGate } from './regex-literals';

/** Laughing emoji carry meaning ("I'm going to kill him 😂"), so they survive as "lol". */
const laughingEmoji = /[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F639}\u{1F601}\u{1F61C}\u{1F61D}]/gu;

/** Emoji that stand for a means or a wound ("🔪🩸 again last night"), read as the word they show. */
const meaningfulEmoji: ReadonlyArray<readonly [RegExp, string]> = [
  [/\u{1F52A}/gu, ' knife '],
  [/\u{1FA78}/gu, ' blood '],
  [/\u{1F48A}/gu, ' pills '],
  [/\u{1F52B}/gu, ' gun '],
  [/\u{1FAA2}/gu, ' rope '],
  // The skull is also laughter ("im dead 💀"), so it is read as "kill" only before "myself" (see slangFixes).
  [/\u{1F480}|\u2620\uFE0F?/gu, ' skull '],
];
const anyMeaningfulEmoji = compiledToMachineCode(/[\u{1F52A}\u{1FA78}\u{1F48A}\u{1F52B}\u{1FAA2}\u{1F480}\u2620]/u);

/**
 * The words a disguised word may be read as, each with what it is read as. A disguised word
 * ("su1c1de", "k!ll", "s.u.i.c.i.d.e", "s*icide", "d i e") is only ever replaced by one of
 * these, so a digit or a symbol in an ordinary word ("5pm", "co-op", "e.g.") is left alone.
 */
const readingOfDisguised = new Map<string, string>([
  ...[
    // suicide and dying
    'suicide suicides suicidal suicidally sewerslide unalive unalived unaliving kill kills killed killing kms kys myself',
    'die dies died dying dead death end ending life hang hanging hanged noose rope jump overdose overdosed overdosing',
    // self-harm
    'harm harms harmed harming selfharm selfharming self hurt hurting cut cuts cutting cutter blade blades razor razors',
    'bleed bleeding blood scars burn burning wrist wrists arm arms thigh thighs throat veins',
    // medicines
    'pills tablets meds paracetamol cocodamol',
    // harm to others and abuse
    'stab stabbed stabbing shoot shooting shot gun knife murder chinned punch punched hit hits beat beats beating',
    'rape raped raping rapist abuse abused abusing abuser molested groomed',
    // eating disorders
    'purge purging purged binge bingeing anorexia anorexic bulimia bulimic starve starving laxatives vomit',
    'restrict restricting restricted fasting calories cals',
    // the little words around them: "1 w4nt t0 d13", "gonna st4b h1m"
    'want wanna to gonna going me my him her them you',
  ].flatMap((line) => line.split(' ').map((word): [string, string] => [word, word])),
  ['sh', 'self harm'], // "s/h", "s-h": the separator makes the shorthand unambiguous
  ['shing', 'self harming'],
  ['shd', 'self harmed'],
  ['cocos', 'cocodamol'],
]);
const disguisedTargets = [...readingOfDisguised.keys()];

/**
 * A disguised word's skeleton: separators dropped, look-alike characters read as letters, and
 * i, l, 1, ! and | all one character (which of i or l a "1" stands for is not known).
 */
const lookalikes: Readonly<Record<string, string>> = {
  '0': 'o', '1': '1', i: '1', l: '1', '!': '1', '|': '1', '3': 'e', '4': 'a', '@': 'a', '5': 's', $: 's', '7': 't', '+': 't',
};
const separators = /[._/-]/g;
const lookalikeOf = (character: string): string => (Object.hasOwn(lookalikes, character) ? (lookalikes[character] as string) : character);
const skeletonOf = (word: string): string => [...word.replace(separators, '')].map(lookalikeOf).join('');
const readingBySkeleton = new Map([...readingOfDisguised].map(([word, reading]) => [skeletonOf(word), reading]));

/** Swearing is censored far more often than risk words: "sh*t" is read as itself, never as "shoot" or "sh". */
const censoredSwearing = ['shit', 'shite', 'fuck', 'fucking', 'fucked', 'cunt', 'bitch', 'piss', 'pissed', 'crap', 'damn', 'hell', 'arse', 'dick', 'bastard', 'twat', 'wank', 'wanker', 'bollocks', 'bloody', 'christ', 'god'];

/** The known word a censored word stands for: "s*icide" is "suicide", "k**l" is "kill"; each star is one letter. */
function censoredWord(core: string): string | undefined {
  const source = [...core.replace(separators, '')]
    .map((character) => {
      if (character === '*') return '*';
      const letter = lookalikeOf(character);
      return letter === '1' ? '[il]' : /^[a-z]$/.test(letter) ? letter : '';
    })
    .join('')
    .replace(/\*+/g, (stars) => `[a-z]{${stars.length}}`);
  if (source.startsWith('[a-z]') && source.endsWith('}')) return undefined; // nothing but stars
  const whole = new RegExp(`^${source}$`);
  const swearing = censoredSwearing.find((word) => whole.test(word));
  if (swearing !== undefined) return swearing;
  const found = disguisedTargets.find((word) => whole.test(word));
  return found === undefined ? undefined : readingOfDisguised.get(found);
}

/** Where a word is disguised: a symbol between two word characters, a digit beside a letter, or "$" or "@" before one. */
const disguisePoint = /[a-z0-9][!@$|*._/+-]+(?=[a-z0-9])|[a-z](?=[0-9])|[0-9](?=[a-z])|(?<![a-z0-9])[$@](?=[a-z])|[a-z](?=\*)/g;
const isWordOrDisguise = (character: string | undefined): boolean => character !== undefined && /[a-z0-9!@$|*._/+-]/.test(character);
const edgeSymbols = /^[^a-z0-9$@]+|[^a-z0-9*]+$/g;
/** Past this many censored words ("s*icide") in one message the rest are left as typed. */
const MAX_CENSORED_WORDS = 20;

/** Reads leetspeak and symbol-broken words ("su1c1de", "k!ll", "su.icide", "s*icide", "s/h") as the risk word they hide. */
function readDisguisedWords(text: string): string {
  let result = '';
  let copied = 0;
  let censored = 0;
  disguisePoint.lastIndex = 0;
  for (let point = disguisePoint.exec(text); point !== null; point = disguisePoint.exec(text)) {
    let start = point.index;
    while (start > copied && isWordOrDisguise(text[start - 1])) start--;
    let end = point.index + point[0].length;
    while (end < text.length && isWordOrDisguise(text[end])) end++;
    disguisePoint.lastIndex = end;
    const token = text.slice(start, end);
    const core = token.replace(edgeSymbols, '');
    if (core.length < 2 || core.length > 24 || !/[a-z]/.test(core)) continue;
    let reading: string | undefined;
    if (core.includes('*')) {
      censored += 1;
      if (censored <= MAX_CENSORED_WORDS) reading = censoredWord(core);
    } else {
      reading = readingBySkeleton.get(skeletonOf(core));
    }
    if (reading === undefined) continue;
    result += `${text.slice(copied, start)}${token.replace(core, ` ${reading} `)}`;
    copied = end;
  }
  return copied === 0 ? text : result + text.slice(copied);
}

/** Three or more single letters in a row ("d i e", "k i l l m y s e l f"), after punctuation is gone. */
const spacedLetters = /\b[a-z](?: [a-z]){2,}\b/g;
const anySpacedLetters = compiledToMachineCode(/\b[a-z] [a-z] [a-z]\b/);

/** Joins spaced-out letters when they spell a known risk word, or two ("killmyself"); else leaves them. */
function joinSpacedLetters(text: string): string {
  return text.replace(spacedLetters, (run) => {
    const letters = run.replace(/ /g, '');
    if (letters.length > 24) return run;
    // A leading "i" or "a" may be a word of its own: "i d i e".
    for (let start = 0; start < Math.min(letters.length - 2, 3); start++) {
      const word = letters.slice(start);
      const reading = readingOfDisguised.get(word) ?? splitInTwo(word);
      if (reading !== undefined) return `${run.slice(0, start * 2)}${reading}`;
    }
    return run;
  });
}

/** Two known words run together: "killmyself" is "kill myself". */
function splitInTwo(letters: string): string | undefined {
  for (let cut = 2; cut <= letters.length - 2; cut++) {
    const first = readingOfDisguised.get(letters.slice(0, cut));
    const second = readingOfDisguised.get(letters.slice(cut));
    if (first !== undefined && second !== undefined) return `${first} ${second}`;
  }
  return undefined;
}

const curlyApostrophes = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g;
const curlyQuotes = /[\u201C\u201D\u201E\u201F\u2033]/g;
const combiningMarks = /[\u0300-\u036f]/g;

/**
 * Rewrites that need the apostrophe still present, applied in order. After these run,
 * every remaining apostrophe is dropped, so "mum's" becomes "mums".
 */
const apostropheRewrites: ReadonlyArray<readonly [RegExp, string]> = [
  // "0d" (zero for o), "OD'd", "o.d.", "od'ing" must be read before punctuation is stripped.
  [/\b0d(?=\b|')/g, 'od'],
  [/\bo\.?d(?:'d|'ed|ed)\b/g, ' overdosed '],
  [/\bo\.?d'?ing\b/g, ' overdosing '],
  [/\bo\.d\.?(?![a-z])/g, ' od '],
  // "sh'd", "sh'ing": self-harm shorthand; "SA'd": sexually assaulted.
  [/\bsh'(?:d|ed)\b/g, ' self harmed '],
  [/\bsh'ing\b/g, ' self harming '],
  [/\bs\.?a'd\b/g, ' sexually assaulted '],
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
  kmsl: 'kill myself laughing',
  ctb: 'kill myself', // "catch the bus", from suicide forums
  finna: 'going to',
  ima: 'i am going to',
  imma: 'i am going to',
  bouta: 'about to',
  boutta: 'about to',
  wnt: 'want',
  wnted: 'wanted',
  wnts: 'wants',
  meself: 'myself',
  mesel: 'myself',
  maself: 'myself',
  masel: 'myself',
  mysel: 'myself',
  masell: 'myself',
  // self-harm, algospeak and shorthand: "cvtting" (v for u), "SHing"
  cvt: 'cut',
  cvts: 'cuts',
  cvtting: 'cutting',
  cvtter: 'cutter',
  shing: 'self harming',
  // dropped g: "purgin", "self harmin", "skelpin"
  purgin: 'purging',
  bingin: 'bingeing',
  bingein: 'bingeing',
  starvin: 'starving',
  harmin: 'harming',
  cuttin: 'cutting',
  burnin: 'burning',
  bleedin: 'bleeding',
  slashin: 'slashing',
  stabbin: 'stabbing',
  shootin: 'shooting',
  dyin: 'dying',
  overdosin: 'overdosing',
  hurtin: 'hurting',
  punchin: 'punching',
  hittin: 'hitting',
  chokin: 'choking',
  beatin: 'beating',
  ridin: 'riding',
  thinkin: 'thinking',
  doin: 'doing',
  goin: 'going',
  feelin: 'feeling',
  tryin: 'trying',
  gettin: 'getting',
  takin: 'taking',
  havin: 'having',
  sayin: 'saying',
  wantin: 'wanting',
  cryin: 'crying',
  talkin: 'talking',
  livin: 'living',
  lookin: 'looking',
  comin: 'coming',
  makin: 'making',
  eatin: 'eating',
  drinkin: 'drinking',
  sleepin: 'sleeping',
  plannin: 'planning',
  losin: 'losing',
  usin: 'using',
  hidin: 'hiding',
  fallin: 'falling',
  bein: 'being',
  bevvy: 'drink',
  bevvies: 'drinks',
  // Scots: "jump aff the bridge", "fallin oot", "it wis", "ower the m8", "wishin i was deid"
  aff: 'off',
  oot: 'out',
  wis: 'was',
  ower: 'over',
  deid: 'dead',
  whit: 'what',
  // UK and Scots violence slang
  skelp: 'hit',
  skelps: 'hits',
  skelped: 'hit',
  skelpin: 'hitting',
  skelping: 'hitting',
  juk: 'stab',
  juks: 'stabs',
  jukked: 'stabbed',
  juked: 'stabbed',
  jukking: 'stabbing',
  juking: 'stabbing',
  jook: 'stab',
  jooked: 'stabbed',
  jooking: 'stabbing',
  chinned: 'punched',
  graped: 'raped', // algospeak
  graping: 'raping',
  grapist: 'rapist',
  // medicines and drink by their street names: "paras", "diazzies", "laxies", "voddy"
  paras: 'paracetamol',
  diazzies: 'diazepam',
  diazies: 'diazepam',
  vallies: 'valium',
  zoppies: 'zopiclone',
  zopis: 'zopiclone',
  trammies: 'tramadol',
  trammys: 'tramadol',
  gabbies: 'gabapentin',
  pregabs: 'pregabalin',
  xannies: 'xanax',
  xans: 'xanax',
  oxys: 'oxycodone',
  cocos: 'cocodamol',
  laxies: 'laxatives',
  laxys: 'laxatives',
  laxis: 'laxatives',
  voddy: 'vodka',
  voddie: 'vodka',
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

/**
 * A rewrite with the strings one of which its every match needs: a quick test that skips it on
 * text without any of them. "^x" and "$ x" stand for x at the start or the end of the text.
 */
type GatedRewrite = readonly [pattern: RegExp, replacement: string, needs: readonly string[]];

/** Whoever or whatever a verb such as "unalive" is done to, before txt-speak is spelled out. */
const SLANG_OBJECT =
  '(?:my|ma|me|him|her|them|his|their|the|someone|somebody|everyone|people|you|your|u|ur|us|our|myself|maself|masel|' +
  'mysel|meself|mesel|himself|herself|themselves|yourself|urself|that|this|every1|sum1|some1)';

/**
 * Algospeak read before txt-speak is spelled out (which would turn "cos" into "because"):
 * "unalive" with no one named is said of oneself ("i want to unalive"), "co-cos" is co-codamol.
 */
const slangRewrites: readonly GatedRewrite[] = [
  [/\bgot un ?alived\b/g, 'got killed', ['alived']],
  [new RegExp(`\\bun ?alive(?= ${SLANG_OBJECT}\\b)`, 'g'), 'kill', ['alive']],
  [new RegExp(`\\bun ?aliv(?:ing|in)(?= ${SLANG_OBJECT}\\b)`, 'g'), 'killing', ['aliv']],
  [new RegExp(`\\bun ?alived(?= ${SLANG_OBJECT}\\b)`, 'g'), 'killed', ['alived']],
  [/\bun ?alive\b/g, 'kill myself', ['alive']],
  [/\bun ?aliv(?:ing|in)\b/g, 'killing myself', ['aliv']],
  [/\bun ?alived\b/g, 'killed myself', ['alived']],
  [/\bco (?:cos|coz)\b/g, 'cocodamol', ['co co']],
  [/\bsewer ?slide\b/g, 'suicide', ['sewer']],
];

/**
 * Slang and algospeak for ending one's life, self-harm and violence, read after txt-speak is
 * spelled out. Each is tied to its context so the same word used plainly is left alone.
 */
const slangFixes: readonly GatedRewrite[] = [
  // "kys" is "kill yourself"; said of oneself ("i deserve to kys", "gonna kys") it is "kill myself".
  [
    /\b(i|i am|me)((?: (?:just|really|honestly|actually|literally|might|may|should|could|will|would|deserve to|want to|need to|going to|have to|got to|about to|ought to|as well|swear|genuinely|seriously|finally)){1,3}) kill yourself\b/g,
    '$1$2 kill myself',
    ['kill yourself'],
  ],
  [/^((?:just )?(?:going to|want to|about to|might|should|could|need to|gotta|got to)) kill yourself\b/g, '$1 kill myself', ['kill yourself']],
  [/\bkill yourself (?=(?:is|was) (?:what|all) i (?:deserve|need|want)|(?:i|i honestly|i really) (?:deserve|should|need) (?:it|to)\b)/g, 'kill myself ', ['kill yourself']],
  // "top myself", "off myself", "do myself in", "neck myself", "yeet myself off a bridge"
  [/\btop (myself|himself|herself|themselves)\b/g, 'kill $1', ['top ']],
  [/\btopping (myself|himself|herself|themselves)\b/g, 'killing $1', ['topping ']],
  [/\btopped (myself|himself|herself|themselves)\b/g, 'killed $1', ['topped ']],
  [/\b(to|going to|want to|about to|will|just|might|should|could|i|gotta|got to|wanted to) off (myself|himself|herself|themselves)\b/g, '$1 kill $2', [' off ']],
  [/\boffed (myself|himself|herself|themselves)\b/g, 'killed $1', ['offed ']],
  [/\boffing (myself|himself|herself|themselves)\b/g, 'killing $1', ['offing ']],
  [/\bdo (myself|himself|herself|themselves) in\b/g, 'kill $1', ['self in', 'selves in']],
  [/\bdoing (myself|himself|herself|themselves) in\b/g, 'killing $1', ['self in', 'selves in']],
  [/\bneck (myself|himself|herself|themselves)\b/g, 'hang $1', ['neck ']],
  [/\brope (myself|himself|herself|themselves)\b/g, 'hang $1', ['rope ']],
  [/\byeet(?:ing|ed)? (myself|himself|herself|themselves) (off|in front of|into|under|out of|from)\b/g, 'throw $1 $2', ['yeet']],
  [/\b(?:commit|commiting|committing|commited|committed|kermit) (?:sudoku|toaster bath|die|suicide|seppuku)\b/g, 'commit suicide', ['mit ']],
  [/\bself (?:delete|deleting|deletion|unalive|unaliving|terminate|termination)\b/g, 'suicide', ['self del', 'self unal', 'self term']],
  [/\bdelete myself\b(?! (?:from|off|on)\b)/g, 'kill myself', ['delete myself']],
  [/\b(feeling|feel|felt|so|very|really|am|been|getting|get) sui\b/g, '$1 suicidal', [' sui']],
  [/\bsui (?=thoughts|ideation|attempt|urges|feelings)/g, 'suicidal ', ['sui ']],
  [/\bdip (?=permanently|for good|forever)/g, 'disappear ', ['dip ']],
  // Skull emoji and slang for death and dying: "want to 💀 myself", "6ft under", "the long sleep", "do one off the top"
  [/\bskull (myself|himself|herself|themselves)\b/g, 'kill $1', ['skull ']],
  [/\b(?:be|end up|ending up) (?:6|six) ?(?:ft|feet|foot) under\b/g, 'die', ['under']],
  [/\b(?:6|six) ?(?:ft|feet|foot) under\b/g, 'dead', ['under']],
  // "everyone says kys as a joke but i think im gonna actually do it to myself"
  [/\b(kill yourself\b(?: [a-z0-9]+){0,12}?) do it to myself\b/g, '$1 kill myself', ['do it to myself']],
  [/\b(?:go on|have|take|went on|going on) the (?:long|big|eternal|endless|final) (?:sleep|nap)\b/g, 'sleep forever', ['sleep', ' nap']],
  [/\b(do|doing|did) one off (?=(?:the top of )?(?:the |a )?(?:bridge|roof|multi storey|car park|cliff|building|balcony|tower|flats|top))/g, 'jump off ', ['one off ']],
  [/\bsu[iea]{0,2}[cs]{1,2}[iea]{0,2}de\b/g, 'suicide', ['cide', 'side', 'cde', 'sde', 'cede', 'sede', 'ccide']],
  // More Scots: "dinnae ken", "canny be arsed", "sick o bein alive", "a' ower", "aw ma tablets, the hale box"
  [/\b(do not|did not|dont) ken\b/g, '$1 know', [' ken']],
  [/\bcanny (?=be|do|go|take|cope|handle|face|stop|live|eat|sleep|dae|cannae)/g, 'can not ', ['canny ']],
  [/\b(sick|tired|full|out|one|all|lots|loads|bits|scared|feart) o\b/g, '$1 of', [' o ', '$ o']],
  [/\ba over\b/g, 'all over', ['a over']],
  [/\baw (?=my|the|of|them|these|those|they|that|mine)/g, 'all ', ['aw ']],
  [/\bhale (?=box|lot|bottle|packet|pack|strip|thing|day|night|week|family|world)/g, 'whole ', ['hale ']],
  // "want 2 b gone 4 good", "wnt 2 dye"
  [/\b(to|will|going to|can not|not|never|could|would|should|might|just|must|got to|wanna) b\b/g, '$1 be', [' b ', '$ b']],
  [/\b4 (?=good|ever|real|life)/g, 'for ', ['4 ']],
  [/\b4ever\b/g, 'forever', ['4ever']],
  [
    /\b(want to|going to|wish i could|ready to|deserve to|i will|i could|i should|let me|just) dye\b(?! (?:my|your|her|his|it|the|them|our|their|a|some|hair|clothes|jeans|eggs|wool|fabric)\b)/g,
    '$1 die',
    [' dye'],
  ],
  // Northern and Scots "me" for "my": "me mam's pills", "me arms"
  [/\bme (?=(?:mum|mums|dad|dads|nan|nans|gran|grans|mates?|sister|sisters|brother|brothers|boyfriend|girlfriend|arms?|legs?|wrists?|thighs?|head|room|bed|tablets|pills|meds|life)\b)/g, 'my ', ['me ']],
  [/\bme self\b/g, 'myself', ['me self']],
  // "me" for "myself" after the writer's own intent, in learners' English: "i want to kill me", "i am going to hurt me now".
  [
    /\b(i (?:(?:really |just |only )?(?:want|wanna|need|am going|am gonna|have|am about) to|will|might|could|should|am gonna)) (kill|hurt|harm|cut|end|punish) me(?= *$| (?:now|tonight|today|again|i|and|so|but|because|please|help|lol|already|properly|badly|for good|soon|then|my|its|it is|this|the)\b)/g,
    '$1 $2 myself',
    ['kill me', 'hurt me', 'harm me', 'cut me', 'end me', 'punish me'],
  ],
  // "barcode arms": rows of self-harm cuts.
  [/\bbarcode(?:d|s)? (?=(?:my |me |on my )?(?:arms?|wrists?|legs?|thighs?)\b)/g, 'self harm cuts on ', ['barcode']],
  [/\b(?:my|our|the) old man (?=(?:keeps |always |still |just )?(?:hits|hit|hitting|beats|beat|beating|batters|battered|kicks|kicked|punches|punched|slaps|slapped|smacks|smacked|chokes|belts|belted|hurts)\b)/g, 'my dad ', ['old man ']],
  // Scots: "cannae dae it", "wi the blade"
  [/\b(not|to|just|will|would|could|can|did|i) dae\b/g, '$1 do', [' dae']],
  [/\bwi\b(?! fi\b)/g, 'with', [' wi ', '^wi ', '$ wi']],
  // violence and abuse slang: "wet him up", "chin him", "ridin on them", "beating on me", "gets handsy wiv me"
  [/\bwet (him|her|them|someone|somebody|man|that guy|him) up\b/g, 'stab $1', ['wet ']],
  [/\b(?:chin|lamp|deck) (him|her|them|someone|somebody)\b(?! (?:up|off|down)\b)/g, 'punch $1', ['chin ', 'lamp ', 'deck ']],
  [/\b(?:riding|ride|rode) on (him|her|them|us|man)\b/g, 'attack $1', ['ride on', 'riding on', 'rode on']],
  [/\b(beat|beats|beating|beaten) on (me|us|her|him)\b/g, '$1 $2', ['beat on', 'beats on', 'beating on', 'beaten on']],
  [/\bknocks (me|us|her|him) (?:about|around)\b/g, 'hits $1', ['knocks ']],
  [/\bknocking (me|us|her|him) (?:about|around)\b/g, 'hitting $1', ['knocking ']],
  [/\bknocked (me|us|her|him) (?:about|around)\b/g, 'hit $1', ['knocked ']],
  [/\b(?:gets|getting|got|is|was|being|goes|went) handsy (?:with|wiv) (me|us|her|him)\b/g, 'touches $1', ['handsy']],
  // self-harm shorthand: "sh urges", "been sh again"; bingeing and purging: "b/p 5 times"
  [/\bsh (?=again|urges?|scars?|cuts?|marks?|wounds?|tools?|blades?|relapse|thoughts|kit)/g, 'self harm ', [' sh ', '^sh ']],
  [/\b(been|started|start|stopped|stop|wanted to|want to|need to|urge to|urges to|going to|trying not to|not to|tempted to) sh\b/g, '$1 self harm', [' sh ', '$ sh']],
  [/\bsh ing\b/g, 'self harming', ['sh ing']],
  [/\bs h (?=again|urges?|scars?|cuts?|marks?|wounds?|tools?|blades?|relapse|thoughts)/g, 'self harm ', ['s h ']],
  [/\bb p (?=again|[0-9]+ times|[0-9]+x|cycles?|every|after|twice|once|episodes?)/g, 'binge and purge ', ['b p ']],
];

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
  [/\b(am|is|are|was|were|have|has|had|will|would|could|can|do|did) no (?=(?:eaten|eating|eat|had|been|slept|sleeping|going|able|safe|coping|wanting|even|that|thin|hungry|well|ok|okay|fine|sure|bothered)\b)/g, '$1 not '],
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
/** The quick test for a GatedRewrite's `needs`. */
function containsAny(needs: readonly string[]): (text: string) => boolean {
  const inside = needs.filter((need) => !need.startsWith('^') && !need.startsWith('$ '));
  const atStart = needs.filter((need) => need.startsWith('^')).map((need) => need.slice(1));
  const atEnd = needs.filter((need) => need.startsWith('$ ')).map((need) => need.slice(1));
  if (atStart.length === 0 && atEnd.length === 0) {
    if (inside.length === 1) {
      const need = inside[0] as string;
      return (text) => text.includes(need);
    }
    return (text) => {
      for (const need of inside) if (text.includes(need)) return true;
      return false;
    };
  }
  return (text) => {
    for (const need of inside) if (text.includes(need)) return true;
    for (const need of atStart) if (text.startsWith(need)) return true;
    for (const need of atEnd) if (text.endsWith(need)) return true;
    return false;
  };
}
const explicitlyGated = (rewrites: readonly GatedRewrite[]): readonly Rewrite[] =>
  rewrites.map(([pattern, replacement, needs]) => [pattern, replacement, containsAny(needs)]);
const gatedSlangRewrites = explicitlyGated(slangRewrites);
const gatedSlangFixes = explicitlyGated(slangFixes);
/**
 * The slang fixes are many and most messages hold none of their words, so one scan for all their
 * literals (see literal-scan.ts) decides which are worth a look; on a long message this is several
 * times cheaper than a substring search per fix. A fix that changes the text makes a fresh scan.
 */
const slangFixIndex = new LiteralIndex(slangFixes.map(([pattern]) => pattern));

/** Below this length the substring tests alone are cheaper than a scan. */
const SCAN_FROM_LENGTH = 400;

/** Applies the slang fixes in order, each only if the scan (long text) and its own quick test allow it. */
function applySlangFixes(text: string): string {
  let result = text;
  const scanning = text.length >= SCAN_FROM_LENGTH;
  let hits = scanning ? slangFixIndex.scan(result) : undefined;
  for (const [pattern, replacement, mayMatch] of gatedSlangFixes) {
    if ((hits !== undefined && !hits.mayMatch(pattern)) || !mayMatch(result)) continue;
    const rewritten = result.replace(pattern, replacement);
    if (rewritten === result) continue;
    result = rewritten;
    if (scanning) hits = slangFixIndex.scan(result);
  }
  return result;
}
const anyDisguise = compiledToMachineCode(new RegExp(disguisePoint.source));

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
const tripleLetter = compiledToMachineCode(/([a-z])\1\1/);

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
  if (anyMeaningfulEmoji.test(result)) {
    for (const [emoji, word] of meaningfulEmoji) result = result.replace(emoji, word);
  }
  if (anyDisguise.test(result)) result = readDisguisedWords(result);
  result = applyRewrites(result, gatedApostropheRewrites);
  result = result.replace(/'/g, '').replace(/&/g, ' and ');
  result = result.replace(punctuationRuns, ' ').trim();
  // "sooo", "killll", "dieeee": three or more of a letter is emphasis, not spelling.
  if (tripleLetter.test(result)) result = result.replace(/([a-z])\1{2,}/g, '$1');
  if (anySpacedLetters.test(result)) result = joinSpacedLetters(result);
  result = applyRewrites(result, gatedSlangRewrites);
  result = replaceWords(result);
  result = applyRewrites(result, gatedSpellingFixes);
  result = applySlangFixes(result);
  return result.replace(/ {2,}/g, ' ').trim();
}
