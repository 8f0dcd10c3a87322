// Payment jobs survive their worker being killed and Stripe not answering: 500 card payments of
// completed jobs are authorized and captured (1,000 payment jobs, fed from the outbox) by a real
// worker process that is SIGKILLed at random moments and restarted, while 30 % of the calls to Stripe
// are applied by Stripe but never answered. In the end every payment is charged exactly once,
// every ledger transaction balances, no job is dead-lettered and nothing is left waiting.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { paymentsQueue } from '@quartier/payments';
import { DEAD_LETTER_QUEUE, FixedClock, QueueFactory, RequestContext, TenantDatabase } from '@quartier/platform';
import {
  createApprovedHelper,
  createMarketplaceTenant,
  createTestUser,
  EVERY_DAY,
  FakeStripe,
  seededRandom,
  type MarketplaceTenant,
  startWorkerProcess,
  stopWorkerProcesses,
  swissPlacesTsv,
  type TestUser,
  waitUntil,
  type WorkerProcess,
} from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const PAYMENTS = 500;
const MIN_KILLS = 5;
const SECRET_KEY = 'sk_test_quartiercrashsuite000001';
const PUBLISHABLE_KEY = 'pk_test_quartiercardform00000001';
const WEBHOOK_SECRET = 'whsec_quartiercrashsuite01';
const HOUR = 3_600_000;

describe('payment jobs under worker crashes and Stripe timeouts', () => {
  const clock = new FixedClock(new Date(Math.floor(Date.now() / HOUR) * HOUR));
  const fake = new FakeStripe();
  let api: TestApi;
  let tenant: MarketplaceTenant;
  let customer: TestUser;
  let helper: TestUser;
  let queues: QueueFactory;
  let workerEnv: Record<string, string>;

  beforeAll(async () => {
    const address = await fake.start();
    fake.addPlatform(SECRET_KEY);
    api = await startTestApi({}, { clock });
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    const serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    helper = await createApprovedHelper(api, tenant, { displayName: 'Ana', postalCode: '8004', radiusKm: 10, skills: [{ serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });
    const connected = await api.graphql({
      host: tenant.slug,
      query: 'mutation($p: String!, $s: String!, $w: String!) { connectStripeAccount(publishableKey: $p, secretKey: $s, webhookSecret: $w) { mode } }',
      variables: { p: PUBLISHABLE_KEY, s: SECRET_KEY, w: WEBHOOK_SECRET },
      token: tenant.admin.accessToken,
    });
    expect(connected.errors).toBeUndefined();

    // 500 jobs done in the past hours, each with a card payment waiting for its authorization.
    await api.db.ownerQuery(
      `with jobs as (
         select i, gen_random_uuid() as request_id, gen_random_uuid() as appointment_id, gen_random_uuid() as payment_id,
                $5::timestamptz - (i + 1) * interval '1 hour' as starts_at
           from generate_series(1, $6::int) as i
       ), requests as (
         insert into requests (tenant_id, id, customer_id, service_id, description, country_code, postal_code, windows, status, expires_at)
         select $1, request_id, $2, $4, 'Router setup ' || i, 'CH', '8001',
                jsonb_build_array(jsonb_build_object('from', starts_at, 'to', starts_at + interval '1 hour')), 'completed', starts_at
           from jobs returning id
       ), appointments as (
         insert into appointments (tenant_id, id, request_id, helper_id, customer_id, service_id, starts_at, ends_at, currency, subtotal_minor,
                                   customer_fee_minor, customer_total_minor, commission_minor, helper_payout_minor, status, started_at, completed_at)
         select $1, appointment_id, request_id, $3, $2, $4, starts_at, starts_at + interval '1 hour', 'CHF', 4000, 0, 4000, 800, 3200,
                'completed', starts_at, starts_at + interval '50 minutes'
           from jobs where exists (select 1 from requests) returning id
       )
       insert into payments (tenant_id, id, request_id, appointment_id, customer_id, helper_id, provider, status, currency, amount_minor,
                             subtotal_minor, commission_minor, customer_fee_minor, helper_payout_minor, payment_method_id, generation, created_at, updated_at)
       select $1, payment_id, request_id, appointment_id, $2, $3, 'stripe', 'authorizing', 'CHF', 4000, 4000, 800, 0, 3200, 'pm_card_visa', 1, $5, $5
         from jobs where exists (select 1 from appointments)`,
      [tenant.id, customer.id, helper.id, serviceId, clock.now(), PAYMENTS],
    );
    const payments = await api.db.ownerQuery<{ id: string; request_id: string }>(`select id, request_id from payments where tenant_id = $1`, [tenant.id]);
    expect(payments).toHaveLength(PAYMENTS);
    const db = api.app.get(TenantDatabase);
    await db.run(RequestContext.system(tenant.id, 'payments-crash-test'), async (tx) => {
      for (const payment of payments) {
        await tx.emit({
          type: 'payment.authorization_requested',
          aggregateType: 'payment',
          aggregateId: payment.id,
          payload: { paymentId: payment.id, requestId: payment.request_id, generation: 1, reason: 'card_given' },
        });
      }
    });

    queues = new QueueFactory(api.db.config);
    workerEnv = { STRIPE_API_URL: address.url, STRIPE_TIMEOUT_MS: '400', QUEUE_LOCK_DURATION_MS: '1500', QUEUE_RETRY_BASE_MS: '100' };
  });

  afterAll(async () => {
    await stopWorkerProcesses();
    await queues?.close();
    await api?.close();
    await fake.stop();
  });

  it('charges every payment exactly once while the worker is killed and Stripe answers 30 % of calls with silence', async () => {
    // Every kind of call (customer, authorization, capture) is applied by Stripe and then not answered, 30 % of the time.
    fake.failRandomly({ kind: 'timeout_after_commit', ratio: 0.3, seed: 4, method: 'POST' });
    const capturedCount = async () =>
      Number((await api.db.ownerQuery<{ n: string }>(`select count(*)::text as n from payments where tenant_id = $1 and status = 'captured'`, [tenant.id]))[0].n);

    const random = seededRandom(20261201);
    let worker: WorkerProcess = startWorkerProcess(api.db.config, workerEnv);
    await worker.ready();
    let killsWithWorkLeft = 0;
    while (killsWithWorkLeft < MIN_KILLS) {
      await new Promise((resolve) => setTimeout(resolve, 300 + Math.floor(random() * 1_200)));
      if ((await capturedCount()) === PAYMENTS) break;
      await worker.kill('SIGKILL');
      killsWithWorkLeft += 1;
      worker = startWorkerProcess(api.db.config, workerEnv);
      await worker.ready();
    }
    expect(killsWithWorkLeft).toBeGreaterThanOrEqual(MIN_KILLS);

    await waitUntil('every payment to be captured', async () => ((await capturedCount()) === PAYMENTS ? true : undefined), 300_000);
    const queue = queues.queue(paymentsQueue.name);
    await waitUntil('the payments queue to drain', async () => {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      return Object.values(counts).every((count) => count === 0) ? true : undefined;
    }, 120_000);
    fake.clearFailures();

    // Stripe's side: one payment intent per payment, each captured once, for the full amount.
    const intents = fake.paymentIntents(SECRET_KEY);
    const byPayment = new Map<string, number>();
    for (const intent of intents) byPayment.set(intent.metadata.paymentId, (byPayment.get(intent.metadata.paymentId) ?? 0) + 1);
    expect(byPayment.size).toBe(PAYMENTS);
    expect([...byPayment.values()].every((count) => count === 1)).toBe(true);
    expect(intents.every((intent) => intent.status === 'succeeded' && intent.amount_received === 4000)).toBe(true);
    expect(intents.map((intent) => fake.captures(intent.id)).every((count) => count === 1)).toBe(true);
    // The timeouts really happened and were retried with the same key.
    expect(fake.requestLog.filter((entry) => entry.replayed).length).toBeGreaterThan(50);

    // Quartier's side: captured once each, three movements each, all balanced, every call settled.
    const [ledger] = await api.db.ownerQuery<{ transactions: string; keys: string; unbalanced: string }>(
      `select (select count(*) from ledger_transactions where tenant_id = $1)::text as transactions,
              (select count(distinct business_key) from ledger_transactions where tenant_id = $1)::text as keys,
              (select count(*) from (select 1 from ledger_postings where tenant_id = $1 group by transaction_id, currency having sum(amount_minor) <> 0) u)::text as unbalanced`,
      [tenant.id],
    );
    expect(ledger).toEqual({ transactions: String(3 * PAYMENTS), keys: String(3 * PAYMENTS), unbalanced: '0' });
    const [balances] = await api.db.ownerQuery<{ clearing: string; payable: string; revenue: string }>(
      `select sum(p.amount_minor) filter (where a.kind = 'stripe_clearing')::text as clearing,
              sum(p.amount_minor) filter (where a.kind = 'helper_payable')::text as payable,
              sum(p.amount_minor) filter (where a.kind = 'platform_revenue')::text as revenue
         from ledger_postings p join ledger_accounts a on a.tenant_id = p.tenant_id and a.id = p.account_id where p.tenant_id = $1`,
      [tenant.id],
    );
    expect(balances).toEqual({ clearing: String(4000 * PAYMENTS), payable: String(-3200 * PAYMENTS), revenue: String(-800 * PAYMENTS) });
    const unsettled = await api.db.ownerQuery(`select idempotency_key, operation, status from payment_operations where tenant_id = $1 and status <> 'succeeded'`, [tenant.id]);
    expect(unsettled).toEqual([]);
    // Nor any other job: notification jobs of the same events cut by these kills are not given up on
    // by their stall count, as their work is handed out again from Postgres when its lease runs out.
    const deadLetters = await queues.queue(DEAD_LETTER_QUEUE).getJobs(['waiting']);
    expect(deadLetters.map((job) => job.data)).toEqual([]);
  }, 420_000);
});
