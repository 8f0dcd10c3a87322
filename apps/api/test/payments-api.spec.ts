// Payments through /graphql against a fake Stripe on loopback: a helper sets up their payout account
// (an Express account paid out on the site's schedule), a customer pays a booking by card and reads
// the receipt, operators refund (bounded by what was charged) and the refund reaches Stripe with the
// helper's transfer reversed, and every number the helper sees of their earnings follows the ledger.
// The payment jobs are run here by calling their services, as the worker's handlers do.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PaymentAuthorizationService, PaymentFlowService, PayoutAccountService, RefundService } from '@quartier/payments';
import { RequestContext } from '@quartier/platform';
import {
  createApprovedHelper,
  createMarketplaceTenant,
  createTestUser,
  EVERY_DAY,
  FakeStripe,
  type MarketplaceTenant,
  swissPlacesTsv,
  type TestUser,
} from '@quartier/testing';
import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import { type GraphqlResponse, startTestApi, type TestApi } from './test-api.js';

const HOUR = 3_600_000;
const SECRET_KEY = `sk_test_${randomBytes(12).toString('hex')}`;
const PUBLISHABLE_KEY = 'pk_test_quartiercardform00000001';
const WEBHOOK_SECRET = `whsec_${randomBytes(12).toString('hex')}`;

const PAYMENT = `query($id: ID!) { requestPayment(requestId: $id) {
  id status provider amountMinor subtotalMinor customerFeeMinor commissionMinor helperPayoutMinor capturedMinor refundedMinor cardBrand cardLast4
  refunds { amountMinor status reason }
  receipt { number currency subtotalMinor customerFeeMinor totalMinor refundedMinor refunds { amountMinor status } }
} }`;
const REFUND = `mutation($input: RefundPaymentInput!) { refundPayment(input: $input) { id amountMinor currency status reason requestedBy } }`;
const EARNINGS_FIELDS = 'currency pendingMinor frozenMinor paidOutMinor earnedMinor';
const ACCOUNT_FIELDS = 'status chargesEnabled payoutsEnabled detailsSubmitted onboardingUrl';

describe('payments API: payout onboarding, card payments, refunds and earnings', () => {
  const fake = new FakeStripe();
  let stripeUrl: URL;
  let api: TestApi;
  let tenant: MarketplaceTenant;
  let customer: TestUser;
  let agent: TestUser;
  let ana: TestUser;
  let serviceId: string;
  let system: RequestContext;

  const call = (query: string, variables: Record<string, unknown>, token: string) => api.graphql({ host: tenant.slug, query, variables, token });
  const data = async <T>(response: Promise<GraphqlResponse>): Promise<T> => {
    const answer = await response;
    expect(answer.errors).toBeUndefined();
    return answer.data as T;
  };
  const errorOf = async (response: Promise<GraphqlResponse>) => {
    const answer = await response;
    expect(answer.data).toBeNull();
    const [error] = answer.errors ?? [];
    return { code: error?.extensions?.code, detail: error?.extensions?.detail, field: error?.extensions?.field, message: error?.message };
  };
  const refundRows = () => api.db.ownerQuery<{ amount_minor: number; status: string }>(`select amount_minor, status from payment_refunds where tenant_id = $1`, [tenant.id]);
  /** Every ledger transaction of the site sums to zero. */
  const unbalanced = () =>
    api.db.ownerQuery(`select transaction_id from ledger_postings where tenant_id = $1 group by transaction_id having sum(amount_minor) <> 0`, [tenant.id]);

  beforeAll(async () => {
    const address = await fake.start();
    stripeUrl = new URL(address.url);
    fake.addPlatform(SECRET_KEY);
    api = await startTestApi({ STRIPE_API_URL: address.url });
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    agent = await createTestUser(api, tenant, { roles: ['operator_agent'] });
    ana = await createApprovedHelper(api, tenant, { displayName: 'Ana', postalCode: '8004', radiusKm: 10, skills: [{ serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });
    system = RequestContext.system(tenant.id, 'payments-api-test');
  });
  afterAll(async () => {
    await api?.close();
    await fake.stop();
  });

  it('tells a helper of a site without Stripe that there is nothing to set up', async () => {
    expect(await errorOf(call(`mutation { startPayoutOnboarding { ${ACCOUNT_FIELDS} } }`, {}, ana.accessToken))).toMatchObject({
      code: 'CONFLICT',
      detail: 'OFFLINE_PAYOUTS',
      message: 'This site pays helpers on site or by invoice; there is nothing to set up',
    });
    expect(await data(call(`{ myPayoutAccount { status } }`, {}, ana.accessToken))).toEqual({ myPayoutAccount: null });
  });

  it("onboards a helper to an Express account paid out on the site's schedule, once", async () => {
    await data(
      call('mutation($p: String!, $s: String!, $w: String!) { connectStripeAccount(publishableKey: $p, secretKey: $s, webhookSecret: $w) { mode } }', { p: PUBLISHABLE_KEY, s: SECRET_KEY, w: WEBHOOK_SECRET }, tenant.admin.accessToken),
    );
    const payouts = { currency: 'CHF', schedule: 'monthly', weekday: null, dayOfMonth: 15, holdDays: 5, minimumMinor: 2000 };
    await data(call('mutation($d: PolicyDocument!) { updatePolicy(kind: PAYOUTS, document: $d) { version } }', { d: payouts }, tenant.admin.accessToken));

    const started = await data<{ startPayoutOnboarding: Record<string, unknown> }>(call(`mutation { startPayoutOnboarding { ${ACCOUNT_FIELDS} } }`, {}, ana.accessToken));
    expect(started.startPayoutOnboarding).toEqual({ status: 'REQUESTED', chargesEnabled: false, payoutsEnabled: false, detailsSubmitted: false, onboardingUrl: null });

    const payoutAccounts = api.app.get(PayoutAccountService);
    expect(await payoutAccounts.onboard(system, ana.id)).toMatch(/^account acct_\w+ created; onboarding link made$/);
    const { myPayoutAccount } = await data<{ myPayoutAccount: { status: string; onboardingUrl: string } }>(call(`{ myPayoutAccount { ${ACCOUNT_FIELDS} } }`, {}, ana.accessToken));
    expect(myPayoutAccount.status).toBe('ONBOARDING');
    const accountId = /\/onboarding\/(acct_\w+)$/.exec(myPayoutAccount.onboardingUrl)?.[1];
    expect(accountId).toBeDefined();

    const stripe = new Stripe(SECRET_KEY, { host: stripeUrl.hostname, port: Number(stripeUrl.port), protocol: 'http', maxNetworkRetries: 0 });
    const account = await stripe.accounts.retrieve(accountId!);
    expect(account).toMatchObject({ type: 'express', country: 'CH', email: ana.email, capabilities: { card_payments: 'inactive', transfers: 'inactive' } });
    expect(account.settings?.payouts?.schedule).toEqual({ interval: 'monthly', monthly_anchor: 15, delay_days: 5 });
    const [stored] = await api.db.ownerQuery<{ return_url: string; refresh_url: string }>(
      `select return_url, refresh_url from helper_payout_accounts where tenant_id = $1 and helper_id = $2`,
      [tenant.id, ana.id],
    );
    const port = api.db.config.PORT === 80 ? '' : `:${api.db.config.PORT}`;
    expect(stored).toEqual({
      return_url: `http://${tenant.slug}.${api.db.config.PUBLIC_BASE_DOMAIN}${port}/helper/payouts?onboarding=return`,
      refresh_url: `http://${tenant.slug}.${api.db.config.PUBLIC_BASE_DOMAIN}${port}/helper/payouts?onboarding=refresh`,
    });

    // A replayed job changes nothing and makes no second account.
    expect(await payoutAccounts.onboard(system, ana.id)).toBe('skipped: onboarding link ready');
    expect(fake.requestLog.filter((entry) => entry.method === 'POST' && entry.path === '/v1/accounts')).toHaveLength(1);

    // Ana finishes Stripe's onboarding; account.updated makes her account active (as the webhook job records it).
    fake.completeOnboarding(accountId!);
    await api.db.ownerQuery(
      `update helper_payout_accounts set status = 'active', charges_enabled = true, payouts_enabled = true, details_submitted = true where tenant_id = $1 and helper_id = $2`,
      [tenant.id, ana.id],
    );
  });

  it('charges a card, refunds within what was charged with the transfer reversed, and keeps the ledger balanced', async () => {
    const startsAt = new Date(Math.ceil(Date.now() / HOUR) * HOUR + 30 * HOUR).toISOString();
    const { bookSlot } = await data<{ bookSlot: { requestId: string } }>(
      call(`mutation($input: BookSlotInput!) { bookSlot(input: $input) { requestId } }`, { input: { helperId: ana.id, serviceId, postalCode: '8001', startsAt } }, customer.accessToken),
    );
    const requestId = bookSlot.requestId;
    const flow = api.app.get(PaymentFlowService);
    expect(await flow.open(system, requestId)).toBe('opened (stripe)');

    const { authorizePayment } = await data<{ authorizePayment: { id: string; status: string } }>(
      call(`mutation($input: AuthorizePaymentInput!) { authorizePayment(input: $input) { id status } }`, { input: { requestId, paymentMethodId: 'pm_card_visa' } }, customer.accessToken),
    );
    expect(authorizePayment.status).toBe('AUTHORIZING');
    const paymentId = authorizePayment.id;
    expect(await api.app.get(PaymentAuthorizationService).authorize(system, paymentId)).toBe('authorized');

    // Nothing was charged yet: an operator is told to cancel instead.
    expect(await errorOf(call(REFUND, { input: { paymentId, reason: 'Customer unhappy' } }, agent.accessToken))).toEqual({
      code: 'CONFLICT',
      detail: 'NOT_CAPTURED',
      field: 'paymentId',
      message: 'Only a charged payment can be refunded; this one is authorized — cancel the booking to release it',
    });

    expect(await flow.capture(system, requestId)).toBe('captured 4000');
    const { requestPayment: charged } = await data<{ requestPayment: Record<string, unknown> }>(call(PAYMENT, { id: requestId }, customer.accessToken));
    expect(charged).toMatchObject({
      status: 'CAPTURED',
      provider: 'STRIPE',
      amountMinor: 4000,
      subtotalMinor: 4000,
      customerFeeMinor: 0,
      commissionMinor: null,
      helperPayoutMinor: null,
      capturedMinor: 4000,
      refundedMinor: 0,
      cardBrand: 'visa',
      cardLast4: '4242',
      receipt: { currency: 'CHF', subtotalMinor: 4000, customerFeeMinor: 0, totalMinor: 4000, refundedMinor: 0, refunds: [] },
    });
    expect((charged.receipt as { number: string }).number).toMatch(/^QR-[0-9A-F]{8}-[0-9A-F]{6}$/);

    // Bad input and too much are refused, and write nothing.
    expect(await errorOf(call(REFUND, { input: { paymentId, reason: '  ' } }, agent.accessToken))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await errorOf(call(REFUND, { input: { paymentId, amountMinor: 0, reason: 'x' } }, agent.accessToken))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountMinor' });
    // The amount left is written in the operator's locale.
    const tooMuch = await errorOf(call(REFUND, { input: { paymentId, amountMinor: 4001, reason: 'Too much' } }, agent.accessToken));
    expect(tooMuch).toMatchObject({ code: 'CONFLICT', detail: 'REFUND_EXCEEDS_CAPTURED', field: 'amountMinor' });
    expect(tooMuch.message).toMatch(/^This payment cannot be refunded that much: at most (CHF\s40\.00|40,00\sCHF) can still be refunded$/);
    expect(await refundRows()).toEqual([]);

    const { refundPayment } = await data<{ refundPayment: { id: string } & Record<string, unknown> }>(
      call(REFUND, { input: { paymentId, amountMinor: 1000, reason: 'Arrived late' } }, agent.accessToken),
    );
    expect(refundPayment).toMatchObject({ amountMinor: 1000, currency: 'CHF', status: 'PENDING', reason: 'Arrived late', requestedBy: agent.id });
    // A pending refund counts: only 30.00 are left to ask for.
    const more = await errorOf(call(REFUND, { input: { paymentId, amountMinor: 3001, reason: 'More' } }, agent.accessToken));
    expect(more.detail).toBe('REFUND_EXCEEDS_CAPTURED');
    expect(more.message).toMatch(/at most (CHF\s30\.00|30,00\sCHF) can still be refunded$/);

    const refunds = api.app.get(RefundService);
    expect(await refunds.execute(system, refundPayment.id)).toBe('refunded 1000');
    expect(await refunds.execute(system, refundPayment.id)).toBe('skipped: refund succeeded');
    const sent = fake.refunds(SECRET_KEY);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ amount: 1000, currency: 'chf', status: 'succeeded' });
    expect(sent[0].transfer_reversal).toEqual(expect.stringMatching(/^trr_/));

    const { requestPayment: refunded } = await data<{ requestPayment: Record<string, unknown> }>(call(PAYMENT, { id: requestId }, customer.accessToken));
    expect(refunded).toMatchObject({
      refundedMinor: 1000,
      refunds: [{ amountMinor: 1000, status: 'SUCCEEDED', reason: 'Arrived late' }],
      receipt: { totalMinor: 4000, refundedMinor: 1000, refunds: [{ amountMinor: 1000, status: 'SUCCEEDED' }] },
    });
    expect(await unbalanced()).toEqual([]);

    // What Ana earned, less her share of the refund (80% of 10.00), is still owed to her.
    const mine = await data<{ myEarnings: Record<string, unknown> }>(call(`{ myEarnings { ${EARNINGS_FIELDS} } }`, {}, ana.accessToken));
    expect(mine.myEarnings).toEqual({ currency: 'CHF', pendingMinor: 2400, frozenMinor: 0, paidOutMinor: 0, earnedMinor: 2400 });

    // The cardholder disputes what is left: Ana's share of it is frozen until the bank decides.
    await api.db.ownerQuery(
      `insert into payment_disputes (tenant_id, id, payment_id, provider_dispute_id, amount_minor, currency, reason, status, opened_at)
       values ($1, gen_random_uuid(), $2, 'dp_test_1', 3000, 'CHF', 'product_not_received', 'open', now())`,
      [tenant.id, paymentId],
    );
    const seen = await data<{ helperEarnings: Record<string, unknown> }>(
      call(`query($id: ID!) { helperEarnings(helperId: $id) { ${EARNINGS_FIELDS} } }`, { id: ana.id }, agent.accessToken),
    );
    expect(seen.helperEarnings).toEqual({ currency: 'CHF', pendingMinor: 2400, frozenMinor: 2400, paidOutMinor: 0, earnedMinor: 2400 });
    await api.db.ownerQuery(`update payment_disputes set status = 'won', closed_at = now() where tenant_id = $1 and payment_id = $2`, [tenant.id, paymentId]);

    // The operator settles the request by refunding: the rest goes back once, whatever the replays.
    expect(await refunds.refundRest(system, { requestId, sourceKey: 'request.refunded:test-1' })).toBe('refunded 3000');
    expect(await refunds.refundRest(system, { requestId, sourceKey: 'request.refunded:test-1' })).toBe('skipped: refund succeeded');
    expect((await refundRows()).map((row) => [row.amount_minor, row.status]).sort()).toEqual([
      [1000, 'succeeded'],
      [3000, 'succeeded'],
    ]);
    const [reasoned] = await api.db.ownerQuery<{ reason: string }>(`select reason from payment_refunds where tenant_id = $1 and source_key is not null`, [tenant.id]);
    expect(reasoned.reason).toBe('Refund decided by the operator');
    expect(await errorOf(call(REFUND, { input: { paymentId, reason: 'Once more' } }, agent.accessToken))).toMatchObject({
      detail: 'REFUND_EXCEEDS_CAPTURED',
      message: 'This payment cannot be refunded that much: nothing is left to refund',
    });
    const all = await data<{ myEarnings: Record<string, unknown> }>(call(`{ myEarnings { ${EARNINGS_FIELDS} } }`, {}, ana.accessToken));
    expect(all.myEarnings).toEqual({ currency: 'CHF', pendingMinor: 0, frozenMinor: 0, paidOutMinor: 0, earnedMinor: 0 });
    expect(await unbalanced()).toEqual([]);
  });

  it('shows operators the payment with the marketplace numbers, and lists refunds', async () => {
    const listed = await data<{ payments: { edges: { node: Record<string, unknown> }[] } }>(
      call(`query($h: ID) { payments(filter: { helperId: $h, status: CAPTURED }, first: 5) { edges { node { commissionMinor helperPayoutMinor refundedMinor } } } }`, { h: ana.id }, agent.accessToken),
    );
    expect(listed.payments.edges.map((edge) => edge.node)).toEqual([{ commissionMinor: 800, helperPayoutMinor: 3200, refundedMinor: 4000 }]);
    const refunds = await data<{ paymentRefunds: { edges: { node: { amountMinor: number } }[]; pageInfo: { hasNextPage: boolean } } }>(
      call(`{ paymentRefunds(first: 1) { edges { node { amountMinor } } pageInfo { hasNextPage } } }`, {}, agent.accessToken),
    );
    expect(refunds.paymentRefunds).toEqual({ edges: [{ node: { amountMinor: 3000 } }], pageInfo: { hasNextPage: true } });
    // A helper cannot read the site's payments.
    expect((await errorOf(call(`{ payments { edges { cursor } } }`, {}, ana.accessToken))).code).toBe('FORBIDDEN');
  });
});
