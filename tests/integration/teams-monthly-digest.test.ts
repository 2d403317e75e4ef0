import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamsSendPipeline, teamsCallbackCards } from '../../adapters/teams';
import { CallbackTimers } from '../../src/admin/callback-timers';
import { ReportsApi } from '../../src/admin/reports-api';
import type { SiteId } from '../../src/domain/sites';
import { staffReportsPath } from '../../src/domain/teams/monthly-digest';
import { InProcessJobs } from '../../src/jobs/in-process-jobs';
import { systemClock } from '../../src/runtime/system-clock';
import { createCallbackCards } from '../../src/services/create-callback-cards';
import { MonthlyDigests } from '../../src/services/monthly-digests';
import { ReportRecorder } from '../../src/services/report-recorder';
import type { Stores } from '../../src/store/ports';
import { StoreTeamsDirectory } from '../../src/teams/store-teams-directory';
import { StoreTeamsReachability } from '../../src/teams/store-teams-reachability';
import { type FakeBotConnector, startFakeBotConnector } from '../support/fake-bot-connector';
import { capturingLogger } from '../support/log-capture';
import { redisStoresForEachTest, storesForEachTest } from '../support/store-contract';
import { anonymousBotConnector, teamsConversation, testSendSettings } from '../support/teams-send-fixture';
import { TestClock } from '../support/test-clock';
import { randomKeyPrefix } from '../support/test-stores';

const reportsUrl = `https://companion.example.org${staffReportsPath}`;
const channelOf = (siteId: SiteId) => `19:${siteId}-team@thread.tacv2`;

let connector: FakeBotConnector;
beforeEach(async () => {
  connector = await startFakeBotConnector();
});
afterEach(async () => {
  await connector.close();
});

/** Links the site's channel as the bot would (the app installed there, then `link CODE`). */
async function linkChannel(stores: Stores, siteId: SiteId): Promise<void> {
  const { conversationId, scope, serviceUrl, tenantId, botId, teamId } = teamsConversation(connector.serviceUrl, channelOf(siteId));
  await stores.teamsConversations.record({ conversationId, scope, serviceUrl, tenantId, botId, ...(teamId === undefined ? {} : { teamId }) }, 'installed', '2026-11-02T10:00:00.000Z');
  await stores.teamsSiteLinks.link(siteId, { conversationId, linkedAt: '2026-11-02T10:01:00.000Z' });
}

/** The monthly digests as main wires them, on real stores and the real send pipeline to the fake Bot Connector. */
function digestsOn(stores: Stores, clock: TestClock, log = capturingLogger()) {
  const directory = new StoreTeamsDirectory({ conversations: stores.teamsConversations, links: stores.teamsSiteLinks, practitioners: stores.practitioners });
  const sender = new TeamsSendPipeline({
    settings: testSendSettings(),
    botConnector: anonymousBotConnector,
    store: stores.teamsSend,
    reachability: new StoreTeamsReachability(stores.teamsConversations, clock),
    clock: systemClock,
    logger: log.logger,
    random: () => 0.5,
  });
  const reports = new ReportsApi({ aggregates: stores.reports, clock });
  return { log, sender, directory, reports, digests: new MonthlyDigests({ reports, records: stores.monthlyDigests, directory, sender, render: teamsCallbackCards, reportsUrl, clock, logger: log.logger }) };
}

/** December 2026: 7 callback requests at Salford, 3 people set goals (fewer than 5); the same at Luton, which has no channel. */
async function seedDecember(stores: Stores): Promise<void> {
  const recorder = new ReportRecorder({ aggregates: stores.reports, references: stores.references, logger: capturingLogger().logger });
  for (const siteId of ['salford', 'luton'] as const) {
    for (let index = 0; index < 7; index += 1) await recorder.record(siteId, { type: 'callback.requested', at: `2026-12-${String(index + 10)}T11:00:00.000Z`, outOfHours: false });
    for (const person of ['sms:+447700900111', 'sms:+447700900222', 'webchat:quillfeather']) await recorder.record(siteId, { type: 'goal.set', at: '2026-12-14T12:00:00.000Z', person, consented: true });
  }
}

const card = (index: number) => JSON.stringify(connector.activities[index]?.activity ?? {});

describe.each(['memory', 'redis'] as const)('the Teams monthly digest (%s)', (kind) => {
  const open = storesForEachTest(kind);

  it("sends last month's figures to each linked channel on its own first working day, once, and nothing to a site without a channel", async () => {
    const stores = await open();
    await seedDecember(stores);
    await linkChannel(stores, 'salford');
    await linkChannel(stores, 'edinburgh');
    const clock = new TestClock(Date.parse('2026-12-31T12:00:00.000Z'));
    const { digests } = digestsOn(stores, clock);

    // Friday 1 January 2027 is New Year's Day; then a weekend.
    for (const at of ['2026-12-31T12:00:00.000Z', '2027-01-01T10:00:00.000Z', '2027-01-02T10:00:00.000Z', '2027-01-03T10:00:00.000Z', '2027-01-04T08:59:00.000Z']) {
      clock.set(at);
      expect(await digests.sendDue()).toBe(0);
    }
    // Monday 4 January, from 9am in London: England's first working day.
    clock.set('2027-01-04T09:00:00.000Z');
    expect(await digests.sendDue()).toBe(1);
    expect(connector.activities).toHaveLength(1);
    expect(connector.activities[0]).toMatchObject({ operation: 'send', conversationId: channelOf('salford') });
    expect(connector.activities[0]?.activity).toMatchObject({ summary: 'Salford: outcome figures for December 2026.', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }] });
    expect(card(0)).toContain('"text":"Salford in December 2026"');
    expect(card(0)).toContain('{"title":"Callback requests","value":"7"}');
    expect(card(0)).toContain('{"title":"People who set a goal","value":"fewer than 5"}');
    expect(card(0)).toContain(`{"type":"Action.OpenUrl","title":"Open the Reports page","url":"${reportsUrl}"}`);
    for (const personal of ['+4477', 'quillfeather']) expect(card(0)).not.toContain(personal);

    clock.set('2027-01-04T15:00:00.000Z');
    expect(await digests.sendDue()).toBe(0);
    // Tuesday 5 January: Scotland's (its 2 January holiday moved to Monday the 4th).
    clock.set('2027-01-05T09:30:00.000Z');
    expect(await digests.sendDue()).toBe(1);
    expect(connector.activities[1]).toMatchObject({ conversationId: channelOf('edinburgh') });
    expect(card(1)).toContain('{"title":"Callback requests","value":"0"}');
    clock.set('2027-01-06T09:30:00.000Z');
    expect(await digests.sendDue()).toBe(0);

    expect(connector.activities).toHaveLength(2);
    expect(await stores.monthlyDigests.get('salford')).toEqual({ lastMonth: '2026-12' });
    expect(await stores.monthlyDigests.get('luton')).toBeUndefined();
  });

  it('sends on the Monday when the 1st is a Saturday, and again the next month', async () => {
    const stores = await open();
    await linkChannel(stores, 'salford');
    const clock = new TestClock(Date.parse('2028-04-01T10:00:00.000Z'));
    const { digests } = digestsOn(stores, clock);
    expect(await digests.sendDue()).toBe(0);
    clock.set('2028-04-03T08:30:00.000Z'); // 9:30am BST
    expect(await digests.sendDue()).toBe(1);
    expect(connector.activities[0]?.activity).toMatchObject({ summary: 'Salford: outcome figures for March 2028.' });
    clock.set('2028-05-01T08:30:00.000Z'); // Monday 1 May 2028: the Early May bank holiday
    expect(await digests.sendDue()).toBe(0);
    clock.set('2028-05-02T08:30:00.000Z');
    expect(await digests.sendDue()).toBe(1);
    expect(connector.activities[1]?.activity).toMatchObject({ summary: 'Salford: outcome figures for April 2028.' });
  });

  it('logs a send Teams refuses and does not try it again that month', async () => {
    const stores = await open();
    await linkChannel(stores, 'salford');
    const clock = new TestClock(Date.parse('2027-02-01T10:00:00.000Z'));
    const { digests, log } = digestsOn(stores, clock);
    connector.failNext({ status: 403, code: 'ConversationBlockedByUser' });
    expect(await digests.sendDue()).toBe(0);
    expect(log.text()).toContain('"event":"teams.monthly_digest_not_sent"');
    expect(log.text()).toContain('"code":"TEAMS_BLOCKED"');
    clock.set('2027-02-01T11:00:00.000Z');
    expect(await digests.sendDue()).toBe(0);
    expect(connector.requests).toHaveLength(1);
  });

  it('goes out from the Teams pass, the repeating job that sends the morning digests', async () => {
    const stores = await open();
    await linkChannel(stores, 'salford');
    const clock = new TestClock(Date.parse('2027-03-01T08:59:59.000Z'));
    const { log, sender, directory, reports } = digestsOn(stores, clock);
    const jobs = new InProcessJobs({ clock, logger: log.logger, pollMs: 3_600_000 });
    try {
      const events = new CallbackTimers({ events: stores.events, jobs, callbacks: stores.callbacks, teams: stores.teams, references: stores.references, clock, logger: log.logger, settings: { claimOpenHours: 4, outcomeDays: 3 } });
      const service = createCallbackCards({ stores, events, claimTimer: events, reviewTimer: events, sender, directory, render: teamsCallbackCards, reports, reportsUrl, clock, logger: log.logger });
      await service.handleJobs(jobs, 5_000)();
      clock.advance(5_000);
      await jobs.runDue();
      expect(connector.activities.map((sent) => sent.activity['summary'])).toEqual(['Salford: outcome figures for February 2027.']);
      clock.advance(5_000);
      await jobs.runDue();
      expect(connector.activities).toHaveLength(1);
    } finally {
      await jobs.close();
    }
  });
});

describe('the Teams monthly digest on two instances sharing Redis', () => {
  const openShared = redisStoresForEachTest();

  it('sends one card per site and month however many instances run the pass at once', async () => {
    const prefix = randomKeyPrefix();
    const [first, second] = [await openShared(prefix), await openShared(prefix)];
    await linkChannel(first, 'salford');
    await linkChannel(first, 'lambeth');
    const clock = new TestClock(Date.parse('2027-02-01T10:00:00.000Z'));
    const instances = [digestsOn(first, clock).digests, digestsOn(second, clock).digests];
    const sent = await Promise.all([...instances, ...instances].map((digests) => digests.sendDue()));
    expect(sent.reduce((a, b) => a + b, 0)).toBe(2);
    expect(connector.activities.map((activity) => activity.conversationId).sort()).toEqual([channelOf('lambeth'), channelOf('salford')]);
  });
});
