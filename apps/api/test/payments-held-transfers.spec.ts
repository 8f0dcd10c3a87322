// A helper paid by card before they finished Stripe's onboarding: the site holds their share on its
// own Stripe balance (the ledger already owes it to them), and sends it to their account once Stripe
// reports it active — exactly once, whether the account became active before or after the capture —
// and a refund afterwards takes the helper's part of that transfer back. The real SDK talks to the
// fake Stripe on loopback; the real worker process runs the payment jobs from the outbox.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { HeldTransfersService } from '@quartier/payments';
import { FixedClock, RequestContext } from '@quartier/platform';
import {
  createApprovedHelper,
  createMarketplaceTenant,
  createTestUser,
  EVERY_DAY,
  FakeStripe,
  type MarketplaceTenant,
  startWorkerProcess,
  stopWorkerProcesses,
  swissPlacesTsv,
  type TestUser,
  waitUntil,
} from '@quartier/testing';
import Stripe from 'stripe';
import { startTestApi, type TestApi } from './test-api.js';

const SECRET_KEY = 'sk_test_quartierheldtransfers0001';
const PUBLISHABLE_KEY = 'pk_test_quartiercardform00000001';
const WEBHOOK_SECRET = 'whsec_quartierheldtransfers1';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const BOOK = `mutation($input: BookSlotInput!) { bookSlot(input: $input) { id requestId startsAt } }`;
const PAY = `mutation($input: AuthorizePaymentInput!) { authorizePayment(input: $input) { id } }`;
const PAYMENT_OF = `query($id: ID!) { requestPayment(requestId: $id) { id status capturedMinor } }`;
const START = `mutation($id: ID!) { startAppointment(appointmentId: $id) { status } }`;
const COMPLETE = `mutation($id: ID!) { completeAppointment(appointmentId: $id) { status } }`;
const REFUND = `mutation($input: RefundPaymentInput!) { refundPayment(input: $input) { id status } }`;

interface Booked {
  id: string;
  requestId: string;
  startsAt: string;
}

describe('shares held for a helper without an active Stripe account', () => {
  const clock = new FixedClock(new Date(Math.ceil(Date.now() / HOUR) * HOUR));
  const origin = clock.now().getTime();
  const fake = new FakeStripe();
  let stripe: Stripe;
  let api: TestApi;
  let tenant: MarketplaceTenant;
  let customer: TestUser;
  let cy: TestUser;
  let serviceId: string;
  let worker: ReturnType<typeof startWorkerProcess>;

  const ok = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const response = await api.graphql<T>({ host: tenant.slug, query, variables, token });
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const paidBooking = async (hoursAhead: number): Promise<Booked & { paymentId: string }> => {
    const { bookSlot } = await ok<{ bookSlot: Booked }>(
      BOOK,
      { input: { helperId: cy.id, serviceId, postalCode: '8001', startsAt: new Date(origin + hoursAhead * HOUR).toISOString() } },
      customer.accessToken,
    );
    await paymentOf(bookSlot.requestId, 'AWAITING_METHOD');
    await ok(PAY, { input: { requestId: bookSlot.requestId, paymentMethodId: 'pm_card_visa' } }, customer.accessToken);
    return { ...bookSlot, paymentId: (await paymentOf(bookSlot.requestId, 'AUTHORIZED')).id };
  };
  const paymentOf = (requestId: string, status: string) =>
    waitUntil(`the payment of ${requestId} to be ${status}`, async () => {
      const response = await api.graphql<{ requestPayment: { id: string; status: string } | null }>({ host: tenant.slug, query: PAYMENT_OF, variables: { id: requestId }, token: customer.accessToken });
      const payment = response.data?.requestPayment;
      return payment?.status === status ? payment : undefined;
    });
  const complete = async (booked: Booked) => {
    clock.set(new Date(Date.parse(booked.startsAt) - 10 * MINUTE));
    await ok(START, { id: booked.id }, cy.accessToken);
    clock.set(new Date(Date.parse(booked.startsAt) + 55 * MINUTE));
    await ok(COMPLETE, { id: booked.id }, cy.accessToken);
    await paymentOf(booked.requestId, 'CAPTURED');
  };
  const stored = async (paymentId: string) =>
    (
      await api.db.ownerQuery<{ charge_id: string; destination_account_id: string | null; transfer_id: string | null; transferred_minor: number; transfer_reversed_minor: number }>(
        `select charge_id, destination_account_id, transfer_id, transferred_minor, transfer_reversed_minor from payments where tenant_id = $1 and id = $2`,
        [tenant.id, paymentId],
      )
    )[0];
  const transfersOf = (paymentId: string) => fake.transfers(SECRET_KEY).filter((transfer) => transfer.metadata.paymentId === paymentId);
  /** What the worker says it did for a job type, from its log. */
  const outcomesOf = (job: string) =>
    worker
      .output()
      .split('\n')
      .flatMap((line) => {
        try {
          const entry = JSON.parse(line) as { job?: string; outcome?: string };
          return entry.job === job && entry.outcome ? [entry.outcome] : [];
        } catch {
          return [];
        }
      });
  /** Stripe delivers its latest account.updated of the account, signed, to the site's endpoint. */
  const deliverAccountUpdated = async (accountId: string) => {
    const event = fake.events(SECRET_KEY).filter((candidate) => candidate.type === 'account.updated' && candidate.account === accountId).at(-1)!;
    const delivery = fake.signedDelivery(event, WEBHOOK_SECRET, { timestamp: Math.floor(clock.now().getTime() / 1000) });
    const response = await api.http().post(`/webhooks/stripe/${tenant.slug}`).set('content-type', 'application/json').set('stripe-signature', delivery.signature).send(delivery.body);
    expect(response.status).toBe(200);
    return waitUntil(`the event ${event.id} to be applied`, async () => {
      const [row] = await api.db.ownerQuery<{ outcome: string }>(`select outcome from stripe_events where tenant_id = $1 and event_id = $2 and applied_at is not null`, [tenant.id, event.id]);
      return row?.outcome;
    });
  };

  beforeAll(async () => {
    const address = await fake.start();
    fake.addPlatform(SECRET_KEY);
    stripe = new Stripe(SECRET_KEY, { host: address.host, port: address.port, protocol: 'http', maxNetworkRetries: 0 });
    api = await startTestApi({ STRIPE_API_URL: address.url }, { clock });
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001') });
    serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    cy = await createApprovedHelper(api, tenant, { displayName: 'Cy', postalCode: '8001', radiusKm: 10, skills: [{ serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });
    await ok('mutation($p: String!, $s: String!, $w: String!) { connectStripeAccount(publishableKey: $p, secretKey: $s, webhookSecret: $w) { mode } }', { p: PUBLISHABLE_KEY, s: SECRET_KEY, w: WEBHOOK_SECRET }, tenant.admin.accessToken);
    worker = startWorkerProcess(api.db.config, { STRIPE_API_URL: address.url, QUEUE_RETRY_BASE_MS: '100' });
    await worker.ready();
  });
  afterAll(async () => {
    await stopWorkerProcesses();
    await api?.close();
    await fake.stop();
  });

  it('transfers each held share once the account is active, once, and takes a refund’s part of it back', async () => {
    // Both bookings are paid while Cy has no payout account: no destination on either hold.
    const first = await paidBooking(30);
    const second = await paidBooking(40);
    expect(fake.paymentIntents(SECRET_KEY).every((intent) => intent.transfer_data === null && intent.application_fee_amount === null)).toBe(true);

    await complete(first);
    await waitUntil('the held share job to find no active account', async () => (outcomesOf('payout.transfer_held').length > 0 ? true : undefined));
    expect(outcomesOf('payout.transfer_held')).toEqual(['skipped: the helper has no active payout account']);
    expect(fake.transfers(SECRET_KEY)).toEqual([]);
    expect(await stored(first.paymentId)).toMatchObject({ destination_account_id: null, transfer_id: null, transferred_minor: 0 });

    // Cy onboards; Stripe reports the account active through the webhook.
    const account = await stripe.accounts.create({ type: 'express', country: 'CH', email: cy.email, capabilities: { transfers: { requested: true } } });
    await api.db.ownerQuery(
      `insert into helper_payout_accounts (tenant_id, helper_id, status, stripe_account_id, created_at, updated_at) values ($1, $2, 'onboarding', $3, now(), now())`,
      [tenant.id, cy.id, account.id],
    );
    fake.completeOnboarding(account.id);
    expect(await deliverAccountUpdated(account.id)).toBe('payout account active');

    const [transfer] = await waitUntil('the held share to be transferred', async () => {
      const sent = transfersOf(first.paymentId);
      return sent.length > 0 && (await stored(first.paymentId)).transfer_id ? sent : undefined;
    });
    const held = await stored(first.paymentId);
    expect(transfer).toMatchObject({ amount: 3200, currency: 'chf', destination: account.id, source_transaction: held.charge_id });
    expect(held).toMatchObject({ transfer_id: transfer.id, transferred_minor: 3200 });

    // Another account.updated (nothing changed) and another run of the job send nothing more.
    await stripe.accounts.update(account.id, { metadata: { note: 'reviewed' } });
    expect(await deliverAccountUpdated(account.id)).toBe('payout account active (unchanged)');
    const rerun = await api.app.get(HeldTransfersService).transferHeld(RequestContext.system(tenant.id, 'payments'), cy.id);
    expect(rerun).toBe('skipped: no share is held for the helper');
    expect(transfersOf(first.paymentId)).toHaveLength(1);
    expect(fake.requestLog.filter((entry) => entry.method === 'POST' && entry.path === '/v1/transfers' && !entry.replayed && entry.status === 200)).toHaveLength(1);

    // Authorized before the onboarding, captured after it: the share goes right after the capture.
    await complete(second);
    const [afterCapture] = await waitUntil('the second share to be transferred', async () => {
      const sent = transfersOf(second.paymentId);
      return sent.length > 0 && (await stored(second.paymentId)).transfer_id ? sent : undefined;
    });
    expect(afterCapture).toMatchObject({ amount: 3200, destination: account.id, source_transaction: (await stored(second.paymentId)).charge_id });

    // An operator refunds part of the first job: Cy's part of it comes back from the transfer.
    const { refundPayment } = await ok<{ refundPayment: { id: string } }>(REFUND, { input: { paymentId: first.paymentId, amountMinor: 1000, reason: 'Arrived late' } }, tenant.admin.accessToken);
    const reversed = await waitUntil('the helper’s part of the refund to be taken back', async () => {
      const [current] = transfersOf(first.paymentId);
      return current.amount_reversed > 0 && (await stored(first.paymentId)).transfer_reversed_minor > 0 ? current : undefined;
    });
    expect(reversed.amount_reversed).toBe(800);
    expect(reversed.reversals.data).toEqual([expect.objectContaining({ amount: 800, metadata: expect.objectContaining({ refundId: refundPayment.id }) })]);
    expect(fake.refunds(SECRET_KEY)).toEqual([expect.objectContaining({ amount: 1000, transfer_reversal: null })]);
    expect(await stored(first.paymentId)).toMatchObject({ transferred_minor: 3200, transfer_reversed_minor: 800 });
    expect(transfersOf(second.paymentId)[0].amount_reversed).toBe(0);
  });
});
