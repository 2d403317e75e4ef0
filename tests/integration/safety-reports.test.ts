import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/app-error';
import { SafetyReports } from '../../src/services/safety-reports';
import { capturingLogger } from '../support/log-capture';
import { TestClock } from '../support/test-clock';
import { openTestMemoryStores } from '../support/test-stores';
import { testReportRecorder } from '../support/test-reminders';

const person = 'sms:+447700900777';
const at = '2026-05-02T10:00:00.000Z';

describe('safety replies counted for the outcome reports', () => {
  it("counts each category and level at the person's site, and nothing for someone with no site", async () => {
    const stores = openTestMemoryStores();
    await stores.people.update(person, () => ({ consent: { givenAt: at, wordingVersion: 'test' }, area: 'edinburgh', createdAt: at, updatedAt: at }));
    const { logger } = capturingLogger();
    const counting = new SafetyReports({ people: stores.people, reports: testReportRecorder(stores), clock: new TestClock(Date.parse(at)), logger });
    // count() returns at once; the in-memory stores finish before the next turn of the event loop.
    counting.count(person, { level: 'urgent', categories: ['suicide_self_harm', 'overdose'] });
    counting.count('sms:+447700900778', { level: 'concern', categories: ['harm_to_others'] });
    counting.count(person, { level: 'check', categories: [] });
    await new Promise((resolve) => setImmediate(resolve));
    expect(await stores.reports.months('edinburgh', ['2026-05'])).toStrictEqual([{ 'safety.suicide_self_harm.urgent': 1, 'safety.overdose.urgent': 1, 'safety.unspecified.check': 1 }]);
    for (const site of ['lambeth', 'luton', 'salford', 'tameside-glossop'] as const) expect(await stores.reports.months(site, ['2026-05'])).toStrictEqual([{}]);
  });

  it('returns at once while the store hangs, and logs a failing store without personal data, never throwing', async () => {
    const stores = openTestMemoryStores();
    const { logger, text } = capturingLogger();
    let finish: (error: Error) => void = () => undefined;
    const hanging = new SafetyReports({
      people: { get: () => new Promise((_, reject) => (finish = reject)) },
      reports: testReportRecorder(stores),
      clock: new TestClock(Date.parse(at)),
      logger,
    });
    expect(hanging.count(person, { level: 'urgent', categories: ['suicide_self_harm'] })).toBeUndefined();
    finish(new AppError('STORE_UNAVAILABLE', 'reading a person in Redis failed'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(text()).toContain('"event":"reports.safety_reply_not_counted"');
    expect(text()).toContain('"code":"STORE_UNAVAILABLE"');
    expect(text()).not.toContain('447700900777');
  });
});
