import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { activitySchema, type Activity } from '../domain/activities/activity';
import { siteIds } from '../domain/sites';
import { teamDirectoryEntrySchema, type TeamDirectoryEntry } from '../domain/team/team-directory';
import { findPackageRoot } from '../runtime/package-root';

/** Where the fictional sample listings live: `data/activities/<siteId>.json` at the package root. */
export function defaultSampleActivitiesDirectory(): string {
  return join(findPackageRoot(__dirname), 'data', 'activities');
}

const sampleFileSchema = z.array(z.unknown());

/**
 * Reads the sample listings of every site (`<dir>/<siteId>.json`, each an array of listings),
 * each checked with the listing schema and against its file's site. Sample ids are fixed, so
 * loading them again replaces rather than duplicates.
 * @throws Error naming the file (and the item and field) when a file is missing or anything in it is wrong.
 */
export async function loadSampleActivities(dir: string = defaultSampleActivitiesDirectory()): Promise<Activity[]> {
  const activities: Activity[] = [];
  const seen = new Set<string>();
  for (const siteId of siteIds) {
    const file = join(dir, `${siteId}.json`);
    const listings = await readJsonArrayFile(file, activitySchema, { item: 'listing', items: 'activity listings' });
    listings.forEach((listing, index) => {
      if (listing.site_id !== siteId) throw new Error(`${file}: item ${index}: site_id is ${listing.site_id}, not ${siteId}`);
      if (seen.has(listing.id)) throw new Error(`${file}: item ${index}: id ${listing.id} is used twice`);
      seen.add(listing.id);
      activities.push(listing);
    });
  }
  return activities;
}

/**
 * A JSON file holding an array, each item parsed with `schema`.
 * @throws Error naming the file (and the item and field) when it cannot be read, is not JSON, or an item does not fit.
 */
async function readJsonArrayFile<T>(file: string, schema: z.ZodType<T>, names: { readonly item: string; readonly items: string }): Promise<T[]> {
  const problem = (what: string) => new Error(`${file}: ${what}`);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw problem(error instanceof SyntaxError ? 'is not valid JSON' : 'cannot be read');
  }
  const items = sampleFileSchema.safeParse(json);
  if (!items.success) throw problem(`must be a JSON array of ${names.items}`);
  return items.data.map((item, index) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw problem(`item ${index}: ${issue?.path.map(String).join('.') || names.item}: ${issue?.message ?? `is not a ${names.item}`}`);
    }
    return parsed.data;
  });
}

/** True for the fictional sample entries (their team name ends "(sample)"), which samples may replace. */
export function isSampleTeam(entry: Pick<TeamDirectoryEntry, 'teamName'>): boolean {
  return entry.teamName.endsWith('(sample)');
}

/** Where the fictional sample team details live: `data/teams.json` at the package root. */
export function defaultSampleTeamsFile(): string {
  return join(findPackageRoot(__dirname), 'data', 'teams.json');
}

/**
 * Reads the sample team directory: a JSON array with one entry per site (contact details, weekly
 * hours and bank holiday exceptions), each checked with the directory schema. Saving them again
 * replaces them (one entry per site).
 * @throws Error naming the file (and the item and field) when it is missing or anything in it is
 *   wrong, or a site has no entry or two.
 */
export async function loadSampleTeams(file: string = defaultSampleTeamsFile()): Promise<TeamDirectoryEntry[]> {
  const entries = await readJsonArrayFile(file, teamDirectoryEntrySchema, { item: 'team directory entry', items: 'team directory entries' });
  for (const siteId of siteIds) {
    const count = entries.filter((entry) => entry.siteId === siteId).length;
    if (count !== 1) throw new Error(`${file}: ${count === 0 ? 'has no entry' : 'has more than one entry'} for ${siteId}`);
  }
  return entries;
}
