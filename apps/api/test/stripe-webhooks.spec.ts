// Stripe webhooks end to end against a fake Stripe on loopback: deliveries are verified on their raw
// body with the site's own signing secret (a forged, stale or misdirected one is refused and writes
// nothing), stored once per event id, and applied from Stripe's current state, so 500 events
// delivered three times each in a shuffled order leave the same books as each applied once in order.
// The job `stripe.event` is run here by calling StripeEventService, as the worker's handler does.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { StripeEventInbox, StripeEventService } from '@quartier/payments';
import { FixedClock, newId, RequestContext } from '@quartier/platform';
import { createMarketplaceTenant, createTestUser, FakeStripe, insertTestTenant, type MarketplaceTenant, type TestTenant, type TestUser } from '@quartier/testing';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import Stripe from 'stripe';
import { startTestApi, type TestApi } from './test-api.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const HOUR = 3_600_000;
const SECRET_KEY = `sk_test_${randomBytes(12).toString('hex')}`;
const PUBLISHABLE_KEY = 'pk_test_quartiercardform00000001';
const secret = () => `whsec_${randomBytes(16).toString('hex')}`;
const CONNECT = 'mutation($p: String!, $s: String!, $w: String!) { connectStripeAccount(publishableKey: $p, secretKey: $s, webhookSecret: $w) { mode } }';
const HELPERS = 4;
const EVENTS = 500;
const DELIVERIES_PER_EVENT = 3;

/** A booking's money as the payments table holds it: fee 500, commission 20% of the subtotal. */
function breakdown(subtotal: number) {
  const commission = subtotal / 5;
  return { amount: subtotal + 500, subtotal, commission, fee: 500, helper: subtotal - commission };
}
type Breakdown = ReturnType<typeof breakdown>;

interface Site {
  tenant: TestTenant;
  webhookSecret: string;
  helpers: string[];
  customer: string;
  serviceId: string;
}

interface StripePayment {
  intentId: string;
  chargeId: string | null;
  helper: number;
  money: Breakdown;
  status: 'captured' | 'authorized';
}

/** Mulberry32: a reproducible order for every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

async function inParallel<T>(items: T[], lanes: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

/** Sorts rows by one text column with the same order on both sides of a comparison. */
function by<T>(column: keyof T): (a: T, b: T) => number {
  return (a, b) => (String(a[column]) < String(b[column]) ? -1 : String(a[column]) > String(b[column]) ? 1 : 0);
}

/** The helper's share of a partial amount, as the ledger splits it (rounded down; full amount exact). */
function helperShare(money: Breakdown, amount: number): number {
  return amount === money.amount ? money.helper : Math.floor((amount * money.helper) / money.amount);
}

describe('Stripe webhooks', () => {
  const clock = new FixedClock(new Date(Math.floor(Date.now() / 1000) * 1000));
  const fake = new FakeStripe({ now: () => clock.now().getTime() });
  let api: TestApi;
  let stripe: Stripe;
  let shuffledSite: Site;
  let orderedSite: Site;
  let edge: TestTenant & { webhookSecret: string };
  let offline: TestTenant;
  let suspended: TestTenant;
  const startedAt = clock.now();

  // The world Stripe holds once the setup is done.
  const payments: StripePayment[] = [];
  const disputes: { id: string; intentId: string; amount: number; outcome: 'won' | 'lost' | 'open' }[] = [];
  const refunds: { id: string; intentId: string; amount: number }[] = [];
  const payouts: { id: string; helper: number; amount: number }[] = [];
  const accounts: string[] = [];
  const onboarded = [0, 1, 2];
  let events: Stripe.Event[] = [];

  const ownerCount = async (sql: string, params: unknown[]) => Number((await api.db.ownerQuery<{ n: string }>(sql, params))[0].n);
  const deliver = (slug: string, delivery: { body: string; signature?: string }) => {
    let request = api.http().post(`/webhooks/stripe/${slug}`).set('content-type', 'application/json');
    if (delivery.signature !== undefined) request = request.set('stripe-signature', delivery.signature);
    return request.send(delivery.body);
  };
  const applyAs = (tenantId: string, eventId: string) => api.app.get(StripeEventService).apply(RequestContext.system(tenantId, 'payments'), eventId);
  /**
   * Runs the job as the worker would: Postgres may end one of two jobs that first create the same
   * ledger accounts in another order (a deadlock), and BullMQ retries such a job.
   */
  const runJob = async (tenantId: string, eventId: string): Promise<string> => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await applyAs(tenantId, eventId);
      } catch (error) {
        if ((error as { code?: string }).code !== '40P01' || attempt >= 3) throw error;
      }
    }
  };

  async function connectedSite(webhookSecret: string): Promise<Site & { market: MarketplaceTenant }> {
    const market = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich' });
    const answer = await api.graphql({ host: market.slug, query: CONNECT, variables: { p: PUBLISHABLE_KEY, s: SECRET_KEY, w: webhookSecret }, token: market.admin.accessToken });
    expect(answer.errors).toBeUndefined();
    const helpers: TestUser[] = [];
    for (let i = 0; i < HELPERS; i += 1) helpers.push(await createTestUser(api, market, { roles: ['helper'], displayName: `Helper ${i}` }));
    for (const helper of helpers) {
      await api.db.ownerQuery(
        `insert into helper_profiles (tenant_id, user_id, display_name, vetting_policy_version, status) values ($1, $2, $3, 0, 'approved')
         on conflict (tenant_id, user_id) do update set status = 'approved'`,
        [market.id, helper.id, helper.displayName ?? 'Helper'],
      );
    }
    const customer = await createTestUser(api, market, { roles: ['customer'] });
    return { market, tenant: market, webhookSecret, helpers: helpers.map((helper) => helper.id), customer: customer.id, serviceId: await market.serviceId() };
  }

  /** The site's own records of the Stripe world: payments of its bookings and its helpers' payout accounts. */
  async function recordBookings(site: Site): Promise<void> {
    const { tenant } = site;
    for (const [index, payment] of payments.entries()) {
      const requestId = newId();
      const appointmentId = newId();
      const helperId = site.helpers[payment.helper];
      const captured = payment.status === 'captured';
      const startsAt = new Date(startedAt.getTime() + (captured ? -1 : 1) * (index + 24) * HOUR);
      const { money } = payment;
      await api.db.ownerQuery(
        `insert into requests (tenant_id, id, customer_id, service_id, description, country_code, postal_code, windows, status, expires_at)
         values ($1, $2, $3, $4, 'Set up the Wi-Fi', 'CH', '8001', $5, $6, $7)`,
        [tenant.id, requestId, site.customer, site.serviceId, JSON.stringify([{ start: startsAt, end: new Date(startsAt.getTime() + HOUR) }]), captured ? 'completed' : 'scheduled', startsAt],
      );
      await api.db.ownerQuery(
        `insert into appointments (tenant_id, id, request_id, helper_id, customer_id, service_id, starts_at, ends_at, currency, subtotal_minor,
                                   customer_fee_minor, customer_total_minor, commission_minor, helper_payout_minor, status, started_at, completed_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, 'CHF', $9, $10, $11, $12, $13, $14, case when $14 = 'completed' then $7::timestamptz end, case when $14 = 'completed' then $8::timestamptz end)`,
        [tenant.id, appointmentId, requestId, helperId, site.customer, site.serviceId, startsAt, new Date(startsAt.getTime() + HOUR), money.subtotal, money.fee, money.amount, money.commission, money.helper, captured ? 'completed' : 'scheduled'],
      );
      await api.db.ownerQuery(
        `insert into payments (tenant_id, id, request_id, appointment_id, customer_id, helper_id, provider, status, currency, amount_minor, subtotal_minor,
                               commission_minor, customer_fee_minor, helper_payout_minor, captured_minor, capture_reason, payment_method_id, generation,
                               payment_intent_id, charge_id, authorized_at, authorization_expires_at, captured_at, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, 'stripe', $7, 'CHF', $8, $9, $10, $11, $12, $13, $14, 'pm_card_visa', 1, $15, $16, $17, $18, $19, $17, $17)`,
        [
          tenant.id, newId(), requestId, appointmentId, site.customer, helperId, payment.status, money.amount, money.subtotal, money.commission, money.fee, money.helper,
          captured ? money.amount : 0, captured ? 'completed' : null, payment.intentId, payment.chargeId, new Date(startedAt.getTime() - 2 * HOUR),
          new Date(startedAt.getTime() + 6 * 24 * HOUR), captured ? new Date(startedAt.getTime() - HOUR) : null,
        ],
      );
    }
    for (const [index, accountId] of accounts.entries()) {
      await api.db.ownerQuery(
        `insert into helper_payout_accounts (tenant_id, helper_id, status, stripe_account_id, created_at, updated_at) values ($1, $2, 'onboarding', $3, $4, $4)`,
        [tenant.id, site.helpers[index], accountId, startedAt],
      );
    }
  }

  /** Authorizes (and captures) a card payment of a booking at the fake Stripe. */
  async function pay(helper: number, money: Breakdown, capture: boolean): Promise<StripePayment> {
    const intent = await stripe.paymentIntents.create({ amount: money.amount, currency: 'chf', capture_method: 'manual', confirm: true, payment_method: 'pm_card_visa' });
    if (capture) await stripe.paymentIntents.capture(intent.id);
    const current = await stripe.paymentIntents.retrieve(intent.id);
    const payment: StripePayment = { intentId: intent.id, chargeId: current.latest_charge as string, helper, money, status: capture ? 'captured' : 'authorized' };
    payments.push(payment);
    return payment;
  }

  beforeAll(async () => {
    const address = await fake.start();
    const url = new URL(address.url);
    fake.addPlatform(SECRET_KEY);
    stripe = new Stripe(SECRET_KEY, { host: url.hostname, port: Number(url.port), protocol: 'http', maxNetworkRetries: 0, telemetry: false });
    api = await startTestApi({ STRIPE_API_URL: address.url }, { clock });

    shuffledSite = await connectedSite(secret());
    orderedSite = await connectedSite(secret());
    const edgeTenant = await insertTestTenant(api.db);
    const edgeAdmin = await createTestUser(api, edgeTenant, { roles: ['operator_admin'] });
    edge = { ...edgeTenant, webhookSecret: secret() };
    expect((await api.graphql({ host: edge.slug, query: CONNECT, variables: { p: PUBLISHABLE_KEY, s: SECRET_KEY, w: edge.webhookSecret }, token: edgeAdmin.accessToken })).errors).toBeUndefined();
    offline = await insertTestTenant(api.db);
    suspended = await insertTestTenant(api.db, { status: 'suspended' });

    // Helpers' Express accounts: three finish onboarding, one only updates its profile.
    for (let i = 0; i < HELPERS; i += 1) accounts.push((await stripe.accounts.create({ type: 'express', country: 'CH' })).id);
    for (const index of onboarded) fake.completeOnboarding(accounts[index]);
    await stripe.accounts.update(accounts[3], { metadata: { helper: 'Helper 3' } });
    clock.advance(1_000);

    // 30 disputed payments (12 won, 12 lost, 6 still open; a third for part of the amount).
    const subtotals = [5_000, 7_500, 12_000];
    for (let i = 0; i < 30; i += 1) {
      const money = breakdown(subtotals[i % 3]);
      const payment = await pay(i % HELPERS, money, true);
      const amount = i % 3 === 2 ? 3_000 : money.amount;
      const dispute = fake.openDispute(payment.intentId, { amount, reason: i % 2 ? 'fraudulent' : 'product_not_received' });
      const outcome = i < 12 ? 'won' : i < 24 ? 'lost' : 'open';
      disputes.push({ id: dispute.id, intentId: payment.intentId, amount, outcome });
    }
    clock.advance(1_000);
    for (const dispute of disputes) if (dispute.outcome !== 'open') fake.closeDispute(dispute.id, dispute.outcome);

    // 20 payments refunded in Stripe's dashboard, 8 of them twice.
    for (let i = 0; i < 20; i += 1) {
      const money = breakdown(subtotals[i % 3]);
      const payment = await pay(i % HELPERS, money, true);
      for (const amount of i < 8 ? [1_000, 700] : [2_500]) {
        const refund = await stripe.refunds.create({ payment_intent: payment.intentId, amount });
        refunds.push({ id: refund.id, intentId: payment.intentId, amount });
      }
    }
    // 6 authorizations the card network let lapse.
    for (let i = 0; i < 6; i += 1) fake.expireAuthorization((await pay(i % HELPERS, breakdown(5_000), false)).intentId);
    // 12 payouts to the onboarded helpers' banks.
    for (let i = 0; i < 12; i += 1) {
      const helper = onboarded[i % onboarded.length];
      const amount = 3_000 + 250 * i;
      payouts.push({ id: fake.payOut(accounts[helper], { amount, currency: 'chf' }).id, helper, amount });
    }
    // Customers saved in Stripe fill the mix up to 500 events Quartier has no use for.
    while (fake.events(SECRET_KEY).length < EVENTS) await stripe.customers.create({ email: `customer${fake.events(SECRET_KEY).length}@example.test` });
    events = fake.events(SECRET_KEY);
    expect(events).toHaveLength(EVENTS);
    clock.advance(1_000);

    await recordBookings(shuffledSite);
    await recordBookings(orderedSite);
  });
  afterAll(async () => {
    await api?.close();
    await fake.stop();
  });

  describe('bad signatures', () => {
    const inboxRows = async () => ({
      events: await ownerCount(`select count(*) as n from stripe_events`, []),
      outbox: await ownerCount(`select count(*) as n from outbox_events`, []),
    });
    const sample = () => events.find((event) => event.type === 'charge.dispute.closed')!;

    it.each([
      ['a tampered body', () => fake.signedDelivery(sample(), edge.webhookSecret, { tamper: true }), /does not match this body/],
      ['a wrong secret', () => fake.signedDelivery(sample(), secret()), /does not match this body/],
      ['a stale timestamp', () => fake.signedDelivery(sample(), edge.webhookSecret, { timestamp: Math.floor(clock.now().getTime() / 1000) - 301 }), /more than 300 seconds old/],
      ['a missing header', () => ({ body: fake.signedDelivery(sample(), edge.webhookSecret).body, signature: undefined }), /header is missing/],
      ['a garbled header', () => ({ body: fake.signedDelivery(sample(), edge.webhookSecret).body, signature: 'v1=,t=yesterday' }), /not in the format Stripe sends/],
      ['a header without a signature', () => ({ body: fake.signedDelivery(sample(), edge.webhookSecret).body, signature: 'garbage' }), /not in the format Stripe sends/],
      ["another site's secret", () => fake.signedDelivery(sample(), shuffledSite.webhookSecret), /does not match this body/],
    ])('refuses %s with 400 and writes nothing', async (_case, delivery, message) => {
      const before = await inboxRows();
      const response = await deliver(edge.slug, delivery());
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ error: { code: 'BAD_USER_INPUT', field: 'Stripe-Signature', message: expect.stringMatching(message) } });
      expect(await inboxRows()).toEqual(before);
    });

    it("refuses a delivery signed for one site on another site's address", async () => {
      const before = await inboxRows();
      const response = await deliver(orderedSite.tenant.slug, fake.signedDelivery(sample(), shuffledSite.webhookSecret));
      expect(response.status).toBe(400);
      expect(response.body.error.field).toBe('Stripe-Signature');
      expect(await inboxRows()).toEqual(before);
    });

    it('answers 404 for an unknown, suspended or Stripe-less site, writing nothing', async () => {
      const before = await inboxRows();
      for (const [slug, code] of [
        ['no-such-site', 'TENANT_NOT_FOUND'],
        [suspended.slug, 'TENANT_NOT_FOUND'],
        [offline.slug, 'NOT_FOUND'],
      ]) {
        const response = await deliver(slug, fake.signedDelivery(sample(), edge.webhookSecret));
        expect(response.status).toBe(404);
        expect(response.body.error).toMatchObject({ code, message: expect.any(String) });
      }
      expect(await inboxRows()).toEqual(before);
    });

    it('takes a delivery signed 299 s ago (by the API clock) once, counting the repeat', async () => {
      const event = sample();
      const delivery = fake.signedDelivery(event, edge.webhookSecret, { timestamp: Math.floor(clock.now().getTime() / 1000) - 299 });
      for (let i = 0; i < 2; i += 1) {
        const response = await deliver(edge.slug, delivery);
        expect(response.status).toBe(200);
        expect(response.body).toEqual({ received: true });
      }
      expect(await api.db.ownerQuery(`select event_id, type, object_id, deliveries, applied_at from stripe_events where tenant_id = $1`, [edge.id])).toEqual([
        { event_id: event.id, type: 'charge.dispute.closed', object_id: (event.data.object as { id: string }).id, deliveries: 2, applied_at: null },
      ]);
      expect(
        await api.db.ownerQuery(`select aggregate_type, aggregate_id from outbox_events where tenant_id = $1 and type = 'stripe.event_received'`, [edge.id]),
      ).toEqual([{ aggregate_type: 'stripe_event', aggregate_id: event.id }]);
    });
  });

  describe(`${EVENTS} webhook events each delivered ${DELIVERIES_PER_EVENT} times, shuffled`, () => {
    const shuffledOutcomes: string[] = [];

    it('takes every delivery without calling Stripe, storing each event once', async () => {
      const random = seeded(20_250_601);
      const deliveries = shuffled(
        events.flatMap((event) => Array.from({ length: DELIVERIES_PER_EVENT }, () => fake.signedDelivery(event, shuffledSite.webhookSecret))),
        random,
      );
      const stripeCalls = fake.requestLog.length;
      const statuses: number[] = [];
      await inParallel(deliveries, 8, async (delivery) => {
        statuses.push((await deliver(shuffledSite.tenant.slug, delivery)).status);
      });
      expect(statuses.filter((status) => status !== 200)).toEqual([]);
      expect(fake.requestLog.length).toBe(stripeCalls);

      const tenantId = shuffledSite.tenant.id;
      expect(await api.db.ownerQuery(`select count(*)::int as events, sum(deliveries)::int as deliveries from stripe_events where tenant_id = $1`, [tenantId])).toEqual([
        { events: EVENTS, deliveries: EVENTS * DELIVERIES_PER_EVENT },
      ]);
      expect(
        await ownerCount(`select count(distinct aggregate_id) as n from outbox_events where tenant_id = $1 and type = 'stripe.event_received'`, [tenantId]),
      ).toBe(EVENTS);
      expect(await ownerCount(`select count(*) as n from outbox_events where tenant_id = $1 and type = 'stripe.event_received'`, [tenantId])).toBe(EVENTS);

      // Every delivery's job runs, in another shuffled order, several at once.
      const jobs = shuffled(events.flatMap((event) => Array.from({ length: DELIVERIES_PER_EVENT }, () => event.id)), random);
      await inParallel(jobs, 8, async (eventId) => {
        shuffledOutcomes.push(await runJob(tenantId, eventId));
      });
      expect(shuffledOutcomes.filter((outcome) => outcome === 'skipped: applied')).toHaveLength(EVENTS * (DELIVERIES_PER_EVENT - 1));
      expect(await ownerCount(`select count(*) as n from stripe_events where tenant_id = $1 and applied_at is null`, [tenantId])).toBe(0);
    });

    it('applies each effect once: disputes, refunds, payouts, payout accounts, lapsed authorizations', async () => {
      const tenantId = shuffledSite.tenant.id;
      const keys = await api.db.ownerQuery<{ business_key: string; kind: string }>(
        `select business_key, kind from ledger_transactions where tenant_id = $1 order by business_key`,
        [tenantId],
      );
      const refundRows = await api.db.ownerQuery<{ id: string; provider_refund_id: string; amount_minor: number; status: string; reason: string; requested_by: string | null; source_key: string }>(
        `select id, provider_refund_id, amount_minor, status, reason, requested_by, source_key from payment_refunds where tenant_id = $1`,
        [tenantId],
      );
      expect(refundRows.map(({ id: _id, ...row }) => row).sort(by('provider_refund_id'))).toEqual(
        refunds
          .map((refund) => ({ provider_refund_id: refund.id, amount_minor: refund.amount, status: 'succeeded', reason: 'Refunded in Stripe', requested_by: null, source_key: `stripe_refund:${refund.id}` }))
          .sort(by('provider_refund_id')),
      );
      const expectedKeys = [
        ...disputes.map((dispute) => `dispute:${dispute.id}`),
        ...disputes.filter((dispute) => dispute.outcome !== 'open').map((dispute) => `dispute_${dispute.outcome}:${dispute.id}`),
        ...payouts.map((payout) => `payout:${payout.id}`),
        ...refundRows.flatMap((row) => [`refund:${row.id}`, `reversal:${row.id}`]),
      ].sort();
      expect(keys.map((row) => row.business_key).sort()).toEqual(expectedKeys);

      expect(
        (await api.db.ownerQuery<{ provider_dispute_id: string; status: string; amount_minor: number }>(
          `select provider_dispute_id, status, amount_minor from payment_disputes where tenant_id = $1`,
          [tenantId],
        )).sort(by('provider_dispute_id')),
      ).toEqual(
        disputes
          .map((dispute) => ({ provider_dispute_id: dispute.id, status: dispute.outcome, amount_minor: dispute.amount }))
          .sort(by('provider_dispute_id')),
      );
      expect(
        (await api.db.ownerQuery<{ provider_payout_id: string }>(`select provider_payout_id, helper_id, amount_minor, currency, status from helper_payouts where tenant_id = $1`, [tenantId])).sort(
          by('provider_payout_id'),
        ),
      ).toEqual(
        payouts
          .map((payout) => ({ provider_payout_id: payout.id, helper_id: shuffledSite.helpers[payout.helper], amount_minor: payout.amount, currency: 'CHF', status: 'paid' }))
          .sort(by('provider_payout_id')),
      );
      expect(
        (
          await api.db.ownerQuery<{ stripe_account_id: string }>(
            `select stripe_account_id, helper_id, status, charges_enabled, payouts_enabled, details_submitted from helper_payout_accounts where tenant_id = $1`,
            [tenantId],
          )
        )
          .sort(by('stripe_account_id'))
          .map(({ stripe_account_id: _id, ...row }) => row),
      ).toEqual(
        accounts
          .map((accountId, index) => ({ accountId, index }))
          .sort(by('accountId'))
          .map(({ index }) => {
            const active = onboarded.includes(index);
            return { helper_id: shuffledSite.helpers[index], status: active ? 'active' : 'onboarding', charges_enabled: active, payouts_enabled: active, details_submitted: active };
          }),
      );

      // What the helpers notice: each lost dispute and each payout taken from what they are owed, once.
      for (const [index, helperId] of shuffledSite.helpers.entries()) {
        const lost = disputes
          .filter((dispute) => dispute.outcome === 'lost')
          .map((dispute) => ({ dispute, payment: payments.find((payment) => payment.intentId === dispute.intentId)! }))
          .filter(({ payment }) => payment.helper === index)
          .reduce((sum, { dispute, payment }) => sum + helperShare(payment.money, dispute.amount), 0);
        const refunded = refunds
          .map((refund) => ({ refund, payment: payments.find((payment) => payment.intentId === refund.intentId)! }))
          .filter(({ payment }) => payment.helper === index)
          .reduce((sum, { refund, payment }) => sum + helperShare(payment.money, refund.amount), 0);
        const paidOut = payouts.filter((payout) => payout.helper === index).reduce((sum, payout) => sum + payout.amount, 0);
        const [balance] = await api.db.ownerQuery<{ total: number }>(
          `select coalesce(sum(p.amount_minor), 0)::int as total from ledger_postings p join ledger_accounts a on a.tenant_id = p.tenant_id and a.id = p.account_id
            where a.tenant_id = $1 and a.kind = 'helper_payable' and a.owner_id = $2`,
          [tenantId, helperId],
        );
        expect(balance.total).toBe(lost + refunded + paidOut);
      }

      const refundedByIntent = await api.db.ownerQuery<{ payment_intent_id: string; refunded_minor: number }>(
        `select payment_intent_id, refunded_minor from payments where tenant_id = $1 and refunded_minor > 0`,
        [tenantId],
      );
      refundedByIntent.sort(by('payment_intent_id'));
      const expectedRefunded = new Map<string, number>();
      for (const refund of refunds) expectedRefunded.set(refund.intentId, (expectedRefunded.get(refund.intentId) ?? 0) + refund.amount);
      expect(refundedByIntent).toEqual(
        [...expectedRefunded].map(([intentId, total]) => ({ payment_intent_id: intentId, refunded_minor: total })).sort(by('payment_intent_id')),
      );
      // Lapsed authorizations are due now, for the maintenance sweep to renew.
      expect(
        await api.db.ownerQuery(`select authorization_expires_at from payments where tenant_id = $1 and status = 'authorized'`, [tenantId]),
      ).toEqual(Array.from({ length: 6 }, () => ({ authorization_expires_at: clock.now() })));

      const announced = await api.db.ownerQuery<{ type: string; n: number }>(
        `select type, count(*)::int as n from outbox_events where tenant_id = $1 and type in ('payment.disputed', 'payment.dispute_closed', 'payout.paid', 'payout.failed', 'payout.account_updated', 'payment.refunded')
          group by type`,
        [tenantId],
      );
      announced.sort(by('type'));
      expect(announced).toEqual([
        { type: 'payment.dispute_closed', n: 24 },
        { type: 'payment.disputed', n: 30 },
        { type: 'payment.refunded', n: refunds.length },
        { type: 'payout.account_updated', n: onboarded.length },
        { type: 'payout.paid', n: payouts.length },
      ]);
      const unbalanced = await api.db.ownerQuery(
        `select transaction_id from ledger_postings where tenant_id = $1 group by transaction_id having sum(amount_minor) <> 0`,
        [tenantId],
      );
      expect(unbalanced).toEqual([]);
    });

    it('ends in the same state as the same events applied once, in order, on another site', async () => {
      const tenantId = orderedSite.tenant.id;
      const outcomes: string[] = [];
      for (const event of events) {
        expect((await deliver(orderedSite.tenant.slug, fake.signedDelivery(event, orderedSite.webhookSecret))).status).toBe(200);
        outcomes.push(await applyAs(tenantId, event.id));
      }
      expect(outcomes.filter((outcome) => outcome.startsWith('skipped'))).toEqual([]);
      expect(outcomes.filter((outcome) => outcome === 'noted' || outcome === 'ignored').length).toBeGreaterThan(0);
      expect(await snapshot(shuffledSite)).toEqual(await snapshot(orderedSite));
    });

    /** What a site's books say, with its own ids replaced by what both sites share (Stripe's ids, helpers' ranks). */
    async function snapshot(site: Site) {
      const tenantId = site.tenant.id;
      const helper = (id: string | null) => (id === null ? null : `helper ${site.helpers.indexOf(id)}`);
      const refundIds = new Map(
        (await api.db.ownerQuery<{ id: string; provider_refund_id: string }>(`select id, provider_refund_id from payment_refunds where tenant_id = $1`, [tenantId])).map((row) => [row.id, row.provider_refund_id]),
      );
      const shared = (key: string) => key.replace(/[0-9a-f-]{36}$/, (id) => refundIds.get(id) ?? id);
      const balances = await api.db.ownerQuery<{ kind: string; owner_id: string | null; currency: string; total: number }>(
        `select a.kind, a.owner_id, a.currency, coalesce(sum(p.amount_minor), 0)::int as total
           from ledger_accounts a left join ledger_postings p on p.tenant_id = a.tenant_id and p.account_id = a.id
          where a.tenant_id = $1 group by a.kind, a.owner_id, a.currency`,
        [tenantId],
      );
      const transactions = await api.db.ownerQuery<{ business_key: string; kind: string; lines: string }>(
        `select t.business_key, t.kind, string_agg(a.kind || coalesce(':' || a.owner_id, '') || ' ' || p.amount_minor, ', ' order by p.line) as lines
           from ledger_transactions t join ledger_postings p on p.tenant_id = t.tenant_id and p.transaction_id = t.id
           join ledger_accounts a on a.tenant_id = p.tenant_id and a.id = p.account_id
          where t.tenant_id = $1 group by t.business_key, t.kind`,
        [tenantId],
      );
      const rows = (sql: string) => api.db.ownerQuery<Record<string, unknown>>(sql, [tenantId]);
      const sorted = <T>(items: T[]) => items.map((item) => JSON.stringify(item)).sort();
      return {
        balances: sorted(balances.map((row) => ({ ...row, owner_id: helper(row.owner_id) }))),
        transactions: sorted(
          transactions.map((row) => ({ key: shared(row.business_key), kind: row.kind, lines: site.helpers.reduce((text, id, index) => text.replaceAll(id, `helper ${index}`), row.lines) })),
        ),
        disputes: sorted(
          await rows(`select d.provider_dispute_id, p.payment_intent_id, d.amount_minor, d.currency, d.reason, d.status, d.closed_at is not null as closed
                        from payment_disputes d join payments p on p.tenant_id = d.tenant_id and p.id = d.payment_id where d.tenant_id = $1`),
        ),
        refunds: sorted(
          await rows(`select r.provider_refund_id, p.payment_intent_id, r.amount_minor, r.currency, r.status, r.reason, r.requested_by, r.source_key
                        from payment_refunds r join payments p on p.tenant_id = r.tenant_id and p.id = r.payment_id where r.tenant_id = $1`),
        ),
        payouts: sorted(
          (await rows(`select provider_payout_id, helper_id, amount_minor, currency, status, arrival_date from helper_payouts where tenant_id = $1`)).map((row) => ({
            ...row,
            helper_id: helper(row.helper_id as string),
          })),
        ),
        accounts: sorted(
          (await rows(`select stripe_account_id, helper_id, status, charges_enabled, payouts_enabled, details_submitted from helper_payout_accounts where tenant_id = $1`)).map((row) => ({
            ...row,
            helper_id: helper(row.helper_id as string),
          })),
        ),
        payments: sorted(await rows(`select payment_intent_id, status, captured_minor, refunded_minor, authorization_expires_at from payments where tenant_id = $1`)),
        announced: sorted(
          await rows(`select type, count(*)::int as n from outbox_events where tenant_id = $1 and (type like 'payment.%' or type like 'payout.%' or type like 'stripe.%') group by type`),
        ),
      };
    }
  });

  describe('replaying missed events', () => {
    it('puts the events Stripe lists for a period into the inbox, counting those already known', async () => {
      const from = new Date(startedAt.getTime() - HOUR).toISOString();
      const to = new Date(clock.now().getTime() + HOUR).toISOString();
      const output = await runReplay(edge.slug, from, to);
      // The site has no helper accounts, so it lists its own account's events; one was delivered before.
      const platformEvents = events.filter((event) => !event.account).length;
      expect(output).toContain(`Tenant ${edge.slug}: ${platformEvents} Stripe event(s) from ${from} to ${to}: ${platformEvents - 1} new (queued to be applied), 1 already known`);
      expect(await ownerCount(`select count(*) as n from stripe_events where tenant_id = $1`, [edge.id])).toBe(platformEvents);
      expect(await ownerCount(`select count(*) as n from outbox_events where tenant_id = $1 and type = 'stripe.event_received'`, [edge.id])).toBe(platformEvents);

      // A site with helpers' accounts also lists theirs; after the deliveries above, all are known.
      const inbox = api.app.get(StripeEventInbox);
      const period = { from: new Date(from), to: new Date(to) };
      expect(await inbox.replay(RequestContext.system(shuffledSite.tenant.id, 'test'), period)).toEqual({ listed: EVENTS, new: 0, known: EVENTS });
      expect(await ownerCount(`select sum(deliveries) as n from stripe_events where tenant_id = $1`, [shuffledSite.tenant.id])).toBe(EVENTS * (DELIVERIES_PER_EVENT + 1));
      await expect(inbox.replay(RequestContext.system(shuffledSite.tenant.id, 'test'), { from: period.to, to: period.from })).rejects.toMatchObject({ field: 'to' });
    });

    /** `npm run stripe:replay`'s command against the test's database and the fake Stripe, as a separate process. */
    function runReplay(slug: string, from: string, to: string): Promise<string> {
      const configEnv = Object.fromEntries(Object.entries(api.db.config).map(([key, value]) => [key, String(value)]));
      return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', './scripts/register.mjs', 'apps/cli/src/main.ts', 'stripe:replay', '--tenant', slug, '--from', from, '--to', to], {
          cwd: root,
          env: { PATH: process.env.PATH, ...configEnv, LOG_LEVEL: 'silent' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`stripe:replay exited with ${code}:\n${output}`))));
      });
    }
  });
});
