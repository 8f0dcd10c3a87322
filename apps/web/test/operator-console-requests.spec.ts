// The operator console's request page in a real browser: a scheduled appointment moved to another
// helper (one booked meanwhile is refused under the field and nothing changes; a free one takes it and
// the page shows them); a payment charged on the offline provider refunded in part after a
// confirmation (an amount above what is left is refused under its field, with no refund written); and
// the dashboard listing a request near its SLA by the first-response due time the request keeps. Every
// page passes axe-core and fits 375 px; screenshots go to docs/screenshots/console-request-*.png.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { PaymentFlowService } from '@quartier/payments';
import { RequestContext } from '@quartier/platform';
import { createApprovedHelper, createMarketplaceTenant, createTestUser, EVERY_DAY, swissPlacesTsv, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../../api/test/test-api.js';
import { capture as captureScreen, DESKTOP, fillLogIn, launchBrowser, PHONE, readText } from './browser.js';

const HOUR = 60 * 60 * 1000;

describe('the operator console request page in Chromium', () => {
  let api: TestApi;
  let browser: Browser;
  let context: BrowserContext;
  let site: MarketplaceTenant;
  let origin: string;
  let serviceId: string;
  let system: RequestContext;
  let marco: TestUser;
  let lea: TestUser;
  let jonas: TestUser;

  async function openPage(url: string, viewport = DESKTOP): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(url);
    await page.getByTestId('site-name').waitFor();
    return page;
  }

  const capture = (page: Page, name: string) => captureScreen(page, `console-request-${name}`);

  /** A new customer books the helper's slot; the request's id. */
  async function book(helper: TestUser, startsAt: Date): Promise<string> {
    const customer = await createTestUser(api, site, { roles: ['customer'] });
    const result = await api.graphql<{ bookSlot: { requestId: string } }>({
      host: site.slug,
      token: customer.accessToken,
      query: `mutation($input: BookSlotInput!) { bookSlot(input: $input) { requestId } }`,
      variables: { input: { helperId: helper.id, serviceId, postalCode: '8001', startsAt: startsAt.toISOString() } },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.bookSlot.requestId;
  }

  async function postRequest(): Promise<string> {
    const customer = await createTestUser(api, site, { roles: ['customer'] });
    const from = new Date(Date.now() + 24 * HOUR);
    const result = await api.graphql<{ postRequest: { id: string } }>({
      host: site.slug,
      token: customer.accessToken,
      query: `mutation($input: PostRequestInput!) { postRequest(input: $input) { id } }`,
      variables: { input: { serviceId, postalCode: '8004', description: 'The TV box loses its picture', windows: [{ from: from.toISOString(), to: new Date(from.getTime() + 4 * HOUR).toISOString() }] } },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.postRequest.id;
  }

  function appointmentsOf(requestId: string) {
    return api.db.ownerQuery<{ helper_id: string; status: string }>(`select helper_id, status from appointments where tenant_id = $1 and request_id = $2 order by created_at`, [
      site.id,
      requestId,
    ]);
  }

  function refundsOf(requestId: string) {
    return api.db.ownerQuery<{ amount_minor: number; status: string; reason: string }>(
      `select r.amount_minor, r.status, r.reason from payment_refunds r join payments p on p.tenant_id = r.tenant_id and p.id = r.payment_id
        where r.tenant_id = $1 and p.request_id = $2 order by r.created_at`,
      [site.id, requestId],
    );
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await startTestApi();
    const port = new URL(await api.liveUrl()).port;
    site = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    origin = `http://${site.slug}.localhost:${port}`;
    serviceId = await site.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    system = RequestContext.system(site.id, 'operator-console-requests-test');
    const helper = (displayName: string, postalCode: string) =>
      createApprovedHelper(api, site, { displayName, postalCode, radiusKm: 10, skills: [{ serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });
    marco = await helper('Marco Rossi', '8001');
    lea = await helper('Lea Meier', '8004');
    jonas = await helper('Jonas Keller', '8001');
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

  it('moves a scheduled appointment to a free helper, after refusing one booked meanwhile under the field', async () => {
    const startsAt = new Date(Math.ceil(Date.now() / HOUR) * HOUR + 30 * HOUR);
    const requestId = await book(marco, startsAt);
    const page = await openPage(`${origin}/console/requests/${requestId}`);
    await fillLogIn(page, site.admin);
    await page.getByTestId('appointment-helper').filter({ hasText: 'Marco Rossi' }).waitFor();
    const helperField = page.getByLabel('New helper');
    await helperField.waitFor();
    // The choice is the helpers free then, without the one booked.
    const choices = await helperField.locator('option').allTextContents();
    expect(choices.filter((text) => text !== '—').map((text) => text.replace(/ \(.*\)$/, '')).sort()).toEqual(['Jonas Keller', 'Lea Meier']);

    // Jonas is booked for the same hour by another customer while the page is open.
    await book(jonas, startsAt);
    await helperField.selectOption(jonas.id);
    await page.getByLabel('Reason for the change').fill('Marco is ill');
    await page.getByRole('button', { name: 'Reassign' }).click();
    await page.getByTestId('reassign-helper-error').waitFor();
    expect(await readText(page, 'reassign-helper-error')).toBe('This helper has another appointment at that time. Choose another one.');
    expect(await helperField.getAttribute('aria-invalid')).toBe('true');
    expect(await appointmentsOf(requestId)).toEqual([{ helper_id: marco.id, status: 'scheduled' }]);
    await capture(page, 'reassign-refused-desktop');

    // Lea is free: the appointment is hers, the old one cancelled, and the page shows her.
    await helperField.selectOption(lea.id);
    await page.getByRole('button', { name: 'Reassign' }).click();
    await page.getByTestId('action-done').filter({ hasText: 'The appointment now belongs to Lea Meier.' }).waitFor();
    await page.getByTestId('appointment-helper').filter({ hasText: 'Lea Meier' }).waitFor();
    expect(await appointmentsOf(requestId)).toEqual([
      { helper_id: marco.id, status: 'cancelled' },
      { helper_id: lea.id, status: 'scheduled' },
    ]);
    expect(await readText(page, 'console-timeline')).toContain('Reason: Marco is ill');
    await capture(page, 'reassign-desktop');

    const phone = await openPage(`${origin}/console/requests/${requestId}`, PHONE);
    await phone.getByTestId('appointment-helper').filter({ hasText: 'Lea Meier' }).waitFor();
    await phone.getByLabel('New helper').waitFor();
    await capture(phone, 'reassign-375');
  });

  it('refunds part of a payment charged on site after a confirmation, and refuses more than is left under the amount', async () => {
    const requestId = await book(marco, new Date(Math.ceil(Date.now() / HOUR) * HOUR + 54 * HOUR));
    // The payment jobs, run by calling their services as the worker's handlers do: the site has no
    // Stripe, so the payment is set up to be paid on site and recorded in full once the job is done.
    const flow = api.app.get(PaymentFlowService);
    expect(await flow.open(system, requestId)).toBe('opened (offline)');
    expect(await flow.capture(system, requestId)).toMatch(/^captured \d+$/);
    const [payment] = await api.db.ownerQuery<{ captured_minor: number }>(`select captured_minor from payments where tenant_id = $1 and request_id = $2`, [site.id, requestId]);
    const chf = (minor: number) => new RegExp(`CHF\\s${(minor / 100).toFixed(2).replace('.', '\\.')}`);

    const page = await openPage(`${origin}/console/requests/${requestId}`);
    await fillLogIn(page, site.admin);
    await page.getByTestId('payment-status').filter({ hasText: 'Charged' }).waitFor();
    expect(await readText(page, 'payment-summary')).toContain('On site or by invoice');
    expect(await readText(page, 'payment-left')).toMatch(chf(payment!.captured_minor));

    // Part of it: asked to confirm the amount first, then recorded as a refund on its way.
    const amount = page.getByLabel('Amount in CHF');
    await amount.fill('10');
    await page.getByLabel('Reason for the refund').fill('Arrived late');
    await page.getByRole('button', { name: 'Refund…' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.waitFor();
    expect((await confirm.innerText()).replace(/\s+/g, ' ')).toMatch(/^Give CHF\s10\.00 back to the customer\?/);
    expect(await refundsOf(requestId)).toEqual([]);
    await confirm.getByRole('button', { name: 'Refund', exact: true }).click();
    await page.getByTestId('action-done').filter({ hasText: 'A refund of' }).waitFor();
    await page.getByTestId('payment-refunds').waitFor();
    expect(await refundsOf(requestId)).toEqual([{ amount_minor: 1000, status: 'pending', reason: 'Arrived late' }]);
    expect(await readText(page, 'payment-refunds')).toContain('Arrived late');
    const left = payment!.captured_minor - 1000;
    expect(await readText(page, 'payment-left')).toMatch(chf(left));
    await capture(page, 'refund-desktop');

    // More than is left: the server's refusal under the amount, and no refund written.
    await page.getByLabel('Amount in CHF').fill(((left + 100) / 100).toFixed(2));
    await page.getByLabel('Reason for the refund').fill('Goodwill');
    await page.getByRole('button', { name: 'Refund…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Refund', exact: true }).click();
    await page.getByTestId('refund-amount-error').waitFor();
    expect(await readText(page, 'refund-amount-error')).toMatch(new RegExp(`^At most ${chf(left).source} can still be refunded\\.$`));
    expect(await page.getByLabel('Amount in CHF').getAttribute('aria-invalid')).toBe('true');
    expect(await refundsOf(requestId)).toHaveLength(1);
    await capture(page, 'refund-refused-desktop');

    const phone = await openPage(`${origin}/console/requests/${requestId}`, PHONE);
    await phone.getByTestId('payment-refunds').waitFor();
    await capture(phone, 'refund-375');
  });

  it('settles a cancelled booking by refunding the request, with a reason asked for first', async () => {
    const requestId = await book(lea, new Date(Math.ceil(Date.now() / HOUR) * HOUR + 78 * HOUR));
    const cancelled = await api.graphql({
      host: site.slug,
      token: site.admin.accessToken,
      query: `mutation($id: ID!) { cancelRequest(requestId: $id, reason: "Customer moved away") { status } }`,
      variables: { id: requestId },
    });
    expect(cancelled.errors).toBeUndefined();

    const page = await openPage(`${origin}/console/requests/${requestId}`);
    await fillLogIn(page, site.admin);
    await page.getByTestId('refund-request-form').waitFor();
    await page.getByRole('button', { name: 'Refund the request…' }).click();
    await page.getByTestId('refund-request-reason-error').waitFor();
    expect(await readText(page, 'refund-request-reason-error')).toBe('Give the reason (at most 500 characters).');
    expect(await page.getByRole('alertdialog').count()).toBe(0);

    await page.getByLabel('Reason for refunding the request').fill('Goodwill after the cancellation');
    await page.getByRole('button', { name: 'Refund the request…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Refund the request', exact: true }).click();
    await page.getByTestId('request-status').filter({ hasText: 'Refunded' }).waitFor();
    const [row] = await api.db.ownerQuery<{ status: string }>(`select status from requests where tenant_id = $1 and id = $2`, [site.id, requestId]);
    expect(row?.status).toBe('refunded');
    expect(await readText(page, 'console-timeline')).toContain('Reason: Goodwill after the cancellation');
    expect(await page.getByTestId('refund-request-form').count()).toBe(0);
    await capture(page, 'refunded-desktop');
  });

  it('lists on the dashboard a request whose kept first-response due time is near, not one merely waiting long', async () => {
    const soon = await postRequest();
    const night = await postRequest();
    // One was posted just now with its first answer due in 3 minutes; the other an hour ago outside
    // service hours, so its first answer is due only in 40 minutes.
    await api.db.ownerQuery(`update requests set first_response_due_at = now() + interval '3 minutes' where tenant_id = $1 and id = $2`, [site.id, soon]);
    await api.db.ownerQuery(
      `update requests set created_at = now() - interval '1 hour', first_response_due_at = now() + interval '40 minutes' where tenant_id = $1 and id = $2`,
      [site.id, night],
    );
    const page = await openPage(`${origin}/console`);
    await fillLogIn(page, site.admin);
    await page.getByTestId('figure-open').waitFor();
    expect(await readText(page, 'figure-open')).toBe('2');
    expect(await readText(page, 'figure-near-sla')).toBe('1');
    const listed = page.getByTestId('near-sla-list').getByRole('link');
    expect(await listed.count()).toBe(1);
    expect(await listed.getAttribute('href')).toBe(`/console/requests/${soon}`);
    expect(await readText(page, 'near-sla-list')).toContain('first answer due');
    await capture(page, 'near-sla-desktop');

    const phone = await openPage(`${origin}/console`, PHONE);
    await phone.getByTestId('near-sla-list').waitFor();
    await capture(phone, 'near-sla-375');
  });
});
