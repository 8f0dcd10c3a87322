// How fast each helper answers posted requests: the number of offers they made and the seconds
// those requests had waited, summed, so search reads one row per helper. Booking keeps it in each
// offer's transaction.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTable } from '@quartier/platform/migration-kit';

export class HelperResponsiveness1764000014000 implements MigrationInterface {
  name = 'HelperResponsiveness1764000014000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `create table helper_responsiveness (
        tenant_id uuid not null references tenants (id),
        helper_id uuid not null,
        answered_count integer not null check (answered_count > 0),
        response_seconds_sum bigint not null check (response_seconds_sum >= 0),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, helper_id),
        foreign key (tenant_id, helper_id) references helper_profiles (tenant_id, user_id)
      )`,
      // Offers already made count too: the owner (who bypasses row-level security) sums every tenant's.
      `insert into helper_responsiveness (tenant_id, helper_id, answered_count, response_seconds_sum, updated_at)
       select o.tenant_id, o.helper_id, count(*),
              sum(greatest(0, floor(extract(epoch from (o.created_at - r.created_at)))))::bigint, now()
         from offers o
         join requests r on r.tenant_id = o.tenant_id and r.id = o.request_id
         join request_events e on e.tenant_id = r.tenant_id and e.request_id = r.id and e.sequence = 1
        where e.event = 'posted'
        group by o.tenant_id, o.helper_id`,
      ...secureTenantTable('helper_responsiveness', ['select', 'insert', 'update']),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table if exists helper_responsiveness`);
  }
}
