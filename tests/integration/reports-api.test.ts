import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { londonMonthOf } from '../../src/domain/reports/report-months';
import { reportViewSchema, type ReportView } from '../../src/domain/reports/report-view';
import { ReportRecorder } from '../../src/services/report-recorder';
import { call, fieldsOf, siteToken } from '../support/admin-http';
import { capturingLogger } from '../support/log-capture';
import { requestCallbackAfterSafetyReply, startTestService, type TestService } from '../support/service-harness';
import { randomKeyPrefix, testRedisUrl } from '../support/test-stores';

const adminToken = `test-super-admin-${'s3cret'.repeat(6)}`;
const modes = {
  embedded: () => ({}),
  redis: () => ({ REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix() }),
};
const path = '/api/admin/sites/salford/reports';

describe.each(Object.keys(modes))('reports API (%s mode)', (mode) => {
  let service: TestService;
  let salford: string;
  let luton: string;
  beforeAll(async () => {
    service = await startTestService({ ADMIN_TOKEN: adminToken, ...(mode === 'redis' ? modes.redis() : modes.embedded()) });
    salford = await siteToken(service, adminToken, 'salford');
    luton = await siteToken(service, adminToken, 'luton');
    const recorder = new ReportRecorder({ aggregates: service.stores.reports, references: service.stores.references, logger: capturingLogger().logger });
    // June: 6 requests, 2 out of hours, first contacts after 2, 2, 3, 10, 20 days; 1 request in July.
    for (let index = 0; index < 6; index += 1) await recorder.record('salford', { type: 'callback.requested', at: '2026-06-02T10:00:00Z', outOfHours: index < 2 });
    await recorder.record('salford', { type: 'callback.requested', at: '2026-07-01T10:00:00Z', outOfHours: false });
    for (const days of [2, 2, 3, 10, 20]) {
      await recorder.record('salford', { type: 'callback.first_contact', requestedAt: '2026-06-01T10:00:00Z', at: new Date(Date.parse('2026-06-01T10:00:00Z') + days * 86_400_000).toISOString() });
    }
    // Five people answer ONS4 happiness in May then in June; a sixth, erased after May, is not linked again.
    for (let person = 0; person < 6; person += 1) {
      await recorder.record('salford', { type: 'ons4.answered', at: '2026-05-03T10:00:00Z', person: `p${person}`, consented: true, scores: { happiness: 4 } });
    }
    await recorder.forget('p5');
    // Luton: five requests in June never contacted, and a sixth contacted on 10 July.
    for (const day of ['01', '05', '10', '15', '20', '25']) await recorder.startWaiting('luton', `r${day}`, `2026-06-${day}T10:00:00Z`);
    await recorder.stopWaiting('luton', 'r25', '2026-07-10T10:00:00Z');
    for (let person = 0; person < 6; person += 1) {
      await recorder.record('salford', { type: 'ons4.answered', at: '2026-06-03T10:00:00Z', person: `p${person}`, consented: true, scores: { happiness: 7 } });
    }
  });
  afterAll(async () => {
    await service.stop();
  });

  const report = async (query: string, token = salford): Promise<ReportView> => {
    const answer = await call(service, `${path}?${query}`, { token });
    expect(answer.status).toBe(200);
    return reportViewSchema.parse(answer.body);
  };
  const values = (view: ReportView, id: string) => view.measures.find((measure) => measure.id === id)?.values.map((cell) => cell.display);

  it('answers the figures the events make, with suppression visible', async () => {
    const view = await report('from=2026-05&to=2026-07');
    expect(view.months).toStrictEqual(['2026-05', '2026-06', '2026-07']);
    // July's 1 request is fewer than 5; May's 0 is shown; the total 7 would reveal July, so June goes too.
    expect(values(view, 'access.requests')).toStrictEqual(['0', 'suppressed', 'fewer than 5']);
    expect(view.measures.find((measure) => measure.id === 'access.requests')?.total?.display).toBe('7');
    expect(values(view, 'access.out_of_hours_requests')).toStrictEqual(['0', 'fewer than 5', '0']);
    expect(values(view, 'access.first_contact_median_days')).toStrictEqual(['no data', '3 days', 'no data']);
    // The erased person's June answer is a first answer again: 5 people, first mean 4, latest 7.
    expect(values(view, 'wellbeing.happiness.first_mean')).toStrictEqual(['no data', '4', 'no data']);
    expect(values(view, 'wellbeing.happiness.latest_mean')).toStrictEqual(['no data', '7', 'no data']);
    expect(values(view, 'wellbeing.happiness.better_band_share')).toStrictEqual(['no data', '100%', 'no data']);
    expect(view.measures.find((measure) => measure.id === 'goals.meaningful_change_share')?.published).toStrictEqual({ value: 0.6, text: 'About 60% meaningful improvement (Living Well programme evaluation)' });
  });

  it('counts a callback requested through the conversation and contacted through the admin API', async () => {
    const reference = await requestCallbackAfterSafetyReply(service.baseUrl, `conv-${mode}-reports`);
    const list = await call(service, '/api/admin/sites/salford/callbacks', { token: salford });
    const listed = z.object({ callbacks: z.array(z.object({ id: z.string(), reference: z.string() })) }).parse(list.body);
    const id = listed.callbacks.find((item) => item.reference === reference)?.id;
    expect((await call(service, `/api/admin/sites/salford/callbacks/${id ?? 'none'}/contacted`, { method: 'POST', token: salford, body: { by: 'Jo' } })).status).toBe(200);
    // To this month (the service's clock is the real one): the request was made now.
    const view = await report(`from=2026-05&to=${londonMonthOf(Date.now())}`);
    const total = (measureId: string) => view.measures.find((measure) => measure.id === measureId)?.total;
    // 7 seeded requests and this one; waits of 2, 2, 3, 10, 20 days and this one's 0: median 2.
    expect(total('access.requests')).toStrictEqual({ value: 8, display: '8' });
    expect(total('access.first_contact_median_days')).toStrictEqual({ value: 2, display: '2 days' });
  });

  it('answers still waiting as at each month end, with the oldest wait, from the aggregates', async () => {
    const answer = await call(service, '/api/admin/sites/luton/reports?from=2026-05&to=2026-07', { token: luton });
    const view = reportViewSchema.parse(answer.body);
    // End of June (23:00 UTC, BST): all six, the oldest 29 days; end of July: the five still open, the oldest 60 days.
    expect(values(view, 'access.still_waiting')).toStrictEqual(['0', '6', '5']);
    expect(values(view, 'access.oldest_wait_days')).toStrictEqual(['no data', '29 days', '60 days']);
  });

  it('answers CSV, one row per measure and month', async () => {
    const answer = await call(service, `${path}?from=2026-05&to=2026-07&format=csv`, { token: salford });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('text/csv');
    const lines = answer.text.trim().split('\r\n');
    expect(lines[0]).toBe('measure,label,month,value,display');
    expect(lines).toContain('access.requests,Callback requests,2026-07,,fewer than 5');
    expect(lines).toContain('wellbeing.happiness.latest_mean,Happiness yesterday: latest answer (mean),2026-06,7,7');
  });

  it('defaults to the last 12 full months and this one', async () => {
    expect((await report('')).months).toHaveLength(13);
  });

  it('refuses a bad range, naming the field (400)', async () => {
    const reversed = await call(service, `${path}?from=2026-07&to=2026-05`, { token: salford });
    expect(reversed.status).toBe(400);
    expect(fieldsOf(reversed).map((field) => field.field)).toStrictEqual(['from']);
    const tooLong = await call(service, `${path}?from=2020-01&to=2026-05`, { token: salford });
    expect(fieldsOf(tooLong).map((field) => field.field)).toStrictEqual(['to']);
    const garbled = await call(service, `${path}?from=2026-13`, { token: salford });
    expect(fieldsOf(garbled).map((field) => field.field)).toStrictEqual(['from']);
  });

  it('refuses no token (401) and another site\'s token (403)', async () => {
    expect((await call(service, path)).status).toBe(401);
    expect((await call(service, path, { token: luton })).status).toBe(403);
  });
});
