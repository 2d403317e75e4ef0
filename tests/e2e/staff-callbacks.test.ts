import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyTransition, type CallbackRequest } from '../../src/domain/callbacks/callback-request';
import { callbackFixture } from '../support/callback-fixture';
import { startTestService, type TestService } from '../support/service-harness';
import { addStaff, expectAccessibleAtEveryWidth, screenshot, StaffAppBrowser, type TestStaff } from '../support/staff-browser';
import { step, wait } from '../support/web-chat-browser';

/**
 * The Callbacks and Team pages in a real browser (Debian's chromium), signed in through the
 * session store: a practitioner opens the queue, opens a request's details (recorded in the audit
 * trail), claims it, meets a claim someone else made first, and closes one; a site admin edits the
 * team details and gets a Teams link code; axe-core (WCAG 2.2 AA) at phone and laptop widths.
 */

const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const admin: TestStaff = { tenantId, aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Sam Patel' };
const practitioner: TestStaff = { tenantId, aadObjectId: '00000000-0000-0000-0000-0000000000b2', name: 'Jo Reid' };

describe('the Callbacks and Team pages in a real browser', () => {
  let service: TestService;
  let app: StaffAppBrowser;
  let waiting: CallbackRequest;
  let fresh: CallbackRequest;

  beforeAll(async () => {
    service = await startTestService({ TEAMS_ALLOWED_TENANTS: tenantId });
    await addStaff(service, 'salford', admin, 'site-admin');
    await addStaff(service, 'salford', practitioner, 'practitioner');
    const longAgo = new Date(Date.now() - 3 * 24 * 3_600_000).toISOString();
    const justNow = new Date(Date.now() - 5 * 60_000).toISOString();
    waiting = callbackFixture({ personKey: 'sms:+447700900201', phoneE164: '+447700900201', name: 'Robin Example', about: 'Would like to hear about the walking group.', safetyReplyInConversation: true, requestedAt: longAgo, updatedAt: longAgo });
    fresh = callbackFixture({ personKey: 'sms:+447700900202', phoneE164: '+447700900202', name: 'Ali Example', requestedAt: justNow, updatedAt: justNow });
    for (const request of [waiting, fresh]) await service.stores.callbacks.create(request);
    app = await StaffAppBrowser.launch(service);
  }, step);

  afterAll(async () => {
    await app?.close();
    await service?.stop();
    expect(app.problems.cspViolations).toEqual([]);
    expect(app.problems.pageErrors).toEqual([]);
  });

  const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const dialog = (page: Page) => page.getByRole('alertdialog');

  it('shows a practitioner the queue by view, with counts, reference codes and waits in words', { timeout: step }, async () => {
    const page = await app.open(practitioner, '#/callbacks');
    await heading(page, 'Callbacks').waitFor({ timeout: wait });
    await page.getByRole('tab', { name: 'New (2)' }).waitFor({ timeout: wait });
    const table = page.getByRole('table', { name: 'New callback requests' });
    await table.waitFor({ timeout: wait });
    const text = (await table.textContent()) ?? '';
    expect(text).toContain(waiting.reference);
    expect(text).toContain(fresh.reference);
    expect(text).toContain('Waiting 3 days');
    expect(text).toContain('Safety reply given');
    // The queue shows reference codes, never names or numbers.
    expect(text).not.toContain('Robin');
    await expectAccessibleAtEveryWidth(page, 'staff-callbacks');

    // Keyboard: the tabs move with the arrow keys.
    await page.getByRole('tab', { name: 'New (2)' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByText('You have no open callback requests claimed.').waitFor({ timeout: wait });
    await page.getByRole('tab', { name: /^Overdue/ }).click();
    await expect.poll(async () => (await page.getByRole('table').textContent()) ?? '', { timeout: wait }).toContain(waiting.reference);
    expect((await page.getByRole('table').textContent()) ?? '').not.toContain(fresh.reference);
  });

  it('opens a request\'s details (audited by reference code), claims it, and closes it', { timeout: step }, async () => {
    const page = await app.open(practitioner, '#/callbacks');
    await page.getByRole('link', { name: waiting.reference }).click();
    await heading(page, `Callback ${waiting.reference}`).waitFor({ timeout: wait });
    expect(await page.getByRole('link', { name: '07700 900201' }).getAttribute('href')).toBe('tel:+447700900201');
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('Robin Example');
    expect(body).toContain('Would like to hear about the walking group.');
    expect(body).toContain('Morning or evening');
    expect(body).toContain('Safety reply given.');

    const trail = await service.stores.adminAudit.list('salford', { subjectType: 'callback', subjectId: waiting.id, limit: 10 });
    expect(trail[0]).toMatchObject({ action: 'callback.details_opened', actor: { kind: 'staff', aadObjectId: practitioner.aadObjectId }, summary: `Opened the details of ${waiting.reference}` });
    expect(JSON.stringify(trail)).not.toContain('Robin');
    await expectAccessibleAtEveryWidth(page, 'staff-callback-details');

    await page.getByRole('button', { name: 'Claim' }).click();
    await dialog(page).getByRole('heading', { name: `Claim ${waiting.reference}?` }).waitFor({ timeout: wait });
    await screenshot(page, 'staff-callback-claim-dialog-1024');
    await dialog(page).getByRole('button', { name: 'Claim' }).click();
    await page.getByText('Claimed by Jo').first().waitFor({ timeout: wait });
    expect(await service.stores.callbacks.get(waiting.id)).toMatchObject({ status: 'claimed', claimedBy: 'Jo', claimedByStaff: { tenantId, aadObjectId: practitioner.aadObjectId } });

    await page.getByRole('link', { name: 'All callbacks' }).click();
    await page.getByRole('tab', { name: 'Claimed by me (1)' }).click();
    await page.getByRole('link', { name: waiting.reference }).click();
    await heading(page, `Callback ${waiting.reference}`).waitFor({ timeout: wait });
    // Called: marked as contacted, then the outcome, with the Teams prompt's questions, checked as answered.
    await page.getByRole('button', { name: 'Mark as contacted' }).click();
    await dialog(page).getByRole('button', { name: 'Mark as contacted' }).click();
    await page.getByRole('button', { name: 'Record outcome' }).click();
    const outcome = page.getByRole('form', { name: `Outcome of ${waiting.reference}` });
    await outcome.getByLabel(/Goals agreed/).fill('9');
    await outcome.getByText('A whole number from 0 to 5.').waitFor({ timeout: wait });
    await outcome.getByLabel(/Goals agreed/).fill('2');
    await outcome.getByRole('radio', { name: 'Reached' }).check();
    await outcome.getByRole('checkbox', { name: 'Listening and support' }).check();
    await expectAccessibleAtEveryWidth(page, 'staff-callback-outcome');
    await outcome.getByRole('button', { name: 'Save outcome' }).click();
    await page.getByText('Outcome recorded: Reached').first().waitFor({ timeout: wait });
    expect(await service.stores.callbackOutcomes.get('salford', waiting.id)).toMatchObject({
      contactOutcome: 'reached',
      supportOffered: ['listening'],
      goalsAgreed: 2,
      recordedBy: { tenantId, aadObjectId: practitioner.aadObjectId },
    });

    await page.getByRole('button', { name: 'Close' }).click();
    await dialog(page).getByLabel(/Why/).fill('Joined the walking group');
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    await page.getByText(/Closed by Jo/).first().waitFor({ timeout: wait });
    expect(await service.stores.callbacks.get(waiting.id)).toMatchObject({ status: 'closed', closedBy: 'Jo', closeReason: 'Joined the walking group' });
    // The dialog gave the page back: nothing is left hidden from assistive technology, and no step is offered.
    await page.getByRole('link', { name: 'All callbacks' }).waitFor({ timeout: wait });
    expect(await page.getByRole('button', { name: 'Close' }).count()).toBe(0);
    await expectAccessibleAtEveryWidth(page, 'staff-callback-closed');
    const actions = (await service.stores.adminAudit.list('salford', { subjectType: 'callback', subjectId: waiting.id, limit: 10 })).map((entry) => entry.action);
    expect(actions).toContain('callback.claimed');
    expect(actions).toContain('callback.closed');
  });

  it('says who got there first when a claim comes too late', { timeout: step }, async () => {
    const page = await app.open(practitioner, `#/callbacks/${fresh.id}`);
    await heading(page, `Callback ${fresh.reference}`).waitFor({ timeout: wait });
    // Sam claims it from a Teams card meanwhile.
    await service.stores.callbacks.update(fresh.id, (current) => {
      const claimed = applyTransition(current, { action: 'claim', by: 'Sam', at: new Date().toISOString() });
      return claimed.ok ? claimed.request : undefined;
    });
    await page.getByRole('button', { name: 'Claim' }).click();
    await dialog(page).getByRole('button', { name: 'Claim' }).click();
    const alert = page.getByText(/Already claimed by Sam at \d\d:\d\d/);
    await alert.first().waitFor({ timeout: wait });
    // The page reads the request again after the refusal: Claim goes once that answer is drawn.
    await expect.poll(() => page.getByRole('button', { name: 'Claim' }).count(), { timeout: wait }).toBe(0);
    await screenshot(page, 'staff-callback-conflict-1024');
  });

  it('lets a site admin edit the team details, see the coming bank holidays and get a Teams link code', { timeout: step }, async () => {
    const page = await app.open(admin, '#/team');
    await heading(page, 'Team').waitFor({ timeout: wait });
    await page.getByLabel('Team name').waitFor({ timeout: wait });
    expect(await page.getByLabel('Team name').inputValue()).toMatch(/\(sample\)$/);
    await page.getByRole('heading', { name: 'Coming bank holidays' }).waitFor({ timeout: wait });
    expect((await page.getByRole('region', { name: 'Coming bank holidays' }).textContent()) ?? '').toMatch(/Christmas Day|New Year|Good Friday|Early May/);
    await expectAccessibleAtEveryWidth(page, 'staff-team-admin');

    // Checked as typed, with the API's rules.
    await page.getByLabel('Postcode').fill('nowhere');
    await page.getByText('a UK postcode').first().waitFor({ timeout: wait });
    await page.getByLabel('Postcode').fill('M6 5AB');
    await page.getByLabel(/Review goals every/).fill('8');
    await page.getByRole('button', { name: 'Save team details' }).click();
    await page.getByText('Saved.').first().waitFor({ timeout: wait });
    expect(await service.stores.teams.get('salford')).toMatchObject({ reviewCadenceWeeks: 8, address: { postcode: 'M6 5AB' } });

    await page.getByRole('button', { name: 'Get a Teams link code' }).click();
    await page.getByText(/Your code: [A-Z0-9]{4}-[A-Z0-9]{4}/).waitFor({ timeout: wait });
    await expectAccessibleAtEveryWidth(page, 'staff-team-link-code');
  });

  it('shows a practitioner the team details to read, with no form', { timeout: step }, async () => {
    const page = await app.open(practitioner, '#/team');
    await page.getByRole('heading', { name: 'Contact details and hours' }).waitFor({ timeout: wait });
    expect(await page.getByRole('button', { name: 'Save team details' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Get a Teams link code' }).count()).toBe(0);
    expect((await page.locator('main').textContent()) ?? '').toContain('Goals reviewed every');
    await expectAccessibleAtEveryWidth(page, 'staff-team-practitioner');
  });
});
