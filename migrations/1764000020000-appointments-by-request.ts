// Every appointment of a request, whatever its status, found by the request: payments follow a
// request's latest appointment (completed or cancelled ones too), which the partial index of live
// appointments does not cover.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AppointmentsByRequest1764000020000 implements MigrationInterface {
  name = 'AppointmentsByRequest1764000020000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`create index appointments_by_request on appointments (tenant_id, request_id, created_at desc)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop index if exists appointments_by_request`);
  }
}
