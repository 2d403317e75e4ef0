import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { OutcodeCentroids } from '../domain/activities/outcode-location';
import { findPackageRoot } from '../runtime/package-root';

/** Where the shipped reference data lives: `data/` at the package root. */
export const defaultDataDirectory = join(findPackageRoot(__dirname), 'data');

const centroidFileSchema = z.object({
  about: z.string(),
  source: z.string(),
  centroids: z.record(
    z.string().regex(/^[A-Z]{1,2}\d[A-Z\d]?$/, 'an outward code like M6 or SE11'),
    z.object({ lat: z.number().min(49).max(61), lon: z.number().min(-9).max(2), site: z.string().exactOptional() }),
  ),
});

/**
 * Reads the postcode district centroids (`data/outcode-centroids.json`), checked with zod. Read
 * once at start-up (synchronously: nothing is served before it).
 * @throws Error naming the file when it is missing or malformed: the service should not start without it.
 */
export function loadOutcodeCentroids(dataDirectory = defaultDataDirectory): OutcodeCentroids {
  const path = join(dataDirectory, 'outcode-centroids.json');
  const parsed = centroidFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a valid centroid table: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
  return parsed.data.centroids;
}
