import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { siteIds } from '../../src/domain/sites';
import { loadSampleActivities } from '../../src/data/sample-data';
import { activityFixture } from '../support/admin-activity-fixture';

describe('loadSampleActivities', () => {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  /** A folder with a good file per site, and `bad` written over one of them. */
  async function folder(bad?: { siteId: string; text: string }): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'lwc-samples-'));
    made.push(dir);
    for (const siteId of siteIds) await writeFile(join(dir, `${siteId}.json`), JSON.stringify([activityFixture({ site_id: siteId, sample: true })]));
    if (bad !== undefined) await writeFile(join(dir, `${bad.siteId}.json`), bad.text);
    return dir;
  }

  it('reads the shipped samples: every site has some, all marked as samples, ids unique', async () => {
    const samples = await loadSampleActivities();
    for (const siteId of siteIds) expect(samples.filter((activity) => activity.site_id === siteId).length).toBeGreaterThan(0);
    expect(samples.every((activity) => activity.sample)).toBe(true);
    expect(new Set(samples.map((activity) => activity.id)).size).toBe(samples.length);
  });

  it('reads one file per site from a folder', async () => {
    expect(await loadSampleActivities(await folder())).toHaveLength(siteIds.length);
  });

  it('names the file, item and field of a listing that does not fit', async () => {
    const broken = { ...activityFixture({ site_id: 'luton' }), status: 'open' };
    const dir = await folder({ siteId: 'luton', text: JSON.stringify([activityFixture({ site_id: 'luton' }), broken]) });
    await expect(loadSampleActivities(dir)).rejects.toThrow(/luton\.json: item 1: status: /);
  });

  it('names a file that is not JSON, not an array, missing, or holds another site', async () => {
    await expect(loadSampleActivities(await folder({ siteId: 'lambeth', text: '[{' }))).rejects.toThrow(/lambeth\.json: is not valid JSON/);
    await expect(loadSampleActivities(await folder({ siteId: 'salford', text: '{}' }))).rejects.toThrow(/salford\.json: must be a JSON array/);
    const dir = await folder();
    await rm(join(dir, 'edinburgh.json'));
    await expect(loadSampleActivities(dir)).rejects.toThrow(/edinburgh\.json: cannot be read/);
    const elsewhere = JSON.stringify([activityFixture({ site_id: 'luton' })]);
    await expect(loadSampleActivities(await folder({ siteId: 'tameside-glossop', text: elsewhere }))).rejects.toThrow(/tameside-glossop\.json: item 0: site_id is luton/);
  });
});
