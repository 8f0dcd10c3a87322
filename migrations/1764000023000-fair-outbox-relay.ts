// The outbox relay takes a share of each tenant's pending events per batch, oldest first within a
// tenant, so one tenant's burst of events waits behind its own events only. The partial index
// serves both the walk over tenants with pending events and each tenant's oldest ones; it holds the
// pending rows only, so it stays small however long the outbox's history grows.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FairOutboxRelay1764000023000 implements MigrationInterface {
  name = 'FairOutboxRelay1764000023000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`create index outbox_events_pending_by_tenant on outbox_events (tenant_id, created_at, id) where relayed_at is null`);
    await db.query(`drop index if exists outbox_events_pending`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`create index if not exists outbox_events_pending on outbox_events (created_at, id) where relayed_at is null`);
    await db.query(`drop index if exists outbox_events_pending_by_tenant`);
  }
}
