// The helper's profile in a real browser, part two: a weekly end at 24:00 kept as 24:00, a date off set
// and removed again, a date of its own hours (a broken window refused under its field), a photo and
// languages that customers then see, and a photo address that is not one refused under the field.
// The database is asked each time. Every page passes axe-core; screenshots go to docs/screenshots/.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createApprovedHelper, createMarketplaceTenant, swissPlacesTsv, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../../api/test/test-api.js';
import { capture as captureScreen, DESKTOP, expectAccessible, launchBrowser, pageLoggedIn, PHONE, readText } from './browser.js';

const DAY_MS = 86_400_000;
const PHOTO = 'https://photos.example.test/lea-keller.png';
// A 1×1 PNG: the photo host lives only in this test, answered by the browser context.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** A local date of the site's zone, `days` after today. */
function siteDate(timeZone: string, days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** How an en-GB reader sees a local date in the list. */
function dateText(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(Date.parse(`${date}T00:00:00Z`));
}

describe('the helper profile in Chromium: hours, dates of their own, photo and languages', () => {
  let api: TestApi;
  let browser: Browser;
  let context: BrowserContext;
  let site: MarketplaceTenant;
  let origin: string;
  let helper: TestUser;

  const logIn = (user: TestUser, next: string, viewport = DESKTOP) => pageLoggedIn(context, origin, user, next, viewport);

  const capture = (page: Page, name: string) => captureScreen(page, `helper-${name}`);

  const weekSection = (page: Page) => page.locator('form[aria-labelledby="profile-week-title"]');
  const datesSection = (page: Page) => page.locator('section[aria-labelledby="profile-exceptions-title"]');
  const photoForm = (page: Page) => page.locator('form[aria-labelledby="profile-photo-title"]');

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await startTestApi();
    const port = new URL(await api.liveUrl()).port;
    site = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    origin = `http://${site.slug}.localhost:${port}`;
    const serviceId = await site.serviceId({ pricingMode: 'hourly' });
    helper = await createApprovedHelper(api, site, {
      displayName: 'Lea Keller',
      postalCode: '8004',
      radiusKm: 10,
      skills: [{ serviceId, priceMinor: 4500 }],
      weekly: [
        { weekday: 1, start: '08:00', end: '12:00' },
        { weekday: 5, start: '00:00', end: '24:00' },
      ],
    });
  });

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-GB', timezoneId: 'America/New_York' });
    await context.route('https://photos.example.test/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: PNG }));
  });

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('keeps a week ending at 24:00, and sets and removes dates of the helper’s own', async () => {
    const page = await logIn(helper, '/helper/profile');
    const week = weekSection(page);
    await week.waitFor();
    // Friday runs round the clock: its end reads 24:00, not 23:59.
    const friday = week.getByTestId('week-day-5');
    expect(await friday.getByLabel('To').inputValue()).toBe('24:00');

    // Monday 08:00–12:00 becomes 08:00–24:00.
    const monday = week.getByTestId('week-day-1');
    await monday.getByLabel('To').fill('24:00');
    await week.getByRole('button', { name: 'Save week' }).click();
    await week.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const slots = await api.db.ownerQuery<{ weekday: number; start_time: string; end_time: string }>(
      `select weekday, start_time::text, end_time::text from helper_weekly_slots where tenant_id = $1 and helper_id = $2 order by weekday`,
      [site.id, helper.id],
    );
    expect(slots).toEqual([
      { weekday: 1, start_time: '08:00:00', end_time: '24:00:00' },
      { weekday: 5, start_time: '00:00:00', end_time: '24:00:00' },
    ]);
    await page.reload();
    await weekSection(page).waitFor();
    expect(await weekSection(page).getByTestId('week-day-1').getByLabel('To').inputValue()).toBe('24:00');

    // A date off, three days ahead in Zurich (the browser sits in New York).
    const dates = datesSection(page);
    await dates.getByTestId('no-exceptions').waitFor();
    const dayOff = siteDate('Europe/Zurich', 3);
    await dates.getByLabel('Date', { exact: true }).fill(dayOff);
    await dates.getByLabel('The whole day off').check();
    await dates.getByRole('button', { name: 'Save date' }).click();
    const offRow = dates.locator(`[data-testid="availability-exception"][data-date="${dayOff}"]`);
    await offRow.waitFor();
    expect((await offRow.innerText()).replace(/\s+/g, ' ')).toContain(`${dateText(dayOff)} Day off`);
    expect(await readText(page, 'exception-status')).toBe(`Saved: ${dateText(dayOff)}.`);
    const [stored] = await api.db.ownerQuery<{ on_date: string; windows: unknown[] }>(
      `select to_char(on_date, 'YYYY-MM-DD') as on_date, windows from helper_availability_exceptions where tenant_id = $1 and helper_id = $2`,
      [site.id, helper.id],
    );
    expect(stored).toEqual({ on_date: dayOff, windows: [] });

    // A day of its own hours: a window ending before it starts is refused under its end.
    const ownDay = siteDate('Europe/Zurich', 4);
    await dates.getByLabel('Date', { exact: true }).fill(ownDay);
    await dates.getByLabel('These hours instead of the weekly ones').check();
    const first = dates.getByRole('group', { name: 'Time 1' });
    await first.getByLabel('From').fill('12:00');
    await first.getByLabel('To').fill('9:00');
    await dates.getByRole('button', { name: 'Save date' }).click();
    await dates.getByTestId('exception-window-0-end-error').waitFor();
    expect(await readText(page, 'exception-window-0-end-error')).toBe('Please check this value.');
    expect(await first.getByLabel('To').getAttribute('aria-invalid')).toBe('true');
    const refused = await api.db.ownerQuery(`select 1 from helper_availability_exceptions where tenant_id = $1 and on_date = $2::date`, [site.id, ownDay]);
    expect(refused).toHaveLength(0);
    await expectAccessible(page);

    // Fixed: the evening until midnight.
    await first.getByLabel('From').fill('18:00');
    await first.getByLabel('To').fill('24:00');
    await dates.getByRole('button', { name: 'Save date' }).click();
    const ownRow = dates.locator(`[data-testid="availability-exception"][data-date="${ownDay}"]`);
    await ownRow.waitFor();
    expect(await ownRow.innerText()).toContain('18:00–24:00');
    const [own] = await api.db.ownerQuery<{ windows: unknown[] }>(`select windows from helper_availability_exceptions where tenant_id = $1 and on_date = $2::date`, [site.id, ownDay]);
    expect(own?.windows).toEqual([{ start: 1080, end: 1440 }]);
    await capture(page, 'availability-desktop');

    // The date off is removed: the weekly hours apply again.
    await offRow.getByRole('button', { name: `Remove ${dateText(dayOff)}` }).click();
    await offRow.waitFor({ state: 'detached' });
    expect(await readText(page, 'exception-status')).toBe(`Removed: on ${dateText(dayOff)} your weekly hours apply again.`);
    const left = await api.db.ownerQuery<{ on_date: string }>(
      `select to_char(on_date, 'YYYY-MM-DD') as on_date from helper_availability_exceptions where tenant_id = $1 and helper_id = $2`,
      [site.id, helper.id],
    );
    expect(left).toEqual([{ on_date: ownDay }]);

    // The list survives a reload, and the page fits a phone.
    const phone = await context.newPage();
    await phone.setViewportSize(PHONE);
    await phone.goto(`${origin}/helper/profile`);
    await datesSection(phone).locator(`[data-testid="availability-exception"][data-date="${ownDay}"]`).waitFor();
    expect(await datesSection(phone).getByTestId('availability-exception').count()).toBe(1);
    await capture(phone, 'availability-375');
    await phone.close();
    await page.close();
  });

  it('saves a photo and languages that customers see, and refuses an address that is not a photo’s', async () => {
    const page = await logIn(helper, '/helper/profile');
    const form = photoForm(page);
    await form.waitFor();
    await form.getByLabel('Photo address').fill(PHOTO);
    await form.getByLabel('Photo address').blur();
    const preview = form.getByRole('img', { name: 'Your photo as customers see it' });
    await preview.waitFor();
    expect(await preview.getAttribute('src')).toBe(PHOTO);
    await form.getByRole('checkbox', { name: 'German' }).check();
    await form.getByRole('checkbox', { name: 'Italian' }).check();
    await form.getByRole('button', { name: 'Save photo and languages' }).click();
    await form.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const profileRow = () =>
      api.db.ownerQuery<{ photo_url: string | null; languages: string[] }>(`select photo_url, languages from helper_profiles where tenant_id = $1 and user_id = $2`, [site.id, helper.id]);
    expect(await profileRow()).toEqual([{ photo_url: PHOTO, languages: ['de', 'it'] }]);
    await capture(page, 'photo-desktop');

    // An FTP address is no photo customers' browsers load: refused under the field, nothing changes.
    await form.getByLabel('Photo address').fill('ftp://photos.example.test/lea.png');
    await form.getByRole('checkbox', { name: 'English' }).check();
    await form.getByRole('button', { name: 'Save photo and languages' }).click();
    await form.getByTestId('photo-url-error').waitFor();
    expect(await readText(page, 'photo-url-error')).toBe('Please check this value.');
    expect(await form.getByLabel('Photo address').getAttribute('aria-invalid')).toBe('true');
    expect(await profileRow()).toEqual([{ photo_url: PHOTO, languages: ['de', 'it'] }]);
    await expectAccessible(page);

    // The saved languages come back ticked on a phone.
    const phone = await context.newPage();
    await phone.setViewportSize(PHONE);
    await phone.goto(`${origin}/helper/profile`);
    await photoForm(phone).waitFor();
    expect(await photoForm(phone).getByRole('checkbox', { name: 'Italian' }).isChecked()).toBe(true);
    expect(await photoForm(phone).getByRole('checkbox', { name: 'English' }).isChecked()).toBe(false);
    await capture(phone, 'photo-375');
    await phone.close();
    await page.close();

    // A visitor on the helper's public profile sees the photo, loaded.
    await context.close();
    context = await browser.newContext({ locale: 'en-GB' });
    await context.route('https://photos.example.test/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: PNG }));
    const visitor = await context.newPage();
    await visitor.setViewportSize(DESKTOP);
    await visitor.goto(`${origin}/helpers/${helper.id}`);
    await visitor.getByRole('heading', { level: 1, name: 'Lea Keller' }).waitFor();
    const avatar = visitor.locator(`img.avatar[src="${PHOTO}"]`);
    await avatar.waitFor();
    await visitor.waitForFunction(`[...document.querySelectorAll('img.avatar')].some((img) => img.src === ${JSON.stringify(PHOTO)} && img.complete && img.naturalWidth > 0)`);
    await expectAccessible(visitor);
    await visitor.close();
  });
});
