// Card payments end to end on a site with its own Stripe account (the real SDK talking to the fake
// Stripe on loopback, the real worker process running the payment jobs from the outbox): the
// customer pays a booking, a declined card says why in the bank's words and charges nothing, the
// job's completion captures the authorization with the marketplace's fee and the helper's transfer,
// an authorization that lapsed is renewed with the customer's card before it is captured (or
// declined with nothing written when the card no longer works), a late cancellation charges only
// the policy's fee, a free one releases the hold, and a helper moved by an operator gets the money.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '@quartier/platform';
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

const SECRET_KEY = 'sk_test_quartierstripejourney0001';
const PUBLISHABLE_KEY = 'pk_test_quartiercardform00000001';
const WEBHOOK_SECRET = 'whsec_quartierjourney001';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const PAYMENT = 'id status provider amountMinor capturedMinor captureReason cardBrand cardLast4 declineCode declineMessage receipt { totalMinor }';
const BOOK = `mutation($input: BookSlotInput!) { bookSlot(input: $input) { id requestId startsAt } }`;
const PAY = `mutation($input: AuthorizePaymentInput!) { authorizePayment(input: $input) { ${PAYMENT} } }`;
const PAYMENT_OF = `query($id: ID!) { requestPayment(requestId: $id) { ${PAYMENT} } }`;
const START = `mutation($id: ID!) { startAppointment(appointmentId: $id) { status } }`;
const COMPLETE = `mutation($id: ID!) { completeAppointment(appointmentId: $id) { status } }`;
const CANCEL = `mutation($id: ID!) { cancelRequest(requestId: $id) { status } }`;
const DISPUTE = `mutation($id: ID!) { disputeRequest(requestId: $id, reason: "The TV box still does not work") { status } }`;
const REFUND_REQUEST = `mutation($id: ID!) { refundRequest(requestId: $id, reason: "Job not done; refunded in full") { status } }`;
const REASSIGN = `mutation($id: ID!, $helperId: ID!) { reassignAppointment(appointmentId: $id, helperId: $helperId, reason: "Ana is ill") { id helperId } }`;

type GqlError = { message: string; extensions?: Record<string, unknown> };
interface Payment {
  id: string;
  status: string;
  provider: string;
  amountMinor: number;
  capturedMinor: number;
  captureReason: string | null;
  cardBrand: string | null;
  cardLast4: string | null;
  declineCode: string | null;
  declineMessage: string | null;
  receipt: { totalMinor: number } | null;
}

describe('card payments through the site’s own Stripe account', () => {
  const clock = new FixedClock(new Date(Math.ceil(Date.now() / HOUR) * HOUR));
  const origin = clock.now().getTime();
  const setTime = (at: number) => clock.set(new Date(at));
  const fake = new FakeStripe();
  let stripe: Stripe;
  let api: TestApi;
  let tenant: MarketplaceTenant;
  let customer: TestUser;
  let ana: TestUser;
  let bo: TestUser;
  let anaAccount: string;
  let boAccount: string;
  let serviceId: string;

  const gql = <T>(query: string, variables: Record<string, unknown>, token: string) => api.graphql<T>({ host: tenant.slug, query, variables, token });
  const ok = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const response = await gql<T>(query, variables, token);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const book = async (hoursAhead: number, helper = ana) =>
    (
      await ok<{ bookSlot: { id: string; requestId: string; startsAt: string } }>(
        BOOK,
        { input: { helperId: helper.id, serviceId, postalCode: '8001', startsAt: new Date(origin + hoursAhead * HOUR).toISOString() } },
        customer.accessToken,
      )
    ).bookSlot;
  const pay = (requestId: string, paymentMethodId: string) => gql<{ authorizePayment: Payment }>(PAY, { input: { requestId, paymentMethodId } }, customer.accessToken);
  const paymentOf = (requestId: string, status: string) =>
    waitUntil(`the payment of ${requestId} to be ${status}`, async () => {
      const response = await gql<{ requestPayment: Payment | null }>(PAYMENT_OF, { id: requestId }, customer.accessToken);
      const payment = response.data?.requestPayment;
      return payment?.status === status ? payment : undefined;
    });
  const ledgerKinds = async (paymentId: string) =>
    (
      await api.db.ownerQuery<{ kind: string }>(`select kind from ledger_transactions where tenant_id = $1 and business_key like '%' || $2 order by kind`, [tenant.id, paymentId])
    ).map((row) => row.kind);
  /** Customers are not shown Stripe's ids; the test reads the payment's current one. */
  const intentIdOf = async (paymentId: string) =>
    (await api.db.ownerQuery<{ id: string }>(`select payment_intent_id as id from payments where tenant_id = $1 and id = $2`, [tenant.id, paymentId]))[0].id;
  const intentsOf = (paymentId: string) => fake.paymentIntents(SECRET_KEY).filter((intent) => intent.metadata.paymentId === paymentId);
  const work = async (booked: { id: string; startsAt: string }, helper: TestUser) => {
    setTime(Date.parse(booked.startsAt) - 10 * MINUTE);
    await ok(START, { id: booked.id }, helper.accessToken);
    setTime(Date.parse(booked.startsAt) + 55 * MINUTE);
    await ok(COMPLETE, { id: booked.id }, helper.accessToken);
  };

  /** A helper's Express account at the fake, onboarded, recorded as the helper's payout account. */
  async function connectedAccountOf(helper: TestUser): Promise<string> {
    const account = await stripe.accounts.create({ type: 'express', country: 'CH', email: helper.email, capabilities: { transfers: { requested: true }, card_payments: { requested: true } } });
    fake.completeOnboarding(account.id);
    await api.db.ownerQuery(
      `insert into helper_payout_accounts (tenant_id, helper_id, status, stripe_account_id, charges_enabled, payouts_enabled, details_submitted, created_at, updated_at)
       values ($1, $2, 'active', $3, true, true, true, now(), now())`,
      [tenant.id, helper.id, account.id],
    );
    return account.id;
  }

  beforeAll(async () => {
    const address = await fake.start();
    fake.addPlatform(SECRET_KEY);
    stripe = new Stripe(SECRET_KEY, { host: address.host, port: address.port, protocol: 'http', maxNetworkRetries: 0 });
    api = await startTestApi({ STRIPE_API_URL: address.url }, { clock });
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    const skills = [{ serviceId, priceMinor: 4000 }];
    ana = await createApprovedHelper(api, tenant, { displayName: 'Ana', postalCode: '8004', radiusKm: 10, skills, weekdays: EVERY_DAY });
    bo = await createApprovedHelper(api, tenant, { displayName: 'Bo', postalCode: '8001', radiusKm: 10, skills, weekdays: EVERY_DAY });
    await ok('mutation($p: String!, $s: String!, $w: String!) { connectStripeAccount(publishableKey: $p, secretKey: $s, webhookSecret: $w) { mode } }', { p: PUBLISHABLE_KEY, s: SECRET_KEY, w: WEBHOOK_SECRET }, tenant.admin.accessToken);
    anaAccount = await connectedAccountOf(ana);
    boAccount = await connectedAccountOf(bo);
    await startWorkerProcess(api.db.config, { STRIPE_API_URL: address.url, QUEUE_RETRY_BASE_MS: '100' }).ready();
  });
  afterAll(async () => {
    await stopWorkerProcesses();
    await api?.close();
    await fake.stop();
  });

  it('says why a card was declined, charges nothing, and takes the next card', async () => {
    setTime(origin);
    const booked = await book(30);
    const waiting = await paymentOf(booked.requestId, 'AWAITING_METHOD');
    expect(waiting).toMatchObject({ provider: 'STRIPE', amountMinor: 4000, capturedMinor: 0, receipt: null });

    const malformed = await pay(booked.requestId, '4242 4242 4242 4242');
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'paymentMethodId' });

    expect((await pay(booked.requestId, 'pm_card_chargeDeclined')).errors).toBeUndefined();
    const declined = await paymentOf(booked.requestId, 'DECLINED');
    expect(declined).toMatchObject({ declineCode: 'generic_decline', declineMessage: 'Your card was declined.', capturedMinor: 0 });
    expect(await ledgerKinds(declined.id)).toEqual([]);

    // A card whose bank asks for 3-D Secure: declined as such (this site cannot show the challenge yet),
    // nothing charged.
    expect((await pay(booked.requestId, 'pm_card_authenticationRequired')).errors).toBeUndefined();
    const unauthenticated = await waitUntil('the payment to be declined for authentication', async () => {
      const response = await gql<{ requestPayment: Payment | null }>(PAYMENT_OF, { id: booked.requestId }, customer.accessToken);
      const payment = response.data?.requestPayment;
      return payment?.status === 'DECLINED' && payment.declineCode === 'authentication_required' ? payment : undefined;
    });
    expect(unauthenticated.capturedMinor).toBe(0);
    expect(intentsOf(unauthenticated.id).map((intent) => intent.status)).toContain('requires_action');
    expect(await ledgerKinds(unauthenticated.id)).toEqual([]);

    expect((await pay(booked.requestId, 'pm_card_visa')).errors).toBeUndefined();
    const authorized = await paymentOf(booked.requestId, 'AUTHORIZED');
    expect(authorized).toMatchObject({ cardBrand: 'visa', cardLast4: '4242', declineMessage: null, capturedMinor: 0 });
    const again = await pay(booked.requestId, 'pm_card_visa');
    expect((again.errors as GqlError[])[0].extensions).toMatchObject({ code: 'CONFLICT', detail: 'PAYMENT_NOT_AWAITING_CARD' });

    // The hold is for the full amount, the marketplace's commission as application fee, the rest for Ana.
    const [intent] = intentsOf(authorized.id).filter((candidate) => candidate.status === 'requires_capture');
    expect(intent).toMatchObject({ amount: 4000, application_fee_amount: 800, capture_method: 'manual', transfer_data: { destination: anaAccount } });

    await work(booked, ana);
    const captured = await paymentOf(booked.requestId, 'CAPTURED');
    expect(captured).toMatchObject({ capturedMinor: 4000, captureReason: 'completed', receipt: { totalMinor: 4000 } });
    expect(fake.captures(intent.id)).toBe(1);
    expect(await ledgerKinds(captured.id)).toEqual(['application_fee', 'capture', 'helper_payable']);
  });

  it('renews an authorization that lapsed before the job was done, then captures it', async () => {
    setTime(origin + 48 * HOUR);
    const booked = await book(60);
    await paymentOf(booked.requestId, 'AWAITING_METHOD');
    await ok(PAY, { input: { requestId: booked.requestId, paymentMethodId: 'pm_card_visa' } }, customer.accessToken);
    const authorized = await paymentOf(booked.requestId, 'AUTHORIZED');
    fake.expireAuthorization(await intentIdOf(authorized.id));

    await work(booked, ana);
    const captured = await paymentOf(booked.requestId, 'CAPTURED');
    const intents = intentsOf(captured.id);
    expect(intents.map((intent) => intent.status)).toEqual(['canceled', 'succeeded']);
    expect(await intentIdOf(captured.id)).toBe(intents[1].id);
    expect(fake.captures(intents[1].id)).toBe(1);
    expect(await ledgerKinds(captured.id)).toEqual(['application_fee', 'capture', 'helper_payable']);
  });

  it('declines, with nothing charged or written, when a lapsed authorization cannot be renewed', async () => {
    setTime(origin + 96 * HOUR);
    const booked = await book(110);
    await paymentOf(booked.requestId, 'AWAITING_METHOD');
    await ok(PAY, { input: { requestId: booked.requestId, paymentMethodId: 'pm_card_visa' } }, customer.accessToken);
    const authorized = await paymentOf(booked.requestId, 'AUTHORIZED');
    // The card stopped working since: the bank declines it when the hold is renewed.
    await api.db.ownerQuery(`update payments set payment_method_id = 'pm_card_chargeDeclinedExpiredCard' where tenant_id = $1 and id = $2`, [tenant.id, authorized.id]);
    fake.expireAuthorization(await intentIdOf(authorized.id));

    await work(booked, ana);
    const declined = await paymentOf(booked.requestId, 'DECLINED');
    expect(declined).toMatchObject({ declineCode: 'expired_card', declineMessage: 'Your card has expired.', capturedMinor: 0, receipt: null });
    expect(await ledgerKinds(declined.id)).toEqual([]);
    expect(intentsOf(declined.id).every((intent) => fake.captures(intent.id) === 0)).toBe(true);

    // A new card pays for the job that is already done.
    await ok(PAY, { input: { requestId: booked.requestId, paymentMethodId: 'pm_card_mastercard' } }, customer.accessToken);
    const captured = await paymentOf(booked.requestId, 'CAPTURED');
    expect(captured).toMatchObject({ capturedMinor: 4000, cardBrand: 'mastercard' });
  });

  it('charges only the policy fee for a late cancellation and releases the hold of a free one', async () => {
    setTime(origin + 200 * HOUR);
    const late = await book(210);
    const free = await book(300);
    for (const booked of [late, free]) {
      await paymentOf(booked.requestId, 'AWAITING_METHOD');
      await ok(PAY, { input: { requestId: booked.requestId, paymentMethodId: 'pm_card_visa' } }, customer.accessToken);
      await paymentOf(booked.requestId, 'AUTHORIZED');
    }
    await ok(CANCEL, { id: late.requestId }, customer.accessToken);
    await ok(CANCEL, { id: free.requestId }, customer.accessToken);

    const fee = await paymentOf(late.requestId, 'CAPTURED');
    expect(fee).toMatchObject({ capturedMinor: 2000, captureReason: 'late_cancellation' });
    const [feeIntent] = intentsOf(fee.id);
    expect(feeIntent).toMatchObject({ status: 'succeeded', amount_received: 2000 });
    const released = await paymentOf(free.requestId, 'RELEASED');
    expect(intentsOf(released.id).map((intent) => intent.status)).toEqual(['canceled']);
    expect(await ledgerKinds(released.id)).toEqual([]);
  });

  it('moves the money to the helper an operator reassigns the job to', async () => {
    setTime(origin + 400 * HOUR);
    const booked = await book(420);
    await paymentOf(booked.requestId, 'AWAITING_METHOD');
    await ok(PAY, { input: { requestId: booked.requestId, paymentMethodId: 'pm_card_visa' } }, customer.accessToken);
    const first = await paymentOf(booked.requestId, 'AUTHORIZED');

    const moved = await ok<{ reassignAppointment: { id: string } }>(REASSIGN, { id: booked.id, helperId: bo.id }, tenant.admin.accessToken);
    const renewed = await waitUntil('the authorization to be renewed for Bo', async () => {
      const intents = intentsOf(first.id);
      return intents.length === 2 && intents[0].status === 'canceled' && intents[1].status === 'requires_capture' ? intents[1] : undefined;
    });
    expect(renewed.transfer_data?.destination).toBe(boAccount);

    await work({ id: moved.reassignAppointment.id, startsAt: booked.startsAt }, bo);
    const captured = await paymentOf(booked.requestId, 'CAPTURED');
    expect(await intentIdOf(captured.id)).toBe(renewed.id);
    const [payable] = await api.db.ownerQuery<{ owner_id: string }>(
      `select a.owner_id from ledger_transactions t join ledger_postings p on p.tenant_id = t.tenant_id and p.transaction_id = t.id
         join ledger_accounts a on a.tenant_id = p.tenant_id and a.id = p.account_id
        where t.tenant_id = $1 and t.business_key = $2 and a.kind = 'helper_payable'`,
      [tenant.id, `helper_payable:${captured.id}`],
    );
    expect(payable.owner_id).toBe(bo.id);
  });

  it('gives the money back when an operator settles a dispute by refunding, taking back the helper’s transfer', async () => {
    setTime(origin + 500 * HOUR);
    const booked = await book(520);
    await paymentOf(booked.requestId, 'AWAITING_METHOD');
    await ok(PAY, { input: { requestId: booked.requestId, paymentMethodId: 'pm_card_visa' } }, customer.accessToken);
    await paymentOf(booked.requestId, 'AUTHORIZED');
    await work(booked, ana);
    const captured = await paymentOf(booked.requestId, 'CAPTURED');

    await ok(DISPUTE, { id: booked.requestId }, customer.accessToken);
    expect(await ok<{ refundRequest: { status: string } }>(REFUND_REQUEST, { id: booked.requestId }, tenant.admin.accessToken)).toEqual({ refundRequest: { status: 'REFUNDED' } });
    const refunded = await waitUntil('the refund to reach Stripe', async () => {
      const [row] = await api.db.ownerQuery<{ refunded_minor: number }>(`select refunded_minor from payments where tenant_id = $1 and id = $2`, [tenant.id, captured.id]);
      return row.refunded_minor === 4000 ? row : undefined;
    });
    expect(refunded.refunded_minor).toBe(4000);
    const [refund] = fake.refunds(SECRET_KEY).filter((candidate) => candidate.payment_intent === intentsOf(captured.id)[0].id);
    expect(refund).toMatchObject({ amount: 4000, status: 'succeeded' });
    expect(await ledgerKinds(captured.id)).toEqual(['application_fee', 'capture', 'helper_payable']);
    const reversal = await api.db.ownerQuery<{ kind: string; amount: string }>(
      `select a.kind, p.amount_minor::text as amount from ledger_transactions t join ledger_postings p on p.tenant_id = t.tenant_id and p.transaction_id = t.id
         join ledger_accounts a on a.tenant_id = p.tenant_id and a.id = p.account_id
        where t.tenant_id = $1 and t.kind = 'reversal' and t.appointment_id = $2 order by p.line`,
      [tenant.id, booked.id],
    );
    expect(reversal).toEqual([
      { kind: 'helper_payable', amount: '3200' },
      { kind: 'platform_revenue', amount: '800' },
      { kind: 'refunds', amount: '-4000' },
    ]);
  });
});
