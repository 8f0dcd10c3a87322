// The payments ledger: accounts, transactions (one per movement of money, idempotent by business
// key) and their postings. Append-only for the application (select + insert); a deferred constraint
// trigger refuses, at commit, any transaction whose postings do not sum to zero per currency.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTable } from '@quartier/platform/migration-kit';

export class Ledger1764000015000 implements MigrationInterface {
  name = 'Ledger1764000015000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `create table ledger_accounts (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        kind text not null check (kind in ('customer_charges', 'stripe_clearing', 'offline_clearing', 'platform_revenue', 'customer_fees',
                                            'helper_payable', 'refunds', 'disputes')),
        owner_id uuid,
        currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        constraint ledger_accounts_key unique nulls not distinct (tenant_id, kind, owner_id, currency),
        unique (tenant_id, id, currency),
        check (kind <> 'helper_payable' or owner_id is not null)
      )`,
      `create table ledger_transactions (
        tenant_id uuid not null references tenants (id),
        id uuid not null,
        kind text not null check (kind in ('capture', 'application_fee', 'helper_payable', 'payout', 'refund', 'reversal', 'dispute', 'offline_payment')),
        business_key text not null check (length(business_key) between 1 and 200),
        appointment_id uuid,
        description text not null,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        unique (tenant_id, business_key),
        foreign key (tenant_id, appointment_id) references appointments (tenant_id, id)
      )`,
      // amount_minor is signed: debit positive, credit negative, so a balanced set sums to zero.
      `create table ledger_postings (
        tenant_id uuid not null references tenants (id),
        transaction_id uuid not null,
        line smallint not null check (line >= 1),
        account_id uuid not null,
        amount_minor bigint not null check (amount_minor <> 0),
        currency char(3) not null,
        primary key (tenant_id, transaction_id, line),
        foreign key (tenant_id, transaction_id) references ledger_transactions (tenant_id, id),
        foreign key (tenant_id, account_id, currency) references ledger_accounts (tenant_id, id, currency)
      )`,
      `create index ledger_postings_by_account on ledger_postings (tenant_id, account_id)`,
      `create index ledger_transactions_by_appointment on ledger_transactions (tenant_id, appointment_id) where appointment_id is not null`,
      `create function ledger_postings_balanced() returns trigger language plpgsql as $$
       declare
         off record;
       begin
         select p.currency, sum(p.amount_minor) as total into off
           from ledger_postings p
          where p.tenant_id = new.tenant_id and p.transaction_id = new.transaction_id
          group by p.currency having sum(p.amount_minor) <> 0 limit 1;
         if found then
           raise exception 'ledger transaction % does not balance in %: postings sum to %', new.transaction_id, off.currency, off.total
             using errcode = 'check_violation', constraint = 'ledger_postings_balanced';
         end if;
         return null;
       end $$`,
      `create constraint trigger ledger_postings_balanced after insert on ledger_postings
         deferrable initially deferred for each row execute function ledger_postings_balanced()`,
      ...secureTenantTable('ledger_accounts', ['select', 'insert']),
      ...secureTenantTable('ledger_transactions', ['select', 'insert']),
      ...secureTenantTable('ledger_postings', ['select', 'insert']),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table if exists ledger_postings`);
    await db.query(`drop function if exists ledger_postings_balanced()`);
    await db.query(`drop table if exists ledger_transactions`);
    await db.query(`drop table if exists ledger_accounts`);
  }
}
