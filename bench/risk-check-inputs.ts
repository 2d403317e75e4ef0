/**
 * The inputs of the risk check benchmark (bench/risk-check.ts): the labelled corpus and holdout
 * rows, ordinary messages of several lengths, a message full of near-miss risk vocabulary, and
 * adversarial shapes up to 30 000 characters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const fixtures = join(__dirname, '..', 'tests', 'fixtures');

/** The rows of a labelled file (label, category[, kind], text), each as its label and its text (the last field). */
function readRows(file: string): Array<{ readonly label: string; readonly text: string }> {
  return readFileSync(join(fixtures, file), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'))
    .map((fields) => ({ label: fields[0] ?? '', text: fields.length >= 3 ? (fields.at(-1) ?? '') : '' }))
    .filter(({ text }) => text !== '');
}

const corpusRows = readRows('risk-corpus.tsv');
export const corpus = corpusRows.map(({ text }) => text);
const corpusRisk = corpusRows.filter(({ label }) => label === 'risk').map(({ text }) => text);
export const holdout = readRows('risk-holdout-2026-11.tsv').map(({ text }) => text);

export const shortCommands = ['Goals', 'menu', 'help', 'yes', 'No thanks', 'start over', 'Show my goals', 'stop'];
export const typicalSentences = [
  'I would like to find a walking group near me on Tuesday',
  "Can you tell me what's on at the community centre this week?",
  "I've been feeling a bit low lately and I'm not sleeping well",
  'My daughter wants to know if there is a parking space near the hospital',
  'I had a good day today, went to the park with my sister and had lunch',
  "What time does the drop-in session start on Thursday? I can't remember",
];
export const ordinaryParagraph =
  "Hi, I hope you're well. I wanted to ask about the groups you run on weekday mornings, because my GP said " +
  'it might help me to get out of the house a bit more. I used to go swimming with my friend on Mondays but she ' +
  "moved to Leeds last year and I haven't really found anything else since then. I'm not very confident in big " +
  "groups, so something small would be better for me. I don't drive, but the number 42 bus stops near the library " +
  'and the community centre, so either of those would be fine. I also look after my grandson on Wednesday ' +
  "afternoons, so I'd need to be back home by one o'clock on that day. Is there anything like a gardening club, " +
  "a craft group or a walking group? I'd really like to meet some new people and maybe learn something new. ";
/** An ordinary message of 1590 characters: a long, chatty request with no risk in it. */
export const message1590 = (
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
export const message28000 = Array.from({ length: 20 }, (_, index) =>
  message1590.replace('Leeds', ['York', 'Hull', 'Bath', 'Kent'][index % 4] ?? 'Leeds').replace('42', String(10 + index)),
)
  .join(' ')
  .slice(0, 28_000);

/** An ordinary message of exactly 4000 characters, the longest web chat accepts. */
export const ordinary4000 = message28000.slice(0, 4000);

/**
 * Risk words in safe sentences (idioms, other meanings, negations, third parties, films): each
 * brings literals that wake patterns up, and none should match.
 */
const nearMisses = [
  'I nearly died laughing at the film last night, it was to die for.',
  'My sister is dying her hair purple for the party.',
  'The killer whale documentary was on again, the one about the pod.',
  'I cut the grass and then cut my fringe, which was a mistake.',
  'I took my tablets with breakfast as the pharmacist said.',
  'We hung out at the park and then went to the overdose awareness stall at the health fair.',
  'The kids were jumping off the sofa and I was bored to death.',
  'I am not suicidal, I just want to know about the walking group.',
  'She wants to end it with her boyfriend, they argue about the washing up.',
  'My mum and dad are coming to stay, so the house is a bit of a battlefield.',
  'The pills the vet gave the dog are in a box in the cupboard.',
  'He was hitting the ball really hard at the cricket on Saturday.',
  'My diet is going well, I have lost half a stone since Christmas.',
  'The book is about a murder in a village, the detective is brilliant.',
  'I could kill for a cup of tea right now.',
  'The knife block in the kitchen needs a clean.',
  'My friend said the bridge in town is being repainted this month.',
  'I skipped breakfast because I overslept, then had a big lunch.',
  'I feel like I am drowning in paperwork at work this week.',
  'Can you tell me about the group for carers whose partner has dementia?',
  'The rope swing at the park is broken again.',
  'My grandad passed away peacefully last year and I still miss him.',
  'The news said a man hurt himself falling off a ladder.',
  'I want to stop smoking and get fitter before the summer.',
];
/** A message of exactly 4000 characters made of near misses: the worst case a safe message can be. */
export const nearMiss4000 = Array.from({ length: 40 }, () => nearMisses.join(' ')).join(' ').slice(0, 4000);

/** Shapes that stress bounded gaps and long alternations, each up to 30 000 characters. */
export const adversarial: Record<string, string> = {
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
