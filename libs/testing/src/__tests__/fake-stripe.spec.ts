import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { FixedClock } from '@quartier/platform';
import Stripe from 'stripe';
import { FakeStripe } from '../fake-stripe/index.js';

const KEY_A = 'sk_test_quartier_tenant_a';
const KEY_B = 'sk_test_quartier_tenant_b';
const WEBHOOK_SECRET = 'whsec_quartier_test';

let clock: FixedClock;
let fake: FakeStripe;
let port: number;
let tenantA: Stripe;
let tenantB: Stripe;

function client(secretKey: string, timeout = 10_000): Stripe {
  return new Stripe(secretKey, { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0, timeout });
}

const nowSeconds = () => Math.floor(clock.now().getTime() / 1000);
// constructEvent takes the receiving instant in milliseconds; the FixedClock supplies it.
const receivedAt = () => clock.now().getTime();

beforeEach(async () => {
  clock = new FixedClock(new Date('2030-03-04T09:00:00Z'));
  fake = new FakeStripe({ now: () => clock.now().getTime() });
  fake.addPlatform(KEY_A);
  fake.addPlatform(KEY_B);
  ({ port } = await fake.start());
  tenantA = client(KEY_A);
  tenantB = client(KEY_B);
});

afterEach(async () => {
  await fake.stop();
});

async function onboardedHelper(stripe: Stripe): Promise<Stripe.Account> {
  const account = await stripe.accounts.create({ type: 'express', country: 'CH', email: 'helper@example.ch', capabilities: { transfers: { requested: true } } });
  fake.completeOnboarding(account.id);
  return account;
}

async function authorize(stripe: Stripe, amount = 5000, options: Stripe.RequestOptions = {}): Promise<Stripe.Response<Stripe.PaymentIntent>> {
  return stripe.paymentIntents.create(
    { amount, currency: 'chf', payment_method: 'pm_card_visa', confirm: true, capture_method: 'manual', metadata: { appointment: 'apt_1' } },
    options,
  );
}

async function rejection(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError) return error;
    throw error;
  }
  throw new Error('expected the Stripe call to fail');
}

describe('FakeStripe through the real Stripe SDK', () => {
  it('authorizes, then captures a destination charge with its fee, transfer and events', async () => {
    const helper = await onboardedHelper(tenantA);
    const customer = await tenantA.customers.create({ email: 'anna@example.ch', metadata: { user: 'u_1' } });
    const authorized = await tenantA.paymentIntents.create({
      amount: 5000,
      currency: 'chf',
      customer: customer.id,
      payment_method: 'pm_card_visa',
      confirm: true,
      capture_method: 'manual',
      application_fee_amount: 1000,
      transfer_data: { destination: helper.id },
      metadata: { appointment: 'apt_1' },
    });
    expect(authorized).toMatchObject({ object: 'payment_intent', status: 'requires_capture', amount_capturable: 5000, created: nowSeconds(), livemode: false });
    expect(authorized.metadata).toEqual({ appointment: 'apt_1' });

    const captured = await tenantA.paymentIntents.capture(authorized.id, { amount_to_capture: 4000 }, { idempotencyKey: `capture-${authorized.id}` });
    expect(captured).toMatchObject({ status: 'succeeded', amount_received: 4000, amount_capturable: 0 });

    const withCharge = await tenantA.paymentIntents.retrieve(authorized.id, { expand: ['latest_charge.balance_transaction'] });
    const charge = withCharge.latest_charge as Stripe.Charge;
    expect(charge).toMatchObject({ object: 'charge', captured: true, amount_captured: 4000, amount_refunded: 1000, application_fee_amount: 1000 });
    expect(charge.balance_transaction).toMatchObject({ type: 'charge', amount: 4000, fee: 146, net: 3854 });
    const transfers = await tenantA.balanceTransactions.list({ type: 'transfer' });
    expect(transfers.data.map((txn) => txn.amount)).toEqual([-3000]);
    expect(fake.captures(authorized.id)).toBe(1);

    const types = fake.events(KEY_A).map((event) => event.type);
    expect(types).toEqual(expect.arrayContaining(['payment_intent.amount_capturable_updated', 'payment_intent.succeeded', 'account.updated']));
    const succeeded = fake.events(KEY_A).find((event) => event.type === 'payment_intent.succeeded');
    expect(succeeded?.data.object).toMatchObject({ id: authorized.id, status: 'succeeded' });
  });

  it('raises declines as StripeCardError with Stripe codes and keeps the failed intent', async () => {
    const declined = await rejection(
      tenantA.paymentIntents.create({ amount: 5000, currency: 'chf', payment_method: 'pm_card_chargeDeclinedInsufficientFunds', confirm: true }),
    );
    expect(declined).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect(declined).toMatchObject({ statusCode: 402, code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' });
    expect(declined.payment_intent?.status).toBe('requires_payment_method');
    expect(fake.paymentIntents(KEY_A)[0].last_payment_error?.decline_code).toBe('insufficient_funds');
    expect(fake.events(KEY_A).map((event) => event.type)).toContain('payment_intent.payment_failed');

    const expired = await rejection(
      tenantA.paymentIntents.create({ amount: 900, currency: 'chf', payment_method: 'pm_card_chargeDeclinedExpiredCard', confirm: true }),
    );
    expect(expired).toMatchObject({ code: 'expired_card', message: 'Your card has expired.' });

    const unknown = await rejection(tenantA.paymentIntents.create({ amount: 900, currency: 'chf', payment_method: 'pm_nope', confirm: true }));
    expect(unknown).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(unknown).toMatchObject({ code: 'resource_missing', param: 'payment_method' });
  });

  it('replays an idempotent request instead of doing it twice', async () => {
    const first = await authorize(tenantA, 5000, { idempotencyKey: 'authorize-apt_1' });
    const again = await authorize(tenantA, 5000, { idempotencyKey: 'authorize-apt_1' });
    expect(again.id).toBe(first.id);
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(fake.paymentIntents(KEY_A)).toHaveLength(1);

    const capture = () => tenantA.paymentIntents.capture(first.id, {}, { idempotencyKey: `capture-${first.id}` });
    const captured = await capture();
    expect(await capture()).toEqual(captured);
    expect(fake.captures(first.id)).toBe(1);

    const declineKey = { idempotencyKey: 'decline-1' };
    const decline = () => tenantA.paymentIntents.create({ amount: 700, currency: 'chf', payment_method: 'pm_card_chargeDeclined', confirm: true }, declineKey);
    const firstDecline = await rejection(decline());
    const replayedDecline = await rejection(decline());
    expect(replayedDecline.payment_intent?.id).toBe(firstDecline.payment_intent?.id);
    expect(fake.requestLog.filter((entry) => entry.idempotencyKey === 'decline-1').map((entry) => entry.replayed)).toEqual([false, true]);
  });

  it('refuses a key reused with other parameters', async () => {
    await authorize(tenantA, 5000, { idempotencyKey: 'authorize-apt_2' });
    const reused = await rejection(authorize(tenantA, 6000, { idempotencyKey: 'authorize-apt_2' }));
    expect(reused).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(reused.statusCode).toBe(400);
    expect(fake.paymentIntents(KEY_A)).toHaveLength(1);
  });

  it('answers 409 to a request whose key is still in flight', async () => {
    const intent = await authorize(tenantA);
    const path = `/v1/payment_intents/${intent.id}/capture`;
    const held = fake.hold({ method: 'POST', path });
    const first = tenantA.paymentIntents.capture(intent.id, {}, { idempotencyKey: 'capture-once' });
    await held.reached;

    const concurrent = await rejection(tenantA.paymentIntents.capture(intent.id, {}, { idempotencyKey: 'capture-once' }));
    expect(concurrent).toMatchObject({ statusCode: 409, rawType: 'idempotency_error' });
    expect(concurrent.message).toContain('There is currently another in-progress request using this Stripe-Account, API key, and idempotency key');

    held.release();
    expect((await first).status).toBe('succeeded');
    expect(fake.captures(intent.id)).toBe(1);
  });

  it('commits a capture whose response is lost, and replays it to the retry', async () => {
    const intent = await authorize(tenantA);
    fake.fail({ path: `/v1/payment_intents/${intent.id}/capture`, kind: 'timeout_after_commit' });
    const impatient = client(KEY_A, 300);

    const lost = await rejection(impatient.paymentIntents.capture(intent.id, {}, { idempotencyKey: 'capture-lost' }));
    expect(lost).toBeInstanceOf(Stripe.errors.StripeConnectionError);
    expect(fake.captures(intent.id)).toBe(1);

    const retried = await impatient.paymentIntents.capture(intent.id, {}, { idempotencyKey: 'capture-lost' });
    expect(retried.status).toBe('succeeded');
    expect(retried.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(fake.captures(intent.id)).toBe(1);
  });

  it('lets the SDK recover a reset connection by replaying the committed result', async () => {
    const intent = await authorize(tenantA);
    const path = `/v1/payment_intents/${intent.id}/capture`;
    fake.fail({ method: 'POST', path, kind: 'reset_after_commit' });

    const captured = await tenantA.paymentIntents.capture(intent.id);
    expect(captured.status).toBe('succeeded');
    expect(fake.requestLog.filter((entry) => entry.path === path).map((entry) => [entry.failure, entry.replayed])).toEqual([
      ['reset_after_commit', false],
      [undefined, true],
    ]);
    expect(fake.captures(intent.id)).toBe(1);
  });

  it('fails with a 500 without doing anything', async () => {
    const intent = await authorize(tenantA);
    fake.fail({ path: /\/capture$/, kind: 'server_error' });
    const failed = await rejection(tenantA.paymentIntents.capture(intent.id, {}, { idempotencyKey: 'capture-500' }));
    expect(failed).toBeInstanceOf(Stripe.errors.StripeAPIError);
    expect(failed.statusCode).toBe(500);
    expect((await tenantA.paymentIntents.retrieve(intent.id)).status).toBe('requires_capture');
    expect((await tenantA.paymentIntents.capture(intent.id, {}, { idempotencyKey: 'capture-500' })).status).toBe('succeeded');
  });

  it('fails the same requests for the same seed', async () => {
    const pattern = async (): Promise<boolean[]> => {
      fake.clearFailures();
      fake.failRandomly({ ratio: 0.5, kind: 'server_error', seed: 42, path: /^\/v1\/events/ });
      const outcomes: boolean[] = [];
      for (let i = 0; i < 12; i += 1) outcomes.push(await tenantA.events.list().then(() => true, () => false));
      return outcomes;
    };
    const first = await pattern();
    expect(await pattern()).toEqual(first);
    expect(first).toContain(true);
    expect(first).toContain(false);
  });

  it('refuses a refund above what remains refundable', async () => {
    const intent = await authorize(tenantA);
    await tenantA.paymentIntents.capture(intent.id);
    const partial = await tenantA.refunds.create({ payment_intent: intent.id, amount: 3000, reason: 'requested_by_customer' });
    expect(partial).toMatchObject({ object: 'refund', status: 'succeeded', amount: 3000 });

    const refundTooMuch = () => tenantA.refunds.create({ payment_intent: intent.id, amount: 3000 }, { idempotencyKey: 'refund-too-much' });
    const tooMuch = await rejection(refundTooMuch());
    expect(tooMuch).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(tooMuch).toMatchObject({ code: 'amount_too_large', message: 'Refund amount (CHF 30.00) is greater than unrefunded amount on charge (CHF 20.00)' });
    // A refusal over the charge's state is an outcome Stripe keeps for the key, like a decline.
    expect((await rejection(refundTooMuch())).code).toBe('amount_too_large');
    expect(fake.requestLog.filter((entry) => entry.idempotencyKey === 'refund-too-much').map((entry) => entry.replayed)).toEqual([false, true]);

    const rest = await tenantA.refunds.create({ payment_intent: intent.id });
    expect(rest.amount).toBe(2000);
    const charge = await tenantA.charges.retrieve(rest.charge as string);
    expect(charge).toMatchObject({ amount_refunded: 5000, refunded: true });
    const refundTxns = await tenantA.balanceTransactions.list({ type: 'refund' });
    expect(refundTxns.data.map((txn) => txn.amount)).toEqual([-2000, -3000]);
    expect(fake.refunds(KEY_A)).toHaveLength(2);
  });

  it('keeps each platform to its own objects and rejects unknown keys', async () => {
    const intent = await authorize(tenantA);
    const foreign = await rejection(tenantB.paymentIntents.retrieve(intent.id));
    expect(foreign).toMatchObject({ statusCode: 404, code: 'resource_missing' });
    const capture = await rejection(tenantB.paymentIntents.capture(intent.id));
    expect(capture.statusCode).toBe(404);
    expect((await tenantB.events.list()).data).toEqual([]);
    expect(fake.paymentIntents(KEY_B)).toEqual([]);

    const stranger = await rejection(client('sk_test_unknown_tenant').paymentIntents.retrieve(intent.id));
    expect(stranger).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  });

  it('lists events by type and time, and signs deliveries that verify', async () => {
    const early = await authorize(tenantA);
    clock.advance(60_000);
    const later = await authorize(tenantA);
    await tenantA.paymentIntents.cancel(later.id, { cancellation_reason: 'requested_by_customer' });

    const recent = await tenantA.events.list({ created: { gte: nowSeconds() }, type: 'payment_intent.*' });
    expect(recent).toMatchObject({ object: 'list', has_more: false, url: '/v1/events' });
    expect(recent.data.map((event) => event.type)).toEqual(['payment_intent.canceled', 'payment_intent.amount_capturable_updated', 'payment_intent.created']);
    const capturable = await tenantA.events.list({ types: ['payment_intent.amount_capturable_updated'], limit: 1 });
    expect(capturable.has_more).toBe(true);
    const older = await tenantA.events.list({ types: ['payment_intent.amount_capturable_updated'], starting_after: capturable.data[0].id });
    expect((older.data[0].data.object as Stripe.PaymentIntent).id).toBe(early.id);

    const event = await tenantA.events.retrieve(recent.data[0].id);
    const delivery = fake.signedDelivery(event, WEBHOOK_SECRET);
    const verified = Stripe.webhooks.constructEvent(delivery.body, delivery.signature, WEBHOOK_SECRET, 300, undefined, receivedAt());
    expect(verified).toMatchObject({ id: event.id, type: 'payment_intent.canceled' });
    expect((verified.data.object as Stripe.PaymentIntent).cancellation_reason).toBe('requested_by_customer');

    const tampered = fake.signedDelivery(event, WEBHOOK_SECRET, { tamper: true });
    expect(() => Stripe.webhooks.constructEvent(tampered.body, tampered.signature, WEBHOOK_SECRET, 300, undefined, receivedAt())).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
    const stale = fake.signedDelivery(event, WEBHOOK_SECRET, { timestamp: nowSeconds() - 600 });
    expect(() => Stripe.webhooks.constructEvent(stale.body, stale.signature, WEBHOOK_SECRET, 300, undefined, receivedAt())).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
  });

  it('onboards a connected account, sets its payout schedule and pays out on its scope', async () => {
    const account = await tenantA.accounts.create({ type: 'express', country: 'CH', capabilities: { transfers: { requested: true } } });
    expect(account).toMatchObject({ charges_enabled: false, payouts_enabled: false, details_submitted: false, default_currency: 'chf' });
    expect(account.requirements?.currently_due).toContain('external_account');
    const link = await tenantA.accountLinks.create({ account: account.id, refresh_url: 'https://a.example/refresh', return_url: 'https://a.example/done', type: 'account_onboarding' });
    expect(link.url).toBe(`http://127.0.0.1:${port}/onboarding/${account.id}`);

    const updated = await tenantA.accounts.update(account.id, { settings: { payouts: { schedule: { interval: 'weekly', weekly_anchor: 'friday', delay_days: 7 } } } });
    expect(updated.settings?.payouts?.schedule).toEqual({ interval: 'weekly', weekly_anchor: 'friday', delay_days: 7 });

    fake.completeOnboarding(account.id);
    expect(await tenantA.accounts.retrieve(account.id)).toMatchObject({ charges_enabled: true, payouts_enabled: true, details_submitted: true });

    const payout = fake.payOut(account.id, { amount: 4000, currency: 'chf' });
    expect(await tenantA.payouts.retrieve(payout.id, {}, { stripeAccount: account.id })).toMatchObject({ status: 'paid', amount: 4000 });
    expect((await rejection(tenantA.payouts.retrieve(payout.id))).statusCode).toBe(404);
    expect((await rejection(tenantB.payouts.retrieve(payout.id, {}, { stripeAccount: account.id }))).statusCode).toBe(403);
    const paid = fake.events(KEY_A).find((event) => event.type === 'payout.paid');
    expect(paid).toMatchObject({ account: account.id, data: { object: { id: payout.id } } });
  });

  it('expires authorizations and opens and closes disputes with their events', async () => {
    const lapsing = await authorize(tenantA);
    fake.expireAuthorization(lapsing.id);
    expect(await tenantA.paymentIntents.retrieve(lapsing.id)).toMatchObject({ status: 'canceled', cancellation_reason: 'automatic' });
    const notCapturable = await rejection(tenantA.paymentIntents.capture(lapsing.id));
    expect(notCapturable).toMatchObject({ statusCode: 400, code: 'payment_intent_unexpected_state' });

    const paid = await tenantA.paymentIntents.create({ amount: 5000, currency: 'chf', payment_method: 'pm_card_mastercard', confirm: true });
    expect(paid.status).toBe('succeeded');
    const dispute = fake.openDispute(paid.id, { reason: 'product_not_received' });
    expect(await tenantA.disputes.retrieve(dispute.id)).toMatchObject({ status: 'needs_response', amount: 5000, payment_intent: paid.id });
    fake.closeDispute(dispute.id, 'lost');
    expect((await tenantA.disputes.retrieve(dispute.id)).status).toBe('lost');
    const types = fake.events(KEY_A).map((event) => event.type);
    expect(types).toEqual(expect.arrayContaining(['payment_intent.canceled', 'charge.dispute.created', 'charge.dispute.closed']));
  });
});

describe('FakeStripe transfers to connected accounts', () => {
  /** A captured charge kept whole on the platform: no destination, no application fee. */
  async function platformCharge(amount = 4000): Promise<string> {
    const paid = await tenantA.paymentIntents.create({ amount, currency: 'chf', payment_method: 'pm_card_visa', confirm: true });
    return paid.latest_charge as string;
  }
  const balanceOf = async (type: string, source: string, stripeAccount?: string) =>
    (await tenantA.balanceTransactions.list({ type, source }, stripeAccount ? { stripeAccount } : {})).data.map((txn) => txn.amount);

  it('transfers part of a platform charge to an active connected account, once per idempotency key', async () => {
    const helper = await onboardedHelper(tenantA);
    const charge = await platformCharge();
    const send = () =>
      tenantA.transfers.create(
        { amount: 3200, currency: 'chf', destination: helper.id, source_transaction: charge, transfer_group: 'apt_1', metadata: { paymentId: 'pay_1' } },
        { idempotencyKey: 'transfer-pay_1' },
      );
    const transfer = await send();
    expect(transfer).toMatchObject({ object: 'transfer', amount: 3200, currency: 'chf', destination: helper.id, source_transaction: charge, transfer_group: 'apt_1', metadata: { paymentId: 'pay_1' }, amount_reversed: 0 });
    expect((await send()).id).toBe(transfer.id);
    expect(fake.transfers(KEY_A)).toHaveLength(1);
    expect(await balanceOf('transfer', transfer.id)).toEqual([-3200]);
    expect(await balanceOf('payment', transfer.destination_payment as string, helper.id)).toEqual([3200]);
    expect(fake.events(KEY_A).map((event) => event.type)).toContain('transfer.created');
  });

  it('refuses a destination that cannot receive transfers and more than the charge has left after refunds', async () => {
    const pending = await tenantA.accounts.create({ type: 'express', country: 'CH', capabilities: { transfers: { requested: true } } });
    const foreign = await onboardedHelper(tenantB);
    const helper = await onboardedHelper(tenantA);
    const charge = await platformCharge();

    const inactive = await rejection(tenantA.transfers.create({ amount: 100, currency: 'chf', destination: pending.id, source_transaction: charge }));
    expect(inactive).toMatchObject({ statusCode: 400, code: 'insufficient_capabilities_for_transfer', param: 'destination' });
    const elsewhere = await rejection(tenantA.transfers.create({ amount: 100, currency: 'chf', destination: foreign.id, source_transaction: charge }));
    expect(elsewhere).toMatchObject({ statusCode: 400, code: 'resource_missing', param: 'destination' });

    await tenantA.refunds.create({ charge, amount: 1000 });
    const tooMuch = await rejection(tenantA.transfers.create({ amount: 3001, currency: 'chf', destination: helper.id, source_transaction: charge }));
    expect(tooMuch).toMatchObject({ statusCode: 400, code: 'amount_too_large', param: 'amount' });
    await tenantA.transfers.create({ amount: 2000, currency: 'chf', destination: helper.id, source_transaction: charge });
    const beyondEarlier = await rejection(tenantA.transfers.create({ amount: 1001, currency: 'chf', destination: helper.id, source_transaction: charge }));
    expect(beyondEarlier.code).toBe('amount_too_large');
    expect(fake.transfers(KEY_A).map((transfer) => transfer.amount)).toEqual([2000]);
  });

  it('reverses a transfer in parts, never beyond what is not yet reversed', async () => {
    const helper = await onboardedHelper(tenantA);
    const transfer = await tenantA.transfers.create({ amount: 3200, currency: 'chf', destination: helper.id, source_transaction: await platformCharge() });
    const reverse = (amount: number) => tenantA.transfers.createReversal(transfer.id, { amount, metadata: { refundId: 'ref_1' } }, { idempotencyKey: 'reverse-ref_1' });
    const reversal = await reverse(800);
    expect(reversal).toMatchObject({ object: 'transfer_reversal', amount: 800, transfer: transfer.id, metadata: { refundId: 'ref_1' } });
    expect((await reverse(800)).id).toBe(reversal.id);
    expect((await rejection(reverse(900))).rawType).toBe('idempotency_error');
    expect(await balanceOf('transfer_refund', reversal.id)).toEqual([800]);
    expect(await balanceOf('payment_refund', reversal.id, helper.id)).toEqual([-800]);

    const tooMuch = await rejection(tenantA.transfers.createReversal(transfer.id, { amount: 2401 }));
    expect(tooMuch).toMatchObject({ statusCode: 400, code: 'amount_too_large', param: 'amount' });
    await tenantA.transfers.createReversal(transfer.id);
    expect(await tenantA.transfers.retrieve(transfer.id)).toMatchObject({ amount_reversed: 3200, reversed: true });
    expect((await rejection(tenantA.transfers.createReversal(transfer.id, { amount: 1 }))).code).toBe('transfer_already_reversed');
  });
});

describe('FakeStripe and the browser: cards typed into a site’s card form', () => {
  const PUBLISHABLE_KEY_A = 'pk_test_quartier_tenant_a';

  /** What Stripe.js sends: a form post with the publishable key as `key`, no Authorization header. */
  async function typedCard(card: Record<string, string>, key = PUBLISHABLE_KEY_A): Promise<{ status: number; cors: string | null; body: Record<string, unknown> }> {
    const body = new URLSearchParams({ key, type: 'card', ...Object.fromEntries(Object.entries(card).map(([name, value]) => [`card[${name}]`, value])) });
    const response = await fetch(`http://127.0.0.1:${port}/v1/payment_methods`, { method: 'POST', body });
    return { status: response.status, cors: response.headers.get('access-control-allow-origin'), body: (await response.json()) as Record<string, unknown> };
  }

  beforeEach(() => {
    fake.addPlatform(KEY_A, PUBLISHABLE_KEY_A);
  });

  it('makes a payment method from a test card that the secret key then charges, declining the declining cards', async () => {
    const visa = await typedCard({ number: '4242 4242 4242 4242', exp_month: '12', exp_year: '34', cvc: '123' });
    expect(visa).toMatchObject({ status: 200, cors: '*', body: { object: 'payment_method', type: 'card', card: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2034 } } });
    const intent = await tenantA.paymentIntents.create({ amount: 5000, currency: 'chf', payment_method: visa.body.id as string, confirm: true, capture_method: 'manual' });
    expect(intent.status).toBe('requires_capture');

    const declining = await typedCard({ number: '4000000000009995', exp_month: '12', exp_year: '34', cvc: '123' });
    expect(declining.status).toBe(200);
    const declined = await rejection(tenantA.paymentIntents.create({ amount: 5000, currency: 'chf', payment_method: declining.body.id as string, confirm: true }));
    expect(declined).toMatchObject({ type: 'StripeCardError', code: 'card_declined', decline_code: 'insufficient_funds' });

    // A card that always asks for 3-D Secure: the intent waits for the cardholder, nothing is charged.
    const challenged = await typedCard({ number: '4000 0027 6000 3184', exp_month: '12', exp_year: '34', cvc: '123' });
    const waiting = await tenantA.paymentIntents.create({ amount: 5000, currency: 'chf', payment_method: challenged.body.id as string, confirm: true, capture_method: 'manual' });
    expect(waiting).toMatchObject({ status: 'requires_action', next_action: { type: 'use_stripe_sdk' }, latest_charge: null });
  });

  it('refuses a wrong number, a past expiry, a short security code and a card that is not a test card, as card errors', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ number: '4242424242424241', exp_month: '12', exp_year: '34', cvc: '123' }, 'incorrect_number'],
      [{ number: '4242424242424242', exp_month: '12', exp_year: '29', cvc: '123' }, 'invalid_expiry_year'],
      [{ number: '4242424242424242', exp_month: '12', exp_year: '34', cvc: '12' }, 'invalid_cvc'],
      [{ number: '4012888888881881', exp_month: '12', exp_year: '34', cvc: '123' }, 'card_declined'],
    ];
    for (const [card, code] of cases) {
      const answer = await typedCard(card);
      expect(answer).toMatchObject({ status: 402, cors: '*', body: { error: { type: 'card_error', code } } });
    }
  });

  it('lets a publishable key make payment methods only, and knows only registered ones', async () => {
    const charging = await fetch(`http://127.0.0.1:${port}/v1/payment_intents`, { method: 'POST', body: new URLSearchParams({ key: PUBLISHABLE_KEY_A, amount: '100', currency: 'chf' }) });
    expect(charging.status).toBe(401);
    expect(((await charging.json()) as { error: { message: string } }).error.message).toContain('cannot be made with a publishable API key');
    expect(fake.paymentIntents()).toEqual([]);
    const unknown = await typedCard({ number: '4242424242424242', exp_month: '12', exp_year: '34', cvc: '123' }, 'pk_test_nobody');
    expect(unknown).toMatchObject({ status: 401, body: { error: { type: 'authentication_error' } } });
  });
});
