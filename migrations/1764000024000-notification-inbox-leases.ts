// The notification feeder caps each tenant's events in flight (handed out, lease running) as it caps
// deliveries, now that a fan-out job also sends what it wrote; this index counts them without reading
// a flooding tenant's whole backlog.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationInboxLeases1764000024000 implements MigrationInterface {
  name = 'NotificationInboxLeases1764000024000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`create index notification_inbox_leased on notification_inbox (tenant_id, lease_until) where dead_at is null and lease_until is not null`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop index if exists notification_inbox_leased`);
  }
}
