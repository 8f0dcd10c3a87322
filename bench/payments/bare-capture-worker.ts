// Variant (b) of the payments benchmark, the baseline: a bare BullMQ worker on a queue of its own
// doing the same database writes as a capture job, with nothing around them. It reads the payment,
// stores the capture's key (the row the product commits before calling Stripe, as DESIGN invariant 6
// requires of any worker), captures the payment intent through the Stripe SDK (same client options
// and key as the product), then in one transaction of a plain owner connection writes what the
// product writes: the payment captured, the three ledger movements with their postings (accounts
// made on first use), the key's call settled, and the `payment.captured` outbox event (marked relayed: nothing relays for it). No Nest, no
// tenant transactions (RLS), no row locks or re-checks, no relay.
import { idempotencyKeys } from '@quartier/payments';
import { type AppConfig, type OutboxJobData, redisQueueName } from '@quartier/platform';
import { type Job, Worker } from 'bullmq';
import pg from 'pg';
import Stripe from 'stripe';
import { randomUUID } from 'node:crypto';

export const BARE_QUEUE = 'payments-bare';

interface BarePayment {
  id: string;
  appointment_id: string;
  helper_id: string;
  status: string;
  generation: number;
  payment_intent_id: string;
  currency: string;
  amount_minor: number;
  commission_minor: number;
  customer_fee_minor: number;
  helper_payout_minor: number;
}

export interface BareCaptureWorker {
  worker: Worker;
  close(): Promise<void>;
}

export function startBareCaptureWorker(input: { config: AppConfig; stripe: Stripe; concurrency: number }): BareCaptureWorker {
  const { config, stripe } = input;
  const pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: config.DATABASE_POOL_SIZE });
  const redis = new URL(config.REDIS_URL);

  async function capture(job: Job<OutboxJobData>): Promise<string> {
    const { tenantId, aggregateId: requestId } = job.data;
    const { rows } = await pool.query<BarePayment>(
      `select id, appointment_id, helper_id, status, generation, payment_intent_id, currency, amount_minor, commission_minor,
              customer_fee_minor, helper_payout_minor
         from payments where tenant_id = $1 and request_id = $2`,
      [tenantId, requestId],
    );
    const payment = rows[0];
    if (!payment || payment.status !== 'authorized') return 'skipped';
    const platformMinor = payment.commission_minor + payment.customer_fee_minor;
    const key = idempotencyKeys.capture(tenantId, payment.id, payment.generation);
    await pool.query(
      `insert into payment_operations (tenant_id, idempotency_key, payment_id, operation, status, created_at, updated_at)
       values ($1, $2, $3, 'capture', 'started', now(), now())
       on conflict (tenant_id, idempotency_key) do update set attempts = payment_operations.attempts + 1, updated_at = now()`,
      [tenantId, key, payment.id],
    );
    const intent = await stripe.paymentIntents.capture(
      payment.payment_intent_id,
      { amount_to_capture: payment.amount_minor, application_fee_amount: platformMinor },
      { idempotencyKey: key },
    );
    const chargeId = typeof intent.latest_charge === 'string' ? intent.latest_charge : (intent.latest_charge?.id ?? null);
    const amount = intent.amount_received;

    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(
        `update payments set status = 'captured', captured_minor = $3, capture_reason = 'completed', charge_id = $4, captured_at = now(), updated_at = now()
          where tenant_id = $1 and id = $2`,
        [tenantId, payment.id, amount, chargeId],
      );
      await client.query(
        `insert into ledger_accounts (tenant_id, id, kind, owner_id, currency)
         select $1, gen_random_uuid(), kind, owner_id, $2
           from (values ('customer_charges', null::uuid), ('customer_fees', null), ('helper_payable', $3::uuid), ('platform_revenue', null),
                        ('stripe_clearing', null)) as a (kind, owner_id)
         on conflict on constraint ledger_accounts_key do nothing`,
        [tenantId, payment.currency, payment.helper_id],
      );
      const accounts = await client.query<{ id: string; kind: string }>(
        `select id, kind from ledger_accounts
          where tenant_id = $1 and currency = $2
            and ((kind in ('customer_charges', 'customer_fees', 'platform_revenue', 'stripe_clearing') and owner_id is null)
                 or (kind = 'helper_payable' and owner_id = $3))`,
        [tenantId, payment.currency, payment.helper_id],
      );
      const account = new Map(accounts.rows.map((row) => [row.kind, row.id]));
      const [captureId, feeId, payableId] = [randomUUID(), randomUUID(), randomUUID()];
      await client.query(
        `insert into ledger_transactions (tenant_id, id, kind, business_key, appointment_id, description)
         values ($1, $2, 'capture', 'capture:' || $5, $6, 'Card payment captured for the job'),
                ($1, $3, 'application_fee', 'application_fee:' || $5, $6, 'Marketplace commission and customer fee for the job'),
                ($1, $4, 'helper_payable', 'helper_payable:' || $5, $6, 'Helper''s earnings for the job')`,
        [tenantId, captureId, feeId, payableId, payment.id, payment.appointment_id],
      );
      const postings: Array<[string, number, string, number]> = [
        [captureId, 1, 'stripe_clearing', amount],
        [captureId, 2, 'customer_charges', -amount],
        [feeId, 1, 'customer_charges', platformMinor],
        [feeId, 2, 'platform_revenue', -payment.commission_minor],
        [feeId, 3, 'customer_fees', -payment.customer_fee_minor],
        [payableId, 1, 'customer_charges', payment.helper_payout_minor],
        [payableId, 2, 'helper_payable', -payment.helper_payout_minor],
      ];
      const lines = postings.filter(([, , , minor]) => minor !== 0);
      await client.query(
        `insert into ledger_postings (tenant_id, transaction_id, line, account_id, amount_minor, currency)
         select $1, t, l, a, m, $6 from unnest($2::uuid[], $3::smallint[], $4::uuid[], $5::bigint[]) as p (t, l, a, m)`,
        [tenantId, lines.map((p) => p[0]), lines.map((p) => p[1]), lines.map((p) => account.get(p[2])), lines.map((p) => p[3]), payment.currency],
      );
      await client.query(
        `update payment_operations set status = 'succeeded', provider_object_id = $3, updated_at = now() where tenant_id = $1 and idempotency_key = $2`,
        [tenantId, key, chargeId],
      );
      await client.query(
        // Marked relayed at once: no relay runs for the baseline, and (a)'s relay must not pick these up.
        `insert into outbox_events (tenant_id, id, type, aggregate_type, aggregate_id, payload, context, relayed_at)
         values ($1, $2, 'payment.captured', 'payment', $3, $4, $5, now())`,
        [
          tenantId,
          randomUUID(),
          payment.id,
          JSON.stringify({ paymentId: payment.id, requestId, helperId: payment.helper_id, amountMinor: amount, currency: payment.currency, reason: 'completed' }),
          JSON.stringify(job.data.context),
        ],
      );
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    return `captured ${amount}`;
  }

  const worker = new Worker<OutboxJobData>(redisQueueName(BARE_QUEUE), capture, {
    connection: { host: redis.hostname, port: Number(redis.port || 6379), maxRetriesPerRequest: null },
    prefix: config.QUEUE_PREFIX,
    concurrency: input.concurrency,
  });
  worker.on('error', (error) => console.error('bare capture worker error', error));
  return {
    worker,
    async close() {
      await worker.close();
      await pool.end();
    },
  };
}
