// The helper app in a real browser: an approved helper logs in, sees the request dispatch offered them,
// accepts it (one that a quicker helper took is said kindly), then says they are on their way, starts
// and completes today's job; an open request refuses a price outside the site's bounds under the field.
// An applicant sees their vetting steps (in German), a customer is invited to apply and a visitor signs
// up as a helper. Profile, earnings and reviews load. Every page passes axe-core; screenshots go to
// docs/screenshots/helper-*.png.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { SystemClock } from '@quartier/platform';
import { createApprovedHelper, createHelper, createMarketplaceTenant, createTestUser, EVERY_DAY, swissPlacesTsv, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startDispatchEngine, type TestDispatchEngine } from '../../api/test/dispatch-engine.js';
import { startTestApi, type TestApi } from '../../api/test/test-api.js';
import { capture as captureScreen, DESKTOP, expectAccessible, launchBrowser, pageLoggedIn, PHONE, readText } from './browser.js';

const MINUTE = 60_000;

describe('the helper app in Chromium', () => {
  let api: TestApi;
  let engine: TestDispatchEngine;
  let browser: Browser;
  let context: BrowserContext;
  let site: MarketplaceTenant;
  let origin: string;
  let serviceId: string;
  let helper: TestUser;
  let rival: TestUser;
  let customer: TestUser;

  const call = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const response = await api.graphql<T>({ host: site.slug, query, variables, token });
    expect(response.errors).toBeUndefined();
    return response.data as T;
  };

  /** A request the customer posts, offered by the dispatch engine to the helpers around 8001 unless told. */
  async function postAndDispatch(description: string, dispatch = true): Promise<string> {
    const now = Date.now();
    const { postRequest } = await call<{ postRequest: { id: string } }>(
      `mutation($input: PostRequestInput!) { postRequest(input: $input) { id } }`,
      { input: { serviceId, description, postalCode: '8001', windows: [{ from: new Date(now + MINUTE).toISOString(), to: new Date(now + 8 * 60 * MINUTE).toISOString() }] } },
      customer.accessToken,
    );
    if (dispatch) expect(await engine.look(site.id, postRequest.id)).toContain('wave');
    return postRequest.id;
  }

  const logIn = (user: TestUser, next: string, viewport = DESKTOP) => pageLoggedIn(context, origin, user, next, viewport);

  /** Another tab of the same browser: the session comes back from the refresh token. */
  async function openTab(path: string, viewport = PHONE): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`${origin}${path}`);
    await page.getByTestId('signed-in-as').waitFor();
    return page;
  }

  const capture = (page: Page, name: string) => captureScreen(page, `helper-${name}`);

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await startTestApi();
    engine = await startDispatchEngine(api.db.config, new SystemClock());
    const port = new URL(await api.liveUrl()).port;
    site = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    origin = `http://${site.slug}.localhost:${port}`;
    serviceId = await site.serviceId({ pricingMode: 'hourly' });
    helper = await createApprovedHelper(api, site, { displayName: 'Lea Keller', postalCode: '8004', radiusKm: 10, skills: [{ serviceId, priceMinor: 4500 }], weekdays: EVERY_DAY });
    rival = await createApprovedHelper(api, site, { displayName: 'Marco Rossi', postalCode: '8001', radiusKm: 10, skills: [{ serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });
    customer = await createTestUser(api, site, { roles: ['customer'], displayName: 'Nina Brunner' });
  });

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-GB', timezoneId: 'America/New_York' });
  });

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await engine?.close();
    await browser?.close();
    await api?.close();
  });

  it('lets an approved helper accept a dispatch offer, then start and complete today’s job', async () => {
    const wanted = await postAndDispatch('The Wi-Fi drops every evening in the living room.');
    const taken = await postAndDispatch('Mount the TV box in the bedroom.');

    const page = await logIn(helper, '/helper');
    await page.getByRole('heading', { level: 1, name: 'Hello Lea Keller' }).waitFor();
    expect(await readText(page, 'helper-link')).toBe('Helper area');
    expect(await readText(page, 'offers-waiting')).toBe('2 offers are waiting for your answer.');
    await capture(page, 'home-desktop');

    await page.getByRole('link', { name: 'See offers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Offers' }).waitFor();
    const wantedCard = page.getByTestId('dispatch-offer').filter({ hasText: 'The Wi-Fi drops every evening' });
    const takenCard = page.getByTestId('dispatch-offer').filter({ hasText: 'Mount the TV box' });
    await wantedCard.waitFor();
    expect((await wantedCard.innerText()).replace(/\s+/g, ' ')).toMatch(/8001 · \d+(\.\d)? km away/);
    await capture(page, 'offers-desktop');
    const phone = await openTab('/helper/offers');
    await phone.getByTestId('dispatch-offer').first().waitFor();
    await capture(phone, 'offers-375');
    await phone.close();

    // Marco was quicker on the second one: Lea hears it kindly, and nothing is hers.
    await call(`mutation($id: ID!) { acceptDispatchOffer(requestId: $id) { id } }`, { id: taken }, rival.accessToken);
    await takenCard.getByRole('button', { name: 'Accept' }).click();
    expect(await takenCard.getByTestId('offer-outcome').innerText()).toBe('Someone else was a little quicker and took this one. Thank you all the same!');

    await wantedCard.getByRole('button', { name: 'Accept' }).click();
    expect(await wantedCard.getByTestId('offer-outcome').innerText()).toMatch(/^It is yours: the job starts /);
    const [appointment] = await api.db.ownerQuery<{ id: string; helper_id: string; status: string }>(
      `select id, helper_id, status from appointments where tenant_id = $1 and request_id = $2`,
      [site.id, wanted],
    );
    expect(appointment).toMatchObject({ helper_id: helper.id, status: 'scheduled' });

    // An open request to quote: a rate outside the site's bounds is refused under the price field.
    await postAndDispatch('Set up the printer for the whole family.', false);
    await page.reload();
    const openCard = page.getByTestId('open-request').filter({ hasText: 'Set up the printer' });
    await openCard.waitFor();
    // Taken by Marco, and the one Lea accepted: neither takes offers any more.
    expect(await page.getByTestId('open-request').filter({ hasText: 'Mount the TV box' }).count()).toBe(0);
    expect(await page.getByTestId('open-request').filter({ hasText: 'The Wi-Fi drops' }).count()).toBe(0);
    const priceField = openCard.getByLabel('Your price (CHF)');
    expect(await openCard.innerText()).toMatch(/Between CHF\s?\d+\.\d{2} and CHF\s?\d+\.\d{2} per hour\./);
    await priceField.fill('999');
    await openCard.getByRole('button', { name: 'Send offer' }).click();
    await openCard.getByTestId('price-error').waitFor();
    expect(await openCard.getByTestId('price-error').innerText()).toMatch(/^Please check this value\. Between/);
    expect(await priceField.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    // Today's job: on my way, start, complete.
    await page.getByRole('link', { name: 'Today' }).click();
    const job = page.getByTestId('helper-job');
    await job.waitFor();
    expect(await job.getByTestId('job-status').innerText()).toBe('Scheduled');
    await job.getByRole('button', { name: 'I’m on my way' }).click();
    await job.getByText(/^On your way since/).waitFor();
    await capture(page, 'today-desktop');
    await job.getByRole('button', { name: 'Start the job' }).click();
    await job.getByTestId('job-status').filter({ hasText: 'In progress' }).waitFor();
    await job.getByRole('button', { name: 'Mark as completed' }).click();
    await job.getByTestId('job-status').filter({ hasText: 'Completed' }).waitFor();
    const [done] = await api.db.ownerQuery<{ status: string }>(`select status from appointments where tenant_id = $1 and id = $2`, [site.id, appointment?.id]);
    expect(done?.status).toBe('completed');
    const phoneHome = await openTab('/helper');
    await phoneHome.getByTestId('helper-job').waitFor();
    await capture(phoneHome, 'home-375');
    await phoneHome.close();

    // Profile, earnings and reviews.
    await page.getByRole('link', { name: 'Profile' }).click();
    await page.getByRole('heading', { level: 2, name: 'Services and prices' }).waitFor();
    expect(await page.getByLabel('Home postal code').inputValue()).toBe('8004');
    await page.getByLabel('Service radius (km)').fill('500');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByTestId('radius-error').waitFor();
    expect(await page.getByLabel('Service radius (km)').getAttribute('aria-invalid')).toBe('true');
    // A rate above the site's bounds: the server's refusal under that service's price, with the bounds.
    await page.getByLabel('Your price: Computer tune-up (CHF)').fill('99');
    await page.getByRole('button', { name: 'Save services' }).click();
    await page.getByTestId(`skill-error-${serviceId}`).waitFor();
    expect(await readText(page, `skill-error-${serviceId}`)).toMatch(/^Please check this value\. Between CHF ?30\.00 and CHF ?50\.00 per hour\.$/);
    const [skill] = await api.db.ownerQuery<{ price_minor: number }>(`select price_minor from helper_skills where tenant_id = $1 and helper_id = $2`, [site.id, helper.id]);
    expect(skill?.price_minor).toBe(4500);
    await capture(page, 'profile-desktop');
    await page.getByRole('link', { name: 'Earnings' }).click();
    await page.getByTestId('earnings').waitFor();
    await capture(page, 'earnings-desktop');
    await page.getByRole('link', { name: 'Reviews' }).click();
    await page.getByText('No reviews yet.').waitFor();
    await expectAccessible(page);
    await page.close();
  });

  it('shows an applicant their vetting steps, and invites a customer to apply', async () => {
    await context.close();
    context = await browser.newContext({ locale: 'de-CH' });
    const applicant = await createHelper(api, site, { displayName: 'Tom Meier', postalCode: '8001', radiusKm: 5, skills: [{ serviceId, priceMinor: 4000 }], weekdays: [1, 2, 3] });
    const page = await logIn(applicant, '/helper');
    await page.getByRole('heading', { level: 1, name: 'Guten Tag, Tom Meier' }).waitFor();
    const steps = page.getByTestId('vetting-steps').getByRole('listitem');
    await steps.first().waitFor();
    expect(await steps.count()).toBeGreaterThan(0);
    expect(await steps.first().innerText()).toContain('Offen');
    expect(await readText(page, 'vetting-status')).toBe('Reichen Sie jeden Schritt unten ein; das Team prüft sie.');
    expect(await page.getByTestId('offers-waiting').count()).toBe(0);
    await capture(page, 'vetting-desktop');
    // Evidence for the first step puts it in the team's hands.
    const first = steps.first();
    await first.locator('summary').click();
    await first.getByRole('button', { name: /^Einreichen: / }).click();
    expect(await first.getByText('Geben Sie einen Link, eine Notiz oder beides an.').count()).toBe(1);
    await first.getByLabel('Notiz für das Team').fill('Identitätskarte vorgezeigt im Büro Zürich.');
    await first.getByRole('button', { name: /^Einreichen: / }).click();
    await first.filter({ hasText: 'Eingereicht' }).waitFor();
    await expectAccessible(page);
    await page.close();

    // A customer, in a browser of their own, is invited (helper-app-3.spec.ts applies with that account).
    await context.close();
    context = await browser.newContext({ locale: 'de-CH' });
    const customerPage = await logIn(customer, '/helper');
    await customerPage.getByRole('heading', { level: 1, name: 'Helfen Sie mit' }).waitFor();
    expect(await customerPage.getByTestId('helper-link').count()).toBe(0);
    await expectAccessible(customerPage);
    await customerPage.close();

    // A visitor, in a browser of their own, creates a helper account.
    await context.close();
    context = await browser.newContext({ locale: 'de-CH' });
    const shopper = await context.newPage();
    await shopper.goto(`${origin}/helper`);
    await shopper.getByRole('heading', { level: 1, name: 'Helfen Sie mit' }).waitFor();
    await shopper.getByRole('link', { name: 'Als Helfer bewerben' }).click();
    await shopper.getByRole('heading', { level: 1, name: 'Als Helfer bewerben' }).waitFor();
    await shopper.getByLabel('Ihr Name').fill('Sara Frei');
    await shopper.getByLabel('E-Mail').fill(`sara-${Date.now()}@example.test`);
    await shopper.getByLabel('Passwort').fill('a-long-enough-password');
    await shopper.getByRole('button', { name: 'Helferkonto erstellen' }).click();
    await shopper.getByRole('heading', { level: 1, name: 'Ihr Profil' }).waitFor();
    expect(await readText(shopper, 'signed-in-as')).toBe('Sara Frei');
    await expectAccessible(shopper);
    await shopper.close();
  });
});
