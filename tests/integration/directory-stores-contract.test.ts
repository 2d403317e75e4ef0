import { describe, expect, it } from 'vitest';
import { noDirectory, withReport, type PullReport } from '../../src/domain/activities/directory-pull';
import { isAppError } from '../../src/domain/app-error';
import { storeKinds, storesForEachTest } from '../support/store-contract';

function report(at: string): PullReport {
  return {
    at,
    dryRun: false,
    applied: true,
    fetched: 1,
    pages: 1,
    create: [{ row: 1, id: '3f8d1a52-6c7e-4b1a-9e0f-2a4b6c8d0e11', name: 'Peel Park walk' }],
    update: [],
    unchanged: 0,
    reject: [],
    needsKind: [],
    counts: { create: 1, update: 0, reject: 0, needsKind: 0 },
  };
}

describe.each(storeKinds)('taxonomy mapping and directory stores contract (%s)', (kind) => {
  const open = storesForEachTest(kind);

  it("keeps each site's own mapping rows, apart from other sites'", async () => {
    const { taxonomyMappings } = await open();
    expect(await taxonomyMappings.get('salford')).toBeUndefined();
    const rows = { mappings: [{ vocabulary: 'Our list', code: 'crafts', label: 'Crafts', category: 'arts-creative' as const }, { vocabulary: 'esd', code: 'Befriending', category: null }] };
    await taxonomyMappings.update('salford', () => rows);
    expect(await taxonomyMappings.get('salford')).toEqual(rows);
    expect(await taxonomyMappings.get('luton')).toBeUndefined();
  });

  it('refuses a mapping to a kind we do not have', async () => {
    const { taxonomyMappings } = await open();
    const bad = { mappings: [{ vocabulary: 'x', code: 'y', category: 'knitting' }] };
    // @ts-expect-error: a category outside our vocabulary, as a bad caller might send it.
    await expect(taxonomyMappings.update('salford', () => bad)).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
  });

  it('keeps a directory link with its last five reports, newest first', async () => {
    const { directories } = await open();
    await directories.update('salford', () => ({ ...noDirectory, baseUrl: 'https://directory.example.org/api', schedule: 'weekly', setBy: { kind: 'super' } }));
    for (let day = 1; day <= 7; day += 1) {
      await directories.update('salford', (current) => withReport(current ?? noDirectory, report(`2026-12-0${day}T06:00:00.000Z`)));
    }
    const kept = await directories.get('salford');
    expect(kept?.reports.map((entry) => entry.at.slice(0, 10))).toEqual(['2026-12-07', '2026-12-06', '2026-12-05', '2026-12-04', '2026-12-03']);
    expect(kept).toMatchObject({ baseUrl: 'https://directory.example.org/api', schedule: 'weekly', setBy: { kind: 'super' } });
  });

  it('refuses a directory that is not http(s)', async () => {
    const { directories } = await open();
    await expect(directories.update('salford', () => ({ ...noDirectory, baseUrl: 'file:///etc/passwd' }))).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
  });
});
