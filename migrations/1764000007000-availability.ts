// Helpers' availability: a weekly template of local wall-clock windows and dated exceptions, both
// read in the tenant's time zone (libs/helpers availability-expansion maps them to instants).
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTable } from '@quartier/platform/migration-kit';

export class Availability1764000007000 implements MigrationInterface {
  name = 'Availability1764000007000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      // btree_gist lets one exclusion constraint cover equality on the ids and overlap of times.
      `create extension if not exists btree_gist`,
      // end_time 24:00 is the following midnight, so a window may run to the end of the day.
      `create table helper_weekly_slots (
        tenant_id uuid not null references tenants (id),
        helper_id uuid not null,
        weekday smallint not null check (weekday between 1 and 7),
        start_time time not null,
        end_time time not null,
        primary key (tenant_id, helper_id, weekday, start_time),
        foreign key (tenant_id, helper_id) references helper_profiles (tenant_id, user_id) on delete cascade,
        constraint helper_weekly_slots_ordered check (start_time < end_time),
        constraint helper_weekly_slots_no_overlap exclude using gist (
          tenant_id with =,
          helper_id with =,
          weekday with =,
          int4range((extract(epoch from start_time) / 60)::integer, (extract(epoch from end_time) / 60)::integer) with &&
        )
      )`,
      ...secureTenantTable('helper_weekly_slots', ['select', 'insert', 'delete']),

      // windows: [{"start": minutes, "end": minutes}], ordered and non-overlapping (checked by the
      // service, which replaces them whole); an empty list is the whole day off.
      `create table helper_availability_exceptions (
        tenant_id uuid not null references tenants (id),
        helper_id uuid not null,
        on_date date not null,
        windows jsonb not null default '[]'::jsonb check (jsonb_typeof(windows) = 'array' and jsonb_array_length(windows) <= 12),
        note text not null default '' check (length(note) <= 500),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, helper_id, on_date),
        foreign key (tenant_id, helper_id) references helper_profiles (tenant_id, user_id) on delete cascade
      )`,
      ...secureTenantTable('helper_availability_exceptions', ['select', 'insert', 'update', 'delete']),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table if exists helper_availability_exceptions`);
    await db.query(`drop table if exists helper_weekly_slots`);
  }
}
