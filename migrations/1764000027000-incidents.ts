// Where requests come from and the incidents they reveal. A request records its channel (the site,
// an operator's agent posting for the customer, or the tenant's back-end through the API) and the
// operator who posted it for the customer. Many alike requests for one service in one postal area
// open an incident; operators mark it a known outage (customers there are told, paid bookings wait)
// and close it. At most one incident per service and area is open or known at a time, and a request
// belongs to at most one incident.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTable } from '@quartier/platform/migration-kit';

export class Incidents1764000027000 implements MigrationInterface {
  name = 'Incidents1764000027000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `alter table requests
         add column channel text not null default 'site' check (channel in ('site', 'agent', 'api')),
         add column posted_by uuid,
         add constraint requests_posted_by_fk foreign key (tenant_id, posted_by) references users (tenant_id, id),
         add constraint requests_channel_poster check ((channel = 'site') = (posted_by is null))`,
      // Detection reads the requests of one service in one area over a short window.
      `create index requests_by_service_time on requests (tenant_id, service_id, created_at)`,

      // message: the outage notice for customers, { text?, de?, fr?, it?, en? }; outcome: how a closed
      // incident ended (resolved after a known outage, or dismissed while open).
      `create table incidents (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        service_id uuid not null,
        country_code char(2) not null,
        area text not null check (length(area) between 1 and 254),
        status text not null default 'open' check (status in ('open', 'known_outage', 'closed')),
        outcome text check (outcome in ('resolved', 'dismissed')),
        title text not null check (length(title) between 1 and 254),
        summary text not null check (length(summary) between 1 and 2000),
        message jsonb check (jsonb_typeof(message) = 'object'),
        request_count integer not null default 0 check (request_count >= 0),
        opened_at timestamptz not null,
        known_at timestamptz,
        known_by uuid,
        closed_at timestamptz,
        closed_by uuid,
        close_note text check (length(close_note) between 1 and 1000),
        primary key (tenant_id, id),
        foreign key (tenant_id, service_id) references services (tenant_id, id),
        foreign key (tenant_id, known_by) references users (tenant_id, id),
        foreign key (tenant_id, closed_by) references users (tenant_id, id),
        constraint incidents_closed_complete check ((status = 'closed') = (closed_at is not null) and (status = 'closed') = (outcome is not null)),
        constraint incidents_known_complete check (status <> 'known_outage' or (known_at is not null and message is not null)),
        constraint incidents_outcome_path check (outcome is null or (outcome = 'resolved') = (known_at is not null))
      )`,
      `create unique index incidents_one_live on incidents (tenant_id, service_id, country_code, area) where status in ('open', 'known_outage')`,
      `create index incidents_listing on incidents (tenant_id, opened_at desc, id desc)`,
      `create index incidents_known on incidents (tenant_id, service_id) where status = 'known_outage'`,
      ...secureTenantTable('incidents', ['select', 'insert', 'update']),

      `create table incident_requests (
        tenant_id uuid not null references tenants (id),
        incident_id uuid not null,
        request_id uuid not null,
        similarity real not null check (similarity between 0 and 1),
        added_at timestamptz not null,
        primary key (tenant_id, incident_id, request_id),
        unique (tenant_id, request_id),
        foreign key (tenant_id, incident_id) references incidents (tenant_id, id),
        foreign key (tenant_id, request_id) references requests (tenant_id, id)
      )`,
      ...secureTenantTable('incident_requests', ['select', 'insert']),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table if exists incident_requests`);
    await db.query(`drop table if exists incidents`);
    await db.query(`drop index if exists requests_by_service_time`);
    await db.query(`alter table requests drop constraint if exists requests_channel_poster, drop constraint if exists requests_posted_by_fk,
      drop column if exists posted_by, drop column if exists channel`);
  }
}
