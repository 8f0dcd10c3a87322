// Payments: one payment per booked request (its live appointment, its authorization generations),
// every call made to the payment provider keyed and stored before it is made, refunds, disputes,
// helpers' payout accounts and payouts, the webhook inbox (one row per Stripe event id) and the
// reconciliation reports. Money moves only in the ledger; these tables say what happened and why.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTable } from '@quartier/platform/migration-kit';

const PAYMENT_STATUSES = `'awaiting_method', 'authorizing', 'authorized', 'declined', 'captured', 'released', 'unpaid'`;

export class Payments1764000017000 implements MigrationInterface {
  name = 'Payments1764000017000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      // Stripe customers made for a user, so an authorization can be renewed off-session.
      `create table payment_customers (
        tenant_id uuid not null references tenants (id),
        user_id uuid not null,
        stripe_customer_id text not null check (stripe_customer_id ~ '^cus_'),
        created_at timestamptz not null,
        primary key (tenant_id, user_id),
        foreign key (tenant_id, user_id) references users (tenant_id, id)
      )`,
      ...secureTenantTable('payment_customers', ['select', 'insert']),

      // The amounts are the appointment's breakdown when the payment was opened; a reassignment keeps them.
      `create table payments (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        request_id uuid not null,
        appointment_id uuid not null,
        customer_id uuid not null,
        helper_id uuid not null,
        provider text not null check (provider in ('stripe', 'offline')),
        status text not null check (status in (${PAYMENT_STATUSES})),
        currency char(3) not null,
        amount_minor integer not null check (amount_minor > 0),
        subtotal_minor integer not null check (subtotal_minor >= 0),
        commission_minor integer not null check (commission_minor >= 0),
        customer_fee_minor integer not null check (customer_fee_minor >= 0),
        helper_payout_minor integer not null check (helper_payout_minor >= 0),
        captured_minor integer not null default 0 check (captured_minor >= 0 and captured_minor <= amount_minor),
        refunded_minor integer not null default 0 check (refunded_minor >= 0 and refunded_minor <= captured_minor),
        capture_reason text check (capture_reason in ('completed', 'late_cancellation')),
        payment_method_id text check (payment_method_id ~ '^pm_'),
        card_brand text,
        card_last4 text check (card_last4 ~ '^[0-9]{4}$'),
        generation integer not null default 0 check (generation >= 0),
        payment_intent_id text check (payment_intent_id ~ '^pi_'),
        -- An authorization replaced by a newer one (renewal, new helper), released once the new one holds.
        stale_payment_intent_id text,
        charge_id text,
        destination_account_id text,
        authorized_at timestamptz,
        authorization_expires_at timestamptz,
        captured_at timestamptz,
        released_at timestamptz,
        decline_code text,
        decline_message text,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        primary key (tenant_id, id),
        unique (tenant_id, request_id),
        unique (tenant_id, payment_intent_id),
        foreign key (tenant_id, request_id) references requests (tenant_id, id),
        foreign key (tenant_id, appointment_id) references appointments (tenant_id, id),
        foreign key (tenant_id, customer_id) references users (tenant_id, id),
        foreign key (tenant_id, helper_id) references helper_profiles (tenant_id, user_id),
        constraint payments_breakdown check (amount_minor = subtotal_minor + customer_fee_minor and helper_payout_minor + commission_minor = subtotal_minor)
      )`,
      `create index payments_by_status on payments (tenant_id, status, updated_at desc, id desc)`,
      `create index payments_by_customer on payments (tenant_id, customer_id, created_at desc, id desc)`,
      `create index payments_by_helper on payments (tenant_id, helper_id, created_at desc, id desc)`,
      `create index payments_authorization_expiry on payments (tenant_id, authorization_expires_at) where status = 'authorized'`,
      ...secureTenantTable('payments', ['select', 'insert', 'update']),

      // Every call to the provider, keyed before it is made: a retry after a crash or a timeout sends
      // the same key, and the provider answers with the first call's result instead of acting twice.
      `create table payment_operations (
        tenant_id uuid not null references tenants (id),
        idempotency_key text not null check (length(idempotency_key) between 1 and 255),
        payment_id uuid,
        operation text not null check (operation in ('customer', 'authorize', 'capture', 'release', 'refund', 'connect_account', 'account_link')),
        status text not null check (status in ('started', 'succeeded', 'failed')),
        attempts integer not null default 1 check (attempts >= 1),
        provider_object_id text,
        error_code text,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        primary key (tenant_id, idempotency_key),
        foreign key (tenant_id, payment_id) references payments (tenant_id, id)
      )`,
      ...secureTenantTable('payment_operations', ['select', 'insert', 'update']),

      `create table payment_refunds (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        payment_id uuid not null,
        amount_minor integer not null check (amount_minor > 0),
        currency char(3) not null,
        reason text not null check (length(reason) between 1 and 500),
        status text not null check (status in ('pending', 'succeeded', 'failed')),
        requested_by uuid,
        -- Set when the refund comes from an event (a dispute settled by refunding), so its replay adds none.
        source_key text,
        provider_refund_id text,
        failure_message text,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        primary key (tenant_id, id),
        unique (tenant_id, source_key),
        foreign key (tenant_id, payment_id) references payments (tenant_id, id),
        foreign key (tenant_id, requested_by) references users (tenant_id, id)
      )`,
      `create index payment_refunds_by_payment on payment_refunds (tenant_id, payment_id, created_at)`,
      `create index payment_refunds_recent on payment_refunds (tenant_id, created_at desc, id desc)`,
      ...secureTenantTable('payment_refunds', ['select', 'insert', 'update']),

      `create table payment_disputes (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        payment_id uuid not null,
        provider_dispute_id text not null,
        amount_minor integer not null check (amount_minor > 0),
        currency char(3) not null,
        reason text not null,
        status text not null check (status in ('open', 'won', 'lost')),
        opened_at timestamptz not null,
        closed_at timestamptz,
        primary key (tenant_id, id),
        unique (tenant_id, provider_dispute_id),
        foreign key (tenant_id, payment_id) references payments (tenant_id, id)
      )`,
      `create index payment_disputes_recent on payment_disputes (tenant_id, opened_at desc, id desc)`,
      ...secureTenantTable('payment_disputes', ['select', 'insert', 'update']),

      // A helper's Stripe Connect Express account; its flags follow account.updated.
      `create table helper_payout_accounts (
        tenant_id uuid not null references tenants (id),
        helper_id uuid not null,
        status text not null check (status in ('requested', 'onboarding', 'active', 'restricted')),
        stripe_account_id text check (stripe_account_id ~ '^acct_'),
        charges_enabled boolean not null default false,
        payouts_enabled boolean not null default false,
        details_submitted boolean not null default false,
        onboarding_url text,
        onboarding_url_expires_at timestamptz,
        return_url text,
        refresh_url text,
        requested_generation integer not null default 1,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        primary key (tenant_id, helper_id),
        unique (tenant_id, stripe_account_id),
        foreign key (tenant_id, helper_id) references helper_profiles (tenant_id, user_id)
      )`,
      ...secureTenantTable('helper_payout_accounts', ['select', 'insert', 'update']),

      `create table helper_payouts (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        helper_id uuid not null,
        provider_payout_id text not null,
        amount_minor integer not null check (amount_minor > 0),
        currency char(3) not null,
        status text not null check (status in ('paid', 'failed')),
        arrival_date timestamptz,
        created_at timestamptz not null,
        primary key (tenant_id, id),
        unique (tenant_id, provider_payout_id),
        foreign key (tenant_id, helper_id) references helper_profiles (tenant_id, user_id)
      )`,
      `create index helper_payouts_by_helper on helper_payouts (tenant_id, helper_id, created_at desc, id desc)`,
      ...secureTenantTable('helper_payouts', ['select', 'insert', 'update']),

      // The webhook inbox: one row per Stripe event id, written when a delivery is verified and
      // marked applied in the transaction that applies it, so a repeated delivery changes nothing.
      `create table stripe_events (
        tenant_id uuid not null references tenants (id),
        event_id text not null check (event_id ~ '^evt_'),
        type text not null,
        object_id text,
        connected_account_id text,
        event_created_at timestamptz not null,
        received_at timestamptz not null,
        deliveries integer not null default 1 check (deliveries >= 1),
        applied_at timestamptz,
        outcome text,
        primary key (tenant_id, event_id)
      )`,
      `create index stripe_events_pending on stripe_events (tenant_id, received_at) where applied_at is null`,
      ...secureTenantTable('stripe_events', ['select', 'insert', 'update']),

      `create table reconciliation_reports (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        period_from timestamptz not null,
        period_to timestamptz not null,
        status text not null check (status in ('pending', 'completed', 'failed')),
        checked_count integer not null default 0,
        difference_count integer not null default 0,
        differences jsonb not null default '[]'::jsonb check (jsonb_typeof(differences) = 'array'),
        requested_by uuid,
        failure_message text,
        created_at timestamptz not null,
        completed_at timestamptz,
        primary key (tenant_id, id),
        foreign key (tenant_id, requested_by) references users (tenant_id, id),
        check (period_from < period_to)
      )`,
      `create index reconciliation_reports_recent on reconciliation_reports (tenant_id, created_at desc, id desc)`,
      // The nightly report of a day is made once, however many sweeps ask for it.
      `create unique index reconciliation_reports_daily on reconciliation_reports (tenant_id, period_from) where requested_by is null`,
      ...secureTenantTable('reconciliation_reports', ['select', 'insert', 'update']),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'reconciliation_reports',
      'stripe_events',
      'helper_payouts',
      'helper_payout_accounts',
      'payment_disputes',
      'payment_refunds',
      'payment_operations',
      'payments',
      'payment_customers',
    ]) {
      await db.query(`drop table if exists ${table}`);
    }
  }
}
