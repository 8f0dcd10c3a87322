// What the customer hears before a job: when the helper said they were on their way, and whether the
// day-ahead reminder went out. The partial index holds only the scheduled appointments still to be
// reminded, so the sweep reads a handful of rows however long the site's history grows.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AppointmentReminders1764000022000 implements MigrationInterface {
  name = 'AppointmentReminders1764000022000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `alter table appointments add column on_the_way_at timestamptz, add column reminded_at timestamptz`,
      `create index appointments_reminder_due on appointments (tenant_id, starts_at) where status = 'scheduled' and reminded_at is null`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop index if exists appointments_reminder_due`);
    await db.query(`alter table appointments drop column if exists reminded_at, drop column if exists on_the_way_at`);
  }
}
