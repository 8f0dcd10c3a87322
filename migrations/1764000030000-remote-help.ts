// Remote first help: help that starts with a helper's call and becomes a visit only when it needs hands on.
// The operator says which services can start that way, helpers say whether they give remote help, the
// customer whether a helper may call first; dispatch offers such a request to remote helpers anywhere on
// the site, and the offer and the appointment say which way the help happens. A call that finds a visit is
// needed starts a new dispatch round for the visit: everyone may be offered it again, so offers are kept
// per round, and the round has its own clock (its start, and a new expiry) while the help-within target fixed
// at posting stays for the SLA's figures (`help_due_at`).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RemoteHelp1764000030000 implements MigrationInterface {
  name = 'RemoteHelp1764000030000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`alter table services add column remote_help boolean not null default false`);
    await db.query(`alter table helper_profiles add column offers_remote_help boolean not null default false`);
    await db.query(`alter table requests add column remote_first boolean not null default false`);
    await db.query(`alter table dispatch_offers add column mode text not null default 'on_site' check (mode in ('on_site', 'remote'))`);
    await db.query(`alter table requests add column dispatch_round integer not null default 1 check (dispatch_round >= 1)`);
    await db.query(`alter table dispatch_offers add column round integer not null default 1 check (round >= 1)`);
    await db.query(`alter table requests add column dispatch_round_started_at timestamptz`);
    await db.query(`alter table requests add column help_due_at timestamptz`);
    // Until now a posted request's expiry was its help-within target.
    await db.query(`update requests set help_due_at = expires_at where first_response_due_at is not null`);
    await db.query(`alter table dispatch_offers drop constraint dispatch_offers_pkey, add primary key (tenant_id, request_id, round, helper_id)`);
    await db.query(`alter table appointments add column mode text not null default 'on_site' check (mode in ('on_site', 'remote'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`alter table appointments drop column if exists mode`);
    await db.query(`delete from dispatch_offers where round > 1`);
    await db.query(`alter table dispatch_offers drop constraint dispatch_offers_pkey, add primary key (tenant_id, request_id, helper_id)`);
    await db.query(`alter table dispatch_offers drop column if exists round`);
    await db.query(`alter table requests drop column if exists dispatch_round`);
    await db.query(`alter table requests drop column if exists dispatch_round_started_at`);
    await db.query(`alter table requests drop column if exists help_due_at`);
    await db.query(`alter table dispatch_offers drop column if exists mode`);
    await db.query(`alter table requests drop column if exists remote_first`);
    await db.query(`alter table helper_profiles drop column if exists offers_remote_help`);
    await db.query(`alter table services drop column if exists remote_help`);
  }
}
