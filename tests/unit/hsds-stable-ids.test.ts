import { describe, expect, it } from 'vitest';
import { activityToHsds } from '../../src/listings/hsds/hsds-export';
import { walkingGroup, walkId } from '../support/listing-import-fixtures';

/**
 * The ids an export of the walking-group fixture carries, written down from the hand-written
 * UUID v5 that came before the `uuid` package: the same listing must keep the same HSDS ids, or
 * directories that pulled an earlier export would see new objects.
 */
const idsBefore = [
  'id=68670472-1bc9-4449-9a6f-4c493eee6c49',
  'organization_id=3d8a3561-c64d-54df-879e-d6d920c01982',
  'id=3d8a3561-c64d-54df-879e-d6d920c01982',
  'id=b61165fa-80ae-5189-a36c-62b99d4a6e85',
  'service_id=68670472-1bc9-4449-9a6f-4c493eee6c49',
  'location_id=c72feabd-2fdc-5bfe-a32d-35601e50fb04',
  'id=c72feabd-2fdc-5bfe-a32d-35601e50fb04',
  'id=9496cfac-413f-5514-ad2b-d4157b058d58',
  'location_id=c72feabd-2fdc-5bfe-a32d-35601e50fb04',
  'id=4aaee2a5-b756-556e-8bcd-45ff0d866cbb',
  'location_id=c72feabd-2fdc-5bfe-a32d-35601e50fb04',
  'id=c2f33004-c2e3-5b88-a3fa-483033247e23',
  'location_id=c72feabd-2fdc-5bfe-a32d-35601e50fb04',
  'id=9e36f9c9-8a6c-5e91-b6fb-a27c6c90e47a',
  'service_id=68670472-1bc9-4449-9a6f-4c493eee6c49',
  'id=57befbf0-3838-5409-bdd6-4e1ba4adb613',
  'service_id=68670472-1bc9-4449-9a6f-4c493eee6c49',
  'id=f5b42a89-1a45-50b2-897d-4e2939765c70',
  'service_id=68670472-1bc9-4449-9a6f-4c493eee6c49',
  'id=3967052a-a4e4-5423-ae41-3bae5d5a6578',
  'service_id=68670472-1bc9-4449-9a6f-4c493eee6c49',
  'id=b6af51b0-9cb4-5dcc-a818-8b3abcd6d147',
  'link_id=68670472-1bc9-4449-9a6f-4c493eee6c49',
  'taxonomy_term_id=2ed9cd62-1ce0-5c27-8f93-4482421666e3',
  'id=2ed9cd62-1ce0-5c27-8f93-4482421666e3',
  'id=fd48b819-6e40-5412-b17e-ded764e6524e',
  'link_id=68670472-1bc9-4449-9a6f-4c493eee6c49',
  'taxonomy_term_id=2c58fcef-633a-52ac-bae5-612d3cfd6974',
  'id=2c58fcef-633a-52ac-bae5-612d3cfd6974',
  'id=7a858eed-144e-58c2-92cb-8337d0a14f77',
  'link_id=68670472-1bc9-4449-9a6f-4c493eee6c49',
  'taxonomy_term_id=b5506025-1133-5629-9f9a-d90ccc210d32',
  'id=b5506025-1133-5629-9f9a-d90ccc210d32',
];

/** Every `id` and `*_id` in a document, in document order, as `key=value`. */
function idsOf(document: unknown): string[] {
  const ids: string[] = [];
  JSON.stringify(document, (key, value: unknown) => {
    if ((key === 'id' || key.endsWith('_id')) && typeof value === 'string') ids.push(`${key}=${value}`);
    return value;
  });
  return ids;
}

describe('name-based HSDS ids', () => {
  it("keep an existing fixture's ids unchanged, sub-objects and taxonomy terms included", () => {
    const fixture = walkingGroup();
    expect(fixture.id).toBe(walkId);
    expect(fixture.organization.id).toBe('3d8a3561-c64d-54df-879e-d6d920c01982');
    expect(fixture.locations[0]?.id).toBe('c72feabd-2fdc-5bfe-a32d-35601e50fb04');
    const ids = idsOf(activityToHsds(fixture));
    // Terms later gained their taxonomy's id (HSDS `taxonomy_id`): added, every other id unchanged.
    expect(ids.filter((id) => !id.startsWith('taxonomy_id='))).toEqual(idsBefore);
    expect(ids.filter((id) => id.startsWith('taxonomy_id='))).toEqual([
      'taxonomy_id=bd3f84ff-aaaf-5656-9888-087651d2030b',
      'taxonomy_id=bd3f84ff-aaaf-5656-9888-087651d2030b',
      'taxonomy_id=4943db86-7e0a-508e-a89e-77717c58aa4f',
    ]);
  });
});
