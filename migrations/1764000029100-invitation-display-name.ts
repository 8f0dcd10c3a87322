// The name a platform admin gives the first operator of a new tenant travels with the invitation: the
// invitation email can greet them by it, and it becomes their account's name when they accept without
// typing another. Invitations between operators carry none.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InvitationDisplayName1764000029100 implements MigrationInterface {
  name = 'InvitationDisplayName1764000029100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `alter table operator_invitations
         add column display_name text check (length(btrim(display_name)) between 1 and 120)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`alter table operator_invitations drop column if exists display_name`);
  }
}
