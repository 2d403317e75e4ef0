import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { encodeRiskModelFile } from '../domain/risk/model/risk-model-file';
import { defaultTrainingOptions, trainRiskModel } from '../domain/risk/model/train-risk-model';
import { corpusPath, readLabelledFile, weightsPath } from './risk-corpus-files';

/**
 * `npm run risk:train`: trains the learned risk model on the whole corpus
 * (tests/fixtures/risk-corpus.tsv) and writes src/domain/risk/model/risk-model-weights.json.
 * Deterministic: the same corpus gives the same bytes, so the file only changes in a commit when
 * the corpus or the training does. `--check` writes nothing and fails (exit 1) when the committed
 * file differs from what training would write now.
 *
 * Full-batch training from zero weights has no randomness; the cross-validation folds that chose
 * the settings are seeded in `npm run risk:eval`.
 */
function run(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const corpus = readLabelledFile(corpusPath);
  const started = performance.now();
  const model = trainRiskModel(corpus.messages, defaultTrainingOptions);
  const seconds = (performance.now() - started) / 1000;
  const text = encodeRiskModelFile(model, defaultTrainingOptions, corpus.record);
  const { risk, safe, rows } = corpus.record;
  process.stdout.write(
    `trained on ${rows} messages (${risk} risk, ${safe} safe) from ${corpus.record.source} in ${seconds.toFixed(1)} s: ` +
      `${model.parameters.features.length} features, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB\n`,
  );
  if (check) {
    const current = readFileSync(weightsPath, 'utf8');
    if (current === text) {
      process.stdout.write('the weights file is up to date\n');
      return 0;
    }
    process.stderr.write('the weights file is out of date: run npm run risk:train\n');
    return 1;
  }
  writeFileSync(weightsPath, text);
  process.stdout.write(`wrote ${weightsPath}\n`);
  return 0;
}

process.exitCode = run(process.argv.slice(2));
