// The payments benchmark's own database: created and migrated like production, then given one
// marketplace — a tenant, its operator, a customer and an approved helper with one service — and,
// per round, completed jobs whose card payments are authorized at the fake Stripe.
import { migrations } from '@quartier/migrations';
import { type AppConfig, migrate } from '@quartier/platform';
import pg from 'pg';
import { benchAppConfig, dropBenchDatabaseNamed } from '../bench-database-kit.js';
import { randomUUID } from 'node:crypto';

export const PAYMENTS_BENCH_DATABASE = 'quartier_bench_payments';

/** One booked hour: what the customer pays and how it splits (helper + commission = subtotal). */
export const BOOKING = { currency: 'CHF', subtotalMinor: 4000, customerFeeMinor: 300, commissionMinor: 800, helperPayoutMinor: 3200 } as const;
export const AMOUNT_MINOR = BOOKING.subtotalMinor + BOOKING.customerFeeMinor;
/** The marketplace's part, kept by Stripe as application fee: commission and customer fee. */
export const APPLICATION_FEE_MINOR = BOOKING.commissionMinor + BOOKING.customerFeeMinor;

export interface BenchMarketplace {
  tenantId: string;
  operatorId: string;
  customerId: string;
  helperId: string;
  serviceId: string;
}

/** A completed job with its authorized card payment, as the capture job finds it. */
export interface AuthorizedJob {
  requestId: string;
  appointmentId: string;
  paymentId: string;
  paymentIntentId: string;
  /** The key the authorization was created with (idempotencyKeys.authorize). */
  authorizeKey: string;
}

/** Production settings (secrets required) against the benchmark database and its own queue prefix. */
export function paymentsBenchConfig(overrides: Record<string, string> = {}): AppConfig {
  return benchAppConfig({ database: PAYMENTS_BENCH_DATABASE, queuePrefix: 'quartier-bench-payments' }, { WORKER_PORT: '0', ...overrides });
}

export function dropPaymentsBenchDatabase(): Promise<void> {
  return dropBenchDatabaseNamed(PAYMENTS_BENCH_DATABASE);
}

/** Fresh database, migrated as the owner, with one marketplace in it. */
export async function preparePaymentsBenchDatabase(config: AppConfig): Promise<BenchMarketplace> {
  await dropPaymentsBenchDatabase();
  await migrate(config, migrations);
  const owner = new pg.Client({ connectionString: config.DATABASE_URL });
  await owner.connect();
  try {
    const ids: BenchMarketplace = {
      tenantId: randomUUID(),
      operatorId: randomUUID(),
      customerId: randomUUID(),
      helperId: randomUUID(),
      serviceId: randomUUID(),
    };
    const categoryId = randomUUID();
    await owner.query('begin');
    await owner.query(
      `insert into tenants (id, slug, name, status, locales, default_locale, currency, timezone, provisioned_at)
       values ($1, 'bench-payments', 'Bench Payments', 'active', '{de,en}', 'de', 'CHF', 'Europe/Zurich', now())`,
      [ids.tenantId],
    );
    await owner.query(
      `insert into users (tenant_id, id, email, password_hash, display_name, locale)
       values ($1, $2, 'operator@bench-payments.example', '$bench$no-login', 'Olga Operator', 'en'),
              ($1, $3, 'customer@bench-payments.example', '$bench$no-login', 'Carl Customer', 'en'),
              ($1, $4, 'helper@bench-payments.example', '$bench$no-login', 'Ana Helper', 'en')`,
      [ids.tenantId, ids.operatorId, ids.customerId, ids.helperId],
    );
    await owner.query(
      `insert into user_roles (tenant_id, user_id, role) values ($1, $2, 'operator_admin'), ($1, $3, 'customer'), ($1, $4, 'helper')`,
      [ids.tenantId, ids.operatorId, ids.customerId, ids.helperId],
    );
    await owner.query(
      `insert into helper_profiles (tenant_id, user_id, display_name, languages, home_country_code, home_postal_code, service_radius_km,
                                    status, submitted_at, approved_at, vetting_policy_version)
       values ($1, $2, 'Ana Helper', '{de,en}', 'CH', '8004', 10, 'approved', now(), now(), 1)`,
      [ids.tenantId, ids.helperId],
    );
    await owner.query(`insert into categories (tenant_id, id, slug, names) values ($1, $2, 'home-network', '{"en":"Home network"}')`, [ids.tenantId, categoryId]);
    await owner.query(
      `insert into services (tenant_id, id, category_id, slug, names, pricing_mode, estimated_duration_minutes)
       values ($1, $2, $3, 'router-setup', '{"en":"Router setup"}', 'hourly', 60)`,
      [ids.tenantId, ids.serviceId, categoryId],
    );
    await owner.query('commit');
    return ids;
  } finally {
    await owner.end();
  }
}

/** The helper's Express account, onboarded at the fake: captures transfer their share to it. */
export async function insertPayoutAccount(owner: pg.Client, marketplace: BenchMarketplace, stripeAccountId: string): Promise<void> {
  await owner.query(
    `insert into helper_payout_accounts (tenant_id, helper_id, status, stripe_account_id, charges_enabled, payouts_enabled, details_submitted,
                                         created_at, updated_at)
     values ($1, $2, 'active', $3, true, true, true, now(), now())`,
    [marketplace.tenantId, marketplace.helperId, stripeAccountId],
  );
}

/**
 * Completed jobs of the past hours, each with its payment authorized (the payment intents exist at
 * the fake in requires_capture) and the authorization's operation recorded, in one statement.
 */
export async function insertAuthorizedJobs(owner: pg.Client, marketplace: BenchMarketplace, destination: string, jobs: AuthorizedJob[]): Promise<void> {
  await owner.query(
    `with jobs as (
       select j.*, now() - (j.n + 1) * interval '1 minute' - interval '2 hours' as starts_at
         from unnest($6::uuid[], $7::uuid[], $8::uuid[], $9::text[], $15::text[])
              with ordinality as j (request_id, appointment_id, payment_id, intent_id, authorize_key, n)
     ), requests as (
       insert into requests (tenant_id, id, customer_id, service_id, description, country_code, postal_code, windows, status, expires_at)
       select $1, request_id, $2, $4, 'Router setup ' || n, 'CH', '8004',
              jsonb_build_array(jsonb_build_object('from', starts_at, 'to', starts_at + interval '1 hour')), 'completed', starts_at
         from jobs returning id
     ), appointments as (
       insert into appointments (tenant_id, id, request_id, helper_id, customer_id, service_id, starts_at, ends_at, currency, subtotal_minor,
                                 customer_fee_minor, customer_total_minor, commission_minor, helper_payout_minor, status, started_at, completed_at)
       select $1, appointment_id, request_id, $3, $2, $4, starts_at, starts_at + interval '1 hour', $10::text, $11::integer, $12::integer, $11::integer + $12::integer,
              $13::integer, $14::integer,
              'completed', starts_at, starts_at + interval '50 minutes'
         from jobs where exists (select 1 from requests) returning id
     ), payments as (
       insert into payments (tenant_id, id, request_id, appointment_id, customer_id, helper_id, provider, status, currency, amount_minor,
                             subtotal_minor, commission_minor, customer_fee_minor, helper_payout_minor, payment_method_id, card_brand, card_last4,
                             generation, payment_intent_id, destination_account_id, authorized_at, authorization_expires_at, created_at, updated_at)
       select $1, payment_id, request_id, appointment_id, $2, $3, 'stripe', 'authorized', $10::text, $11::integer + $12::integer, $11::integer,
              $13::integer, $12::integer, $14::integer, 'pm_card_visa',
              'visa', '4242', 1, intent_id, $5, starts_at, starts_at + interval '7 days', starts_at, starts_at
         from jobs where exists (select 1 from appointments) returning id
     )
     insert into payment_operations (tenant_id, idempotency_key, payment_id, operation, status, provider_object_id, created_at, updated_at)
     select $1, authorize_key, payment_id, 'authorize', 'succeeded', intent_id, starts_at, starts_at
       from jobs where exists (select 1 from payments)`,
    [
      marketplace.tenantId,
      marketplace.customerId,
      marketplace.helperId,
      marketplace.serviceId,
      destination,
      jobs.map((job) => job.requestId),
      jobs.map((job) => job.appointmentId),
      jobs.map((job) => job.paymentId),
      jobs.map((job) => job.paymentIntentId),
      BOOKING.currency,
      BOOKING.subtotalMinor,
      BOOKING.customerFeeMinor,
      BOOKING.commissionMinor,
      BOOKING.helperPayoutMinor,
      jobs.map((job) => job.authorizeKey),
    ],
  );
}
