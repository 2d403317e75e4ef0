import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crossValidate } from '../../src/domain/risk/evaluation/cross-validation';
import { rankingAuc } from '../../src/domain/risk/evaluation/ranking-auc';
import { detectionReport, formatRate } from '../../src/domain/risk/evaluation/detection-report';
import { standardDetectors, type Detection } from '../../src/domain/risk/evaluation/risk-detectors';
import { stratifiedFolds } from '../../src/domain/risk/evaluation/stratified-folds';
import { thresholdSweep } from '../../src/domain/risk/evaluation/threshold-sweep';
import { parseLabelledMessages } from '../../src/domain/risk/labelled-messages';
import { FeatureIndex } from '../../src/domain/risk/model/feature-index';
import { decodeRiskModelFile, encodeRiskModelFile, type TrainingRecord } from '../../src/domain/risk/model/risk-model-file';
import { scoreRiskModel, shippedRiskModel, shippedRiskModelTrainedOn } from '../../src/domain/risk/model/score-risk-model';
import { classSequence, compileLexicons, forEachClassFeature } from '../../src/domain/risk/model/class-features';
import { defaultWordClassOptions, forEachFeature, type WordClassOptions } from '../../src/domain/risk/model/text-features';
import { wordClassLexicons } from '../../src/domain/risk/model/word-classes';
import { recallAtFalseAlarmRate } from '../../src/domain/risk/evaluation/threshold-sweep';
import { defaultTrainingOptions, trainRiskModel, type RiskModelTrainingOptions } from '../../src/domain/risk/model/train-risk-model';
import { normaliseText } from '../../src/domain/risk/normalise-text';
import { corpusPath, readLabelledFile, trainingFingerprint } from '../../src/cli/risk-corpus-files';
import { shippedModelThresholds } from '../../src/domain/risk/risk-check';

/** A tiny labelled set: enough to train on in milliseconds. */
const fixture = parseLabelledMessages(
  [
    'risk\tsuicide_self_harm\tI want to end my life',
    'risk\tsuicide_self_harm\ti want to kill myself tonight',
    'risk\tsuicide_self_harm\tno point living anymore, i want to die',
    'risk\toverdose\tI took all my tablets',
    'risk\toverdose\ti took 30 paracetamol',
    'risk\toverdose\ttook a whole box of pills',
    'risk\tharm_to_others\tI am going to stab him',
    'risk\tharm_to_others\ti want to hurt someone badly',
    'risk\tabuse_safeguarding\tmy dad hits me',
    'risk\tabuse_safeguarding\tmy partner hits me every night',
    'risk\teating_disorder\tI make myself sick after I eat',
    'risk\teating_disorder\ti have not eaten for days to lose weight',
    'safe\t-\tthis traffic is killing me',
    'safe\t-\tI want to join a walking group',
    'safe\t-\tI took my tablets this morning',
    'safe\t-\tmy dad took me to the match',
    'safe\t-\twhat time does the group start',
    'safe\t-\tI could eat a horse',
  ].join('\n'),
  'fixture',
);
const quick: RiskModelTrainingOptions = { ...defaultTrainingOptions, minCount: 1, iterations: 40 };
const record: TrainingRecord = { source: 'fixture', rows: fixture.length, risk: 12, safe: 6, fingerprint: '0'.repeat(64) };

describe('trainRiskModel', () => {
  it('gives the same weights, bit for bit, every time it is trained on the same messages', () => {
    const first = encodeRiskModelFile(trainRiskModel(fixture, quick), quick, record);
    const second = encodeRiskModelFile(trainRiskModel(fixture, quick), quick, record);
    expect(second).toBe(first);
  });

  it('learns the training messages', () => {
    const model = trainRiskModel(fixture, quick);
    for (const message of fixture) {
      const score = model.score(message.text);
      if (message.label === 'risk') {
        expect(score.riskProbability, message.text).toBeGreaterThan(0.5);
        expect(score.category, message.text).toBe(message.category);
      } else {
        expect(score.riskProbability, message.text).toBeLessThan(0.5);
      }
    }
  });

  it('keeps only features at least minCount messages share', () => {
    const pruned = trainRiskModel(fixture, { ...quick, minCount: 2 }).parameters.features;
    expect(pruned.length).toBeLessThan(trainRiskModel(fixture, quick).parameters.features.length);
    expect(pruned).toContain('<took>');
    expect(pruned).not.toContain('<horse>');
  });
});

describe('the weights file', () => {
  const model = trainRiskModel(fixture, quick);
  const text = encodeRiskModelFile(model, quick, record);

  it('reads back as the same model', () => {
    const loaded = decodeRiskModelFile(JSON.parse(text), 'fixture.json');
    expect(loaded.trainedOn).toEqual(record);
    expect(loaded.training).toEqual(quick);
    for (const message of fixture) expect(loaded.model.score(message.text)).toEqual(model.score(message.text));
  });

  it('fails loudly, naming the file, when it is malformed', () => {
    const file = JSON.parse(text) as Record<string, unknown>;
    // Version 1 files had no class features: read as they are, they would score wrongly.
    expect(() => decodeRiskModelFile({ ...file, version: 1 }, 'bad.json')).toThrow(/bad\.json is not a valid risk model weights file/);
    expect(() => decodeRiskModelFile({ ...file, classes: ['safe', 'overdose'] }, 'bad.json')).toThrow(/bad\.json was trained for classes/);
    expect(() => decodeRiskModelFile({ ...file, weights: 'AAAA' }, 'bad.json')).toThrow(/bad\.json does not hold a usable risk model/);
    expect(() => decodeRiskModelFile(null, 'bad.json')).toThrow(/run npm run risk:train/);
  });
});

describe('FeatureIndex', () => {
  it('finds exactly the known features forEachFeature gives, without building strings', () => {
    const { features, featureOptions } = shippedRiskModel.parameters;
    const rowOf = new Map(features.map((feature, row) => [feature, row]));
    const index = new FeatureIndex(features, featureOptions);
    const texts = [
      ...fixture.map(({ text }) => text),
      'a',
      'i',
      'kms',
      'x y',
      'pneumonoultramicroscopicsilicovolcanoconiosis and the 10 laxatives',
      '',
      // class features: numbers and their shapes, phrases, a phrase cut short, many classes at once
      'i took 30 x10 20mg tablets and a whole box of paracetamol tonight',
      'when i was 13 year old i used to cut my wrists, i am better now',
      'the voices keep telling me to hurt him, i want to do it right now',
      'i am going to end it all after work, i have sorted my will and wrote the letters',
      'my 4 year old and my 12yo, whole',
      '12 12 12 want want to to',
      // over 400 characters, words repeated: the n-grams of a word met again are reused within the call
      'I nearly died laughing at the film, then took my tablets with breakfast as the pharmacist said. '.repeat(6),
    ];
    for (const text of texts) {
      const normalised = normaliseText(text);
      const expected: number[] = [];
      forEachFeature(normalised, featureOptions, (feature) => {
        const row = rowOf.get(feature);
        if (row !== undefined) expected.push(row);
      });
      const found: number[] = [];
      index.forEachKnownFeature(normalised, (row) => found.push(row));
      expect(found.sort((a, b) => a - b), text).toEqual(expected.sort((a, b) => a - b));
    }
  });
});

describe('concept-class features', () => {
  const lexicons = compileLexicons(wordClassLexicons);
  const features = (text: string, options: WordClassOptions = defaultWordClassOptions): string[] => {
    const found: string[] = [];
    forEachClassFeature(normaliseText(text), options, (feature) => found.push(feature));
    return found;
  };

  it('lists every lexicon entry as normaliseText writes it (# for a number), so that it can match', () => {
    for (const [name, entries] of Object.entries(wordClassLexicons)) {
      for (const entry of entries) {
        const example = entry.replace(/#/g, '12');
        expect(normaliseText(example), `${name}: ${entry}`).toBe(example);
      }
    }
  });

  it('reads the longest phrase as one position and a number by its shape', () => {
    const sequence = classSequence('my 13 year old took 30 tablets', lexicons);
    const named = sequence.map(({ word, classes }) => [word, classes.map((index) => lexicons.classNames[index])]);
    expect(named).toEqual([
      ['my', ['SELF']],
      [undefined, ['CHILD']],
      ['took', []],
      ['30', ['QUANTITY']],
      ['tablets', ['MEDICINE']],
    ]);
  });

  it('gives class unigrams, pairs (with words), triples and ordered pairs across the message', () => {
    const found = features('the voices told me to hurt him tonight');
    expect(found).toEqual(expect.arrayContaining(['VOICE', 'VOICE * HARM_VERB', 'HARM_VERB OTHER_PERSON', 'hurt OTHER_PERSON', 'HARM_VERB him']));
    expect(features('I took 30 paracetamol')).toEqual(expect.arrayContaining(['QUANTITY MEDICINE', 'took QUANTITY', 'SELF * MEDICINE']));
    expect(features('i want to die tonight')).toEqual(expect.arrayContaining(['SELF INTENT DEATH', 'INTENT DEATH', 'DEATH TIME_NOW']));
    // Neighbours are pairs, not ordered pairs; two words are never a class feature.
    expect(features('voices hurt')).not.toContain('VOICE * HARM_VERB');
    expect(features('walking group').every((feature) => /[A-Z]/.test(feature))).toBe(true);
  });

  it('reads only what the options ask for', () => {
    const bare: WordClassOptions = { ...defaultWordClassOptions, pairs: 'none', triples: 'none', orderedPairs: false };
    expect(features('i took 30 paracetamol tonight', bare)).toEqual(['SELF', 'QUANTITY', 'MEDICINE', 'TIME_NOW']);
    expect(features('i took 30 paracetamol', { ...bare, pairs: 'classes' })).toEqual(['SELF', 'QUANTITY', 'MEDICINE', 'QUANTITY MEDICINE']);
  });
});

describe('the shipped model (src/domain/risk/model/risk-model-weights.json)', () => {
  it.each([
    ['I want to kill myself', 'suicide_self_harm'],
    ['i took 30 paracetamol an hour ago', 'overdose'],
    ["I'm going to stab him", 'harm_to_others'],
    ['my dad hits me', 'abuse_safeguarding'],
    ['I make myself sick after every meal', 'eating_disorder'],
  ] as const)('reads %j as risk of %s', (text, category) => {
    const score = scoreRiskModel(text);
    expect(score.riskProbability).toBeGreaterThan(0.8);
    expect(score.category).toBe(category);
    expect(Object.values(score.probabilities).reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 6);
  });

  it.each(['Show my goals', 'I want to join a walking group', 'what time does the library open', '', '🙂'])('reads %j as safe', (text) => {
    expect(scoreRiskModel(text).riskProbability).toBeLessThan(0.3);
  });

  it.each(['qqqq', 'xyzzy plugh', 'asdf asdf asdf'])('keeps text it has no words for, %j, below the "are you safe?" threshold (the prior only)', (text) => {
    expect(scoreRiskModel(text).riskProbability).toBeLessThan(shippedModelThresholds.check);
  });

  it('was trained on the current corpus and text normalisation (otherwise: run npm run risk:train)', () => {
    const corpus = readLabelledFile(corpusPath);
    expect(shippedRiskModelTrainedOn.rows, 'the corpus has changed size since training: run npm run risk:train').toBe(corpus.record.rows);
    expect(
      shippedRiskModelTrainedOn.fingerprint,
      'a corpus row, a label or normaliseText has changed since training: run npm run risk:train',
    ).toBe(trainingFingerprint(corpus.messages));
  });

  it('was trained with the current lexicons (otherwise: run npm run risk:train)', () => {
    const lexicons = shippedRiskModel.parameters.featureOptions.wordClasses?.lexicons;
    expect(lexicons, 'word-classes.ts has changed since training: run npm run risk:train').toEqual(wordClassLexicons);
  });

  // The file grows with the corpus's vocabulary (float32 weights, base64): about 45 bytes a feature.
  // 3.5 MB leaves room for the corpus to keep growing (2.6 MB at 15,095 messages); loading it costs
  // well under a second at start-up (0.45 s for the built model module at 2.6 MB).
  it('is small enough to commit', () => {
    expect(readFileSync(corpusPath.replace(/tests\/fixtures\/risk-corpus\.tsv$/, 'src/domain/risk/model/risk-model-weights.json')).length).toBeLessThan(3.5e6);
  });
});

describe('evaluation', () => {
  it('deals stratified folds of near-equal size, the same for the same seed', () => {
    const strata = [...Array(30).fill('safe'), ...Array(12).fill('overdose'), ...Array(3).fill('eating_disorder')] as string[];
    const folds = stratifiedFolds(strata, 5, 1);
    expect(stratifiedFolds(strata, 5, 1)).toEqual(folds);
    expect(stratifiedFolds(strata, 5, 2)).not.toEqual(folds);
    for (let fold = 0; fold < 5; fold += 1) {
      expect(folds.filter((f) => f === fold)).toHaveLength(9);
      expect(strata.filter((stratum, index) => stratum === 'safe' && folds[index] === fold)).toHaveLength(6);
    }
  });

  it('counts recall at any level and at concern or urgent, false alarms, and per category and kind', () => {
    const messages = parseLabelledMessages(
      ['risk\toverdose\tacute_danger\ta', 'risk\toverdose\t-\tb', 'risk\teating_disorder\tc', 'safe\t-\tidiom\td', 'safe\t-\te'].join('\n'),
      'm',
    );
    const detections: Detection[] = [
      { level: 'urgent', categories: ['overdose'] },
      { level: 'check', categories: ['suicide_self_harm'] },
      { level: 'none', categories: [] },
      { level: 'check', categories: ['overdose'] },
      { level: 'none', categories: [] },
    ];
    const report = detectionReport(messages, detections);
    expect(report.recall).toEqual({ any: { hits: 2, total: 3 }, concernOrUrgent: { hits: 1, total: 3 } });
    expect(report.falseAlarms).toEqual({ any: { hits: 1, total: 2 }, concernOrUrgent: { hits: 0, total: 2 } });
    expect(report.categoryNamed).toEqual({ hits: 1, total: 2 });
    expect(report.byCategory.overdose.any).toEqual({ hits: 2, total: 2 });
    expect(report.byCategory.eating_disorder.any).toEqual({ hits: 0, total: 1 });
    expect(report.byRiskKind).toEqual([{ kind: 'acute_danger', recall: { any: { hits: 1, total: 1 }, concernOrUrgent: { hits: 1, total: 1 } } }]);
    expect(report.bySafeKind).toEqual([{ kind: 'idiom', falseAlarms: { any: { hits: 1, total: 1 }, concernOrUrgent: { hits: 0, total: 1 } } }]);
    expect(report.missed.map(({ text }) => text)).toEqual(['c']);
    expect(report.falselyFlagged.map(({ text }) => text)).toEqual(['d']);
    expect(formatRate(report.recall.any)).toBe('0.667 (2/3)');
    expect(formatRate({ hits: 0, total: 0 })).toBe('- (0/0)');
  });

  it('finds the best recall at a false-alarm rate', () => {
    const messages = parseLabelledMessages(
      ['risk\toverdose\ta', 'risk\toverdose\tb', 'risk\toverdose\tc', 'safe\t-\td', 'safe\t-\te', 'safe\t-\tf', 'safe\t-\tg'].join('\n'),
      'm',
    );
    const probabilities = [0.9, 0.6, 0.2, 0.8, 0.5, 0.1, 0.05];
    expect(recallAtFalseAlarmRate(messages, probabilities, 0)).toEqual({ threshold: 0.9, recall: { hits: 1, total: 3 }, falseAlarms: { hits: 0, total: 4 } });
    expect(recallAtFalseAlarmRate(messages, probabilities, 0.25)).toEqual({ threshold: 0.6, recall: { hits: 2, total: 3 }, falseAlarms: { hits: 1, total: 4 } });
    expect(recallAtFalseAlarmRate(messages, probabilities, 1)).toEqual({ threshold: 0.05, recall: { hits: 3, total: 3 }, falseAlarms: { hits: 4, total: 4 } });
  });

  it('ranks by ROC AUC, ties counting half', () => {
    const messages = parseLabelledMessages(['risk\toverdose\ta', 'risk\toverdose\tb', 'safe\t-\tc', 'safe\t-\td'].join('\n'), 'm');
    expect(rankingAuc(messages, [0.9, 0.8, 0.1, 0.2])).toBe(1);
    expect(rankingAuc(messages, [0.1, 0.2, 0.9, 0.8])).toBe(0);
    expect(rankingAuc(messages, [0.5, 0.9, 0.5, 0.1])).toBe(0.875);
  });

  it('cross-validates every message with a model that did not see it, for each detector', () => {
    const never = (): Detection => ({ level: 'none', categories: [] });
    const detectors = standardDetectors(never, { check: 0.5, concern: 0.8 });
    const result = crossValidate(fixture, detectors, { k: 3, seed: 1, training: quick });
    expect(result.riskProbabilities).toHaveLength(fixture.length);
    expect(result.detections.get('rules')?.every((detection) => detection.level === 'none')).toBe(true);
    const model = result.detections.get('model') ?? [];
    const combined = result.detections.get('combined') ?? [];
    expect(combined.map(({ level }) => level)).toEqual(model.map(({ level }) => level));
    const sweep = thresholdSweep(fixture, result.riskProbabilities, fixture.map(() => false), [0, 1.01]);
    expect(sweep.map((row) => [row.model.recall.hits, row.model.falseAlarms.hits])).toEqual([
      [12, 6],
      [0, 0],
    ]);
  });
});
