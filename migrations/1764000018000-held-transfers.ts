// Shares held for helpers: a card payment captured while its helper had no active Stripe account
// kept the helper's share on the site's Stripe balance; it is transferred once the account is
// active, and a later refund reverses the helper's part of that transfer.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const OPERATIONS = `'customer', 'authorize', 'capture', 'release', 'refund', 'connect_account', 'account_link'`;

export class HeldTransfers1764000018000 implements MigrationInterface {
  name = 'HeldTransfers1764000018000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `alter table payments
         add column transfer_id text check (transfer_id ~ '^tr_'),
         add column transferred_minor integer not null default 0 check (transferred_minor >= 0),
         add column transferred_at timestamptz,
         -- Taken back by refunds, counted when a reversal's key is stored, so two refunds never reverse the same part.
         add column transfer_reversed_minor integer not null default 0 check (transfer_reversed_minor >= 0),
         add constraint payments_transfer_reversed check (transfer_reversed_minor <= transferred_minor)`,
      // A payment whose share is still held, found per helper when their account becomes active.
      `create index payments_held_shares on payments (tenant_id, helper_id)
         where provider = 'stripe' and status = 'captured' and destination_account_id is null and transfer_id is null`,
      `alter table payment_operations drop constraint payment_operations_operation_check`,
      `alter table payment_operations add constraint payment_operations_operation_check
         check (operation in (${OPERATIONS}, 'transfer', 'transfer_reversal'))`,
      // The amount a transfer or reversal was started with: a retry sends the very same parameters
      // (Stripe refuses a key reused with others) even if a refund changed the payment meanwhile.
      `alter table payment_operations add column amount_minor integer check (amount_minor > 0)`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    const statements = [
      `alter table payment_operations drop column if exists amount_minor`,
      `delete from payment_operations where operation in ('transfer', 'transfer_reversal')`,
      `alter table payment_operations drop constraint payment_operations_operation_check`,
      `alter table payment_operations add constraint payment_operations_operation_check check (operation in (${OPERATIONS}))`,
      `drop index if exists payments_held_shares`,
      `alter table payments drop constraint if exists payments_transfer_reversed,
         drop column if exists transfer_reversed_minor, drop column if exists transferred_at,
         drop column if exists transferred_minor, drop column if exists transfer_id`,
    ];
    for (const sql of statements) await db.query(sql);
  }
}
