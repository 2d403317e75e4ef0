import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportViewSchema } from '../../src/domain/reports/report-view';
import { ReportRecorder } from '../../src/services/report-recorder';
import { cellsByMonth, chartDescription, reportGroups } from '../../staff/src/pages/reports/report-summaries';
import { capturingLogger } from '../support/log-capture';
import { startTestService, type TestService } from '../support/service-harness';
import { addStaff, expectAccessibleAtEveryWidth, StaffAppBrowser, type TestStaff } from '../support/staff-browser';
import { step, wait } from '../support/web-chat-browser';

/**
 * The staff app's Reports page in a real browser (Debian's chromium) against the real service:
 * figures seeded through the reports recorder, the page's tables and chart words matched cell by
 * cell against the API's own answer for the same months, the CSV download, axe-core at phone and
 * laptop widths, no CSP violations (Plot's style element is removed before the chart is shown).
 */

const admin: TestStaff = { tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', aadObjectId: '00000000-0000-0000-0000-0000000000a2', name: 'Alex Reid' };

describe('the staff app Reports page in a real browser', () => {
  let service: TestService;
  let app: StaffAppBrowser;
  let seeded: { twoMonthsAgo: string; lastMonth: string };

  beforeAll(async () => {
    service = await startTestService();
    await addStaff(service, 'salford', admin, 'site-admin');
    // Two months ago: 6 callback requests (2 out of hours) and 5 first contacts; last month: 1 request; seven people answer
    // ONS4 happiness two months ago and again last month. Months are the page's own default range (real time, UK).
    const log = capturingLogger();
    const recorder = new ReportRecorder({ aggregates: service.stores.reports, references: service.stores.references, logger: log.logger });
    const twoMonthsAgo = DateTime.now().setZone('Europe/London').startOf('month').minus({ months: 2 }).plus({ days: 1, hours: 10 });
    const lastMonth = twoMonthsAgo.plus({ months: 1 });
    for (let index = 0; index < 6; index += 1) await recorder.record('salford', { type: 'callback.requested', at: twoMonthsAgo.toUTC().toISO() ?? '', outOfHours: index < 2 });
    await recorder.record('salford', { type: 'callback.requested', at: lastMonth.toUTC().toISO() ?? '', outOfHours: false });
    for (const days of [2, 2, 3, 10, 20]) {
      await recorder.record('salford', { type: 'callback.first_contact', requestedAt: twoMonthsAgo.toUTC().toISO() ?? '', at: twoMonthsAgo.plus({ days }).toUTC().toISO() ?? '' });
    }
    for (let person = 0; person < 7; person += 1) {
      await recorder.record('salford', { type: 'ons4.answered', at: twoMonthsAgo.toUTC().toISO() ?? '', person: `p${person}`, consented: true, scores: { happiness: 4 + (person % 3) } });
      await recorder.record('salford', { type: 'ons4.answered', at: lastMonth.toUTC().toISO() ?? '', person: `p${person}`, consented: true, scores: { happiness: 7 } });
    }
    // The measures counted as things happen elsewhere: six requests still waiting (one from two months ago), five people
    // active on SMS, two safety replies, reviews from the Teams prompt, an activity search and a reminder last month.
    for (let index = 0; index < 6; index += 1) await recorder.startWaiting('salford', `waiting-${index}`, (index === 0 ? twoMonthsAgo : lastMonth).toUTC().toISO() ?? '');
    const at = lastMonth.toUTC().toISO() ?? '';
    for (let person = 0; person < 5; person += 1) await recorder.record('salford', { type: 'use.active', at, person: `p${person}`, channel: 'sms' });
    for (const level of ['urgent', 'check']) await recorder.record('salford', { type: 'safety.reply', at, category: 'suicide_self_harm', level });
    for (const code of ['review.goals-progressed.some', 'review.closed']) await recorder.record('salford', { type: 'practitioner.outcome', at, code });
    for (const type of ['use.activity_search', 'use.reminder'] as const) await recorder.record('salford', { type, at });
    // The recorder logs instead of failing: nothing logged means every event was counted.
    expect(log.lines()).toEqual([]);
    seeded = { twoMonthsAgo: twoMonthsAgo.toFormat('yyyy-MM'), lastMonth: lastMonth.toFormat('yyyy-MM') };
    app = await StaffAppBrowser.launch(service);
  }, step);

  afterAll(async () => {
    await app?.close();
    await service?.stop();
    expect(app.problems.cspViolations).toEqual([]);
    expect(app.problems.pageErrors).toEqual([]);
  });

  it('shows each group\'s figures as the API gives them, with charts named in words, and downloads the CSV', { timeout: step }, async () => {
    const page = await app.open(admin, '#/reports');
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor({ timeout: wait });
    const from = await page.getByLabel('From month').inputValue();
    const to = await page.getByLabel('To month').inputValue();
    const answer = await page.request.get(`${service.baseUrl}/api/admin/sites/salford/reports?from=${from}&to=${to}`);
    expect(answer.status()).toBe(200);
    const report = reportViewSchema.parse(await answer.json());
    const groups = reportGroups(report);
    expect(groups.length).toBeGreaterThan(0);
    await page.getByRole('heading', { level: 2, name: groups[0]?.label ?? '' }).waitFor({ timeout: wait });

    for (const group of groups) {
      const table = page.getByRole('table', { name: group.label });
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBe(group.measures.length);
      for (const [index, measure] of group.measures.entries()) {
        const row = rows.nth(index);
        expect(await row.getByRole('rowheader').textContent()).toBe(`${measure.label}${measure.definition}${measure.published === null ? '' : `Programme: ${measure.published.text}`}`);
        expect(await row.getByRole('cell').allTextContents()).toEqual([...cellsByMonth(measure, report.months).map((cell) => cell.display), measure.total?.display ?? 'not given']);
      }
      const [headline] = group.measures;
      if (headline !== undefined) await page.getByRole('img', { name: chartDescription(headline, report.months) }).waitFor({ timeout: wait });
    }
    // The seeded months as the API reports them: last month's 1 request is fewer than 5, and the month before is suppressed (the total would reveal it).
    const requests = report.measures.find((measure) => measure.id === 'access.requests');
    expect(requests?.values.filter((cell) => cell.month === seeded.twoMonthsAgo || cell.month === seeded.lastMonth).map((cell) => cell.display)).toEqual(['suppressed', 'fewer than 5']);

    // The measures added with the hooks are on the page like the others (the loop above matched their rows).
    const ids = report.measures.map((measure) => measure.id);
    expect(ids).toEqual(expect.arrayContaining(['access.still_waiting', 'access.oldest_wait_days', 'practitioner.review.closed', 'use.active.sms', 'use.safety.suicide_self_harm.urgent']));
    const stillWaiting = report.measures.find((measure) => measure.id === 'access.still_waiting');
    expect(stillWaiting?.values.filter((cell) => cell.month === seeded.twoMonthsAgo || cell.month === seeded.lastMonth).map((cell) => cell.display)).toEqual(['fewer than 5', '6']);

    await expectAccessibleAtEveryWidth(page, 'staff-reports');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  });
});
