// Each tenant's own Stripe account: the secret key and webhook signing secret sealed with
// ENCRYPTION_KEY (never stored in clear), plus their last four characters for the masked view.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTable } from '@quartier/platform/migration-kit';

export class StripeAccounts1764000016000 implements MigrationInterface {
  name = 'StripeAccounts1764000016000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `create table tenant_stripe_accounts (
        tenant_id uuid not null references tenants (id),
        secret_key_sealed text not null,
        webhook_secret_sealed text not null,
        key_mode text not null check (key_mode in ('test', 'live')),
        restricted_key boolean not null,
        secret_key_last4 text not null check (length(secret_key_last4) = 4),
        webhook_secret_last4 text not null check (length(webhook_secret_last4) = 4),
        connected_by uuid not null,
        connected_at timestamptz not null,
        updated_at timestamptz not null,
        primary key (tenant_id),
        foreign key (tenant_id, connected_by) references users (tenant_id, id)
      )`,
      ...secureTenantTable('tenant_stripe_accounts', ['select', 'insert', 'update', 'delete']),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table if exists tenant_stripe_accounts`);
  }
}
