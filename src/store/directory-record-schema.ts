import { directoryRecordSchema, type DirectoryRecord } from '../domain/activities/directory-pull';
import { siteTaxonomyMappingsSchema, type SiteTaxonomyMappings } from '../domain/activities/taxonomy-mapping';
import { versionedRecordCodec } from './record-codec';

/** A site's own taxonomy mapping rows at rest (`{ v: 1, mappings }`). */
export const taxonomyMappingsCodec = versionedRecordCodec<SiteTaxonomyMappings>({
  name: 'taxonomy mapping record',
  article: 'a',
  schema: siteTaxonomyMappingsSchema,
  atRest: 'flat',
});

/** A site's Open Referral directory link and its last reports at rest (`{ v: 1, directory }`). */
export const directoryRecordCodec = versionedRecordCodec<DirectoryRecord>({
  name: 'directory record',
  article: 'a',
  schema: directoryRecordSchema,
  atRest: { field: 'directory' },
});
