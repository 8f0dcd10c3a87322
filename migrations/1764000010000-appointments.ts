// Offers of helpers on requests, and appointments. No helper can be booked twice at once: an
// exclusion constraint over the helper's live appointments refuses overlapping times in the
// database itself, whichever code path writes them.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTable } from '@quartier/platform/migration-kit';

export class Appointments1764000010000 implements MigrationInterface {
  name = 'Appointments1764000010000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      // price_minor: the helper's price for the job (fixed price, rate × estimated duration, or the
      // quoted total); customer_total_minor: what the customer would pay with the marketplace's fee.
      `create table offers (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        request_id uuid not null,
        helper_id uuid not null,
        kind text not null check (kind in ('accept', 'quote')),
        price_minor integer not null check (price_minor between 1 and 100000000),
        customer_total_minor integer not null check (customer_total_minor between 1 and 200000000),
        currency char(3) not null,
        status text not null default 'pending' check (status in ('pending', 'chosen', 'withdrawn', 'declined')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        unique (tenant_id, request_id, helper_id),
        foreign key (tenant_id, request_id) references requests (tenant_id, id),
        foreign key (tenant_id, helper_id) references helper_profiles (tenant_id, user_id)
      )`,
      `create index offers_by_request on offers (tenant_id, request_id, created_at, id)`,
      ...secureTenantTable('offers', ['select', 'insert', 'update']),

      // The price breakdown is quotePrice's at booking time, kept so later policy changes never alter it.
      `create table appointments (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        request_id uuid not null,
        helper_id uuid not null,
        customer_id uuid not null,
        service_id uuid not null,
        offer_id uuid,
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        currency char(3) not null,
        subtotal_minor integer not null check (subtotal_minor >= 0),
        customer_fee_minor integer not null check (customer_fee_minor >= 0),
        customer_total_minor integer not null check (customer_total_minor >= 0),
        commission_minor integer not null check (commission_minor >= 0),
        helper_payout_minor integer not null check (helper_payout_minor >= 0),
        status text not null default 'scheduled' check (status in ('scheduled', 'in_progress', 'completed', 'cancelled')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, request_id) references requests (tenant_id, id),
        foreign key (tenant_id, helper_id) references helper_profiles (tenant_id, user_id),
        foreign key (tenant_id, customer_id) references users (tenant_id, id),
        foreign key (tenant_id, service_id) references services (tenant_id, id),
        foreign key (tenant_id, offer_id) references offers (tenant_id, id),
        constraint appointments_ordered check (starts_at < ends_at),
        constraint appointments_no_double_booking exclude using gist (
          tenant_id with =,
          helper_id with =,
          tstzrange(starts_at, ends_at) with &&
        ) where (status in ('scheduled', 'in_progress'))
      )`,
      `create unique index appointments_one_live_per_request on appointments (tenant_id, request_id) where status in ('scheduled', 'in_progress')`,
      `create index appointments_by_customer on appointments (tenant_id, customer_id, starts_at, id)`,
      `create index appointments_by_helper on appointments (tenant_id, helper_id, starts_at, id)`,
      ...secureTenantTable('appointments', ['select', 'insert', 'update']),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table if exists appointments`);
    await db.query(`drop table if exists offers`);
  }
}
