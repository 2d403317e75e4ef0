import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/domain/risk/normalise-text';
import { broadSignalsByCategory } from '../../src/domain/risk/broad-signals';
import { parseLabelledMessages, type LabelledMessage } from '../../src/domain/risk/labelled-messages';
import { assessRisk, assessRiskByRules, explainRisk, riskCategories, type RiskAssessment } from '../../src/domain/risk/risk-check';
import { goalActionLabel, goalsMenuChoices, type GoalAction } from '../../src/domain/wellbeing/goals-menu';

const corpusPath = join(__dirname, '..', 'fixtures', 'risk-corpus.tsv');

/** Any malformed row (wrong fields, unknown label or category, a duplicate) throws with its line number, failing the whole suite. */
const rows = parseLabelledMessages(readFileSync(corpusPath, 'utf8'), 'risk-corpus.tsv');
const assessed = rows.map((row) => ({ row, result: assessRisk(row.text) }));
const riskRows = assessed.filter(({ row }) => row.label === 'risk');
const safeRows = assessed.filter(({ row }) => row.label === 'safe');
const flagged = ({ result }: { result: RiskAssessment }): boolean => result.level !== 'none';

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
const fixed = (value: number): string => value.toFixed(3);
const quoted = (items: readonly { row: LabelledMessage }[]): string =>
  items.map(({ row }) => `line ${row.line} ${JSON.stringify(row.text)}`).join(' | ');

describe('risk corpus (tests/fixtures/risk-corpus.tsv)', () => {
  const missed = riskRows.filter((entry) => !flagged(entry));
  const falseAlarms = safeRows.filter(flagged);
  const recall = ratio(riskRows.length - missed.length, riskRows.length);
  const falseAlarmRate = ratio(falseAlarms.length, safeRows.length);

  it('is large and spread across every category', () => {
    expect(rows.length).toBeGreaterThanOrEqual(420);
    expect(riskRows.length).toBeGreaterThanOrEqual(230);
    expect(safeRows.length).toBeGreaterThanOrEqual(190);
    for (const category of riskCategories) {
      expect(riskRows.filter(({ row }) => row.category === category).length, category).toBeGreaterThanOrEqual(30);
    }
  });

  it('detects at least 98% of risk messages and flags at most 3% of safe ones', () => {
    console.log(
      `risk corpus: ${rows.length} messages (${riskRows.length} risk, ${safeRows.length} safe), ` +
        `recall ${fixed(recall)}, false alarms ${fixed(falseAlarmRate)}`,
    );
    if (missed.length > 0) console.log(`risk corpus missed: ${quoted(missed)}`);
    if (falseAlarms.length > 0) console.log(`risk corpus false alarms: ${quoted(falseAlarms)}`);
    expect(recall, `missed: ${quoted(missed)}`).toBeGreaterThanOrEqual(0.98);
    expect(falseAlarmRate, `false alarms: ${quoted(falseAlarms)}`).toBeLessThanOrEqual(0.03);
  });

  it.each(riskCategories.map((category) => [category]))('detects at least 95% of %s messages', (category) => {
    const labelled = riskRows.filter(({ row }) => row.category === category);
    const categoryMissed = labelled.filter((entry) => !flagged(entry));
    const categoryRecall = ratio(labelled.length - categoryMissed.length, labelled.length);
    const categoryFalseAlarms = ratio(
      safeRows.filter(({ result }) => result.categories.includes(category)).length,
      safeRows.length,
    );
    console.log(
      `risk corpus [${category}]: ${labelled.length} risk messages, recall ${fixed(categoryRecall)}, ` +
        `false alarms ${fixed(categoryFalseAlarms)}`,
    );
    expect(categoryRecall, `missed: ${quoted(categoryMissed)}`).toBeGreaterThanOrEqual(0.95);
  });

  it('names the labelled category for at least 98% of the risk messages it detects', () => {
    // The blind sets' writers file every command voice under harm_to_others, also "the voices are
    // telling me to jump", where the check rightly names suicide_self_harm: those rows are left out.
    const detected = riskRows.filter(flagged).filter(({ row }) => row.kind !== 'command_voices');
    const mismatched = detected.filter(({ row, result }) => row.category && !result.categories.includes(row.category));
    const mismatchRate = ratio(mismatched.length, detected.length);
    console.log(`risk corpus: category mismatch ${fixed(mismatchRate)} (${mismatched.length} of ${detected.length} detected)`);
    expect(mismatchRate, `mismatched: ${quoted(mismatched)}`).toBeLessThanOrEqual(0.02);
  });

  it('pairs every level above none with at least one category, and none with no category', () => {
    for (const { row, result } of assessed) {
      expect(result.level === 'none', `line ${row.line}`).toBe(result.categories.length === 0);
    }
  });
});

describe('assessRisk', () => {
  // A retrained model once asked "are you safe?" when someone pressed "Make it active again".
  const goalActions: readonly GoalAction[] = ['achieved', 'pause', 'retire', 'resume', 'keep'];
  it.each([...goalActions.map(goalActionLabel), ...[true, false].flatMap((hasGoals) => goalsMenuChoices(hasGoals).map(({ label }) => label))])(
    'reads the companion\'s own goal button %j as no risk',
    (label) => {
      expect(assessRisk(label).level).toBe('none');
    },
  );

  it('gives the same result for curly and straight apostrophes', () => {
    const pairs = [
      ['I don’t want to live any more', "I don't want to live any more"],
      ['I’ve taken 30 pills', "I've taken 30 pills"],
      ['he’s hitting me right now', "he's hitting me right now"],
      ['I can’t go on', "I can't go on"],
      ['I’m dying for a cup of tea', "I'm dying for a cup of tea"],
    ] as const;
    for (const [curly, straight] of pairs) {
      expect(assessRisk(curly)).toEqual(assessRisk(straight));
      expect(assessRisk(curly.replace(/’/g, ''))).toEqual(assessRisk(straight));
    }
    expect(assessRisk('I don’t want to live any more').level).not.toBe('none');
  });

  it('ignores capitals', () => {
    expect(assessRisk('I WANT TO END MY LIFE')).toEqual(assessRisk('i want to end my life'));
    expect(assessRisk('My Partner Hits Me').categories).toEqual(['abuse_safeguarding']);
    expect(assessRisk('THIS TRAFFIC IS KILLING ME').level).toBe('none');
  });

  it('reads txt-speak such as kms as kill myself', () => {
    expect(normaliseText('im gonna kms')).toBe('i am going to kill myself');
    for (const text of ['kms', 'KMS', 'i wanna kms', 'want 2 unalive myself', 'took an od', 'i think i OD’d', 'took an o.d.']) {
      expect(assessRisk(text).level, text).not.toBe('none');
    }
  });

  it('tolerates common typos', () => {
    for (const text of ['i feel suicidel', 'feeling sucidal', 'i selfharm', 'self-harm again', 'i want to kil myself', 'i took an overdoes']) {
      expect(assessRisk(text).level, text).not.toBe('none');
    }
  });

  it.each([
    'this traffic is killing me',
    'I could murder a curry',
    "I'm dying for a cup of tea",
    'killed it at work today',
    'my phone died',
    'I want to end this chat',
    'she is drop dead gorgeous',
    'I hurt my knee',
    'dying my hair red',
    'that cake was to die for',
    'shoot me an email',
    "I'm starving, what's for tea",
    "I've been overdoing it",
    'just killing time',
    "I'd kill for a holiday",
    'trying to cut down on sugar',
    'I took my tablets this morning',
    "I'm fine",
    'I feel a bit low today',
    'I want to join a walking group',
    "I'd like to sleep better",
    'my knee hurts',
    'my phone battery is dying',
    'I killed it at the gym',
    'I scratch my legs when my eczema flares up',
    "I haven't eaten since Tuesday because of a stomach bug",
    'I take water tablets every day for my heart',
    'we watched a film where a man hides pills to take them all at once',
    'going to poison the slugs before they eat all my lettuces',
    'the nurse gave me laxatives because the morphine had me constipated',
    "that's me signing off, see you next week",
    'the wordle today was SUICIDE would you believe',
  ])('treats %j as no risk', (text) => {
    expect(assessRisk(text)).toEqual({ level: 'none', categories: [] });
  });

  it.each([
    ['nobody would miss me', 'suicide_self_harm'],
    ['everyone would be better off without me', 'suicide_self_harm'],
    ['there is no point going on', 'suicide_self_harm'],
    ["I can't go on", 'suicide_self_harm'],
    ['I want to sleep and never wake up', 'suicide_self_harm'],
    ['I wrote goodbye letters', 'suicide_self_harm'],
    ["I've been cutting myself", 'suicide_self_harm'],
    ['I keep burning myself', 'suicide_self_harm'],
    ['I took too many tablets', 'overdose'],
    ['I swallowed a bottle of paracetamol', 'overdose'],
    ['I want to hurt someone', 'harm_to_others'],
    ["he won't let me leave the house", 'abuse_safeguarding'],
    ['someone is touching my child', 'abuse_safeguarding'],
    ['my step dad touches me', 'abuse_safeguarding'],
    ["I haven't eaten in 5 days on purpose", 'eating_disorder'],
    ['I use laxatives to lose weight', 'eating_disorder'],
    // Change 8's concepts, in wording none of the corpus rows use.
    ['went up to the multi storey on sunday to check it out. it will do', 'suicide_self_harm'],
    ['ordered some tubing to fit the exhaust on the van', 'suicide_self_harm'],
    ["dropped my dog at my sister's, told her it's only for the weekend. it isn't really", 'suicide_self_harm'],
    ["I'm on the other side of the barrier on the bridge", 'suicide_self_harm'],
    ['had dinner with everyone and then snuck off to the bathroom to get rid of it', 'eating_disorder'],
    ["took my brother's old crossbow out of the shed. they won't be laughing now", 'harm_to_others'],
  ] as const)('flags %j as %s', (text, category) => {
    expect(assessRisk(text).categories).toContain(category);
  });

  it.each([
    "I've taken 30 pills",
    "I'm going to jump tonight",
    "he's hitting me right now",
    "I'm going to stab him",
    'I’m going to kill myself',
    'I have a rope ready',
    'I’m planning how to do it',
  ])('rates explicit intent, a plan or an act in progress as urgent: %j', (text) => {
    expect(assessRisk(text).level).toBe('urgent');
  });

  it('treats negations, jokes and talk about a topic as no risk, but not a disclosure beside them', () => {
    for (const text of ["I'm not suicidal, just tired", 'I would never hurt myself', 'I watched a film about suicide', "I'm gonna kill my sister lol"]) {
      expect(assessRisk(text).level, text).toBe('none');
    }
    expect(assessRisk("I'm on a course for my anxiety and I'm suicidal").categories).toEqual(['suicide_self_harm']);
    expect(assessRisk("I'm not kidding, I'm going to kill him").categories).toEqual(['harm_to_others']);
    expect(assessRisk('my dad beats me at home').categories).toEqual(['abuse_safeguarding']);
  });

  // A past-with-recovery or negation mask must never hide a present risk in the same message.
  it.each([
    ["I was suicidal years ago and it's back now", 'suicide_self_harm'],
    ["I'm not ok, I want to die", 'suicide_self_harm'],
    ['i used to self harm as a teen and ive started again this week', 'suicide_self_harm'],
    ['no thoughts of suicide, i have a plan though', 'suicide_self_harm'],
    ['years ago my ex hit me, im doing well now but hes found my new address', 'abuse_safeguarding'],
    ["i'm not going to hurt him tonight, i'll wait till friday", 'harm_to_others'],
    ['i would never hurt my kids but i keep having thoughts of drowning my baby', 'harm_to_others'],
    ["i was groomed as a kid, i'm fine now, but my daughter's coach is doing the same things to her", 'abuse_safeguarding'],
    ['the film about a girl who self harms was just like me, i do it every night', 'suicide_self_harm'],
    ["he's not abusive, he only hits me when he's drunk", 'abuse_safeguarding'],
    ['the quiz asked if i had thoughts of suicide and i said no but i lied', 'suicide_self_harm'],
  ] as const)('still flags the present risk in the mixed message %j as %s', (text, category) => {
    expect(assessRisk(text).categories).toContain(category);
  });

  it.each([
    'i used to self harm as a teenager but im 10 years clean now and doing really well',
    'a few years back i was suicidal and rang you lot, honestly saved me, im doing great now',
    'my ex used to hit me but i got out in 2019 and ive got my own place now, im safe',
    "no thoughts of suicide, just grief, it's mum's anniversary",
    'i wont harm him, i just needed to rant about my ex',
    'I volunteer at a refuge for women fleeing domestic abuse',
  ])('treats the clear past, negation or work talk %j as no risk', (text) => {
    expect(assessRisk(text)).toEqual({ level: 'none', categories: [] });
  });

  it('rates a risk signal without intent, plan or act as concern', () => {
    expect(assessRisk('I feel suicidal').level).toBe('concern');
    expect(assessRisk('I purge').level).toBe('concern');
    expect(assessRisk('nobody would miss me').level).toBe('concern');
  });

  it('returns every category present in a mixed message, in the canonical order', () => {
    const result = assessRisk(
      'I took too many tablets last night, my husband hits me and I make myself sick after eating',
    );
    expect(result.categories).toEqual(['overdose', 'abuse_safeguarding', 'eating_disorder']);
    expect(result.level).toBe('urgent');
  });

  it('returns none for empty or whitespace-only input', () => {
    for (const text of ['', ' ', '\n\t  ', '   ...   ']) {
      expect(assessRisk(text)).toEqual({ level: 'none', categories: [] });
    }
  });

  it.each([
    ["I've sorted out who gets my cat", 'suicide_self_harm', 'broad:arranging-who-gets-mine'],
    ['i keep thinking about the bridge near my work and how easy it would be', 'suicide_self_harm', 'broad:means-and-ease'],
    ['i dinnae want tae be here nae mair', 'suicide_self_harm', undefined],
    ['been saving up my tablets for a while now', 'overdose', undefined],
    ["there's enough pills in my drawer to do it", 'overdose', 'broad:enough-to-do-it'],
    ['I feel like I could snap and do something to someone', 'harm_to_others', 'broad:snap-and-harm'],
    ['he says if I leave he’ll kill me', 'abuse_safeguarding', 'broad:threat-if-i-leave-or-tell'],
    ['my carer takes money out my purse and says nobody will believe me', 'abuse_safeguarding', 'broad:nobody-will-believe-me'],
    ['I count every calorie and still feel huge, haven’t eaten since Tuesday', 'eating_disorder', 'broad:not-eaten-for-days'],
  ] as const)('the broad net flags the unseen phrasing %j as %s', (text, category, signal) => {
    expect(assessRisk(text).categories).toContain(category);
    if (signal !== undefined) expect(explainRisk(text)).toContain(signal);
  });

  it('keeps every broad signal named, and each name unique', () => {
    const signals = riskCategories.flatMap((category) => broadSignalsByCategory[category]);
    const names = signals.map((signal) => signal.name);
    expect(names.every((name) => typeof name === 'string' && /^[a-z]+(-[a-z]+)*$/.test(name))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    expect(assessRisk("I've been stockpiling my meds").level).toBe('concern');
  });

  it('completes on very long input without catastrophic backtracking (the rules; the model is linear in the text)', () => {
    const long = [
      'a'.repeat(10_000),
      'i '.repeat(5_000),
      'not '.repeat(2_500),
      'took all my the of the '.repeat(435),
      'my mum and dad and my partner '.repeat(333),
      '!?'.repeat(5_000),
      'i want to '.repeat(2_000),
      'my kid the baby '.repeat(1_200),
      'pills the of a box enough '.repeat(700),
      'film where he '.repeat(1_500),
    ];
    for (const text of long) expect(assessRiskByRules(text).level).toBe('none');
    expect(assessRisk(`${'what a lovely day '.repeat(550)}and I want to die`).categories).toEqual(['suicide_self_harm']);
  });
});
