import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { crossValidate } from '../domain/risk/evaluation/cross-validation';
import { rankingAuc } from '../domain/risk/evaluation/ranking-auc';
import { detectionReport, formatRate, type DetectionReport, type Rate } from '../domain/risk/evaluation/detection-report';
import { standardDetectors, type Detection, type ModelThresholds, type RiskDetector } from '../domain/risk/evaluation/risk-detectors';
import { recallAtFalseAlarmRate, thresholdSweep, type OperatingPoint, type SweepRow } from '../domain/risk/evaluation/threshold-sweep';
import { LabelledMessagesError, type LabelledMessage } from '../domain/risk/labelled-messages';
import { shippedRiskModel } from '../domain/risk/model/score-risk-model';
import { defaultTrainingOptions } from '../domain/risk/model/train-risk-model';
import { riskCategories } from '../domain/risk/risk-categories';
import { assessRisk, assessRiskByRules } from '../domain/risk/risk-check';
import { blindSetPaths, corpusPath, readLabelledFile, type LabelledFile } from './risk-corpus-files';

const usage = `npm run risk:eval -- [options]

Recall and false-alarm rate of the risk check, overall, per category and per kind, for the rules
alone, the learned model alone and the two combined: on the corpus (tests/fixtures/risk-corpus.tsv),
on every blind set (tests/fixtures/risk-blind-*.tsv) and in cross-validation over the corpus.

  --set <file>        score this labelled file only (no corpus, blind sets or cross-validation)
  --no-blind          leave the blind sets out (while developing: a blind set is scored once)
  --no-cv             leave cross-validation out
  --misses            list the missed and the falsely flagged messages (never to tune on a blind set)
  --json              print one JSON document instead of tables
  --check <p>         model risk probability from which the model says 'check' (default 0.7)
  --concern <p>       model risk probability from which the model says 'concern' (default 0.9)
  --folds <k>         cross-validation folds (default 5)
  --seed <n>          seed of the cross-validation folds (default 1)
`;

/**
 * The decision functions reported: the rules alone, the model alone, rules OR model at the
 * command's thresholds, and the shipped `assessRisk` (rules, then the model at the shipped
 * thresholds), each with the model injected so cross-validation can hand it each fold's model.
 */
function detectors(thresholds: ModelThresholds): RiskDetector[] {
  const rules = (text: string): Detection => assessRiskByRules(text);
  return [
    ...standardDetectors(rules, thresholds),
    { name: 'assessRisk', description: 'the risk check as shipped (rules, then the model at the shipped thresholds)', withModel: (model) => (text) => assessRisk(text, model) },
  ];
}

interface SetResult {
  readonly file: LabelledFile;
  readonly note: string | undefined;
  readonly reports: ReadonlyMap<string, DetectionReport>;
}

interface CrossValidationSummary {
  readonly k: number;
  readonly seed: number;
  readonly seconds: number;
  readonly reports: ReadonlyMap<string, DetectionReport>;
  readonly sweep: readonly SweepRow[];
  readonly modelAuc: number;
  /** The model's best recall at false-alarm rates of 0.025 and 0.05. */
  readonly operatingPoints: ReadonlyArray<OperatingPoint & { readonly rate: number }>;
}

const operatingRates = [0.025, 0.05] as const;

const corpusNote =
  'the rules were written with this set in view and the shipped model was trained on it: these figures measure memory, not generalisation';
const blindNote = 'blind set: score it once, never tune on it, then retire it into the corpus';
const crossValidationNote =
  'model figures are held-out (each fold scored by a model trained on the other folds); the rules were written with ' +
  'the whole corpus in view, so the rules and combined figures are optimistic';

function evaluateSet(file: LabelledFile, note: string | undefined, under: readonly RiskDetector[]): SetResult {
  const reports = new Map(
    under.map((detector) => {
      const detect = detector.withModel(shippedRiskModel);
      return [detector.name, detectionReport(file.messages, file.messages.map((message) => detect(message.text)))] as const;
    }),
  );
  return { file, note, reports };
}

function evaluateCrossValidation(file: LabelledFile, under: readonly RiskDetector[], k: number, seed: number): CrossValidationSummary {
  const started = performance.now();
  const result = crossValidate(file.messages, under, { k, seed, training: defaultTrainingOptions });
  const seconds = (performance.now() - started) / 1000;
  const reports = new Map([...result.detections].map(([name, detections]) => [name, detectionReport(file.messages, detections)] as const));
  const flaggedByRules = file.messages.map((message) => assessRiskByRules(message.text).level !== 'none');
  const sweep = thresholdSweep(file.messages, result.riskProbabilities, flaggedByRules);
  const operatingPoints = operatingRates.map((rate) => ({ rate, ...recallAtFalseAlarmRate(file.messages, result.riskProbabilities, rate) }));
  return { k, seed, seconds, reports, sweep, modelAuc: rankingAuc(file.messages, result.riskProbabilities), operatingPoints };
}

// ---------------------------------------------------------------------------------------------
// Text output
// ---------------------------------------------------------------------------------------------

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string => `  ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()}`;
  return [line(header), ...rows.map(line)].join('\n');
}

function reportTables(reports: ReadonlyMap<string, DetectionReport>): string {
  const names = [...reports.keys()];
  const each = (cell: (report: DetectionReport) => string): string[] => names.map((name) => cell(reports.get(name) as DetectionReport));
  const anyReport = reports.values().next().value as DetectionReport;
  const parts = [
    table(
      ['detector', 'recall (any level)', 'recall (concern+)', 'false alarms (any)', 'false alarms (concern+)', 'category named'],
      names.map((name) => {
        const report = reports.get(name) as DetectionReport;
        return [
          name,
          formatRate(report.recall.any),
          formatRate(report.recall.concernOrUrgent),
          formatRate(report.falseAlarms.any),
          formatRate(report.falseAlarms.concernOrUrgent),
          formatRate(report.categoryNamed),
        ];
      }),
    ),
    '  recall by category, any level | concern or urgent',
    table(
      ['category', ...names.flatMap((name) => [name, ''])],
      riskCategories.map((category) => [
        category,
        ...each((report) => formatRate(report.byCategory[category].any)).flatMap((cell, index) => [
          cell,
          formatRate((reports.get(names[index] ?? '') as DetectionReport).byCategory[category].concernOrUrgent),
        ]),
      ]),
    ),
  ];
  if (anyReport.byRiskKind.length > 0) {
    parts.push(
      '  recall by kind, any level | concern or urgent',
      table(
        ['kind', ...names.flatMap((name) => [name, ''])],
        anyReport.byRiskKind.map(({ kind }, row) => [
          kind,
          ...names.flatMap((name) => {
            const figures = (reports.get(name) as DetectionReport).byRiskKind[row]?.recall;
            return figures === undefined ? ['', ''] : [formatRate(figures.any), formatRate(figures.concernOrUrgent)];
          }),
        ]),
      ),
    );
  }
  if (anyReport.bySafeKind.length > 0) {
    parts.push(
      '  false alarms by kind, any level',
      table(
        ['kind', ...names],
        anyReport.bySafeKind.map(({ kind }, row) => [
          kind,
          ...names.map((name) => {
            const figures = (reports.get(name) as DetectionReport).bySafeKind[row]?.falseAlarms;
            return figures === undefined ? '' : formatRate(figures.any);
          }),
        ]),
      ),
    );
  }
  return parts.join('\n');
}

function describeMessage(message: LabelledMessage): string {
  const label = message.label === 'risk' ? message.category : 'safe';
  return `    line ${message.line} [${label}${message.kind === undefined ? '' : `/${message.kind}`}] ${JSON.stringify(message.text)}`;
}

function missesText(reports: ReadonlyMap<string, DetectionReport>): string {
  return [...reports]
    .flatMap(([name, report]) => [
      `  missed by ${name} (${report.missed.length}):`,
      ...report.missed.map(describeMessage),
      `  falsely flagged by ${name} (${report.falselyFlagged.length}):`,
      ...report.falselyFlagged.map(describeMessage),
    ])
    .join('\n');
}

function heading(file: LabelledFile, note: string | undefined): string {
  const { rows, risk, safe } = file.record;
  return [`== ${file.record.source}: ${rows} messages (${risk} risk, ${safe} safe)`, ...(note === undefined ? [] : [`  note: ${note}`])].join('\n');
}

function sweepTable(sweep: readonly SweepRow[]): string {
  const rate = (value: Rate): string => formatRate(value);
  return table(
    ['threshold', 'model recall', 'model false alarms', 'combined recall', 'combined false alarms'],
    sweep.map((row) => [row.threshold.toFixed(2), rate(row.model.recall), rate(row.model.falseAlarms), rate(row.combined.recall), rate(row.combined.falseAlarms)]),
  );
}

// ---------------------------------------------------------------------------------------------
// JSON output
// ---------------------------------------------------------------------------------------------

function reportJson(report: DetectionReport, misses: boolean): object {
  const { missed, falselyFlagged, ...figures } = report;
  const listed = (messages: readonly LabelledMessage[]) => messages.map(({ line, text }) => ({ line, text }));
  return misses ? { ...figures, missed: listed(missed), falselyFlagged: listed(falselyFlagged) } : figures;
}

function reportsJson(reports: ReadonlyMap<string, DetectionReport>, misses: boolean): object {
  return Object.fromEntries([...reports].map(([name, report]) => [name, reportJson(report, misses)]));
}

// ---------------------------------------------------------------------------------------------

/** A wrong command line: its message is printed with the usage. */
class UsageError extends Error {}

function probability(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!(parsed >= 0 && parsed <= 1)) throw new UsageError(`--${name} must be a number from 0 to 1, got ${JSON.stringify(value)}`);
  return parsed;
}

function positiveInteger(value: string | undefined, fallback: number, name: string, least: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < least) throw new UsageError(`--${name} must be an integer of at least ${least}, got ${JSON.stringify(value)}`);
  return parsed;
}

function options(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        set: { type: 'string' },
        'no-blind': { type: 'boolean', default: false },
        'no-cv': { type: 'boolean', default: false },
        misses: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        check: { type: 'string' },
        concern: { type: 'string' },
        folds: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function run(argv: string[]): number {
  const values = options(argv);
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const thresholds: ModelThresholds = {
    check: probability(values.check, 0.7, 'check'),
    concern: probability(values.concern, 0.9, 'concern'),
  };
  if (thresholds.check > thresholds.concern) throw new UsageError('--check must not be above --concern');
  const k = positiveInteger(values.folds, 5, 'folds', 2);
  const seed = positiveInteger(values.seed, 1, 'seed', 0);
  const under = detectors(thresholds);

  const sets: SetResult[] = [];
  let crossValidation: CrossValidationSummary | undefined;
  if (values.set !== undefined) {
    const path = resolve(values.set);
    const note = path === corpusPath ? corpusNote : blindSetPaths().includes(path) ? blindNote : undefined;
    sets.push(evaluateSet(readLabelledFile(path), note, under));
  } else {
    const corpus = readLabelledFile(corpusPath);
    sets.push(evaluateSet(corpus, corpusNote, under));
    if (!values['no-blind']) for (const path of blindSetPaths()) sets.push(evaluateSet(readLabelledFile(path), blindNote, under));
    if (!values['no-cv']) crossValidation = evaluateCrossValidation(corpus, under, k, seed);
  }

  if (values.json) {
    const document = {
      thresholds,
      detectors: under.map(({ name, description }) => ({ name, description })),
      sets: sets.map(({ file, note, reports }) => {
        const { source, rows, risk, safe } = file.record;
        return { source, rows, risk, safe, note, detectors: reportsJson(reports, values.misses) };
      }),
      crossValidation:
        crossValidation === undefined
          ? undefined
          : {
              k: crossValidation.k,
              seed: crossValidation.seed,
              seconds: crossValidation.seconds,
              note: crossValidationNote,
              detectors: reportsJson(crossValidation.reports, values.misses),
              sweep: crossValidation.sweep,
              modelAuc: crossValidation.modelAuc,
              operatingPoints: crossValidation.operatingPoints,
            },
    };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    return 0;
  }

  const out: string[] = [
    'detectors:',
    ...under.map(({ name, description }) => `  ${name}: ${description}`),
    '',
  ];
  for (const { file, note, reports } of sets) {
    out.push(heading(file, note), reportTables(reports), ...(values.misses ? [missesText(reports)] : []), '');
  }
  if (crossValidation !== undefined) {
    const { k: folds, seed: foldSeed, seconds, reports, sweep, modelAuc, operatingPoints } = crossValidation;
    out.push(
      `== cross-validation: ${folds} stratified folds (seed ${foldSeed}) over the corpus, ${seconds.toFixed(1)} s`,
      `  note: ${crossValidationNote}`,
      reportTables(reports),
      ...(values.misses ? [missesText(reports)] : []),
      `  model ranking (ROC AUC, held-out risk probability): ${modelAuc.toFixed(4)}`,
      ...operatingPoints.map(
        ({ rate, threshold, recall, falseAlarms }) =>
          `  model recall at false alarms <= ${rate}: ${formatRate(recall)} (threshold ${threshold.toFixed(3)}, false alarms ${formatRate(falseAlarms)})`,
      ),
      '  threshold sweep (flagged: model probability at or above the threshold; combined: rules OR model)',
      sweepTable(sweep),
      '',
    );
  }
  process.stdout.write(out.join('\n'));
  return 0;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError || error instanceof LabelledMessagesError)) throw error;
  process.stderr.write(`${error.message}\n${error instanceof UsageError ? `\n${usage}` : ''}`);
  process.exitCode = 2;
}
