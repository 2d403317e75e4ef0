import { describe, expect, it } from 'vitest';
import { categoriesOfTerms, defaultTaxonomyMappings, effectiveMappings, taxonomyMapper, termInWords, vocabularyKey } from '../../src/domain/activities/taxonomy-mapping';

describe('taxonomy mapping', () => {
  it('compares vocabularies without case, spaces or punctuation', () => {
    expect(vocabularyKey('esdServiceTypes')).toBe(vocabularyKey('ESD service-types'));
    expect(vocabularyKey('Open Eligibility')).toBe(vocabularyKey('openEligibility'));
  });

  it('maps well-known terms with no setup, by code or by label, "&" read as "and"', () => {
    const mapper = taxonomyMapper([]);
    const { categories, unmapped } = categoriesOfTerms(
      [
        { vocabulary: 'esdServiceTypes', code: 'esd:1201', label: 'Befriending' },
        { vocabulary: 'Open Eligibility', code: 'Sports & Recreation' },
        { vocabulary: 'esdNeeds', code: 'x', label: 'Debt Advice' },
        { vocabulary: 'Our own list', code: 'crafts', label: 'Crafts' },
      ],
      mapper,
    );
    expect(categories).toEqual(['social-befriending', 'walking-physical', 'housing-money-advice']);
    expect(unmapped).toEqual([{ vocabulary: 'Our own list', code: 'crafts', label: 'Crafts' }]);
  });

  it('lets a site row replace a built-in one, including with "no kind"', () => {
    const rows = [{ vocabulary: 'esd', code: 'Befriending', category: null }, { vocabulary: 'Our own list', code: 'crafts', category: 'arts-creative' as const }];
    const mapper = taxonomyMapper(rows);
    expect(mapper.rowOf({ vocabulary: 'ESD', code: 'befriending' })?.category).toBeNull();
    expect(mapper.rowOf({ vocabulary: 'our-own-list', code: 'CRAFTS' })?.category).toBe('arts-creative');
    const table = effectiveMappings(rows);
    expect(table.slice(0, 2)).toEqual(rows);
    expect(table).toHaveLength(defaultTaxonomyMappings.length + 1);
  });

  it('names a term in words', () => {
    expect(termInWords({ vocabulary: 'esdServiceTypes', code: 'esd:1201', label: 'Befriending' })).toBe('Befriending (esdServiceTypes esd:1201)');
    expect(termInWords({ vocabulary: 'own', code: 'crafts' })).toBe('crafts (own)');
  });
});
