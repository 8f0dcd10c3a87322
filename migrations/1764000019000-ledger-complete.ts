// A ledger transaction is never left without its postings: a deferred constraint trigger refuses,
// at commit, any transaction that has fewer than two postings (the balance trigger only sees
// transactions that have some).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LedgerComplete1764000019000 implements MigrationInterface {
  name = 'LedgerComplete1764000019000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`create function ledger_transactions_posted() returns trigger language plpgsql as $$
      begin
        if (select count(*) from ledger_postings p where p.tenant_id = new.tenant_id and p.transaction_id = new.id) < 2 then
          raise exception 'ledger transaction % has fewer than two postings', new.id
            using errcode = 'check_violation', constraint = 'ledger_transactions_posted';
        end if;
        return null;
      end $$`);
    await db.query(`create constraint trigger ledger_transactions_posted after insert on ledger_transactions
      deferrable initially deferred for each row execute function ledger_transactions_posted()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop trigger if exists ledger_transactions_posted on ledger_transactions`);
    await db.query(`drop function if exists ledger_transactions_posted()`);
  }
}
