// A customer posts a request instead of booking a free time, in a real browser: from the search
// results through log-in to the request form (service and postal code kept), typed errors under their
// fields (a missing description in the page, a window already begun from the server) with nothing
// posted, then the request page collects the helpers' offers live (the real worker tells the customer),
// one is declined and one chosen at a time inside the customer's window: the request is booked with that
// helper. Screenshots go to docs/screenshots/customer-post-*.png.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createApprovedHelper,
  createMarketplaceTenant,
  createTestUser,
  EVERY_DAY,
  startWorkerProcess,
  stopWorkerProcesses,
  swissPlacesTsv,
  type MarketplaceTenant,
  type TestUser,
} from '@quartier/testing';
import type { Browser, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../../api/test/test-api.js';
import { capture as captureScreen, DESKTOP, launchBrowser, PHONE, readText } from './browser.js';

const ZONE = 'Europe/Zurich';

/** The site's local date `days` from now (YYYY-MM-DD). */
function siteDateIn(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * 86_400_000));
}

describe('posting a request and choosing an offer in Chromium', () => {
  let api: TestApi;
  let browser: Browser;
  let site: MarketplaceTenant;
  let origin: string;
  let serviceId: string;
  let ana: TestUser;
  let bo: TestUser;
  let customer: TestUser;

  const capture = (page: Page, name: string) => captureScreen(page, `customer-post-${name}`);

  const requestsOf = (customerId: string) => api.db.ownerQuery<{ id: string; status: string }>(`select id, status from requests where tenant_id = $1 and customer_id = $2`, [site.id, customerId]);

  async function offerAs(helper: TestUser, requestId: string) {
    const answer = await api.graphql({ host: site.slug, query: 'mutation($id: ID!) { makeOffer(requestId: $id) { id } }', variables: { id: requestId }, token: helper.accessToken });
    expect(answer.errors).toBeUndefined();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await startTestApi();
    const port = new URL(await api.liveUrl()).port;
    site = await createMarketplaceTenant(api, { timezone: ZONE, places: swissPlacesTsv('8001', '8004') });
    origin = `http://${site.slug}.localhost:${port}`;
    serviceId = await site.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    ana = await createApprovedHelper(api, site, { displayName: 'Ana Meier', postalCode: '8001', radiusKm: 5, skills: [{ serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });
    bo = await createApprovedHelper(api, site, { displayName: 'Bo Keller', postalCode: '8004', radiusKm: 5, skills: [{ serviceId, priceMinor: 5000 }], weekdays: EVERY_DAY });
    customer = await createTestUser(api, site, { roles: ['customer'], displayName: 'Eva Huber' });
    await startWorkerProcess(api.db.config).ready();
  });

  afterAll(async () => {
    await stopWorkerProcesses();
    await browser?.close();
    await api?.close();
  });

  it('posts from the search with typed errors first, gathers offers live, declines one and books the other', async () => {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: ZONE });
    const page = await context.newPage();
    await page.setViewportSize(DESKTOP);

    // From the results, through log-in, to the form with the search's service and postal code.
    await page.goto(`${origin}/search?service=${serviceId}&postalCode=8001`);
    await page.getByTestId('post-request-link').click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    await page.getByLabel('Email').fill(customer.email);
    await page.getByLabel('Password').fill(customer.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ask the helpers' }).waitFor();
    const form = page.getByTestId('post-request');
    // The site's services load beside the form; the one searched is then chosen.
    await form.getByLabel('Service').locator(`option[value="${serviceId}"]`).waitFor({ state: 'attached' });
    await expect(form.getByLabel('Service').inputValue()).resolves.toBe(serviceId);
    await expect(form.getByLabel('Postal code').inputValue()).resolves.toBe('8001');

    // No description: refused in the page, under the field, which takes the focus.
    await form.getByRole('button', { name: 'Post the request' }).click();
    await form.getByText('Please describe what you need.').waitFor();
    expect(await page.evaluate<string>('document.activeElement.tagName')).toBe('TEXTAREA');
    await capture(page, 'refused-desktop');

    // A window that has already begun: the server's refusal sits under that window; nothing is posted.
    await form.getByLabel('What do you need help with?').fill('The TV box loses its picture every evening; the router is in the hallway.');
    await form.getByLabel('Date').fill(siteDateIn(0));
    await form.getByLabel('From').fill('00:00');
    await form.getByLabel('Until').fill('00:30');
    await form.getByRole('button', { name: 'Post the request' }).click();
    await form.getByText('This window has already begun. Please choose a later time.').waitFor();
    expect(await requestsOf(customer.id)).toEqual([]);

    // Tomorrow morning, with a budget: posted, and the page waits for offers.
    await form.getByLabel('Date').fill(siteDateIn(1));
    await form.getByLabel('From').fill('09:00');
    await form.getByLabel('Until').fill('12:00');
    await form.getByLabel('Your budget in CHF (optional)').fill('80');
    await form.getByRole('button', { name: 'Post the request' }).click();
    await page.getByTestId('request-offers').waitFor();
    const requestId = new URL(page.url()).pathname.split('/').pop()!;
    // Open, or already offered to helpers nearby by the worker's dispatch.
    expect(await requestsOf(customer.id)).toEqual([{ id: requestId, status: expect.stringMatching(/^(open|offered)$/) }]);
    expect(await readText(page, 'request-status')).toMatch(/^(Looking for a helper|Offered to helpers)$/);
    await page.getByTestId('no-offers').waitFor();

    // Two helpers offer; the page shows them without a reload (the worker tells the customer).
    await page.evaluate('window.stillTheSamePage = true');
    await offerAs(ana, requestId);
    await offerAs(bo, requestId);
    await page.getByTestId('offer-card').nth(1).waitFor({ timeout: 30_000 });
    expect(await page.evaluate<boolean>('window.stillTheSamePage === true')).toBe(true);
    const ana_ = page.getByTestId('offer-card').filter({ hasText: 'Ana Meier' });
    const bo_ = page.getByTestId('offer-card').filter({ hasText: 'Bo Keller' });
    expect((await ana_.getByTestId('offer-price').innerText()).replace(/\s+/g, ' ')).toBe('At their usual rate: CHF 40.00 in total');
    await capture(page, 'offers-desktop');

    // Bo's offer is declined after a confirmation.
    await bo_.getByRole('button', { name: 'Decline' }).click();
    await bo_.getByRole('button', { name: 'Yes, decline' }).click();
    await bo_.getByText('Declined').waitFor();
    const [declined] = await api.db.ownerQuery<{ status: string }>(`select status from offers where tenant_id = $1 and request_id = $2 and helper_id = $3`, [site.id, requestId, bo.id]);
    expect(declined?.status).toBe('declined');

    // Ana is chosen at the first time offered, the start of the window: the request is booked with her.
    const startsAt = await ana_.getByLabel('When should they come?').inputValue();
    expect(new Date(startsAt).toLocaleString('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' })).toBe('09:00');
    await ana_.getByRole('button', { name: 'Choose Ana Meier' }).click();
    await page.getByTestId('request-status').filter({ hasText: 'Confirmed' }).waitFor();
    expect(await readText(page, 'request-summary')).toContain('Ana Meier');
    const [appointment] = await api.db.ownerQuery<{ helper_id: string; starts_at: Date }>(`select helper_id, starts_at from appointments where tenant_id = $1 and request_id = $2`, [site.id, requestId]);
    expect(appointment).toEqual({ helper_id: ana.id, starts_at: new Date(startsAt) });
    expect(await page.getByTestId('request-offers').count()).toBe(0);

    await page.setViewportSize(PHONE);
    await capture(page, 'booked-375');
    await context.close();
  });
});
