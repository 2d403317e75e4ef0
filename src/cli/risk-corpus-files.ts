import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseLabelledMessages, type LabelledMessage } from '../domain/risk/labelled-messages';
import { normaliseText } from '../domain/risk/normalise-text';
import type { TrainingRecord } from '../domain/risk/model/risk-model-file';
import { findPackageRoot } from '../runtime/package-root';

/** Where the risk commands (`npm run risk:train`, `npm run risk:eval`) find their files. */
export const packageRoot = findPackageRoot(__dirname);
const fixtures = join(packageRoot, 'tests', 'fixtures');
export const corpusPath = join(fixtures, 'risk-corpus.tsv');
export const weightsPath = join(packageRoot, 'src', 'domain', 'risk', 'model', 'risk-model-weights.json');

/** A labelled message file, read and parsed, with what the weights file records about it. */
export interface LabelledFile {
  readonly path: string;
  readonly name: string;
  readonly messages: readonly LabelledMessage[];
  readonly record: TrainingRecord;
}

/**
 * Reads and parses a labelled message file (see labelled-messages.ts).
 *
 * @throws LabelledMessagesError on a malformed row, naming the file and line
 */
export function readLabelledFile(path: string): LabelledFile {
  const name = basename(path);
  const messages = parseLabelledMessages(readFileSync(path, 'utf8'), name);
  const risk = messages.filter((message) => message.label === 'risk').length;
  return {
    path,
    name,
    messages,
    record: {
      source: relative(packageRoot, path).split('\\').join('/'),
      rows: messages.length,
      risk,
      safe: messages.length - risk,
      fingerprint: trainingFingerprint(messages),
    },
  };
}

/**
 * SHA-256 (hex) of what training reads from labelled messages: each one's class and normalised
 * text, one a line. The weights file records it, so a test can tell that the shipped model is stale.
 */
export function trainingFingerprint(messages: readonly LabelledMessage[]): string {
  const hash = createHash('sha256');
  for (const message of messages) hash.update(`${message.category ?? 'safe'}\t${normaliseText(message.text)}\n`);
  return hash.digest('hex');
}

/** The blind sets, tests/fixtures/risk-blind-*.tsv, in name order; none is fine. */
export function blindSetPaths(): string[] {
  return readdirSync(fixtures)
    .filter((file) => /^risk-blind-.*\.tsv$/.test(file))
    .sort()
    .map((file) => join(fixtures, file));
}
