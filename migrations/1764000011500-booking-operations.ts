// A customer's reason for declining an offer, kept for the helper; helpers list their own offers
// newest first.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BookingOperations1764000011500 implements MigrationInterface {
  name = 'BookingOperations1764000011500';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `alter table offers add column decline_reason text check (decline_reason is null or length(decline_reason) between 1 and 2000)`,
      `create index offers_by_helper on offers (tenant_id, helper_id, created_at desc, id desc)`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop index if exists offers_by_helper`);
    await db.query(`alter table offers drop column if exists decline_reason`);
  }
}
