import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  playgroundPersonalChat,
  playgroundPractitioner,
  playgroundTeam,
  startAgentsPlayground,
  type AgentsPlayground,
  type PlaygroundEvent,
} from '../support/agents-playground';
import { requestCallbackAfterSafetyReply, startTestService, type TestService } from '../support/service-harness';
import { servedTenant } from '../support/teams-activities';
import { TestClock } from '../support/test-clock';
import { launchChromium, testOutput } from '../support/web-chat-browser';

/** Monday 23 November 2026, 10am in London: the Salford sample team is open. */
const opening = DateTime.fromISO('2026-11-23T10:00', { zone: 'Europe/London' }).toMillis();
const adminToken = `playground-super-admin-${'tEaM'.repeat(8)}`;

/** The Adaptive Card of a message the playground's client was given. */
function cardOf(event: PlaygroundEvent | undefined): unknown {
  return event?.message.attachments?.find((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/**
 * The practitioners' side with Microsoft 365 Agents Playground as Teams: the real service (its
 * `/api/messages`, the Teams pass, the send pipeline) talks to the playground's own Bot Connector;
 * the playground installs the app in a team channel and a personal chat and sends what the
 * practitioner says; its UI, in Chromium, renders the cards and sends the clicks. A person asks for
 * a callback in the companion (Emulator-shaped activities, as the journey test does); the card
 * appears in the channel; Claim and Contacted are clicked on the rendered card (Action.Execute).
 * Screenshots of the card go to test-output/. Not in `npm test`: `npm run test:teams`.
 */
describe('Teams through Microsoft 365 Agents Playground: a callback request from the card to Contacted', () => {
  const clock = new TestClock(opening);
  let service: TestService;
  let playground: AgentsPlayground;
  let browser: Browser | undefined;
  let page: Page;


  /**
   * Moves time on a pass (5 s) at a time until the playground has been sent what is awaited (a pass
   * still running when the clock moves plans its next run from the later time).
   */
  const nextPass = async (predicate: (event: PlaygroundEvent) => boolean): Promise<PlaygroundEvent> => {
    for (let passes = 0; passes < 40; passes += 1) {
      clock.advance(5_000);
      const found = await playground.waitFor(predicate, 400).catch(() => undefined);
      if (found !== undefined) return found;
    }
    throw new Error('the Teams pass did not send what was awaited');
  };

  const callbackStatus = async (): Promise<string | undefined> => {
    const list = await fetch(`${service.baseUrl}/api/admin/sites/salford/callbacks`, { headers: { authorization: `Bearer ${adminToken}` } });
    return z.object({ callbacks: z.array(z.object({ status: z.string() })) }).parse(await list.json()).callbacks[0]?.status;
  };

  beforeAll(async () => {
    service = await startTestService({ ADMIN_TOKEN: adminToken, TEAMS_ALLOWED_TENANTS: servedTenant }, { clock });
    playground = await startAgentsPlayground(`${service.baseUrl}/api/messages`);
    const added = await fetch(`${service.baseUrl}/api/admin/sites/salford/teams/practitioners`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tenantId: servedTenant, aadObjectId: playgroundPractitioner.aadObjectId, role: 'site-admin' }),
    });
    expect(added.status).toBe(201);
    // The playground's own UI (its Teams client) in Chromium, open from the start so it is told of every message.
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
    await page.goto(playground.baseUrl);
    await page.getByText('Connected.').first().waitFor();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await playground?.close();
    await service?.stop();
  });

  it('installs in a channel, links it, shows the card, Claim and Contacted work from the rendered card, and the outcome prompt reaches Sam', async () => {
    // The app is installed in the team's Callbacks channel and in Sam's personal chat; Sam links the channel.
    await playground.install(playgroundTeam.channelId);
    await playground.install(playgroundPersonalChat);
    const issued = await fetch(`${service.baseUrl}/api/admin/sites/salford/teams/link-code`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` } });
    const { code } = z.object({ code: z.string() }).parse(await issued.json());
    await playground.say(playgroundTeam.channelId, `link ${code}`);
    const linked = await playground.waitFor((event) => event.message.from.id !== playgroundPractitioner.id && (event.message.text ?? '').includes('Salford'));
    expect(linked.actionConversationId.startsWith(playgroundTeam.channelId)).toBe(true);

    // A person asks for a callback in the companion (after a safety reply in the same conversation).
    const reference = await requestCallbackAfterSafetyReply(service.baseUrl, 'person-chat');

    // The card is in the channel after a pass: reference, first name and initial, no number, surname or words.
    const posted = await nextPass((event) => event.action === 'createMessage' && event.actionConversationId.startsWith(playgroundTeam.channelId) && cardOf(event) !== undefined);
    const shown = JSON.stringify(posted.message);
    expect(shown).toContain(reference);
    expect(shown).toContain('Priya O');
    for (const hidden of ['Okafor', '07700', '7700 900123', 'end my life']) expect(shown).not.toContain(hidden);

    // The playground's UI in Chromium renders the card as Teams renders Adaptive Cards.
    await page.getByText('Callbacks', { exact: true }).click();
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: reference });
    await card.waitFor();
    mkdirSync(testOutput, { recursive: true });
    await card.screenshot({ path: join(testOutput, 'teams-playground-card.png') });

    // Claim from the rendered card: the playground sends adaptiveCard/action (Action.Execute) and
    // shows the card the service answers in its place.
    await card.getByRole('button', { name: 'Claim' }).click();
    await card.getByText('Claimed by Sam').waitFor();
    expect(await callbackStatus()).toBe('claimed');
    // Contacted from the claimed card.
    await card.getByRole('button', { name: 'Contacted' }).click();
    await card.getByText(/Contacted by Sam/).waitFor();
    expect(await callbackStatus()).toBe('contacted');
    await card.screenshot({ path: join(testOutput, 'teams-playground-contacted.png') });

    // The outcome prompt reaches Sam one to one after Contacted.
    const prompt = await nextPass((event) => event.action === 'createMessage' && event.actionConversationId.startsWith(playgroundPersonalChat) && cardOf(event) !== undefined);
    expect(JSON.stringify(prompt.message)).toContain(reference);
    expect(JSON.stringify(prompt.message)).not.toContain('Okafor');
  }, 120_000);
});
