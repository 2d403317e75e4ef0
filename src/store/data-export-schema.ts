import { z } from 'zod';
import type { PendingExport } from '../domain/my-data/pending-export';
import { versionedRecordCodec } from './record-codec';

/** A waiting export at rest (`{ v: 1, export }`), checked when written and when read. */
export const pendingExportCodec = versionedRecordCodec<PendingExport>({
  name: 'data export',
  article: 'a',
  schema: z.strictObject({
    personKey: z.string().min(3).max(300),
    fileName: z.string().regex(/^[a-z0-9-]+\.json$/, 'a plain file name ending .json'),
    json: z.string(),
  }),
  atRest: { field: 'export' },
});
