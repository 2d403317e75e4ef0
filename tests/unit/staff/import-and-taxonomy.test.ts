import { describe, expect, it } from 'vitest';
import { importContentType, listingsCount, listingsToSave, rowLabel } from '../../../staff/src/pages/listings/import-summary';
import { mappingsToSave, matchingRows, taxonomyRows, withCategory } from '../../../staff/src/pages/listings/taxonomy-rows';

describe('the import preview', () => {
  it('sends a file as CSV or HSDS JSON by its name, else by how it starts', () => {
    expect(importContentType('listings.CSV', '[')).toBe('text/csv');
    expect(importContentType('services.json', 'name')).toBe('application/json');
    expect(importContentType(undefined, '  [{"id":"x"}]')).toBe('application/json');
    expect(importContentType(undefined, 'name,description\nA,B')).toBe('text/csv');
  });

  it('counts what applying saves: new and changed listings, not unchanged or rejected ones', () => {
    const one = { row: 2, id: 'a', name: 'A' };
    expect(listingsToSave({ create: [one, one], update: [{ ...one, changes: ['name'] }] })).toBe(3);
    expect(listingsCount(1)).toBe('1 listing');
    expect(listingsCount(4)).toBe('4 listings');
    expect(rowLabel(4)).toBe('Row 4');
    expect(rowLabel('svc-9')).toBe('Record svc-9');
  });
});

describe('the taxonomy mapping table', () => {
  const answer = {
    mappings: [
      { vocabulary: 'openreferral-uk', code: 'walking', label: 'Walking', category: 'walking-physical' as const },
      { vocabulary: 'esd', code: '123', category: 'peer-support' as const },
    ],
    unmapped: [
      { vocabulary: 'local', code: 'knitting', listings: 1 },
      { vocabulary: 'esd', code: '999', label: 'Gardening', listings: 4 },
    ],
  };

  it('lists unmapped terms first, most used first, then the mappings by vocabulary and code', () => {
    expect(taxonomyRows(answer).map((row) => `${row.vocabulary}/${row.code}`)).toEqual(['esd/999', 'local/knitting', 'esd/123', 'openreferral-uk/walking']);
  });

  it('finds terms by every word searched for in the vocabulary, code or label', () => {
    const rows = taxonomyRows(answer);
    expect(matchingRows(rows, 'ESD').map((row) => row.code)).toEqual(['999', '123']);
    expect(matchingRows(rows, 'garden esd').map((row) => row.code)).toEqual(['999']);
    expect(matchingRows(rows, '')).toHaveLength(4);
  });

  it('saves every mapping and only the unmapped terms given a category', () => {
    const rows = withCategory(taxonomyRows(answer), taxonomyRows(answer)[0]?.key ?? '', 'volunteering');
    expect(mappingsToSave(rows)).toEqual({
      mappings: [
        { vocabulary: 'esd', code: '999', label: 'Gardening', category: 'volunteering' },
        { vocabulary: 'esd', code: '123', category: 'peer-support' },
        { vocabulary: 'openreferral-uk', code: 'walking', label: 'Walking', category: 'walking-physical' },
      ],
    });
  });
});
