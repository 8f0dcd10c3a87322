// The operator console's reviews, notification texts and webhooks in a real browser, on a site of
// their own: a customer's review is hidden with a reason and shown again (the database agrees); a text
// with an unknown variable is refused under its field and nothing is stored, a valid one previews and
// saves; a webhook endpoint is created and its secret shown once, gone after a reload. Every page
// passes axe-core; screenshots go to docs/screenshots/.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createApprovedHelper, createMarketplaceTenant, createTestUser, EVERY_DAY, swissPlacesTsv, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../../api/test/test-api.js';
import { DESKTOP, fillLogIn, launchBrowser, PHONE, readText, SCREENSHOTS, seriousViolations } from './browser.js';

const MINUTE_MS = 60_000;

describe('the operator console: reviews, notification texts and webhooks in Chromium', () => {
  let api: TestApi;
  let browser: Browser;
  let context: BrowserContext;
  let site: MarketplaceTenant;
  let origin: string;
  let customer: TestUser;
  let reviewId: string;

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

  async function call<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const response = await api.graphql<T>({ host: site.slug, query, variables, token });
    expect(response.errors).toBeUndefined();
    return response.data as T;
  }

  async function reviewRow(): Promise<{ hidden_at: Date | null; hidden_reason: string | null }> {
    const [row] = await api.db.ownerQuery<{ hidden_at: Date | null; hidden_reason: string | null }>(
      `select hidden_at, hidden_reason from reviews where tenant_id = $1 and id = $2`,
      [site.id, reviewId],
    );
    return row!;
  }

  async function storedTemplates(): Promise<{ body: string }[]> {
    return api.db.ownerQuery<{ body: string }>(`select body from notification_templates where tenant_id = $1`, [site.id]);
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await startTestApi();
    const port = new URL(await api.liveUrl()).port;
    site = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    origin = `http://${site.slug}.localhost:${port}`;
    const [serviceId] = await site.serviceIds({ pricingMode: 'hourly' });
    const helper = await createApprovedHelper(api, site, { displayName: 'Lea Keller', postalCode: '8004', radiusKm: 10, skills: [{ serviceId: serviceId!, priceMinor: 4500 }], weekdays: EVERY_DAY });
    customer = await createTestUser(api, site, { roles: ['customer'], displayName: 'Nina Brunner' });
    // A job booked, done and reviewed by both sides, so the customer's review is published.
    const startsAt = new Date(Date.now() + 10 * MINUTE_MS).toISOString();
    const { bookSlot } = await call<{ bookSlot: { id: string } }>(
      `mutation($input: BookSlotInput!) { bookSlot(input: $input) { id } }`,
      { input: { helperId: helper.id, serviceId, postalCode: '8001', startsAt } },
      customer.accessToken,
    );
    await call(`mutation($id: ID!) { startAppointment(appointmentId: $id) { status } }`, { id: bookSlot.id }, helper.accessToken);
    await call(`mutation($id: ID!) { completeAppointment(appointmentId: $id, note: "Done") { status } }`, { id: bookSlot.id }, helper.accessToken);
    const write = `mutation($id: ID!, $stars: Int!, $text: String) { writeReview(appointmentId: $id, stars: $stars, text: $text) { id } }`;
    const written = await call<{ writeReview: { id: string } }>(write, { id: bookSlot.id, stars: 1, text: 'Call me on 079 555 12 34, the helper was useless.' }, customer.accessToken);
    reviewId = written.writeReview.id;
    await call(write, { id: bookSlot.id, stars: 5, text: 'Kind customer.' }, helper.accessToken);
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

  it('hides a review with its reason and shows it again', async () => {
    const page = await openPage(`${origin}/console/reviews`);
    await fillLogIn(page, site.admin);
    await page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
    const card = page.locator(`[data-review-id="${reviewId}"]`);
    expect(await card.getByTestId('review-state').innerText()).toBe('Visible');
    expect(await seriousViolations(page)).toEqual([]);

    await card.getByRole('button', { name: 'Hide review' }).click();
    expect(await card.getByTestId('reason-error').innerText()).toContain('Write the reason');
    expect((await reviewRow()).hidden_at).toBeNull();

    await card.getByLabel('Reason for hiding').fill('Personal data: a phone number');
    await card.getByRole('button', { name: 'Hide review' }).click();
    await page.getByTestId('review-done').getByText('The review by Nina Brunner is hidden.').waitFor();
    await card.getByTestId('review-state').getByText('Hidden').waitFor();
    const hidden = await reviewRow();
    expect(hidden.hidden_at).not.toBeNull();
    expect(hidden.hidden_reason).toBe('Personal data: a phone number');
    expect(await card.innerText()).toContain('Reason: Personal data: a phone number');
    await page.screenshot({ path: `${SCREENSHOTS}console-reviews-desktop.png`, fullPage: true });
    await atPhoneWidth(page, 'reviews');

    // Only hidden ones, by the filter in the address.
    await page.getByRole('link', { name: 'Hidden', exact: true }).click();
    await page.waitForURL(/\/console\/reviews\?hidden=true$/);
    await card.getByLabel('Reason for showing it again').fill('Phone number removed by the author');
    await card.getByRole('button', { name: 'Show again' }).click();
    await page.getByTestId('review-done').getByText('The review by Nina Brunner is visible again.').waitFor();
    expect((await reviewRow()).hidden_at).toBeNull();
    await page.getByText('No reviews here.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('refuses a text with an unknown variable under its field, then previews and saves a valid one', async () => {
    const page = await openPage(`${origin}/console/notifications`);
    await fillLogIn(page, site.admin);
    await page.getByRole('heading', { level: 1, name: 'Notification texts' }).waitFor();
    await page.getByLabel('Message').selectOption('booking.confirmed');
    await page.getByLabel('Text language').selectOption('en');
    await page.getByLabel('Email').check();
    await page.getByTestId('template-origin').getByText('Quartier’s text applies.').waitFor();
    const variables = await readText(page, 'template-variables');
    expect(variables).toContain('{{helperName}}');
    expect(await seriousViolations(page)).toEqual([]);

    const body = page.getByLabel('Text', { exact: true });
    await body.fill('Hello {{recipientName}}, your helper {{favouriteColour}} is booked.');
    await page.getByTestId('preview-refused').waitFor();
    await page.getByRole('button', { name: 'Save text' }).click();
    expect(await readText(page, 'body-error')).toContain('a variable or placeholder this message cannot use');
    expect(await storedTemplates()).toEqual([]);

    await body.fill('Hello {{recipientName}}, {{helperName}} comes for {{serviceName}}. See you soon at the Neighborhood.');
    await page.getByTestId('template-preview').getByText('See you soon at the Neighborhood.', { exact: false }).waitFor();
    expect(await readText(page, 'template-preview')).not.toContain('{{helperName}}');
    await page.getByRole('button', { name: 'Save text' }).click();
    await page.getByTestId('template-done').waitFor();
    await page.getByTestId('template-origin').getByText('The site’s own text', { exact: false }).waitFor();
    const stored = await storedTemplates();
    expect(stored.map((row) => row.body)).toEqual(['Hello {{recipientName}}, {{helperName}} comes for {{serviceName}}. See you soon at the Neighborhood.']);
    await page.getByTestId('template-preview').getByText('See you soon at the Neighborhood.', { exact: false }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}console-notifications-desktop.png`, fullPage: true });
    await atPhoneWidth(page, 'notifications');

    // Back to Quartier's text: the site's own is removed.
    await page.getByRole('button', { name: 'Back to Quartier’s text' }).click();
    await page.getByTestId('template-done').getByText('Quartier’s text applies again.').waitFor();
    expect(await storedTemplates()).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('sends a failed delivery of the log again', async () => {
    const [failed] = await api.db.ownerQuery<{ id: string }>(
      `insert into notification_deliveries (tenant_id, id, event_id, event_type, kind, channel, recipient_id, address, locale, subject, body, status,
         attempts, max_attempts, due_at, last_code, last_error, failed_at, created_at, updated_at)
       values ($1, gen_random_uuid(), gen_random_uuid(), 'request.scheduled', 'booking.confirmed', 'email', $2, $3, 'en', 'Booking confirmed', 'See you soon.', 'failed',
         5, 5, now(), '550', 'Mailbox unavailable', now(), now(), now())
       returning id`,
      [site.id, customer.id, customer.email],
    );
    const page = await openPage(`${origin}/console/notification-log`);
    await fillLogIn(page, site.admin);
    await page.getByRole('heading', { level: 1, name: 'Delivery log' }).waitFor();
    await page.getByLabel('Status').selectOption('FAILED');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.waitForURL(/\/console\/notification-log\?status=FAILED$/);
    const row = page.getByTestId('delivery-row').filter({ hasText: customer.email });
    expect(await row.getByTestId('delivery-status').innerText()).toBe('Failed');
    expect(await row.innerText()).toContain('550: Mailbox unavailable');
    expect(await seriousViolations(page)).toEqual([]);

    await row.getByRole('button', { name: `Send again: booking.confirmed to ${customer.email}` }).click();
    await row.getByTestId('delivery-outcome').getByText('Due again now.').waitFor();
    expect(await row.getByTestId('delivery-status').innerText()).toBe('Waiting');
    const [stored] = await api.db.ownerQuery<{ status: string; replays: number }>(`select status, replays from notification_deliveries where tenant_id = $1 and id = $2`, [site.id, failed!.id]);
    expect(stored).toEqual({ status: 'pending', replays: 1 });
    await page.screenshot({ path: `${SCREENSHOTS}console-notification-log-desktop.png`, fullPage: true });
    await atPhoneWidth(page, 'notification-log');
  });

  it('creates a webhook endpoint and shows its secret once', async () => {
    const page = await openPage(`${origin}/console/webhooks`);
    await fillLogIn(page, site.admin);
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByText('No endpoints yet.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Address (URL)').fill('ftp://example.com/hook');
    await page.locator('input[name="webhook-new-events"]').first().check();
    await page.getByRole('button', { name: 'Create endpoint' }).click();
    await page.getByTestId('webhook-url-error').waitFor();
    const [{ count: none }] = await api.db.ownerQuery<{ count: string }>(`select count(*) from webhook_endpoints where tenant_id = $1`, [site.id]);
    expect(Number(none)).toBe(0);

    await page.getByLabel('Address (URL)').fill('http://localhost:9/quartier-hook');
    await page.getByRole('button', { name: 'Create endpoint' }).click();
    const secret = (await page.getByTestId('webhook-secret-value').innerText()).trim();
    expect(secret).toMatch(/^whsec_/);
    expect(await page.getByTestId('webhook-secret').innerText()).toContain('you will not see it again');
    await page.getByTestId('webhook-endpoint').getByText('http://localhost:9/quartier-hook').waitFor();
    expect(await page.getByTestId('webhook-endpoint').innerText()).toContain(secret.slice(-4));
    await page.screenshot({ path: `${SCREENSHOTS}console-webhooks-desktop.png`, fullPage: true });
    await atPhoneWidth(page, 'webhooks');
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload();
    await page.getByTestId('webhook-endpoint').waitFor();
    expect(await page.getByTestId('webhook-secret').count()).toBe(0);
    expect(await page.content()).not.toContain(secret);
  });
});
