import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startFakeBotConnector, type FakeBotConnector, type RecordedActivity } from '../support/fake-bot-connector';
import { postActivity, requestCallbackAfterSafetyReply, startTestService, type TestService } from '../support/service-harness';
import { installationUpdate, servedTenant, teamsMessage, type TeamsActivityOptions, type TeamsUser } from '../support/teams-activities';
import { TestClock } from '../support/test-clock';

/** Monday 23 November 2026, 10am in London: the Salford sample team is open. */
const opening = DateTime.fromISO('2026-11-23T10:00', { zone: 'Europe/London' }).toMillis();
const adminToken = `journey-super-admin-${'tEaM'.repeat(8)}`;
const sam: TeamsUser = { id: '29:sam', aadObjectId: '44444444-4444-4444-8444-444444444444' };
const channel = { scope: 'channel', teamId: '19:salford-team@thread.tacv2', channelId: '19:salford-callbacks@thread.tacv2' } as const;
const samChat = { scope: 'personal', conversationId: 'a:sam-chat' } as const;
/** A practitioner of another site (Lambeth), in the same tenant and channel. */
const lee: TeamsUser = { id: '29:lee', aadObjectId: '55555555-5555-4555-8555-555555555555' };

const actionSchema = z.object({ type: z.string(), verb: z.string().optional(), data: z.record(z.string(), z.unknown()).optional() });

/** Every action of a card, wherever it sits (action sets in the body, the card's own actions). */
function actionsOf(node: unknown): Array<z.infer<typeof actionSchema>> {
  if (Array.isArray(node)) return node.flatMap(actionsOf);
  if (typeof node !== 'object' || node === null) return [];
  const parsed = actionSchema.safeParse(node);
  const own = parsed.success && parsed.data.type.startsWith('Action.') ? [parsed.data] : [];
  return [...own, ...Object.values(node).flatMap(actionsOf)];
}

/** The Adaptive Card of a recorded activity. */
function cardOf(activity: Record<string, unknown>): unknown {
  const attachments = z.array(z.object({ contentType: z.string(), content: z.unknown() })).safeParse(activity['attachments']);
  return attachments.success ? attachments.data.find((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive')?.content : undefined;
}

/**
 * The practitioners' side end to end, through the real service: Teams activities on
 * `/api/messages` (CloudAdapter), the jobs layer's Teams pass, the send pipeline and a fake Bot
 * Connector that records what reaches Teams. A person asks for a callback in the companion; the
 * card appears in the linked Salford channel; Claim from the card (Action.Execute); the channel's
 * card is updated in place; Contacted from the Submit fallback; the outcome prompt arrives one to one.
 */
describe('Teams: a callback request from a person to the practitioner who calls back', () => {
  const clock = new TestClock(opening);
  let connector: FakeBotConnector;
  let service: TestService;
  const from = (place: TeamsActivityOptions['place']): TeamsActivityOptions => ({ serviceUrl: connector.serviceUrl, place, from: sam });
  const teams = async (activity: Record<string, unknown>) => {
    const answer = await postActivity(service.baseUrl, activity);
    expect(answer.status).toBe(200);
    return answer.body;
  };
  /**
   * Moves time on a pass (5 s) at a time until the Teams pass has sent what is awaited (a pass
   * still running when the clock moves plans its next run from the later time).
   */
  const nextPass = async (predicate: (sent: RecordedActivity) => boolean, count = 1) => {
    for (let passes = 0; passes < 40; passes += 1) {
      clock.advance(5_000);
      const found = await connector.waitForActivities(predicate, count, 400).catch(() => undefined);
      if (found !== undefined) return found;
    }
    throw new Error('the Teams pass did not send what was awaited');
  };

  beforeAll(async () => {
    connector = await startFakeBotConnector();
    service = await startTestService({ ADMIN_TOKEN: adminToken, TEAMS_ALLOWED_TENANTS: servedTenant }, { clock });
    const added = await fetch(`${service.baseUrl}/api/admin/sites/salford/teams/practitioners`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tenantId: servedTenant, aadObjectId: sam.aadObjectId, role: 'site-admin' }),
    });
    expect(added.status).toBe(201);
    const elsewhere = await fetch(`${service.baseUrl}/api/admin/sites/lambeth/teams/practitioners`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tenantId: servedTenant, aadObjectId: lee.aadObjectId, role: 'practitioner' }),
    });
    expect(elsewhere.status).toBe(201);
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });

  it('posts the card to the site channel, and Claim, Contacted and the outcome prompt work from Teams', async () => {
    // The app is installed in the team's channel and in Sam's personal scope; Sam links the channel.
    await teams(installationUpdate(from(channel), 'add'));
    await teams(installationUpdate(from(samChat), 'add'));
    const issued = await fetch(`${service.baseUrl}/api/admin/sites/salford/teams/link-code`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` } });
    const { code } = z.object({ code: z.string() }).parse(await issued.json());
    await teams(teamsMessage(from(channel), `link ${code}`));
    expect(connector.activities.map((sent) => String(sent.activity['text']))).toContainEqual(expect.stringContaining('Salford'));

    // A person asks for a callback in the companion (after a safety reply in the same conversation).
    const reference = await requestCallbackAfterSafetyReply(service.baseUrl, 'person-chat');

    // The card is in the channel (the request wakes the outbox reader): reference, first name and initial, no number, surname or words.
    const [posted] = await nextPass((sent) => sent.conversationId === channel.channelId && cardOf(sent.activity) !== undefined);
    if (posted === undefined) throw new Error('no card posted');
    const shown = JSON.stringify(posted.activity);
    expect(shown).toContain(reference);
    expect(shown).toContain('Priya O');
    expect(shown).toMatch(/Safety reply in that chat"[^}]*"Yes"/);
    for (const hidden of ['Okafor', '07700', '7700 900123', 'end my life']) expect(shown).not.toContain(hidden);
    const claim = actionsOf(cardOf(posted.activity)).find((action) => action.type === 'Action.Execute' && action.verb === 'claim');
    expect(claim?.data).toMatchObject({ verb: 'claim' });

    // Claim from the card (Universal Actions): the answer is the fresh card, at once.
    const invoke = {
      ...teamsMessage(from(channel), ''),
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: posted.activityId,
      value: { action: { type: 'Action.Execute', verb: 'claim', data: claim?.data }, trigger: 'manual' },
    };
    // A practitioner of another site is refused, and nothing changes.
    const refused = await teams({ ...invoke, from: { id: lee.id, aadObjectId: lee.aadObjectId, name: 'Lee' } });
    expect(refused).toMatchObject({ statusCode: 200 });
    expect(JSON.stringify(refused)).toContain("You don't have a role at this team's site");
    const untouched = await fetch(`${service.baseUrl}/api/admin/sites/salford/callbacks`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(JSON.stringify(await untouched.json())).toContain('"status":"requested"');

    const claimed = await teams(invoke);
    expect(claimed).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(JSON.stringify(claimed)).toContain('Claimed by Sam');
    // Teams retries slow invokes: the same click again changes nothing and gets the current card.
    expect(JSON.stringify(await teams(invoke))).toContain('Claimed by Sam');

    // The channel's own copy is updated in place by the next pass.
    await nextPass((sent) => sent.operation === 'update' && sent.activityId === posted.activityId && JSON.stringify(sent.activity).includes('Claimed by Sam'));

    // Contacted through the Submit fallback (a message with the action's data, no text): the card it
    // came from is replaced, and Sam gets the outcome prompt one to one.
    const card = connector.activity(channel.channelId, posted.activityId);
    const contacted = actionsOf(card === undefined ? undefined : cardOf(card)).find((action) => action.type === 'Action.Submit' && action.data?.['verb'] === 'contacted');
    expect(contacted?.data).toBeDefined();
    const { text: _text, entities: _entities, ...submit } = teamsMessage(from(channel), '');
    await teams({ ...submit, replyToId: posted.activityId, value: contacted?.data });
    expect(JSON.stringify(connector.activity(channel.channelId, posted.activityId))).toMatch(/[Cc]ontacted/);
    const [prompt] = await nextPass((sent) => sent.conversationId === samChat.conversationId && cardOf(sent.activity) !== undefined);
    expect(JSON.stringify(prompt?.activity)).toContain(reference);
    expect(JSON.stringify(prompt?.activity)).not.toContain('Okafor');

    const list = await fetch(`${service.baseUrl}/api/admin/sites/salford/callbacks`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(JSON.stringify(await list.json())).toContain('"status":"contacted"');
  }, 60_000);
});
