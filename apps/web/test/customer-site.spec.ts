// The customer site in a real browser (Debian's headless Chromium driven by playwright-core), served by
// the real API from the web build on two tenants' hosts: each site wears its own name and colors, a
// search by postal code lists the approved helpers with rating, price and next free slot and sorts
// them, an empty search says so, an unknown postal code is shown next to its field, the pages pass
// axe-core without serious or critical violations and fit a 375 px screen. Screenshots go to
// docs/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RequestContext } from '@quartier/platform';
import { TenantPolicyService } from '@quartier/tenancy';
import { createApprovedHelper, createMarketplaceTenant, createTestUser, EVERY_DAY, swissPlacesTsv, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../../api/test/test-api.js';
import { DESKTOP, launchBrowser, PHONE, SCREENSHOTS, seriousViolations, WEB_BUILD_INDEX } from './browser.js';

const MINUTE_MS = 60_000;
/** Issue 7's budget for the customer entry (its scripts and styles), gzipped. */
const ENTRY_BUDGET_BYTES = 200 * 1024;

/** A helper card's part as read, with Intl's no-break spaces as plain ones. */
async function textOf(page: Page, testId: string, helperName: string): Promise<string> {
  const card = page.getByTestId('helper-card').filter({ hasText: helperName });
  return (await card.getByTestId(testId).innerText()).replace(/\s+/g, ' ').trim();
}

function style(page: Page, selector: string, property: string): Promise<string> {
  return page.evaluate<string>(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).${property}`);
}

describe('customer site in Chromium', () => {
  let api: TestApi;
  let browser: Browser;
  let context: BrowserContext;
  let origin: (tenant: MarketplaceTenant) => string;
  let alpine: MarketplaceTenant;
  let nordhaus: MarketplaceTenant;
  let serviceId: string;
  let unofferedServiceId: string | undefined;
  let helper: TestUser;

  /** A job booked, done and reviewed (five stars) through the product, so search shows a rating. */
  async function reviewedJob(tenant: MarketplaceTenant, reviewed: TestUser) {
    const customer = await createTestUser(api, tenant, { roles: ['customer'] });
    const call = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
      const response = await api.graphql<T>({ host: tenant.slug, query, variables, token });
      expect(response.errors).toBeUndefined();
      return response.data as T;
    };
    const startsAt = new Date(Date.now() + 10 * MINUTE_MS).toISOString();
    const { bookSlot } = await call<{ bookSlot: { id: string } }>(
      `mutation($input: BookSlotInput!) { bookSlot(input: $input) { id } }`,
      { input: { helperId: reviewed.id, serviceId, postalCode: '8001', startsAt } },
      customer.accessToken,
    );
    await call(`mutation($id: ID!) { startAppointment(appointmentId: $id) { status } }`, { id: bookSlot.id }, reviewed.accessToken);
    await call(`mutation($id: ID!) { completeAppointment(appointmentId: $id, note: "Done") { status } }`, { id: bookSlot.id }, reviewed.accessToken);
    const write = `mutation($id: ID!, $stars: Int!, $text: String) { writeReview(appointmentId: $id, stars: $stars, text: $text) { publishedAt } }`;
    await call(write, { id: bookSlot.id, stars: 5, text: 'Quick, friendly, and the Wi-Fi reaches every room now.' }, customer.accessToken);
    await call(write, { id: bookSlot.id, stars: 5, text: 'Kind customer.' }, reviewed.accessToken);
  }

  async function openPage(url: string, viewport = DESKTOP): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(url);
    await page.getByTestId('site-name').waitFor();
    return page;
  }

  async function searchFor(page: Page, postalCode: string) {
    await page.getByLabel('Service').selectOption(serviceId);
    const field = page.getByLabel('Postal code');
    await field.fill(postalCode);
    // Keyboard: Enter in the field submits the form.
    await field.press('Enter');
  }

  beforeAll(async () => {
    api = await startTestApi();
    const port = new URL(await api.liveUrl()).port;
    origin = (tenant) => `http://${tenant.slug}.localhost:${port}`;

    alpine = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    nordhaus = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    const policies = api.app.get(TenantPolicyService);
    await policies.updateBranding(RequestContext.system(alpine.id, 'test'), {
      displayName: 'Alpine Neighborhood',
      primaryColor: '#d0021b',
      accentColor: '#f2a900',
      fontFamily: 'Arial, sans-serif',
      badgeName: 'Alpine Friend',
    });
    await policies.updateBranding(RequestContext.system(nordhaus.id, 'test'), {
      displayName: 'Nordhaus Helpers',
      primaryColor: '#2f5d50',
      accentColor: '#c8a96a',
      fontFamily: "Georgia, 'Times New Roman', serif",
    });

    [serviceId, unofferedServiceId] = await alpine.serviceIds({ pricingMode: 'hourly' });
    helper = await createApprovedHelper(api, alpine, { displayName: 'Lea Keller', postalCode: '8004', radiusKm: 10, skills: [{ serviceId, priceMinor: 4500 }], weekdays: EVERY_DAY });
    await reviewedJob(alpine, helper);
    // Cheaper and nearer, but not reviewed yet.
    await createApprovedHelper(api, alpine, { displayName: 'Marco Rossi', postalCode: '8001', radiusKm: 5, skills: [{ serviceId, priceMinor: 3500 }], weekdays: EVERY_DAY });

    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Zurich' });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.close();
  });

  it('shows each site under its own name and colors', async () => {
    const alpinePage = await openPage(origin(alpine));
    const nordhausPage = await openPage(origin(nordhaus));

    expect(await alpinePage.getByTestId('site-name').textContent()).toBe('Alpine Neighborhood');
    expect(await nordhausPage.getByTestId('site-name').textContent()).toBe('Nordhaus Helpers');
    expect(await alpinePage.title()).toBe('Alpine Neighborhood');
    expect(await style(alpinePage, '.site-header', 'backgroundColor')).toBe('rgb(208, 2, 27)');
    expect(await style(nordhausPage, '.site-header', 'backgroundColor')).toBe('rgb(47, 93, 80)');
    expect(await style(nordhausPage, 'body', 'fontFamily')).toContain('Georgia');
    expect(await alpinePage.evaluate<string>('document.documentElement.lang')).toBe('en');
    await expect(alpinePage.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('What do you need help with?');

    await alpinePage.screenshot({ path: `${SCREENSHOTS}customer-landing-alpine-desktop.png`, fullPage: true });
    await nordhausPage.screenshot({ path: `${SCREENSHOTS}customer-landing-nordhaus-desktop.png`, fullPage: true });
    expect(await seriousViolations(alpinePage)).toEqual([]);
    expect(await seriousViolations(nordhausPage)).toEqual([]);
    await alpinePage.close();
    await nordhausPage.close();
  });

  it('lists the approved helpers for a postal code with rating, price and next free slot, sorted as asked', async () => {
    const page = await openPage(origin(alpine));
    // Keyboard first: the skip link is the first stop.
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('Skip to content');

    await searchFor(page, '8001');
    const cards = page.getByTestId('helper-card');
    await cards.first().waitFor();

    expect(new URL(page.url()).pathname).toBe('/search');
    expect(new URL(page.url()).searchParams.get('postalCode')).toBe('8001');
    expect(await cards.count()).toBe(2);
    const lea = cards.filter({ hasText: 'Lea Keller' });
    const text = (await lea.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Alpine Friend');
    expect(text).toContain('★ 5.0 · 1 review');
    expect(text).toContain('CHF 45.00 / hour');
    expect(text).toMatch(/\b\d(\.\d)? km away/);
    expect(text).toMatch(/Next free: \w{3}, \w{3} \d{1,2}, \d{2}:\d{2} [AP]M/);
    expect((await cards.filter({ hasText: 'Marco Rossi' }).innerText()).replace(/\s+/g, ' ')).toContain('No reviews yet');
    // The results heading takes the focus, so keyboard and screen reader users land on them.
    expect(await page.evaluate<string>('document.activeElement.textContent')).toMatch(/^2 helpers for “.+” near 8001$/);
    expect(await page.title()).toContain('Alpine Neighborhood');

    const names = async () => (await page.getByRole('heading', { level: 3 }).allTextContents()).join(', ');
    await page.getByLabel('Sort by').selectOption('price');
    expect(await names()).toBe('Marco Rossi, Lea Keller');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('price');
    await page.getByLabel('Sort by').selectOption('rating');
    expect(await names()).toBe('Lea Keller, Marco Rossi');

    await page.screenshot({ path: `${SCREENSHOTS}customer-results-alpine-desktop.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    // The same address, loaded afresh (the API serves the page for it), in German.
    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('heading', { level: 1, name: 'Wobei brauchen Sie Hilfe?' }).waitFor();
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('de');
    const phone = await openPage(page.url(), PHONE);
    await phone.getByTestId('helper-card').first().waitFor();
    expect(await phone.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Lea Keller', 'Marco Rossi']);
    expect(await textOf(phone, 'helper-price', 'Lea Keller')).toMatch(/45[.,]00( CHF)? \/ Stunde/);
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await phone.screenshot({ path: `${SCREENSHOTS}customer-results-alpine-375.png`, fullPage: true });
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.close();

    // A service nobody offers there: an empty state that says so, not an empty list.
    expect(unofferedServiceId).toBeDefined();
    await page.getByLabel('Dienstleistung').selectOption(unofferedServiceId!);
    await page.getByRole('button', { name: 'Hilfe finden' }).click();
    const empty = page.getByRole('heading', { level: 2, name: /bietet noch niemand/ });
    await empty.waitFor();
    expect(await page.getByTestId('helper-card').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows an unknown postal code as the server refused it, next to the field', async () => {
    const page = await openPage(origin(nordhaus), PHONE);
    // Nordhaus offers the same default catalog; its own service of that slug is searched.
    const nordhausServiceId = await nordhaus.serviceId({ pricingMode: 'hourly' });
    await page.getByLabel('Service').selectOption(nordhausServiceId);
    const field = page.getByLabel('Postal code');
    await field.fill('9999');
    await page.getByRole('button', { name: 'Find helpers' }).click();

    const error = page.getByTestId('postal-code-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('We do not know this postal code');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain(await error.getAttribute('id'));
    expect(await page.evaluate<string>('document.activeElement.getAttribute("name")')).toBe('postalCode');
    expect(await page.getByTestId('helper-card').count()).toBe(0);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);

    await page.screenshot({ path: `${SCREENSHOTS}customer-unknown-postal-code-nordhaus-375.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('serves the page on page paths only, API routes and missing files keep their own answers, the entry fits its budget', async () => {
    const host = `${alpine.slug}.localhost`;
    const page = await api.http().get('/search?service=x&postalCode=8001').set('host', host);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-cache');

    const index = readFileSync(WEB_BUILD_INDEX, 'utf8');
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1];
    expect(asset).toBeDefined();
    const script = await api.http().get(asset!).set('host', host);
    expect(script.status).toBe(200);
    expect(script.headers['cache-control']).toContain('immutable');

    const entryFiles = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
    expect(entryFiles.length).toBeGreaterThanOrEqual(2);
    const gzipped = entryFiles.reduce((total, file) => total + gzipSync(readFileSync(new URL(`../../../dist/apps/web/${file}`, import.meta.url))).length, 0);
    expect(gzipped).toBeLessThanOrEqual(ENTRY_BUDGET_BYTES);

    expect((await api.http().get('/assets/missing.js').set('host', host)).status).toBe(404);
    expect((await api.http().get('/health')).status).toBe(200);
    const graphqlGet = await api.http().get('/graphql/anything').set('host', host);
    expect(graphqlGet.status).toBe(404);
    expect(graphqlGet.headers['content-type']).not.toContain('text/html');
  });
});
