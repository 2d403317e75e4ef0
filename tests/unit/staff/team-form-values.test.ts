import { describe, expect, it } from 'vitest';
import { loadSampleTeams } from '../../../src/data/sample-data';
import { checkTeamForm, closureHoursWords, emptyTeamForm, teamBodyOf, teamFormChanged, teamFormValues } from '../../../staff/src/pages/team/team-form-values';

async function salford() {
  const entry = (await loadSampleTeams()).find((candidate) => candidate.siteId === 'salford');
  if (entry === undefined) throw new Error('no salford sample');
  return entry;
}

describe('the team details form', () => {
  it('gives back the saved details as the body, unchanged', async () => {
    const entry = await salford();
    const { siteId: _site, updatedAt: _updated, ...rest } = entry;
    const values = teamFormValues(entry);
    expect(teamBodyOf(values)).toEqual(JSON.parse(JSON.stringify({ ...rest, closedOnBankHolidays: entry.closedOnBankHolidays === true })));
    expect(checkTeamForm(values, 'salford').ok).toBe(true);
    expect(teamFormChanged(values, teamFormValues(entry))).toBe(false);
    expect(teamFormChanged({ ...values, closedOnBankHolidays: !values.closedOnBankHolidays }, values)).toBe(true);
  });

  it('names each problem by the API\'s field names, as the PUT would', async () => {
    const values = teamFormValues(await salford());
    const checked = checkTeamForm(
      { ...values, postcode: 'nowhere', reviewCadenceWeeks: '60', hours: [{ weekday: 1, opens: '9am', closes: '17:00' }], closures: [{ date: '', reason: '', periods: [] }] },
      'salford',
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.problems).sort()).toEqual(['address.postcode', 'exceptions[0].date', 'exceptions[0].reason', 'openingHours[0].opens', 'reviewCadenceWeeks']);
  });

  it('starts a new team with weekday hours, closed on bank holidays, needing its contact details', () => {
    const checked = checkTeamForm(emptyTeamForm, 'luton');
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.problems)).toEqual(expect.arrayContaining(['teamName', 'phone', 'email', 'address.line1', 'address.city', 'address.postcode']));
    expect(checked.problems['openingHours[0].opens']).toBeUndefined();
    expect(teamBodyOf(emptyTeamForm)).toMatchObject({ closedOnBankHolidays: true, languages: ['en'] });
  });

  it('says a closure\'s hours in words', () => {
    expect(closureHoursWords([])).toBe('Closed all day');
    expect(closureHoursWords([{ opens: '10:00', closes: '13:00' }])).toBe('Open 10:00 to 13:00');
  });
});
