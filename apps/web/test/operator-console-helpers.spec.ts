// The operator console's helpers directory and payouts page in a real browser, on a site of their
// own: an operator finds a helper by search, suspends her with a reason (the database keeps it and a
// customer's search no longer lists her) and reinstates her; a reconciliation period that is too long
// is refused under its field and stores nothing, a valid one is listed as pending (no worker runs
// here); a payout Stripe reported is listed. Every page passes axe-core and fits 375 px; screenshots
// go to docs/screenshots/.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createApprovedHelper, createHelper, createMarketplaceTenant, createTestUser, EVERY_DAY, swissPlacesTsv, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../../api/test/test-api.js';
import { DESKTOP, fillLogIn, launchBrowser, PHONE, SCREENSHOTS, seriousViolations } from './browser.js';

const DAY_MS = 86_400_000;
const SEARCH = `query($postalCode: String!, $serviceId: ID!) { searchHelpers(postalCode: $postalCode, serviceId: $serviceId, first: 50) { edges { node { helper { id } } } } }`;

describe('the operator console: helpers and payouts in Chromium', () => {
  let api: TestApi;
  let browser: Browser;
  let context: BrowserContext;
  let site: MarketplaceTenant;
  let origin: string;
  let customer: TestUser;
  let lea: TestUser;
  let serviceId: string;

  async function openPage(url: string): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize(DESKTOP);
    await page.goto(url);
    await page.getByTestId('site-name').waitFor();
    return page;
  }

  /** The page as a 375 px phone shows it: nothing wider than the screen, and its screenshot. */
  async function atPhoneWidth(page: Page, name: string) {
    await page.setViewportSize(PHONE);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: `${SCREENSHOTS}console-${name}-375.png`, fullPage: true });
    await page.setViewportSize(DESKTOP);
  }

  async function leaRow(): Promise<{ status: string; suspension_reason: string | null }> {
    const [row] = await api.db.ownerQuery<{ status: string; suspension_reason: string | null }>(
      `select status, suspension_reason from helper_profiles where tenant_id = $1 and user_id = $2`,
      [site.id, lea.id],
    );
    return row!;
  }

  /** The helpers a customer's search at 8001 lists. */
  async function customerSearch(): Promise<string[]> {
    const response = await api.graphql<{ searchHelpers: { edges: { node: { helper: { id: string } } }[] } }>({
      host: site.slug,
      query: SEARCH,
      variables: { postalCode: '8001', serviceId },
      token: customer.accessToken,
    });
    expect(response.errors).toBeUndefined();
    return response.data!.searchHelpers.edges.map((edge) => edge.node.helper.id);
  }

  async function reportCount(): Promise<number> {
    const [row] = await api.db.ownerQuery<{ n: string }>(`select count(*) as n from reconciliation_reports where tenant_id = $1`, [site.id]);
    return Number(row!.n);
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await startTestApi();
    const port = new URL(await api.liveUrl()).port;
    site = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    origin = `http://${site.slug}.localhost:${port}`;
    serviceId = await site.serviceId({ pricingMode: 'hourly' });
    const setup = (displayName: string) => ({ displayName, postalCode: '8004', radiusKm: 10, skills: [{ serviceId, priceMinor: 4500 }], weekdays: EVERY_DAY });
    lea = await createApprovedHelper(api, site, setup('Lea Keller'));
    const marco = await createApprovedHelper(api, site, setup('Marco Rossi'));
    await createHelper(api, site, setup('Nora Applicant'));
    customer = await createTestUser(api, site, { roles: ['customer'] });
    // Lea passed every vetting step, so reinstating her approves her again rather than sending her back to review.
    await api.db.ownerQuery(`update vetting_steps set status = 'approved', decided_at = now() where tenant_id = $1 and helper_id = $2`, [site.id, lea.id]);
    // The site takes cards through its own Stripe account; connecting makes no call to Stripe.
    const connected = await api.graphql({
      host: site.slug,
      query: 'mutation($p: String!, $s: String!, $w: String!) { connectStripeAccount(publishableKey: $p, secretKey: $s, webhookSecret: $w) { mode } }',
      variables: { p: 'pk_test_consolehelpers0000000000', s: 'sk_test_consolehelpers0000000000', w: 'whsec_consolehelpers01' },
      token: site.admin.accessToken,
    });
    expect(connected.errors).toBeUndefined();
    // A payout as Stripe's payout.paid webhook records it.
    await api.db.ownerQuery(
      `insert into helper_payouts (tenant_id, id, helper_id, provider_payout_id, amount_minor, currency, status, arrival_date, created_at)
       values ($1, gen_random_uuid(), $2, 'po_console_helpers_1', 12345, 'CHF', 'paid', now() - interval '1 day', now() - interval '2 days')`,
      [site.id, marco.id],
    );
  });

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Zurich' });
  });

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('finds a helper by search, suspends her with a reason and reinstates her', async () => {
    expect(await customerSearch()).toContain(lea.id);
    const page = await openPage(`${origin}/console/helpers`);
    await fillLogIn(page, site.admin);
    await page.getByRole('heading', { level: 1, name: 'Helpers' }).waitFor();
    await page.getByTestId('directory-helper').filter({ hasText: 'Nora Applicant' }).waitFor();
    expect(await page.getByTestId('directory-helper').count()).toBe(3);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Search').fill('keller');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByTestId('directory-helper').filter({ hasText: 'Marco Rossi' }).waitFor({ state: 'detached' });
    const card = page.getByRole('listitem', { name: 'Lea Keller' });
    await card.waitFor();
    expect(await page.getByTestId('directory-helper').count()).toBe(1);
    expect(await card.getByTestId('helper-status').innerText()).toBe('Approved');

    // The reason is required: nothing changes without one.
    await card.getByRole('button', { name: 'Suspend …' }).click();
    await card.getByRole('button', { name: 'Suspend helper' }).click();
    expect(await card.getByTestId('helper-reason-error').innerText()).toBe('Give a reason.');
    expect((await leaRow()).status).toBe('approved');
    await card.getByLabel('Reason').fill('Two no-shows in a week');
    expect(await seriousViolations(page)).toEqual([]);
    await card.getByRole('button', { name: 'Suspend helper' }).click();
    await page.getByTestId('helper-done').getByText('Lea Keller is suspended.').waitFor();
    await card.getByTestId('helper-status').getByText('Suspended').waitFor();
    expect(await card.getByTestId('helper-reason').innerText()).toBe('Suspended: Two no-shows in a week');
    expect(await leaRow()).toEqual({ status: 'suspended', suspension_reason: 'Two no-shows in a week' });
    expect(await customerSearch()).not.toContain(lea.id);
    await page.screenshot({ path: `${SCREENSHOTS}console-helpers-desktop.png`, fullPage: true });
    await atPhoneWidth(page, 'helpers');

    // The status filter lives in the address.
    await page.getByLabel('Status').selectOption('SUSPENDED');
    await page.getByLabel('Search').fill('');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/\/console\/helpers\?status=SUSPENDED$/);
    // Loaded afresh from that address, the page lists the suspended helper only.
    await page.reload();
    await page.getByRole('listitem', { name: 'Lea Keller' }).waitFor();
    expect(await page.getByLabel('Status').inputValue()).toBe('SUSPENDED');
    expect(await page.getByTestId('directory-helper').allInnerTexts()).toEqual([expect.stringContaining('Lea Keller')]);

    await page.getByRole('listitem', { name: 'Lea Keller' }).getByRole('button', { name: 'Reinstate' }).click();
    await page.getByTestId('helper-done').getByText('Lea Keller is approved again.').waitFor();
    expect(await page.getByRole('listitem', { name: 'Lea Keller' }).getByTestId('helper-status').innerText()).toBe('Approved');
    expect(await leaRow()).toEqual({ status: 'approved', suspension_reason: null });
    expect(await customerSearch()).toContain(lea.id);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lists payouts, refuses a period too long under its field, and lists a valid one as pending', async () => {
    const page = await openPage(`${origin}/console/payouts`);
    await fillLogIn(page, site.admin);
    await page.getByRole('heading', { level: 1, name: 'Payouts' }).waitFor();
    const payouts = page.getByTestId('payout-table');
    await payouts.getByText('po_console_helpers_1').waitFor();
    expect(await payouts.locator('tbody tr').first().innerText()).toContain('Marco Rossi');
    expect(await payouts.locator('tbody tr').first().innerText()).toMatch(/CHF\s*123\.45\s+Paid/);
    await page.getByTestId('reports-empty').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
    await page.getByLabel('From').fill(day(-120));
    await page.getByLabel('To (inclusive)').fill(day(-2));
    await page.getByRole('button', { name: 'Ask for a reconciliation' }).click();
    expect(await page.getByTestId('reconcile-to-error').innerText()).toBe('A reconciliation covers at most 92 days.');
    expect(await page.getByLabel('To (inclusive)').getAttribute('aria-invalid')).toBe('true');
    expect(await reportCount()).toBe(0);

    // A period that has not ended yet is refused too.
    await page.getByLabel('From').fill(day(-3));
    await page.getByLabel('To (inclusive)').fill(day(1));
    await page.getByRole('button', { name: 'Ask for a reconciliation' }).click();
    await page.getByTestId('reconcile-to-error').getByText('The period must have ended: choose yesterday at the latest.').waitFor();
    expect(await reportCount()).toBe(0);

    await page.getByLabel('From').fill(day(-8));
    await page.getByLabel('To (inclusive)').fill(day(-2));
    await page.getByRole('button', { name: 'Ask for a reconciliation' }).click();
    await page.getByTestId('reconcile-done').waitFor();
    const row = page.getByTestId('report-row');
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.getByTestId('report-status').innerText()).toBe('Pending');
    expect(await page.getByTestId('reconcile-to-error').count()).toBe(0);
    const [stored] = await api.db.ownerQuery<{ status: string; requested_by: string | null }>(`select status, requested_by from reconciliation_reports where tenant_id = $1`, [site.id]);
    expect(stored).toEqual({ status: 'pending', requested_by: site.admin.id });

    await row.getByRole('button').click();
    const detail = page.getByTestId('report-detail');
    await detail.getByTestId('report-detail-status').getByText('Pending').waitFor();
    expect(await detail.innerText()).toContain('This report is pending');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}console-payouts-desktop.png`, fullPage: true });
    await atPhoneWidth(page, 'payouts');
  });
});
