// The publishable key of a tenant's Stripe account, so the site's card form (Stripe Elements) can
// turn a card into a PaymentMethod in the customer's browser. It is public by Stripe's design and
// stored in clear. Accounts connected before it was asked for have none until an operator connects
// again; their sites offer no card form meanwhile.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StripePublishableKey1764000028000 implements MigrationInterface {
  name = 'StripePublishableKey1764000028000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `alter table tenant_stripe_accounts
         add column publishable_key text check (publishable_key ~ '^pk_(test|live)_[A-Za-z0-9]+$' and length(publishable_key) <= 255)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`alter table tenant_stripe_accounts drop column if exists publishable_key`);
  }
}
