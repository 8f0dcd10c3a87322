// The helper app in a real browser, part three: a dispatch offer names its service as the API says it
// in the reader's language and says until when it can be taken; a signed-in customer applies as a
// helper with the same account, without logging out, and lands on their profile as an applicant
// (the helper role and the profile in the database). axe-core on every page, no horizontal scroll
// at 375 px; screenshots go to docs/screenshots/helper-*.png.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { SystemClock } from '@quartier/platform';
import { createApprovedHelper, createMarketplaceTenant, createTestUser, EVERY_DAY, swissPlacesTsv, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startDispatchEngine, type TestDispatchEngine } from '../../api/test/dispatch-engine.js';
import { startTestApi, type TestApi } from '../../api/test/test-api.js';
import { capture as captureScreen, DESKTOP, launchBrowser, pageLoggedIn, PHONE, readText, seriousViolations } from './browser.js';

const MINUTE = 60_000;

describe('the helper app in Chromium, part three', () => {
  let api: TestApi;
  let engine: TestDispatchEngine;
  let browser: Browser;
  let context: BrowserContext;
  let site: MarketplaceTenant;
  let origin: string;
  let serviceId: string;
  let helper: TestUser;
  let customer: TestUser;

  const logIn = (user: TestUser, next: string, viewport = DESKTOP) => pageLoggedIn(context, origin, user, next, viewport);

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

  it('names an offer’s service in the reader’s language and says until when to answer', async () => {
    const now = Date.now();
    const posted = await api.graphql<{ postRequest: { id: string } }>({
      host: site.slug,
      query: `mutation($input: PostRequestInput!) { postRequest(input: $input) { id } }`,
      variables: {
        input: { serviceId, description: 'The router blinks red since the storm.', postalCode: '8001', windows: [{ from: new Date(now + MINUTE).toISOString(), to: new Date(now + 8 * 60 * MINUTE).toISOString() }] },
      },
      token: customer.accessToken,
    });
    expect(posted.errors).toBeUndefined();
    const requestId = posted.data!.postRequest.id;
    expect(await engine.look(site.id, requestId)).toContain('wave');
    const [request] = await api.db.ownerQuery<{ expires_at: Date; names: Record<string, string> }>(
      `select r.expires_at, s.names from requests r join services s on s.tenant_id = r.tenant_id and s.id = r.service_id where r.id = $1`,
      [requestId],
    );
    // The site's wall clock in Zurich, as the page writes it for an en-GB reader (the browser sits in New York).
    const lapse = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Zurich', hour: '2-digit', minute: '2-digit' }).format(request.expires_at);

    const page = await logIn(helper, '/helper/offers', PHONE);
    await page.getByRole('heading', { level: 1, name: 'Offers' }).waitFor();
    const card = page.getByTestId('dispatch-offer').filter({ hasText: 'The router blinks red' });
    await card.waitFor();
    expect(await card.getByRole('heading', { level: 3 }).innerText()).toBe(request.names.en);
    const answerBy = (await card.getByTestId('offer-answer-by').innerText()).replace(/\s+/g, ' ');
    expect(answerBy).toMatch(/^Answer before /);
    expect(answerBy).toContain(lapse);
    await capture(page, 'offer-lapse-375');

    // The same offer read in French names the service in French.
    await page.close();
    await context.close();
    context = await browser.newContext({ locale: 'fr-CH', timezoneId: 'America/New_York' });
    const french = await logIn(helper, '/helper/offers');
    const frenchCard = french.getByTestId('dispatch-offer').filter({ hasText: 'The router blinks red' });
    await frenchCard.waitFor();
    expect(await frenchCard.getByRole('heading', { level: 3 }).innerText()).toBe(request.names.fr);
    expect(await frenchCard.getByTestId('offer-answer-by').innerText()).toMatch(/^Répondez avant /);
    expect(await seriousViolations(french)).toEqual([]);
  });

  it('lets a signed-in customer apply as a helper with the same account, without logging out', async () => {
    await context.close();
    context = await browser.newContext({ locale: 'de-CH' });
    const page = await logIn(customer, '/helper');
    await page.getByRole('heading', { level: 1, name: 'Helfen Sie mit' }).waitFor();
    expect(await page.getByTestId('helper-link').count()).toBe(0);
    await page.getByRole('link', { name: 'Als Helfer bewerben' }).click();
    await page.getByRole('heading', { level: 1, name: 'Als Helfer bewerben' }).waitFor();
    const name = page.getByLabel('Ihr Name');
    expect(await name.inputValue()).toBe('Nina Brunner');
    expect(await page.getByText(customer.email).count()).toBe(1);
    await capture(page, 'become-desktop');

    // A name the server refuses is said under the field, and the account stays a customer's.
    await name.fill('N'.repeat(121));
    await page.getByRole('button', { name: 'Mit diesem Konto bewerben' }).click();
    expect(await readText(page, 'display-name-error')).toBe('Ein Name hat 1 bis 120 Zeichen.');
    expect(await page.evaluate<string | null>(`document.activeElement?.getAttribute('name') ?? null`)).toBe('displayName');
    const roles = async () => (await api.db.ownerQuery<{ role: string }>(`select role from user_roles where tenant_id = $1 and user_id = $2 order by role`, [site.id, customer.id])).map((row) => row.role);
    expect(await roles()).toEqual(['customer']);
    await page.setViewportSize(PHONE);
    await capture(page, 'become-375');
    await page.setViewportSize(DESKTOP);

    await name.fill('Nina Helferin');
    await page.getByRole('button', { name: 'Mit diesem Konto bewerben' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ihr Profil' }).waitFor();
    // Still the same signed-in account, now with the helper area.
    expect(await readText(page, 'signed-in-as')).toBe('Nina Brunner');
    await page.getByTestId('helper-link').waitFor();
    expect(new URL(page.url()).pathname).toBe('/helper/profile');
    expect(await roles()).toEqual(['customer', 'helper']);
    const [profile] = await api.db.ownerQuery<{ display_name: string; status: string }>(`select display_name, status from helper_profiles where tenant_id = $1 and user_id = $2`, [
      site.id,
      customer.id,
    ]);
    expect(profile).toEqual({ display_name: 'Nina Helferin', status: 'applicant' });
    expect(await seriousViolations(page)).toEqual([]);

    // Their vetting has begun: the helper home lists the steps to hand in.
    await page.getByRole('navigation', { name: 'Helferbereich' }).getByRole('link', { name: 'Heute' }).click();
    await page.getByTestId('vetting-steps').getByRole('listitem').first().waitFor();
    expect(await page.getByTestId('vetting-steps').getByRole('listitem').count()).toBeGreaterThan(0);
  });
});
