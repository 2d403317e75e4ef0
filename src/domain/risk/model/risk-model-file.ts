/**
 * The weights file (risk-model-weights.json): a trained model in a compact, versioned shape.
 * The vocabulary is one newline-separated string and the weights one base64 string of
 * little-endian 32-bit floats, so the file stays small and TypeScript infers a small type when
 * it is imported. Every load is parsed with zod; a malformed file fails loudly. Version 2 added
 * the concept-class features, with a copy of the lexicons they were trained with (so the model
 * scores as it was trained even if word-classes.ts has changed since).
 */

import { z } from 'zod';
import { riskModelClasses } from './risk-model-classes';
import { RiskModel } from './risk-model';
import type { RiskModelTrainingOptions } from './train-risk-model';

/** What the model was trained on, so a stale weights file can be told from a current one. */
export interface TrainingRecord {
  /** Where the messages came from, e.g. "tests/fixtures/risk-corpus.tsv". */
  readonly source: string;
  readonly rows: number;
  readonly risk: number;
  readonly safe: number;
  /**
   * SHA-256 (hex) of what training read: each row's class and normalised text. It changes when a
   * row, a label or the text normalisation changes, each of which calls for training again.
   */
  readonly fingerprint: string;
}

const wordClassesSchema = z.object({
  lexicons: z.record(z.string().regex(/^[A-Z][A-Z_]*$/), z.array(z.string().regex(/^[a-z0-9#]+(?: [a-z0-9#]+)*$/))),
  weight: z.number().min(0),
  pairs: z.enum(['none', 'classes', 'mixed']),
  triples: z.enum(['none', 'classes', 'mixed']),
  orderedPairs: z.boolean(),
});

const riskModelFileSchema = z.object({
  version: z.literal(2),
  classes: z.tuple([z.literal('safe')]).rest(z.string()),
  training: z.object({
    featureOptions: z.object({
      charMin: z.number().int().min(1),
      charMax: z.number().int().min(1),
      wordPairs: z.boolean(),
      charWeight: z.number().min(0),
      wordClasses: wordClassesSchema.optional(),
    }),
    minCount: z.number().int().min(1),
    l2: z.number().min(0),
    iterations: z.number().int().min(0),
    learningRate: z.number().positive(),
  }),
  trainedOn: z.object({
    source: z.string(),
    rows: z.number().int().min(0),
    risk: z.number().int().min(0),
    safe: z.number().int().min(0),
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  bias: z.array(z.number()),
  features: z.string(),
  weights: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

export type RiskModelFile = z.infer<typeof riskModelFileSchema>;

/** A model read from its file, with how it was trained. */
export interface LoadedRiskModel {
  readonly model: RiskModel;
  readonly training: RiskModelTrainingOptions;
  readonly trainedOn: TrainingRecord;
}

function floatsToBase64(values: Float32Array): string {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((value, index) => view.setFloat32(index * 4, value, true));
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

function base64ToFloats(text: string): Float32Array {
  const binary = atob(text);
  if (binary.length % 4 !== 0) throw new Error(`weights hold ${binary.length} bytes, not a whole number of 32-bit floats`);
  const view = new DataView(new ArrayBuffer(binary.length));
  for (let at = 0; at < binary.length; at += 1) view.setUint8(at, binary.charCodeAt(at));
  const values = new Float32Array(binary.length / 4);
  for (let index = 0; index < values.length; index += 1) values[index] = view.getFloat32(index * 4, true);
  return values;
}

/**
 * Writes a trained model as the weights file's text: the same model and record always give the
 * same bytes (no dates, fixed key order, floats as stored).
 *
 * @param model - a trained model
 * @param training - the options it was trained with
 * @param trainedOn - what it was trained on
 * @returns JSON text ending in a newline
 */
export function encodeRiskModelFile(model: RiskModel, training: RiskModelTrainingOptions, trainedOn: TrainingRecord): string {
  const { features, weights, bias } = model.parameters;
  const { wordClasses, ...featureOptions } = training.featureOptions;
  const file: RiskModelFile = {
    version: 2,
    classes: [...riskModelClasses],
    training: {
      featureOptions: {
        ...featureOptions,
        ...(wordClasses === undefined
          ? {}
          : {
              wordClasses: {
                ...wordClasses,
                lexicons: Object.fromEntries(Object.entries(wordClasses.lexicons).map(([name, entries]) => [name, [...entries]])),
              },
            }),
      },
      minCount: training.minCount,
      l2: training.l2,
      iterations: training.iterations,
      learningRate: training.learningRate,
    },
    trainedOn: { ...trainedOn },
    bias: [...bias],
    features: features.join('\n'),
    weights: floatsToBase64(weights),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a weights file (already parsed from JSON) into a model ready to score.
 *
 * @param json - the file's content, e.g. from `import weights from './risk-model-weights.json'`
 * @param name - named in errors
 * @throws Error naming the file and what is wrong with it
 */
export function decodeRiskModelFile(json: unknown, name: string): LoadedRiskModel {
  const parsed = riskModelFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`${name} is not a valid risk model weights file (run npm run risk:train): ${z.prettifyError(parsed.error)}`);
  }
  const file = parsed.data;
  if (file.classes.join() !== riskModelClasses.join()) {
    throw new Error(`${name} was trained for classes ${file.classes.join(', ')}, not ${riskModelClasses.join(', ')} (run npm run risk:train)`);
  }
  try {
    const model = new RiskModel({
      featureOptions: file.training.featureOptions,
      features: file.features === '' ? [] : file.features.split('\n'),
      weights: base64ToFloats(file.weights),
      bias: Float32Array.from(file.bias),
    });
    return { model, training: file.training, trainedOn: file.trainedOn };
  } catch (error) {
    throw new Error(`${name} does not hold a usable risk model (run npm run risk:train): ${(error as Error).message}`, { cause: error });
  }
}
