import { createAdminAuditRecorder } from '../../src/admin/admin-audit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { teamsCallbackCards } from '../../adapters/teams';
import { AppError } from '../../src/domain/app-error';
import { CallbackTimers } from '../../src/admin/callback-timers';
import { CallbackAdminApi } from '../../src/admin/callback-admin-api';
import { ReportsApi } from '../../src/admin/reports-api';
import type { AdminActor } from '../../src/domain/admin/admin-actor';
import type { CallbackRequest } from '../../src/domain/callbacks/callback-request';
import type { DomainEvent } from '../../src/domain/callbacks/domain-event';
import { snoozeMs } from '../../src/domain/teams/callback-card-view';
import { InProcessJobs } from '../../src/jobs/in-process-jobs';
import { loadSampleTeams } from '../../src/data/sample-data';
import { nudgesReader } from '../../src/services/callback-nudges';
import { createCallbackCards } from '../../src/services/create-callback-cards';
import type { Stores } from '../../src/store/ports';
import type { TeamsMessage } from '../../src/teams/teams-sender';
import { callbackFixture } from '../support/callback-fixture';
import { capturingLogger } from '../support/log-capture';
import { storesForEachTest } from '../support/store-contract';
import { FixedTeamsDirectory, RecordingTeamsSender, teamsConversation } from '../support/teams-doubles';
import { TestClock } from '../support/test-clock';

const sam = { tenantId: 'tenant-1', aadObjectId: 'aad-sam' };
const priya = { tenantId: 'tenant-1', aadObjectId: 'aad-priya' };
const outsider = { tenantId: 'tenant-1', aadObjectId: 'aad-luton-only' };
const channel = teamsConversation('19:salford-team@thread.tacv2');
/** A script with a site token, and Sam signed in to the staff app. */
const script: AdminActor = { kind: 'site-token', tokenId: 'token-1', name: 'Nightly script' };
const samInTheApp: AdminActor = { kind: 'staff', ...sam, name: 'Sam Jones' };

/** Distinctive details that must never reach Teams or the logs. */
const secrets = ['Quillfeather', 'Zanzibar-orchid-secret', '+447700900987', '07700 900987'];

const openedJobs: InProcessJobs[] = [];
afterEach(async () => {
  await Promise.all(openedJobs.splice(0).map((jobs) => jobs.close()));
});

/** The service as main wires it, on real stores, with the two Teams ports as in-memory doubles. */
function harness(stores: Stores) {
  const clock = new TestClock(Date.parse('2026-12-07T09:30:00.000Z'));
  const log = capturingLogger();
  const jobs = new InProcessJobs({ clock, logger: log.logger, pollMs: 3_600_000 });
  openedJobs.push(jobs);
  const events = new CallbackTimers({
    events: stores.events,
    jobs,
    callbacks: stores.callbacks,
    teams: stores.teams,
    references: stores.references,
    clock,
    logger: log.logger,
    settings: { claimOpenHours: 4, outcomeDays: 3 },
  });
  events.handleJobs();
  const sender = new RecordingTeamsSender();
  const directory = new FixedTeamsDirectory();
  directory.channels.set('salford', channel);
  directory.addPractitioner(sam, 'salford');
  directory.addPractitioner(priya, 'salford', 'site-admin');
  directory.addPractitioner(outsider, 'luton');
  const { actions, outcomes, nudges, digests, handleJobs } = createCallbackCards({ stores, events, claimTimer: events, reviewTimer: events, sender, directory, render: teamsCallbackCards, reports: new ReportsApi({ aggregates: stores.reports, clock }), reportsUrl: undefined, clock, logger: log.logger });
  const admin = new CallbackAdminApi({
    callbacks: stores.callbacks,
    events,
    outcomes: stores.callbackOutcomes,
    recording: outcomes,
    teams: stores.teams,
    audit: createAdminAuditRecorder({ log: stores.adminAudit, clock }),
    claimOpenHours: 4,
    clock,
    logger: log.logger,
  });

  /** A person asks for a callback (as the conversation does: the request, then its event). */
  async function newRequest(overrides: Partial<CallbackRequest> = {}): Promise<CallbackRequest> {
    const request = callbackFixture({ name: 'Jo Quillfeather', phoneE164: '+447700900987', about: 'Zanzibar-orchid-secret', requestedAt: clock.iso(), updatedAt: clock.iso(), ...overrides });
    await stores.callbacks.create(request);
    await events.append(requestEvent(request, 'callback.requested'));
    return request;
  }
  const requestEvent = (request: CallbackRequest, type: DomainEvent['type']): DomainEvent => ({ type, at: clock.iso(), siteId: request.siteId, callbackId: request.id, reference: request.reference });

  /** A click on `Action.Execute` as Teams sends it (the invoke's value). */
  const click = (practitioner: typeof sam, name: string, data: Record<string, unknown>, trigger: 'manual' | 'automatic' = 'manual') =>
    actions.execute({ practitioner, displayName: name }, { action: { type: 'Action.Execute', verb: data['verb'], data }, trigger });
  const claimData = (request: CallbackRequest, verb = 'claim') => ({ verb, callbackId: request.id, version: request.updatedAt });

  return { stores, clock, jobs, log, events, sender, directory, actions, nudges, digests, handleJobs, admin, newRequest, requestEvent, click, claimData };
}

const cardText = (message: TeamsMessage | undefined): string => JSON.stringify(message?.card ?? {});

describe.each(['memory', 'redis'] as const)('callback cards in Teams (%s)', (kind) => {
  const open = storesForEachTest(kind);

  it('posts a new request to the site channel once, however often the event is read or repeated', async () => {
    const h = harness(await open());
    const request = await h.newRequest({ safetyReplyInConversation: true });
    expect(await h.nudges.handleNew()).toBe(1);
    expect(h.sender.sends).toHaveLength(1);
    const [sent] = h.sender.sends;
    expect(sent).toMatchObject({ key: `callback-card:${request.id}`, conversationId: channel.conversationId });
    expect(cardText(sent?.message)).toContain('{"title":"Name","value":"Jo Q."}');
    expect(cardText(sent?.message)).toContain('{"title":"Safety reply in that chat","value":"Yes"}');

    expect(await h.nudges.handleNew()).toBe(0);
    await h.events.append(h.requestEvent(request, 'callback.requested'));
    expect(await h.nudges.handleNew()).toBe(1);
    expect(h.sender.sends).toHaveLength(1);
    expect((await h.stores.callbackCards.get(request.id))?.posts).toHaveLength(1);
    expect(await h.stores.eventCursors.get(nudgesReader)).toBeDefined();
  });

  it('reads the outbox from a repeating job on the jobs layer', async () => {
    const h = harness(await open());
    const schedule = h.handleJobs(h.jobs, 5_000);
    await schedule();
    await h.newRequest();
    h.clock.advance(5_000);
    await h.jobs.runDue();
    expect(h.sender.sends.map((send) => send.key)).toEqual([expect.stringMatching(/^callback-card:/)]);
  });

  it('claims from the card, updates the posted card in place, and answers a losing claim with the current card', async () => {
    const h = harness(await open());
    const request = await h.newRequest();
    await h.nudges.handleNew();
    const activityId = h.sender.sends[0]?.activityId ?? '';

    h.clock.set('2026-12-07T10:42:00.000Z');
    const claimed = await h.click(sam, 'Sam Jones', h.claimData(request));
    expect(cardText(claimed)).toContain('Claimed by Sam at 10:42');
    expect(cardText(claimed)).not.toContain('Jones');
    expect(await h.stores.callbacks.get(request.id)).toMatchObject({ status: 'claimed', claimedBy: 'Sam', claimedAt: '2026-12-07T10:42:00.000Z' });
    await h.nudges.handleNew();
    expect(cardText(h.sender.latest(activityId))).toContain('Claimed by Sam at 10:42');

    // Priya clicks Claim on the same (stale) card a minute later; Teams retries Sam's click too.
    h.clock.set('2026-12-07T10:43:00.000Z');
    const before = await h.stores.callbacks.get(request.id);
    const eventsBefore = (await h.stores.events.read('0', 100)).length;
    const losing = await h.click(priya, 'Priya Patel', h.claimData(request));
    const retried = await h.click(sam, 'Sam Jones', h.claimData(request));
    expect(cardText(losing)).toContain('Claimed by Sam at 10:42');
    expect(retried).toEqual(losing);
    expect(await h.stores.callbacks.get(request.id)).toEqual(before);
    expect(await h.stores.events.read('0', 100)).toHaveLength(eventsBefore);
    // Even with the fresh version, claiming a claimed request changes nothing.
    const second = await h.click(priya, 'Priya Patel', h.claimData(before ?? request));
    expect(cardText(second)).toContain('Claimed by Sam at 10:42');
    expect(await h.stores.callbacks.get(request.id)).toEqual(before);
  });

  it('updates the card in place when the request changes through the admin API or the person cancels', async () => {
    const h = harness(await open());
    const request = await h.newRequest();
    const other = await h.newRequest({ personKey: 'sms:+447700900111', phoneE164: '+447700900111' });
    await h.nudges.handleNew();
    const [first, second] = h.sender.sends;

    h.clock.set('2026-12-07T11:05:00.000Z');
    await h.admin.transitionCallback('salford', request.id, 'close', { by: 'Morgan Lee', reason: 'Zanzibar-orchid-secret' }, script);
    await h.stores.callbacks.update(other.id, (current) => ({ ...current, status: 'cancelled', cancelledAt: h.clock.iso(), updatedAt: h.clock.iso() }));
    await h.events.append(h.requestEvent(other, 'callback.cancelled'));
    await h.nudges.handleNew();

    const closedCard = cardText(h.sender.latest(first?.activityId ?? ''));
    expect(closedCard).toContain('Closed by Morgan at 11:05');
    expect(closedCard).not.toContain('Action.Execute');
    expect(cardText(h.sender.latest(second?.activityId ?? ''))).toContain('Cancelled by the person at 11:05');
  });

  it('lets one of two practitioners clicking Claim at once have it; both get the same card back', async () => {
    const h = harness(await open());
    const request = await h.newRequest();
    const [a, b] = await Promise.all([h.click(sam, 'Sam', h.claimData(request)), h.click(priya, 'Priya', h.claimData(request))]);
    expect(a).toEqual(b);
    const claimedBy = (await h.stores.callbacks.get(request.id))?.claimedBy;
    expect(cardText(a)).toContain(`Claimed by ${claimedBy ?? '?'} at 09:30`);
    expect((await h.stores.events.read('0', 100)).filter(({ event }) => event.type === 'callback.claimed')).toHaveLength(1);
  });

  it('posts nothing for a request cancelled before the reader came to it, and answers a click on an erased request kindly', async () => {
    const h = harness(await open());
    const request = await h.newRequest();
    await h.stores.callbacks.eraseFor(request.personKey, h.clock.iso());
    await h.events.append(h.requestEvent(request, 'callback.cancelled'));
    expect(await h.nudges.handleNew()).toBe(2);
    expect(h.sender.sends).toHaveLength(0);
    expect((await h.click(sam, 'Sam', h.claimData(request))).text).toContain('no longer here');
  });

  it('refuses a practitioner without a role at the site, and changes nothing', async () => {
    const h = harness(await open());
    const request = await h.newRequest();
    const answer = await h.click(outsider, 'Olu Outsider', h.claimData(request));
    expect(answer.text).toContain("You don't have a role at this team's site");
    expect(cardText(answer)).not.toContain(request.reference);
    expect(await h.stores.callbacks.get(request.id)).toEqual(request);
    expect(await h.stores.callbackCards.get(request.id)).toBeUndefined();
  });

  it('changes nothing on an automatic refresh, even with a claim in its data', async () => {
    const h = harness(await open());
    const request = await h.newRequest();
    const refreshed = await h.click(sam, 'Sam Jones', h.claimData(request), 'automatic');
    expect(cardText(refreshed)).toContain('Waiting to be claimed');
    expect(await h.stores.callbacks.get(request.id)).toEqual(request);
    expect(await h.stores.events.read('0', 100)).toHaveLength(1);
  });

  it('takes the Action.Submit fallback like the invoke', async () => {
    const h = harness(await open());
    const request = await h.newRequest();
    const answer = await h.actions.submit({ practitioner: priya, displayName: 'Priya Patel' }, h.claimData(request));
    expect(cardText(answer)).toContain('Claimed by Priya at 09:30');
    // Data that does not fit is answered with the card as it is, so the card is never lost.
    const garbled = await h.actions.submit({ practitioner: priya, displayName: 'Priya' }, { verb: 'claim', callbackId: request.id });
    expect(garbled).toEqual(answer);
    expect((await h.actions.submit({ practitioner: priya, displayName: 'Priya' }, { verb: 'claim' })).text).toContain("wasn't understood");
  });

  it('after Contacted, prompts the practitioner one-to-one for the outcome and records it (ids and codes only)', async () => {
    const h = harness(await open());
    const request = await h.newRequest();
    await h.nudges.handleNew();
    h.clock.set('2026-12-07T10:00:00.000Z');
    const contacted = await h.click(sam, 'Sam Jones', h.claimData(request, 'contacted'));
    expect(cardText(contacted)).toContain('Contacted by Sam at 10:00');
    await h.nudges.handleNew();

    const prompt = h.sender.sends.find((send) => send.key === `outcome-prompt:${request.id}`);
    expect(prompt?.conversationId).toBe(`a:chat-${sam.aadObjectId}`);
    expect(cardText(prompt?.message)).toContain('"id":"contactOutcome"');
    await h.nudges.handleNew();
    expect(h.sender.sends.filter((send) => send.key.startsWith('outcome-prompt:'))).toHaveLength(1);

    // Submitted without a choice (the fallback has no validation): the prompt comes back as it was.
    const unanswered = await h.actions.submit({ practitioner: sam, displayName: 'Sam' }, { verb: 'outcome', callbackId: request.id, goalsAgreed: '1' });
    expect(unanswered).toEqual(prompt?.message);
    expect(await h.stores.callbackOutcomes.get('salford', request.id)).toBeUndefined();

    // Answered through the Submit fallback: recorded, and the prompt redrawn in place.
    const data = { verb: 'outcome', callbackId: request.id, contactOutcome: 'reached', supportOffered: 'listening,community-activities', goalsAgreed: '3' };
    const recorded = await h.actions.submit({ practitioner: sam, displayName: 'Sam Jones' }, data);
    expect(recorded.text).toBe(`Outcome recorded for callback ${request.reference}.`);
    expect(await h.stores.callbackOutcomes.get('salford', request.id)).toEqual({
      callbackId: request.id,
      siteId: 'salford',
      reference: request.reference,
      contactOutcome: 'reached',
      supportOffered: ['listening', 'community-activities'],
      goalsAgreed: 3,
      recordedBy: sam,
      recordedAt: '2026-12-07T10:00:00.000Z',
    });
    expect(cardText(h.sender.latest(prompt?.activityId ?? ''))).toContain('Recorded. Thank you.');
    // Counted for the outcome reports once, codes only: answering again corrects the record, not the counts.
    const counted = { 'practitioner.contact.reached': 1, 'practitioner.support.listening': 1, 'practitioner.support.community-activities': 1, 'practitioner.goals-agreed.3': 1 };
    expect(await h.stores.reports.months('salford', ['2026-12'])).toStrictEqual([counted]);
    await h.actions.submit({ practitioner: sam, displayName: 'Sam Jones' }, data);
    expect(await h.stores.reports.months('salford', ['2026-12'])).toStrictEqual([counted]);
    // The request card in the channel shows the contact.
    expect(cardText(h.sender.latest(h.sender.sends[0]?.activityId ?? ''))).toContain('Contacted by Sam at 10:00');
  });

  it('keeps the cards in step with the staff app: a claim there redraws the posted card, an outcome there the posted prompt', async () => {
    const h = harness(await open());
    const request = await h.newRequest();
    await h.nudges.handleNew();
    const [card] = h.sender.sends;

    h.clock.set('2026-12-07T10:42:00.000Z');
    const claimed = await h.admin.transitionCallback('salford', request.id, 'claim', {}, samInTheApp);
    expect(claimed).toMatchObject({ status: 'claimed', claimedBy: 'Sam', claimedByStaff: sam });
    // "Claimed by me" is known by Entra ids, not the name: Sam's, whatever the case of the ids; not Priya's.
    const mine = async (actor: AdminActor) => (await h.admin.listCallbacks('salford', { view: 'mine' }, actor)).callbacks.map((item) => item.id);
    expect(await mine({ kind: 'staff', tenantId: sam.tenantId.toUpperCase(), aadObjectId: sam.aadObjectId.toUpperCase(), name: 'Sam J' })).toEqual([request.id]);
    expect(await mine({ kind: 'staff', ...priya, name: 'Sam' })).toEqual([]);
    await h.nudges.handleNew();
    expect(cardText(h.sender.latest(card?.activityId ?? ''))).toContain('Claimed by Sam at 10:42');
    // A losing click on the card gets the card as it is; the app's refusal says who and when.
    expect(cardText(await h.click(priya, 'Priya', h.claimData(request)))).toContain('Claimed by Sam at 10:42');
    await expect(h.admin.transitionCallback('salford', request.id, 'claim', {}, { kind: 'staff', ...priya, name: 'Priya' })).rejects.toThrow('Already claimed by Sam at 10:42');

    h.clock.set('2026-12-07T11:00:00.000Z');
    const current = await h.stores.callbacks.get(request.id);
    await h.click(sam, 'Sam Jones', h.claimData(current ?? request, 'contacted'));
    await h.nudges.handleNew();
    const prompt = h.sender.sends.find((send) => send.key === `outcome-prompt:${request.id}`);
    expect(cardText(prompt?.message)).toContain('"id":"contactOutcome"');

    await h.admin.recordOutcome('salford', request.id, { contactOutcome: 'voicemail', supportOffered: [], goalsAgreed: 0 }, samInTheApp);
    expect(await h.stores.callbackOutcomes.get('salford', request.id)).toMatchObject({ contactOutcome: 'voicemail', recordedBy: sam });
    expect(cardText(h.sender.latest(prompt?.activityId ?? ''))).toContain('Recorded. Thank you.');
    const audit = await h.stores.adminAudit.list('salford', { subjectType: 'callback', subjectId: request.id, limit: 10 });
    expect(audit.map((entry) => entry.action)).toEqual(['callback.outcome_recorded', 'callback.claimed']);
    expect(JSON.stringify(audit)).not.toContain('Quillfeather');
  });

  it('does not prompt anyone in Teams for a contact marked through the admin API', async () => {
    const h = harness(await open());
    const request = await h.newRequest();
    await h.admin.transitionCallback('salford', request.id, 'contacted', { by: 'Sam' }, script);
    await h.nudges.handleNew();
    expect(h.sender.sends.map((send) => send.key)).toEqual([`callback-card:${request.id}`]);
  });

  it('nudges the channel when a request waits too long, and a snooze puts the next nudge off by an hour', async () => {
    const h = harness(await open());
    const request = await h.newRequest();
    await h.nudges.handleNew();
    const overdueSends = () => h.sender.sends.filter((send) => send.key.startsWith('callback-overdue:'));

    h.clock.set('2026-12-07T13:30:00.000Z'); // 4 hours on (no team hours saved: plain hours)
    await h.jobs.runDue();
    await h.nudges.handleNew();
    expect(overdueSends()).toHaveLength(1);
    expect(overdueSends()[0]?.message.text).toBe(`Waiting too long: callback request ${request.reference}. Waiting to be claimed.`);
    expect(overdueSends()[0]?.conversationId).toBe(channel.conversationId);

    h.clock.set('2026-12-07T13:35:00.000Z');
    const snoozed = await h.click(priya, 'Priya', h.claimData(request, 'snooze'));
    expect(cardText(snoozed)).toContain('Snoozed until 14:35');
    expect(cardText(snoozed)).not.toContain('"verb":"snooze"');
    expect(cardText(h.sender.latest(h.sender.sends[0]?.activityId ?? ''))).toContain('Snoozed until 14:35');
    // A second snooze while it lasts changes nothing.
    const again = await h.click(priya, 'Priya', h.claimData(request, 'snooze'));
    expect(cardText(again)).toContain('Snoozed until 14:35');

    h.clock.set('2026-12-07T14:30:00.000Z');
    await h.jobs.runDue();
    await h.nudges.handleNew();
    expect(overdueSends()).toHaveLength(1);

    h.clock.set(new Date(Date.parse('2026-12-07T13:35:00.000Z') + snoozeMs).toISOString());
    await h.jobs.runDue();
    await h.nudges.handleNew();
    expect(overdueSends()).toHaveLength(2);

    // Claimed later: the nudge copies are updated too (no longer "waiting too long").
    await h.click(sam, 'Sam', h.claimData(request));
    await h.nudges.handleNew();
    for (const nudge of overdueSends()) {
      const now = cardText(h.sender.latest(nudge.activityId));
      expect(now).toContain('Claimed by Sam');
      expect(now).not.toContain('Waiting too long');
    }
  });

  it("sends the channel a morning digest once on each day the team opens, once it is open", async () => {
    const h = harness(await open());
    const salford = (await loadSampleTeams()).find((entry) => entry.siteId === 'salford');
    if (salford === undefined) throw new Error('sample Salford team expected');
    await h.stores.teams.put(salford); // Monday to Friday from 9am
    h.clock.set('2026-12-07T07:00:00.000Z');
    const overdue = await h.newRequest();
    await h.newRequest({ personKey: 'sms:+447700900111', phoneE164: '+447700900111' });
    const claimed = await h.newRequest({ personKey: 'sms:+447700900222', phoneE164: '+447700900222' });
    await h.nudges.handleNew();
    await h.click(sam, 'Sam Jones', h.claimData(claimed));
    await h.stores.callbackCards.update(overdue.id, (current) => current && { ...current, posts: [...current.posts, { ...current.posts[0]!, key: 'callback-overdue:x', kind: 'overdue' }] });

    h.clock.set('2026-12-07T08:59:00.000Z');
    expect(await h.digests.sendDue()).toBe(0);
    h.clock.set('2026-12-07T09:01:00.000Z');
    expect(await h.digests.sendDue()).toBe(1);
    const digest = h.sender.sends.find((send) => send.key === 'digest:salford:2026-12-07');
    expect(digest?.message.text).toBe('Good morning: 3 open callback requests, 1 waiting too long.');
    expect(cardText(digest?.message)).toContain('{"title":"Claimed by","value":"Sam 1"}');
    expect(cardText(digest?.message)).toContain('{"title":"Waiting to be claimed","value":"1"}');
    h.clock.set('2026-12-07T15:00:00.000Z');
    expect(await h.digests.sendDue()).toBe(0);
    h.clock.set('2026-12-08T09:30:00.000Z');
    expect(await h.digests.sendDue()).toBe(1);
  });

  it('passes over a channel Teams refuses, and carries on with the next events', async () => {
    const h = harness(await open());
    h.sender.failFor(channel.conversationId, 'TEAMS_BLOCKED');
    await h.newRequest();
    expect(await h.nudges.handleNew()).toBe(1);
    expect(h.log.text()).toContain('teams.nudge_not_sent');
    expect(await h.nudges.handleNew()).toBe(0);
  });

  it('tries an event again after an outage, and sets aside one that fails for good so later ones still go', async () => {
    const h = harness(await open());
    h.sender.failFor(channel.conversationId, 'UPSTREAM_UNAVAILABLE');
    await h.newRequest();
    await expect(h.nudges.handleNew()).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    // Still the first unread event: the next pass tries it again.
    h.sender.failFor(channel.conversationId, 'STORE_RECORD_INVALID');
    expect(await h.nudges.handleNew()).toBe(1);
    expect(h.log.text()).toContain('"event":"teams.nudge_set_aside"');
    expect(h.log.text()).toContain('"alert":"TEAMS_NUDGE_FAILED"');
    expect(await h.nudges.handleNew()).toBe(0);
  });

  it('answers a card even when the store fails under a click, and changes nothing', async () => {
    const h = harness(await open());
    const request = await h.newRequest();
    vi.spyOn(h.stores.callbacks, 'get').mockRejectedValue(new AppError('STORE_UNAVAILABLE', 'down'));
    const answer = await h.click(sam, 'Sam', h.claimData(request));
    expect(answer.text).toContain('try again in a moment');
    expect(h.log.text()).toContain('teams.card_action_failed');
    vi.restoreAllMocks();
    expect(await h.stores.callbacks.get(request.id)).toEqual(request);
  });

  /** Contacted from the card at 10:00 and the outcome recorded from the prompt (2 goals agreed). */
  async function contactedWithOutcome(h: ReturnType<typeof harness>): Promise<CallbackRequest> {
    const request = await h.newRequest();
    await h.nudges.handleNew();
    h.clock.set('2026-12-07T10:00:00.000Z');
    await h.click(sam, 'Sam Jones', h.claimData(request, 'contacted'));
    await h.nudges.handleNew();
    await h.click(sam, 'Sam Jones', { verb: 'outcome', callbackId: request.id, contactOutcome: 'reached', supportOffered: 'goal-setting', goalsAgreed: '2' });
    return request;
  }

  /** The review jobs now due run, then the outbox is read (as the Teams pass does); the review cards sent so far. */
  async function reviewsAt(h: ReturnType<typeof harness>, iso: string) {
    h.clock.set(iso);
    await h.jobs.runDue();
    await h.nudges.handleNew();
    return h.sender.sends.filter((send) => send.key.startsWith('callback-review:'));
  }

  const sixWeeksOn = '2027-01-18T10:00:00.000Z';
  const reviewData = (request: CallbackRequest, base: string, supportStatus: string) => ({ verb: 'review', callbackId: request.id, base, goalsProgressed: 'some', supportStatus });

  it('sends the review prompt one-to-one to whoever recorded the outcome, once, six weeks after contact by default', async () => {
    const h = harness(await open());
    const request = await contactedWithOutcome(h);
    // Answering the prompt again plans nothing twice.
    await h.click(sam, 'Sam Jones', { verb: 'outcome', callbackId: request.id, contactOutcome: 'reached', supportOffered: 'goal-setting', goalsAgreed: '2' });
    expect(await reviewsAt(h, '2027-01-18T09:59:59.000Z')).toHaveLength(0);
    const [review, ...more] = await reviewsAt(h, sixWeeksOn);
    expect(more).toHaveLength(0);
    expect(review).toMatchObject({ key: `callback-review:${request.id}:${Date.parse('2026-12-07T10:00:00.000Z')}`, conversationId: `a:chat-${sam.aadObjectId}` });
    expect(cardText(review?.message)).toContain('{"title":"Since first contact","value":"6 weeks"}');
    expect(cardText(review?.message)).toContain('{"title":"Goals agreed at contact","value":"2"}');
    expect(cardText(review?.message)).toContain('They have not chosen to share their goal ratings.');
    expect(await reviewsAt(h, '2027-03-01T10:00:00.000Z')).toHaveLength(1);
  });

  it("shows the person's goal ratings (numbers only) when they share their progress, at the site's own cadence", async () => {
    const h = harness(await open());
    const salford = (await loadSampleTeams()).find((entry) => entry.siteId === 'salford');
    if (salford === undefined) throw new Error('sample Salford team expected');
    await h.stores.teams.put({ ...salford, reviewCadenceWeeks: 2 });
    const at = '2026-12-01T09:00:00.000Z';
    const personKey = 'sms:+447700900123';
    await h.stores.people.update(personKey, () => ({ progressSharing: { givenAt: at, wordingVersion: '2026-12-07.1' }, createdAt: at, updatedAt: at }));
    const ratings = [4, 6, 8].map((score, day) => ({ score, at: `2026-12-0${day + 1}T09:00:00.000Z`, note: 'Kittiwake-note' }));
    const goal = { id: '6c1f9a52-2a7b-4d7e-9d0a-6d7c2b0e8f11', text: 'Walk-to-the-lighthouse', status: 'active' as const, createdAt: at, statusChangedAt: at, ratings };
    await h.stores.wellbeing.update(personKey, () => ({ goals: [goal], ons4: [], connection: [], lastOffered: {}, createdAt: at, updatedAt: at }));
    await contactedWithOutcome(h);
    const [review] = await reviewsAt(h, '2026-12-21T10:00:00.000Z');
    expect(cardText(review?.message)).toContain('{"title":"Goal 1","value":"first 4, latest 8 (out of 10)"}');
    expect(cardText(review?.message)).toContain('{"title":"Since first contact","value":"2 weeks"}');
    for (const words of ['Walk-to-the-lighthouse', 'Kittiwake-note', ...secrets]) expect(cardText(review?.message)).not.toContain(words);
  });

  it('sends no review for a request closed before its review date', async () => {
    const h = harness(await open());
    const request = await contactedWithOutcome(h);
    await h.admin.transitionCallback('salford', request.id, 'close', { by: 'Sam' }, script);
    expect(await reviewsAt(h, sixWeeksOn)).toHaveLength(0);
  });

  it('closes the request through the one close path when the review says closed; a repeat changes nothing', async () => {
    const h = harness(await open());
    const request = await contactedWithOutcome(h);
    await reviewsAt(h, sixWeeksOn);
    h.clock.set('2027-01-18T11:00:00.000Z');
    const data = reviewData(request, '2026-12-07T10:00:00.000Z', 'closed');
    const answer = await h.actions.submit({ practitioner: sam, displayName: 'Sam Jones' }, data);
    expect(answer.text).toBe(`Review recorded for callback ${request.reference}.`);
    expect(await h.stores.callbacks.get(request.id)).toMatchObject({ status: 'closed', closedBy: 'Sam', closedAt: '2027-01-18T11:00:00.000Z' });
    expect((await h.stores.callbackOutcomes.get('salford', request.id))?.review).toEqual({ goalsProgressed: 'some', supportStatus: 'closed', at: '2027-01-18T11:00:00.000Z' });
    await h.nudges.handleNew();
    expect(cardText(h.sender.latest(h.sender.sends[0]?.activityId ?? ''))).toContain('Closed by Sam');
    const events = (await h.stores.events.read('0', 100)).length;
    // Counted for the outcome reports in the review's month, codes only.
    const counted = { 'practitioner.review.goals-progressed.some': 1, 'practitioner.review.closed': 1 };
    expect(await h.stores.reports.months('salford', ['2027-01'])).toStrictEqual([counted]);
    expect(await h.click(sam, 'Sam', data)).toEqual(answer);
    expect(await h.stores.events.read('0', 100)).toHaveLength(events);
    expect(await h.stores.reports.months('salford', ['2027-01'])).toStrictEqual([counted]);
    expect(await h.click(outsider, 'Ola', data)).toMatchObject({ text: expect.stringContaining("don't have a role") });
  });

  it('plans the next review one cadence after a "still supported" answer', async () => {
    const h = harness(await open());
    const request = await contactedWithOutcome(h);
    await reviewsAt(h, sixWeeksOn);
    await h.click(sam, 'Sam Jones', reviewData(request, '2026-12-07T10:00:00.000Z', 'still-supported'));
    expect(await h.stores.callbacks.get(request.id)).toMatchObject({ status: 'contacted' });
    expect(await h.stores.reports.months('salford', ['2027-01'])).toStrictEqual([{ 'practitioner.review.goals-progressed.some': 1, 'practitioner.review.still-supported': 1 }]);
    expect(await reviewsAt(h, '2027-02-28T09:59:59.000Z')).toHaveLength(1);
    const next = await reviewsAt(h, '2027-03-01T10:00:00.000Z');
    expect(next.map((send) => send.key)).toEqual([expect.any(String), `callback-review:${request.id}:${Date.parse(sixWeeksOn)}`]);
    expect(cardText(next[1]?.message)).toContain('"base":"2027-01-18T10:00:00.000Z"');
    // Sent through the fallback with nothing chosen: the same question comes back, nothing recorded.
    const unanswered = await h.actions.submit({ practitioner: sam, displayName: 'Sam' }, { verb: 'review', callbackId: request.id, base: sixWeeksOn, supportStatus: 'closed' });
    expect(unanswered).toEqual(next[1]?.message);
    expect(await h.stores.callbacks.get(request.id)).toMatchObject({ status: 'contacted' });
  });

  it('asks again for an outcome still not recorded days after contact, and not for one recorded', async () => {
    const h = harness(await open());
    const recorded = await contactedWithOutcome(h);
    const forgotten = await h.newRequest({ personKey: 'sms:+447700900111', phoneE164: '+447700900111' });
    await h.nudges.handleNew();
    await h.click(sam, 'Sam Jones', h.claimData(forgotten, 'contacted'));
    await h.nudges.handleNew();
    h.clock.set('2026-12-10T10:00:00.000Z'); // CALLBACK_OUTCOME_DAYS (3 here) after contact
    await h.jobs.runDue();
    await h.nudges.handleNew();
    await h.nudges.handleNew();
    const reminders = h.sender.sends.filter((send) => send.key.endsWith(':overdue'));
    expect(reminders.map((send) => [send.key, send.conversationId])).toEqual([[`outcome-prompt:${forgotten.id}:overdue`, `a:chat-${sam.aadObjectId}`]]);
    expect(cardText(reminders[0]?.message)).toContain('"id":"contactOutcome"');
    expect(h.sender.sends.some((send) => send.key === `outcome-prompt:${recorded.id}:overdue`)).toBe(false);
    // Answered from the reminder: both prompts show it.
    await h.click(sam, 'Sam', { verb: 'outcome', callbackId: forgotten.id, contactOutcome: 'no-answer', goalsAgreed: '0' });
    const prompts = h.sender.sends.filter((send) => send.key.startsWith(`outcome-prompt:${forgotten.id}`));
    expect(prompts).toHaveLength(2);
    for (const prompt of prompts) expect(cardText(h.sender.latest(prompt.activityId))).toContain('Recorded. Thank you.');
  });

  it("cancels the review when the person's data is erased", async () => {
    const h = harness(await open());
    const request = await contactedWithOutcome(h);
    const planned = async () => (await h.jobs.counts()).find((queue) => queue.queue === 'callback.review.timer')?.counts.delayed ?? 0;
    expect(await planned()).toBe(1);
    // As erasure does (CheckInReminders.erase): every job filed under the person's reference.
    await h.jobs.erasePerson(h.stores.references('person', request.personKey));
    expect(await planned()).toBe(0);
    expect(await reviewsAt(h, sixWeeksOn)).toHaveLength(0);
  });

  it('keeps names, numbers and what a request is about out of every message and log line', async () => {
    const h = harness(await open());
    const request = await h.newRequest();
    await h.nudges.handleNew();
    await h.click(sam, 'Sam Jones', h.claimData(request, 'contacted'));
    await h.nudges.handleNew();
    await h.admin.transitionCallback('salford', request.id, 'close', { by: 'Sam', reason: 'Zanzibar-orchid-secret' }, script);
    await h.nudges.handleNew();
    const everything = JSON.stringify([h.sender.sends, h.sender.updates]) + h.log.text();
    for (const secret of secrets) expect(everything).not.toContain(secret);
    expect(h.sender.updates.length).toBeGreaterThan(0);
  });
});
