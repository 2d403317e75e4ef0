import { z } from 'zod';
import { AppError } from '../domain/app-error';
import type { PendingExport } from '../domain/my-data/pending-export';
import type { RecordCodec } from './record-codec';
import { parseStoredJson } from './storage-record';

const pendingExportSchema = z.strictObject({
  personKey: z.string().min(3).max(300),
  fileName: z.string().regex(/^[a-z0-9-]+\.json$/, 'a plain file name ending .json'),
  json: z.string(),
});
const storedPendingExportSchema = z.strictObject({ v: z.literal(1), export: pendingExportSchema });

/** A waiting export at rest (`{ v: 1, export }`), checked when written and when read. */
export const pendingExportCodec: RecordCodec<PendingExport> = {
  name: 'data export',
  encode(entry) {
    const parsed = pendingExportSchema.safeParse(entry);
    if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'refusing to store a data export of an unknown shape');
    return JSON.stringify({ v: 1, export: parsed.data });
  },
  decode(raw) {
    const parsed = storedPendingExportSchema.safeParse(parseStoredJson(raw, 'data export'));
    if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'stored data export has an unknown version or shape');
    return parsed.data.export;
  },
};
