// A customer pays by card in a real browser, on a site with its own Stripe account: Stripe's script is
// served by the fake Stripe's stand-in (js.stripe.com cannot be reached from here), which sends the card
// typed into the page to the fake Stripe on loopback with the site's publishable key, exactly where
// Stripe.js would send it; the real API and worker then hold and charge it through the fake. A declined
// card says why in the customer's words and charges nothing (also one whose bank asks for 3-D Secure,
// which the site cannot show yet); the next card is held, then charged when the job is done. A site whose Stripe account has no publishable key, and a Stripe.js that cannot be loaded,
// each say so instead of showing a form that cannot work. Screenshots go to docs/screenshots/card-*.png.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  createApprovedHelper,
  createMarketplaceTenant,
  createTestUser,
  EVERY_DAY,
  FakeStripe,
  startWorkerProcess,
  stopWorkerProcesses,
  swissPlacesTsv,
  waitUntil,
  type MarketplaceTenant,
  type TestUser,
} from '@quartier/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import Stripe from 'stripe';
import { startTestApi, type TestApi } from '../../api/test/test-api.js';
import { capture as captureScreen, DESKTOP, expectAccessible, fillLogIn, launchBrowser, PHONE, readText } from './browser.js';

const SECRET_KEY = 'sk_test_quartierbrowsercards0001';
const PUBLISHABLE_KEY = 'pk_test_quartierbrowsercards0001';
const WEBHOOK_SECRET = 'whsec_quartierbrowsercards01';
const STRIPE_JS = /^https:\/\/js\.stripe\.com\//;

interface PaymentRow {
  status: string;
  amount_minor: number;
  captured_minor: number;
  card_last4: string | null;
  decline_code: string | null;
}

describe('paying by card through Stripe Elements in Chromium', () => {
  const fake = new FakeStripe();
  let api: TestApi;
  let browser: Browser;
  let context: BrowserContext;
  let site: MarketplaceTenant;
  let origin: string;
  let serviceId: string;
  let helper: TestUser;

  const paymentOf = async (requestId: string): Promise<PaymentRow | undefined> =>
    (
      await api.db.ownerQuery<PaymentRow>(
        `select p.status, p.amount_minor, p.captured_minor, p.card_last4, p.decline_code
           from payments p join appointments a on a.tenant_id = p.tenant_id and a.id = p.appointment_id
          where p.tenant_id = $1 and a.request_id = $2`,
        [site.id, requestId],
      )
    )[0];
  const cardPosts = () => fake.requestLog.filter((entry) => entry.path === '/v1/payment_methods').length;

  const capture = (page: Page, name: string) => captureScreen(page, `card-${name}`);

  /** Types a card into the Payment Element and asks for the hold. */
  async function payWith(page: Page, number: string) {
    const form = page.getByTestId('card-payment');
    await form.getByLabel('Card number').fill(number);
    await form.getByLabel('Expiration date (MM / YY)').fill('12 / 34');
    await form.getByLabel('Security code').fill('123');
    await form.getByRole('button', { name: /^Hold CHF/ }).click();
  }

  /** Books the helper's first free time from their profile, logging in on the way; the request's id. */
  async function book(page: Page, customer: TestUser): Promise<string> {
    await page.goto(`${origin}/helpers/${helper.id}?service=${serviceId}&postalCode=8001`);
    const slot = page.getByTestId('slot-list').getByRole('link').first();
    await slot.click();
    await fillLogIn(page, customer);
    await page.getByRole('heading', { level: 1, name: 'Confirm your booking' }).waitFor();
    expect(await page.locator('dl').innerText()).toContain('Then you enter your card on your request page');
    await page.getByRole('button', { name: 'Book this time' }).click();
    await page.getByTestId('request-status').waitFor();
    return new URL(page.url()).pathname.split('/').pop()!;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    const address = await fake.start();
    fake.addPlatform(SECRET_KEY, PUBLISHABLE_KEY);
    api = await startTestApi({ STRIPE_API_URL: address.url });
    const port = new URL(await api.liveUrl()).port;
    site = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    origin = `http://${site.slug}.localhost:${port}`;
    serviceId = await site.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    helper = await createApprovedHelper(api, site, { displayName: 'Ana Meier', postalCode: '8001', radiusKm: 5, skills: [{ serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });
    const connected = await api.graphql({
      host: site.slug,
      query: 'mutation($p: String!, $s: String!, $w: String!) { connectStripeAccount(publishableKey: $p, secretKey: $s, webhookSecret: $w) { mode } }',
      variables: { p: PUBLISHABLE_KEY, s: SECRET_KEY, w: WEBHOOK_SECRET },
      token: site.admin.accessToken,
    });
    expect(connected.errors).toBeUndefined();
    // Ana's Express account at the fake, onboarded: her share of each charge goes there.
    const stripe = new Stripe(SECRET_KEY, { host: address.host, port: address.port, protocol: 'http', maxNetworkRetries: 0 });
    const account = await stripe.accounts.create({ type: 'express', country: 'CH', email: helper.email, capabilities: { transfers: { requested: true }, card_payments: { requested: true } } });
    fake.completeOnboarding(account.id);
    await api.db.ownerQuery(
      `insert into helper_payout_accounts (tenant_id, helper_id, status, stripe_account_id, charges_enabled, payouts_enabled, details_submitted, created_at, updated_at)
       values ($1, $2, 'active', $3, true, true, true, now(), now())`,
      [site.id, helper.id, account.id],
    );
    await startWorkerProcess(api.db.config, { STRIPE_API_URL: address.url, QUEUE_RETRY_BASE_MS: '100' }).ready();
  });

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Zurich' });
    await context.route(STRIPE_JS, (route) => route.fulfill({ contentType: 'application/javascript', body: fake.stripeJs() }));
  });

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await stopWorkerProcesses();
    await browser?.close();
    await api?.close();
    await fake.stop();
  });

  it('books, is declined with the reason and charged nothing, then has the next card held and charged when the job is done', async () => {
    const customer = await createTestUser(api, site, { roles: ['customer'], displayName: 'Eva Huber' });
    const page = await context.newPage();
    await page.setViewportSize(DESKTOP);
    const requestId = await book(page, customer);

    // The worker opens the payment after the booking; the page reads it again until it is there.
    const form = page.getByTestId('card-payment');
    await form.getByLabel('Card number').waitFor({ timeout: 30_000 });
    expect(await readText(page, 'request-payment')).toBe('CHF 40.00 by card: please enter your card below');
    await capture(page, 'form-desktop');

    // An incomplete card is stopped in the page: nothing reaches Stripe.
    const postsBefore = cardPosts();
    await form.getByRole('button', { name: 'Hold CHF 40.00 on my card' }).click();
    await page.getByTestId('card-payment-error').filter({ hasText: 'Your card number is incomplete.' }).waitFor();
    expect(cardPosts()).toBe(postsBefore);
    expect((await paymentOf(requestId))?.status).toBe('awaiting_method');

    // A card without the funds: declined, the reason in the customer's words, nothing charged.
    await payWith(page, '4000 0000 0000 9995');
    await page.getByTestId('request-payment').filter({ hasText: 'Your card was declined' }).waitFor({ timeout: 30_000 });
    expect(await readText(page, 'request-payment')).toBe('Your card was declined: The card has insufficient funds. Nothing was charged. Please try another card.');
    expect(await paymentOf(requestId)).toMatchObject({ status: 'declined', decline_code: 'insufficient_funds', captured_minor: 0 });
    expect(cardPosts()).toBe(postsBefore + 1);
    await capture(page, 'declined-desktop');

    // A card whose bank asks for 3-D Secure: declined as such, since the site cannot show the challenge yet.
    await payWith(page, '4000 0027 6000 3184');
    await page.getByTestId('request-payment').filter({ hasText: 'The bank asks to confirm' }).waitFor({ timeout: 30_000 });
    expect(await readText(page, 'request-payment')).toBe(
      'Your card was declined: The bank asks to confirm the payment in its app, which this site cannot offer yet. Nothing was charged. Please try another card.',
    );
    expect(await paymentOf(requestId)).toMatchObject({ status: 'declined', decline_code: 'authentication_required', captured_minor: 0 });

    // The next card is held for the whole amount; the form goes away.
    await payWith(page, '4242 4242 4242 4242');
    await page.getByTestId('request-payment').filter({ hasText: 'held on your' }).waitFor({ timeout: 30_000 });
    expect(await readText(page, 'request-payment')).toBe('CHF 40.00 held on your VISA card ending in 4242; charged once the job is done');
    expect(await page.getByTestId('card-payment').count()).toBe(0);
    const held = await paymentOf(requestId);
    expect(held).toMatchObject({ status: 'authorized', captured_minor: 0, card_last4: '4242' });
    const intents = fake.paymentIntents(SECRET_KEY).filter((intent) => intent.status === 'requires_capture');
    expect(intents.map((intent) => intent.amount)).toEqual([held!.amount_minor]);
    await capture(page, 'held-desktop');

    // The job is done: the worker charges the card, and the page says so.
    const [appointment] = await api.db.ownerQuery<{ id: string }>(`select id from appointments where tenant_id = $1 and request_id = $2`, [site.id, requestId]);
    await api.db.ownerQuery(`update appointments set starts_at = now() + interval '5 minutes', ends_at = now() + interval '65 minutes' where tenant_id = $1 and id = $2`, [
      site.id,
      appointment!.id,
    ]);
    for (const query of ['mutation($id: ID!) { startAppointment(appointmentId: $id) { status } }', 'mutation($id: ID!) { completeAppointment(appointmentId: $id) { status } }']) {
      const answer = await api.graphql({ host: site.slug, query, variables: { id: appointment!.id }, token: helper.accessToken });
      expect(answer.errors).toBeUndefined();
    }
    await waitUntil('the card to be charged', async () => ((await paymentOf(requestId))?.status === 'captured' ? true : undefined), 30_000);
    await page.reload();
    await page.getByTestId('request-payment').filter({ hasText: 'charged to your' }).waitFor();
    expect(await readText(page, 'request-payment')).toBe('CHF 40.00 charged to your VISA card ending in 4242');
    expect((await paymentOf(requestId))?.captured_minor).toBe(held!.amount_minor);

    await page.setViewportSize(PHONE);
    await capture(page, 'charged-375');
    await page.close();
  });

  it('says the card form cannot be loaded when Stripe.js does not load, and offers no form', async () => {
    const customer = await createTestUser(api, site, { roles: ['customer'], displayName: 'Luca Bernasconi' });
    const page = await context.newPage();
    await page.route(STRIPE_JS, (route) => route.abort('internetdisconnected'));
    await page.setViewportSize(PHONE);
    const requestId = await book(page, customer);
    await page.getByText('The card form could not be loaded.').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: /^Hold CHF/ }).count()).toBe(0);
    expect((await paymentOf(requestId))?.status).toBe('awaiting_method');
    await capture(page, 'load-failed-375');
    await page.close();
  });

  it('tells the customer the site cannot take cards while its Stripe account has no publishable key', async () => {
    const customer = await createTestUser(api, site, { roles: ['customer'], displayName: 'Sara Keller' });
    await api.db.ownerQuery(`update tenant_stripe_accounts set publishable_key = null where tenant_id = $1`, [site.id]);
    try {
      const page = await context.newPage();
      await page.setViewportSize(DESKTOP);
      const requestId = await book(page, customer);
      await page.getByText('This site cannot take cards at the moment.').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('card-payment').count()).toBe(0);
      expect((await paymentOf(requestId))?.status).toBe('awaiting_method');
      await expectAccessible(page);
      await page.close();
    } finally {
      await api.db.ownerQuery(`update tenant_stripe_accounts set publishable_key = $2 where tenant_id = $1`, [site.id, PUBLISHABLE_KEY]);
    }
  });
});
