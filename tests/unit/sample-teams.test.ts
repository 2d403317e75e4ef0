import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseUkPhone } from '../../src/domain/callbacks/uk-phone';
import { siteById, siteIds } from '../../src/domain/sites';
import { teamHoursInForce } from '../../src/listings/bank-holidays';
import { isSampleTeam, loadSampleTeams } from '../../src/data/sample-data';

/** Ofcom's drama ranges the sample teams may use, by kind of number. */
const dramaPhone: Record<string, RegExp> = {
  lambeth: /^020 7946 0\d{3}$/,
  edinburgh: /^0131 496 0\d{3}$/,
  luton: /^0808 157 0\d{3}$/,
  salford: /^0161 496 0\d{3}$/,
  'tameside-glossop': /^0161 496 0\d{3}$/,
};

/** England and Wales bank holidays from Christmas 2026 to the end of 2027 (gov.uk), substitute days included. */
const englandHolidays = ['2026-12-25', '2026-12-28', '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'];
/** Scotland's, for the same time. */
const scotlandHolidays = ['2026-12-25', '2026-12-28', '2027-01-01', '2027-01-04', '2027-03-26', '2027-05-03', '2027-05-31', '2027-08-02', '2027-11-30', '2027-12-27', '2027-12-28'];

/** An instant in 2027: the hours in force then take in the bank holidays of 2026 to 2028. */
const midsummer2027 = Date.parse('2027-06-21T12:00:00Z');

describe('sample team details', () => {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('has one entry per site, clearly marked as a sample', async () => {
    const teams = await loadSampleTeams();
    expect(teams.map((entry) => entry.siteId).sort()).toEqual([...siteIds].sort());
    for (const entry of teams) {
      expect(isSampleTeam(entry)).toBe(true);
      expect(entry.notes).toMatch(/^Sample details: not a real service/);
    }
  });

  it('uses only drama numbers and example.org addresses', async () => {
    for (const entry of await loadSampleTeams()) {
      expect(entry.phone).toMatch(dramaPhone[entry.siteId] ?? /^$/);
      expect(entry.textNumber).toMatch(/^07700 900\d{3}$/);
      expect(parseUkPhone(entry.phone).ok).toBe(true);
      expect(entry.email).toMatch(/@example\.org$/);
    }
  });

  it("closes on the nation's bank holidays and opens short on Christmas Eve", async () => {
    for (const entry of await loadSampleTeams()) {
      expect(entry.closedOnBankHolidays).toBe(true);
      const closedDays = teamHoursInForce(entry, midsummer2027).exceptions.filter((exception) => exception.periods.length === 0).map((exception) => exception.date);
      const holidays = siteById(entry.siteId).nation === 'scotland' ? scotlandHolidays : englandHolidays;
      expect(closedDays).toEqual(expect.arrayContaining(holidays));
      const christmasEves = entry.exceptions.filter((exception) => exception.reason === 'Christmas Eve').map((exception) => exception.date);
      expect(christmasEves).toEqual(['2026-12-24', '2027-12-24']);
      // A late evening every week.
      expect(entry.openingHours.some((period) => period.closes === '20:00')).toBe(true);
    }
    const edinburgh = (await loadSampleTeams()).find((entry) => entry.siteId === 'edinburgh');
    expect(edinburgh === undefined ? [] : teamHoursInForce(edinburgh, midsummer2027).exceptions.map((exception) => exception.date)).not.toContain('2027-03-29');
    expect(edinburgh).toBeDefined();
  });

  it('names the file, item and field of an entry that does not fit, and a site missing or given twice', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lwc-teams-'));
    made.push(dir);
    const teams = await loadSampleTeams();
    const file = join(dir, 'teams.json');
    await writeFile(file, JSON.stringify(teams.map((entry, index) => (index === 2 ? { ...entry, phone: 'none' } : entry))));
    await expect(loadSampleTeams(file)).rejects.toThrow(/teams\.json: item 2: phone: /);
    await writeFile(file, JSON.stringify(teams.slice(1)));
    await expect(loadSampleTeams(file)).rejects.toThrow(/has no entry for lambeth/);
    await writeFile(file, JSON.stringify([...teams, teams[0]]));
    await expect(loadSampleTeams(file)).rejects.toThrow(/more than one entry for lambeth/);
    await writeFile(file, '{');
    await expect(loadSampleTeams(file)).rejects.toThrow(/is not valid JSON/);
  });
});
