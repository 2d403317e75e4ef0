import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Activity } from '../../src/domain/activities/activity';
import { activityToHsds } from '../../src/listings/hsds/hsds-export';
import { startFakeOpenReferralDirectory } from '../support/fake-open-referral-directory';
import { startTestService, type TestService } from '../support/service-harness';
import { addStaff, expectAccessibleAtEveryWidth, screenshot, StaffAppBrowser, type TestStaff } from '../support/staff-browser';
import { step, wait } from '../support/web-chat-browser';

/**
 * The staff app's listings pages in a real browser (Debian's chromium) against the real service:
 * the table (sort by keyboard, filter by flag), a listing's schedule edited with its five sessions
 * in words, retire and restore with undo, a CSV import with a bad row previewed before anything is
 * saved, an HSDS record whose term maps to no kind, then that term mapped on the Taxonomy page, a
 * directory pull (a fake Open Referral directory on loopback) previewed, then pulled;
 * axe-core (WCAG 2.2 AA) at phone and laptop widths, screenshots in test-output/.
 */

const admin: TestStaff = { tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Sam Patel' };

const csvWithABadRow = [
  'name,description,status,organization_name,category,location_type,location_name,address_1,city,postal_code,latitude,longitude,online_url,freq,byday,dtstart,opens_at,closes_at,how_to_join,assured_date',
  'Knit and natter,Knitting and a chat,active,Example Crafters,arts-creative;social-befriending,physical,Example Library,2 Example Street,Salford,M6 5AB,53.4870,-2.2930,,WEEKLY,WE,2026-01-07,14:00,16:00,Just drop in.,2026-12-01',
  'Online book club,A book a month,active,Example Readers,learning-courses,virtual,Online (Zoom),,,,,,https://meet.example.org/books,MONTHLY,1TH,2026-01-01,19:00,20:00,Email books@example.org for the link.,2026-12-01',
  'Broken walk,A walk,active,Example Walking Friends,walking-physical,physical,Park,1 Road,Salford,nowhere,53.48,-2.29,,WEEKLY,XX,2026-01-06,10:00,11:00,Turn up.,2026-12-01',
].join('\n');

describe('the staff app listings pages in a real browser', () => {
  let service: TestService;
  let app: StaffAppBrowser;

  beforeAll(async () => {
    service = await startTestService();
    await addStaff(service, 'salford', admin, 'site-admin');
    app = await StaffAppBrowser.launch(service);
  }, step);

  afterAll(async () => {
    await app?.close();
    await service?.stop();
    expect(app.problems.cspViolations).toEqual([]);
    expect(app.problems.pageErrors).toEqual([]);
  });

  const salfordListings = () => service.stores.activities.list('salford');
  const listing = async (id: string): Promise<Activity | undefined> => service.stores.activities.get(id);
  const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

  it('lists the listings with their flags in words, sorts by keyboard and filters by flag', { timeout: step }, async () => {
    const page = await app.open(admin, '#/listings');
    await heading(page, 'Listings').waitFor({ timeout: wait });
    const table = page.getByRole('table', { name: 'Listings' });
    await table.getByRole('row').nth(1).waitFor({ timeout: wait });
    const total = (await salfordListings()).length;
    expect(await table.getByRole('row').count()).toBe(total + 1);
    // The sample data has listings due for review: their badge says so in words.
    expect(await table.getByText('Not reviewed for 6 months').count()).toBeGreaterThan(0);

    const nameHeader = table.getByRole('columnheader', { name: 'Name' });
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await nameHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('descending');
    const names = await table.getByRole('row').locator('td:first-child').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'en-GB')));

    await page.getByLabel('Show').selectOption({ label: 'Not reviewed for 6 months' });
    await expect.poll(async () => (await table.getByRole('row').count()) - 1).toBeLessThan(total);
    expect(await table.getByRole('row').locator('td:last-child').allTextContents()).toSatisfy((flags: string[]) => flags.every((text) => text.includes('Not reviewed for 6 months')));
    await expectAccessibleAtEveryWidth(page, 'staff-listings-table');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    expect((await download).suggestedFilename()).toBe('salford-activities.csv');
  });

  it('creates a listing in the form, checked as you type with the API\'s rules, each problem next to its field', { timeout: step }, async () => {
    const page = await app.open(admin, '#/listings/new');
    await heading(page, 'New listing').waitFor({ timeout: wait });
    const email = page.getByRole('textbox', { name: 'Email' });
    await email.fill('not an email');
    await page.getByText('An email address, like name@example.org').waitFor({ timeout: wait });
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ')[0] ?? ''}"]`).textContent()).toBe('An email address, like name@example.org');
    await email.fill('knit@example.org');
    await expect.poll(() => email.getAttribute('aria-invalid')).not.toBe('true');

    // Saving with fields missing names each one and goes to the first.
    await page.getByRole('button', { name: 'Save new listing' }).click();
    await page.getByText(/things to fix before saving/).waitFor({ timeout: wait });
    expect(await page.locator(':focus').getAttribute('aria-invalid')).toBe('true');

    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Tuesday knit and natter');
    await page.getByRole('textbox', { name: 'Description' }).fill('Knitting and a chat over tea.');
    await page.getByRole('textbox', { name: 'Organisation', exact: true }).fill('Example Crafters');
    await page.getByRole('checkbox', { name: 'Arts & creative' }).check();
    await page.getByRole('textbox', { name: 'Place name' }).fill('Example Library');
    await page.getByRole('textbox', { name: 'Address' }).fill('2 Example Street');
    await page.getByRole('textbox', { name: 'Town or city' }).fill('Salford');
    await page.getByRole('textbox', { name: 'Postcode' }).fill('M6 5AB');
    await page.getByRole('textbox', { name: 'Latitude' }).fill('53.487');
    await page.getByRole('textbox', { name: 'Longitude' }).fill('-2.293');
    await page.getByRole('group', { name: 'Schedule 1' }).getByRole('checkbox', { name: 'Tuesday' }).check();
    await page.getByRole('textbox', { name: 'How to join' }).fill('Just drop in.');
    await page.getByRole('list', { name: 'Next sessions' }).waitFor({ timeout: wait });
    await page.getByRole('button', { name: 'Save new listing' }).click();
    await heading(page, 'Tuesday knit and natter').waitFor({ timeout: wait });
    await page.waitForURL(/#\/listings\/[0-9a-f-]{36}$/, { timeout: wait });
    const id = /#\/listings\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    expect((await listing(id))?.schedules[0]).toMatchObject({ freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: '12:00' });
    await page.getByRole('region', { name: 'History' }).getByText('Sam Patel').first().waitFor({ timeout: wait });
  });

  it('edits a listing\'s schedule, showing the schedule and the next five sessions in words before saving', { timeout: step }, async () => {
    const weekly = (await salfordListings()).find((activity) => activity.status === 'active' && activity.schedules.length === 1 && activity.schedules[0]?.freq === 'WEEKLY' && activity.schedules[0].byday !== 'WE');
    if (weekly === undefined) throw new Error('the Salford samples have no active weekly listing');
    const page = await app.open(admin, `#/listings/${weekly.id}`);
    await heading(page, weekly.name).waitFor({ timeout: wait });
    const schedule = page.getByRole('group', { name: 'Schedule 1' });
    const wednesday = schedule.getByRole('checkbox', { name: 'Wednesday' });
    await wednesday.check();
    const sessions = page.getByRole('list', { name: 'Next sessions' });
    // The preview asks the service once typing pauses: wait for the answer about the new day (the
    // checkbox's own label says "Wednesday" at once, so it cannot be the sign).
    const preview = page.getByRole('region', { name: 'When people will see it' });
    await expect.poll(async () => (await preview.textContent()) ?? '', { timeout: wait }).toMatch(/Every .*Wednesday.*, \d{1,2}(:\d\d)?(am|pm) to/);
    await expect.poll(() => sessions.getByRole('listitem').count(), { timeout: wait }).toBe(5);
    expect(await page.getByText('You have unsaved changes.').count()).toBe(1);
    await expectAccessibleAtEveryWidth(page, 'staff-listings-form');

    // An in-app link asks first; staying keeps the change.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    expect(page.url()).toContain(`#/listings/${weekly.id}`);
    expect(await wednesday.isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('All changes saved.').waitFor({ timeout: wait });
    expect((await listing(weekly.id))?.schedules[0]?.byday).toContain('WE');
    const history = page.getByRole('region', { name: 'History' });
    await history.getByText('Sam Patel').first().waitFor({ timeout: wait });
  });

  it('retires a listing with an undo in the toast, and restores it', { timeout: step }, async () => {
    const active = (await salfordListings()).find((activity) => activity.status === 'active');
    if (active === undefined) throw new Error('no active Salford listing');
    const page = await app.open(admin, `#/listings/${active.id}`);
    await heading(page, active.name).waitFor({ timeout: wait });

    await page.getByRole('button', { name: 'Retire listing' }).click();
    await page.getByText('Retired: people will not be shown it.', { exact: true }).waitFor({ timeout: wait });
    await expect.poll(async () => (await listing(active.id))?.status).toBe('inactive');
    await screenshot(page, 'staff-listings-retired-toast-1024');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await listing(active.id))?.status, { timeout: wait }).toBe('active');
    await page.getByRole('button', { name: 'Retire listing' }).waitFor({ timeout: wait });

    await page.getByRole('button', { name: 'Retire listing' }).click();
    await page.getByRole('button', { name: 'Restore listing' }).waitFor({ timeout: wait });
    await page.getByRole('button', { name: 'Restore listing' }).click();
    // The undo's own toast may still be showing: the newest is this one.
    await page.getByText('Restored: people can find it again.', { exact: true }).last().waitFor({ timeout: wait });
    await expect.poll(async () => (await listing(active.id))?.status).toBe('active');
  });

  it('imports a CSV with a bad row: the preview shows what would be created and each reason for the rejected row, and nothing is saved before Import', { timeout: step }, async () => {
    const before = (await salfordListings()).length;
    const page = await app.open(admin, '#/import');
    await heading(page, 'Import').waitFor({ timeout: wait });
    await page.getByLabel('Choose a file').setInputFiles({ name: 'new-listings.csv', mimeType: 'text/csv', buffer: Buffer.from(csvWithABadRow) });
    await page.getByRole('button', { name: 'Preview import' }).click();
    const importButton = page.getByRole('button', { name: 'Import 2 listings' });
    await importButton.waitFor({ timeout: wait });
    expect(await page.getByText('Row 2: Knit and natter').count()).toBe(1);
    expect(await page.getByText('Row 3: Online book club').count()).toBe(1);
    expect(await page.getByText('postal_code: not a UK postcode (like M6 5AA)').count()).toBe(1);
    expect(await page.getByText('byday: weekdays like MO, 2MO or -1FR, separated by commas').count()).toBe(1);
    expect((await salfordListings()).length).toBe(before);
    await expectAccessibleAtEveryWidth(page, 'staff-listings-import-preview');

    await importButton.click();
    await page.getByText(/^Done: 2 new/).waitFor({ timeout: wait });
    expect((await salfordListings()).length).toBe(before + 2);
  });

  it('imports an HSDS record whose term maps to no kind as "needs a kind", then maps the term on the Taxonomy page', { timeout: step }, async () => {
    // A directory's record: one of ours as HSDS, with a new id and only a term of the directory's own vocabulary.
    const [sample] = await salfordListings();
    if (sample === undefined) throw new Error('no Salford listing');
    const record = { ...activityToHsds(sample), id: randomUUID(), name: 'Directory knitting circle', attributes: [], taxonomy_terms: [{ code: 'knit-01', name: 'Knitting', taxonomy: 'example-directory' }] };
    const page = await app.open(admin, '#/import');
    await heading(page, 'Import').waitFor({ timeout: wait });
    await page.getByLabel('Or paste the CSV or JSON here').fill(JSON.stringify([record]));
    await page.getByRole('button', { name: 'Preview import' }).click();
    await page.getByText(/Needs a kind: will be imported and flagged for review \(1\)/).waitFor({ timeout: wait });
    await page.getByRole('button', { name: 'Import 1 listing' }).click();
    await page.getByText(/^Done: /).waitFor({ timeout: wait });

    await page.getByRole('link', { name: 'Taxonomy', exact: true }).click();
    await heading(page, 'Taxonomy').waitFor({ timeout: wait });
    const select = page.getByRole('combobox', { name: 'Category for Knitting (example-directory)' });
    await select.waitFor({ timeout: wait });
    expect(await page.getByText('Not mapped; used by 1 listing').count()).toBe(1);
    await page.getByLabel('Find a term').fill('knit');
    await page.getByText(/^Showing 1 of \d+ terms\.$/).waitFor({ timeout: wait });
    await expectAccessibleAtEveryWidth(page, 'staff-listings-taxonomy');
    await select.selectOption({ label: 'Arts & creative' });
    await page.getByRole('button', { name: 'Save mappings' }).click();
    await page.getByText(/^Saved\./).waitFor({ timeout: wait });
    // The listing that needed a kind has it at once.
    const imported = (await salfordListings()).find((activity) => activity.name === 'Directory knitting circle');
    expect(imported?.categories).toEqual(['arts-creative']);
    await page.reload();
    await select.waitFor({ timeout: wait });
    expect(await select.inputValue()).toBe('arts-creative');
  });

  it('previews a pull from a directory\'s Open Referral API without saving, then pulls', { timeout: step }, async () => {
    const read = (name: string) => z.array(z.record(z.string(), z.unknown())).parse(JSON.parse(readFileSync(join(__dirname, `../fixtures/open-referral/${name}.json`), 'utf8')));
    const directory = await startFakeOpenReferralDirectory(read('hsds3-services'));
    try {
      const before = (await salfordListings()).length;
      const page = await app.open(admin, '#/import');
      await page.getByRole('textbox', { name: 'Directory address' }).fill(directory.baseUrl);
      await page.getByLabel('Pull automatically').selectOption({ label: 'Every week' });
      await page.getByRole('button', { name: 'Preview changes' }).click();
      await page.getByText(/^Previewed .*: \d+ records read\.$/).waitFor({ timeout: wait });
      expect(await page.getByText(/^New listings to add \(\d+\)$/).count()).toBe(1);
      expect((await salfordListings()).length).toBe(before);
      await expectAccessibleAtEveryWidth(page, 'staff-listings-directory-preview');

      await page.getByRole('button', { name: 'Pull now' }).click();
      await page.getByText(/^Pulled .*: \d+ records read\.$/).waitFor({ timeout: wait });
      expect((await salfordListings()).length).toBeGreaterThan(before);
      await page.reload();
      await page.getByText(/^Last pull .*: \d+ records read\.$/).waitFor({ timeout: wait });
      expect(await page.getByLabel('Pull automatically').inputValue()).toBe('weekly');
    } finally {
      await directory.close();
    }
  });
});
