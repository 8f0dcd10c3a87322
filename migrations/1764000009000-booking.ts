// Customers' requests and their timeline. The status column follows libs/booking's transitions
// table; every change appends a request_events row, so the timeline is the request's history.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTable } from '@quartier/platform/migration-kit';

const STATUSES = `'open', 'offered', 'accepted', 'scheduled', 'in_progress', 'completed', 'closed', 'cancelled', 'expired', 'escalated', 'disputed', 'refunded'`;

export class Booking1764000009000 implements MigrationInterface {
  name = 'Booking1764000009000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      // windows: [{"from": iso, "to": iso}] in UTC, 1–5 of them (the service checks order and range).
      // The postal code is not a foreign key: a places re-import may drop it, the request stays.
      // Policy versions are null when the tenant had none stored and the default applied.
      `create table requests (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        customer_id uuid not null,
        service_id uuid not null,
        description text not null check (length(description) between 1 and 4000),
        country_code text not null check (country_code ~ '^[A-Z]{2}$'),
        postal_code text not null check (length(postal_code) between 1 and 20),
        windows jsonb not null check (jsonb_typeof(windows) = 'array' and jsonb_array_length(windows) between 1 and 5),
        budget_minor integer check (budget_minor between 1 and 100000000),
        budget_currency char(3),
        status text not null check (status in (${STATUSES})),
        cancellation_policy_version integer,
        sla_policy_version integer,
        expires_at timestamptz not null,
        last_sequence integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, customer_id) references users (tenant_id, id),
        foreign key (tenant_id, service_id) references services (tenant_id, id),
        constraint requests_budget_whole check ((budget_minor is null) = (budget_currency is null))
      )`,
      `create index requests_customer on requests (tenant_id, customer_id, created_at desc, id desc)`,
      `create index requests_status on requests (tenant_id, status, created_at desc, id desc)`,
      `create index requests_expiry on requests (tenant_id, expires_at) where status in ('open', 'offered', 'escalated')`,
      ...secureTenantTable('requests', ['select', 'insert', 'update']),

      `create table request_events (
        tenant_id uuid not null references tenants (id),
        request_id uuid not null,
        sequence integer not null check (sequence >= 1),
        from_status text check (from_status in (${STATUSES})),
        to_status text not null check (to_status in (${STATUSES})),
        event text not null check (length(event) between 1 and 40),
        actor_kind text not null check (actor_kind in ('customer', 'helper', 'operator', 'system')),
        actor_id uuid,
        reason text check (length(reason) <= 2000),
        details jsonb not null default '{}'::jsonb check (jsonb_typeof(details) = 'object'),
        created_at timestamptz not null default now(),
        primary key (tenant_id, request_id, sequence),
        foreign key (tenant_id, request_id) references requests (tenant_id, id) on delete cascade
      )`,
      ...secureTenantTable('request_events', ['select', 'insert']),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table if exists request_events`);
    await db.query(`drop table if exists requests`);
  }
}
