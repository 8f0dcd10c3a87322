// When the helper started and finished the job: the completion time opens the review window and,
// later, the capture of the payment.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AppointmentProgress1764000011000 implements MigrationInterface {
  name = 'AppointmentProgress1764000011000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `alter table appointments add column started_at timestamptz, add column completed_at timestamptz, add column completion_note text
         check (completion_note is null or length(completion_note) between 1 and 2000)`,
      `alter table appointments add constraint appointments_progress check (
         (status in ('scheduled', 'cancelled') or started_at is not null)
         and (status <> 'completed' or completed_at is not null)
         and (completed_at is null or started_at <= completed_at))`,
      `create index appointments_completed on appointments (tenant_id, completed_at) where status = 'completed'`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop index if exists appointments_completed`);
    await db.query(`alter table appointments drop constraint if exists appointments_progress`);
    await db.query(`alter table appointments drop column if exists completion_note, drop column if exists completed_at, drop column if exists started_at`);
  }
}
