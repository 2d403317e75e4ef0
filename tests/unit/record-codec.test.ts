import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, isAppError } from '../../src/domain/app-error';
import { versionedRecordCodec, type AtRest } from '../../src/store/record-codec';

interface Note {
  readonly text: string;
  readonly tags: readonly string[];
}

const noteSchema = z.strictObject({ text: z.string().max(20), tags: z.array(z.string()) });

function noteCodec(atRest: AtRest, namePaths = false) {
  return versionedRecordCodec<Note>({ name: 'note', article: 'a', schema: noteSchema, atRest, namePaths });
}

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('versionedRecordCodec', () => {
  const note: Note = { text: 'walk on Sunday', tags: ['outdoors'] };

  it.each<[string, AtRest, unknown]>([
    ['wrapped in a field beside the version', { field: 'note' }, { v: 1, note }],
    ['flat beside the version', 'flat', { v: 1, ...note }],
    ['alone, unversioned', 'unversioned', note],
  ])('keeps a record %s and reads it back', (_, atRest, stored) => {
    const codec = noteCodec(atRest);
    const { raw, value } = codec.encode(note);
    expect(JSON.parse(raw)).toStrictEqual(stored);
    expect(codec.decode(raw)).toStrictEqual(note);
    expect(value).toStrictEqual(note);
  });

  it('answers the parsed record as saved: a fresh object, not the one given', () => {
    const given = { text: 'swim', tags: ['water'] };
    const { value } = noteCodec({ field: 'note' }).encode(given);
    expect(value).toStrictEqual(given);
    expect(value).not.toBe(given);
    expect(value.tags).not.toBe(given.tags);
  });

  it.each<[string, AtRest, string]>([
    ['an unknown version', { field: 'note' }, JSON.stringify({ v: 2, note: { text: 'walk on Sunday', tags: [] } })],
    ['something beside the record', { field: 'note' }, JSON.stringify({ v: 1, note: { text: 'walk on Sunday', tags: [] }, extra: 'walk on Sunday' })],
    ['a field the record does not know', 'flat', JSON.stringify({ v: 1, text: 'walk on Sunday', tags: [], diary: 'walk on Sunday' })],
    ['no version', 'flat', JSON.stringify({ text: 'walk on Sunday', tags: [] })],
    ['a bad value', 'unversioned', JSON.stringify({ text: 'walk on Sunday'.repeat(3), tags: [] })],
    ['text that is not JSON', { field: 'note' }, '{"v":1,"note":{"text":"walk on Sunday"'],
  ])('fails on %s with STORE_RECORD_INVALID, never quoting it', (_, atRest, raw) => {
    const error = errorOf(() => noteCodec(atRest).decode(raw));
    expect(isAppError(error, 'STORE_RECORD_INVALID')).toBe(true);
    expect(error instanceof AppError && error.message).not.toContain('Sunday');
  });

  it('refuses to store a record that does not fit, naming where only when asked to', () => {
    const bad: Note = { text: 'walk on Sunday'.repeat(3), tags: [] };
    const plain = errorOf(() => noteCodec({ field: 'note' }).encode(bad));
    const withPaths = errorOf(() => noteCodec({ field: 'note' }, true).encode(bad));
    expect(isAppError(plain, 'STORE_RECORD_INVALID')).toBe(true);
    expect(plain instanceof AppError && plain.message).toBe('refusing to store a note of an unknown shape');
    expect(withPaths instanceof AppError && withPaths.message).toBe('refusing to store a note of an unknown shape (at text)');
  });
});
