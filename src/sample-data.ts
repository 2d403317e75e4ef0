import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { activitySchema, type Activity } from './domain/activities/activity';
import { siteIds } from './domain/sites';
import { teamDirectoryEntrySchema, type TeamDirectoryEntry } from './domain/team/team-directory';
import { findPackageRoot } from './package-root';

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
    const problem = (what: string) => new Error(`${file}: ${what}`);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw problem(error instanceof SyntaxError ? 'is not valid JSON' : 'cannot be read');
    }
    const items = sampleFileSchema.safeParse(json);
    if (!items.success) throw problem('must be a JSON array of activity listings');
    items.data.forEach((item, index) => {
      const parsed = activitySchema.safeParse(item);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw problem(`item ${index}: ${issue?.path.map(String).join('.') || 'listing'}: ${issue?.message ?? 'is not a listing'}`);
      }
      if (parsed.data.site_id !== siteId) throw problem(`item ${index}: site_id is ${parsed.data.site_id}, not ${siteId}`);
      if (seen.has(parsed.data.id)) throw problem(`item ${index}: id ${parsed.data.id} is used twice`);
      seen.add(parsed.data.id);
      activities.push(parsed.data);
    });
  }
  return activities;
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
  const problem = (what: string) => new Error(`${file}: ${what}`);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw problem(error instanceof SyntaxError ? 'is not valid JSON' : 'cannot be read');
  }
  const items = sampleFileSchema.safeParse(json);
  if (!items.success) throw problem('must be a JSON array of team directory entries');
  const entries = items.data.map((item, index) => {
    const parsed = teamDirectoryEntrySchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw problem(`item ${index}: ${issue?.path.map(String).join('.') || 'entry'}: ${issue?.message ?? 'is not a team directory entry'}`);
    }
    return parsed.data;
  });
  for (const siteId of siteIds) {
    const count = entries.filter((entry) => entry.siteId === siteId).length;
    if (count !== 1) throw problem(`${count === 0 ? 'has no entry' : 'has more than one entry'} for ${siteId}`);
  }
  return entries;
}
