import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, isAppError } from '../../src/domain/app-error';
import { existingOnly, updateByCompareAndSet } from '../../src/store/compare-and-set';
import { VersionedEntries } from '../../src/store/memory/versioned-entries';
import { versionedRecordCodec } from '../../src/store/record-codec';

interface Note {
  readonly text: string;
  readonly tags: readonly string[];
}

describe('updateByCompareAndSet', () => {
  const codec = versionedRecordCodec<Note>({
    name: 'note',
    article: 'a',
    schema: z.strictObject({ text: z.string(), tags: z.array(z.string()) }),
    atRest: { field: 'note' },
  });

  it('creates a missing record with a create-only write, then changes it from the stored one', async () => {
    const entries = new VersionedEntries();
    const created = await updateByCompareAndSet(codec, entries.access<Note>('a'), (current) => ({ text: 'swim', tags: [...(current?.tags ?? []), 'water'] }));
    const changed = await updateByCompareAndSet(codec, entries.access<Note>('a'), (current) => ({ text: 'swim', tags: [...(current?.tags ?? []), 'weekly'] }));
    expect(created).toStrictEqual({ text: 'swim', tags: ['water'] });
    expect(changed).toStrictEqual({ text: 'swim', tags: ['water', 'weekly'] });
    expect(codec.decode(entries.get('a')?.raw ?? '')).toStrictEqual(changed);
  });

  it('applies the change again to the fresh record when another writer got there first', async () => {
    const entries = new VersionedEntries();
    entries.set('a', codec.encode({ text: 'swim', tags: [] }).raw);
    let runs = 0;
    const saved = await updateByCompareAndSet(codec, entries.access<Note>('a'), (current) => {
      runs += 1;
      // The first run is overtaken by a write in between: its version is stale when it writes.
      if (runs === 1) entries.set('a', codec.encode({ text: 'swim', tags: ['other writer'] }).raw);
      return { text: 'swim', tags: [...(current?.tags ?? []), 'mine'] };
    });
    expect(runs).toBe(2);
    expect(saved).toStrictEqual({ text: 'swim', tags: ['other writer', 'mine'] });
  });

  it('leaves a missing record missing for a change of existing records only', async () => {
    const entries = new VersionedEntries();
    const saved = await updateByCompareAndSet(codec, entries.access<Note>('a'), existingOnly((current: Note) => ({ ...current, text: 'run' })));
    expect(saved).toBeUndefined();
    expect(entries.has('a')).toBe(false);
  });

  it('checks the change against the record it was made from, and writes nothing it refuses', async () => {
    const entries = new VersionedEntries();
    const { raw } = codec.encode({ text: 'swim', tags: ['water'] });
    entries.set('a', raw);
    const refuseRetag = (current: Note, next: Note) => {
      if (current.tags.join() !== next.tags.join()) throw new AppError('CONFLICT', 'tags are fixed');
    };
    const update = updateByCompareAndSet(codec, entries.access<Note>('a'), (current) => current && { ...current, tags: [] }, refuseRetag);
    await expect(update).rejects.toSatisfy((error: unknown) => isAppError(error, 'CONFLICT'));
    expect(entries.get('a')?.raw).toBe(raw);
  });
});
