// The append-only, double-entry ledger every movement of money goes through. Balances and earnings
// are never stored: they are sums of postings. Accounts are created the first time a movement names them.
import { Injectable } from '@nestjs/common';
import { Clock, ConflictError, newId, type RequestContext, TenantDatabase, type TenantTransaction, ValidationError } from '@quartier/platform';
import {
  checkLedgerEntry,
  type CheckedLedgerEntry,
  type LedgerAccountKind,
  type LedgerAccountRef,
  type LedgerEntryInput,
  type LedgerPosting,
  type LedgerTransactionKind,
  sameMovement,
} from './ledger-entry.js';

export interface LedgerTransactionView extends CheckedLedgerEntry {
  id: string;
  createdAt: Date;
  /** True when the business key had already been recorded and this is that first transaction. */
  replayed: boolean;
}

export interface LedgerBalance {
  account: { kind: LedgerAccountKind; ownerId: string | null };
  /** Debits minus credits: a helper's earnings still owed are the negated helper_payable balance. */
  amountMinor: number;
  currency: string;
}

interface TransactionRow {
  id: string;
  kind: LedgerTransactionKind;
  business_key: string;
  appointment_id: string | null;
  description: string;
  created_at: Date;
}

@Injectable()
export class LedgerService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: Clock,
  ) {}

  /**
   * Records one balanced movement inside the caller's transaction. The same business key with the same
   * postings returns the first transaction; with other postings it is CONFLICT `LEDGER_KEY_REUSED`.
   */
  async recordIn(tx: TenantTransaction, input: LedgerEntryInput): Promise<LedgerTransactionView> {
    const [view] = await this.recordAllIn(tx, [input]);
    return view;
  }

  /**
   * Records the movements of one business step together, in a fixed number of statements whatever
   * their number (transactions, then accounts, then postings, each one statement), with
   * recordIn's rules for each movement. Views come back in the order of `inputs`.
   */
  async recordAllIn(tx: TenantTransaction, inputs: LedgerEntryInput[]): Promise<LedgerTransactionView[]> {
    const entries = inputs.map(checkLedgerEntry);
    if (new Set(entries.map((entry) => entry.businessKey)).size !== entries.length) {
      throw new ValidationError('businessKey', 'Each movement of a step needs its own business key');
    }
    if (entries.length === 0) return [];
    const now = this.clock.now();
    const ids = entries.map(() => newId());
    // On a key another transaction is inserting, this waits for it and then leaves the key alone.
    const inserted = await tx.query<{ id: string; business_key: string }>(
      `insert into ledger_transactions (tenant_id, id, kind, business_key, appointment_id, description, created_at)
       select $1, t.id, t.kind, t.business_key, t.appointment_id, t.description, $7
         from unnest($2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::text[]) as t(id, kind, business_key, appointment_id, description)
       on conflict (tenant_id, business_key) do nothing returning id, business_key`,
      [
        tx.tenantId,
        ids,
        entries.map((entry) => entry.kind),
        entries.map((entry) => entry.businessKey),
        entries.map((entry) => entry.appointmentId),
        entries.map((entry) => entry.description),
        now,
      ],
    );
    const fresh = new Map(inserted.map((row) => [row.business_key, row.id]));
    const written = entries.filter((entry) => fresh.has(entry.businessKey));
    if (written.length > 0) await this.postIn(tx, written, fresh, now);

    const views: LedgerTransactionView[] = [];
    for (const entry of entries) {
      const id = fresh.get(entry.businessKey);
      views.push(id ? { ...entry, id, createdAt: now, replayed: false } : await this.replayOrRefuse(tx, entry));
    }
    return views;
  }

  /** The postings of freshly inserted transactions, with the accounts they name made on first use. */
  private async postIn(tx: TenantTransaction, entries: CheckedLedgerEntry[], transactionIds: Map<string, string>, now: Date): Promise<void> {
    const accountIds = await this.accountIdsIn(tx, entries.flatMap((entry) => entry.postings), now);
    const lines = entries.flatMap((entry) =>
      entry.postings.map((posting, index) => ({ transactionId: transactionIds.get(entry.businessKey), line: index + 1, accountId: accountIds.get(accountKey(posting)), posting })),
    );
    await tx.query(
      `insert into ledger_postings (tenant_id, transaction_id, line, account_id, amount_minor, currency)
       select $1, * from unnest($2::uuid[], $3::smallint[], $4::uuid[], $5::bigint[], $6::text[])`,
      [
        tx.tenantId,
        lines.map((line) => line.transactionId),
        lines.map((line) => line.line),
        lines.map((line) => line.accountId),
        lines.map((line) => line.posting.amountMinor),
        lines.map((line) => line.posting.currency),
      ],
    );
  }

  /**
   * The id of every account the postings name, made on first use. Accounts are inserted in one fixed
   * order, so two movements creating the same new accounts at once wait for each other instead of
   * deadlocking; one made by a concurrent transaction meanwhile is read in a second statement, which
   * sees what that transaction committed.
   */
  private async accountIdsIn(tx: TenantTransaction, postings: LedgerPosting[], now: Date): Promise<Map<string, string>> {
    const wanted = [...new Map(postings.map((posting) => [accountKey(posting), posting])).values()].sort((a, b) => accountKey(a).localeCompare(accountKey(b)));
    const columns = [wanted.map((p) => p.account.kind), wanted.map((p) => p.account.ownerId), wanted.map((p) => p.currency), wanted.map(() => newId())];
    const rows = await tx.query<AccountRow>(
      `with wanted as (select * from unnest($2::text[], $3::uuid[], $4::text[], $5::uuid[]) with ordinality as w(kind, owner_id, currency, new_id, position)),
       created as (
         insert into ledger_accounts (tenant_id, id, kind, owner_id, currency, created_at)
         select $1, new_id, kind, owner_id, currency, $6 from wanted order by position
         on conflict on constraint ledger_accounts_key do nothing
         returning id, kind, owner_id, currency
       )
       select id, kind, owner_id, currency from created
       union all
       select a.id, a.kind, a.owner_id, a.currency from ledger_accounts a
         join wanted w on a.kind = w.kind and a.owner_id is not distinct from w.owner_id and a.currency = w.currency
        where a.tenant_id = $1`,
      [tx.tenantId, ...columns, now],
    );
    const ids = new Map(rows.map((row) => [accountKey({ account: { kind: row.kind, ownerId: row.owner_id }, currency: row.currency }), row.id]));
    const missing = wanted.filter((posting) => !ids.has(accountKey(posting)));
    if (missing.length > 0) {
      const late = await tx.query<AccountRow>(
        `select a.id, a.kind, a.owner_id, a.currency from ledger_accounts a
           join unnest($2::text[], $3::uuid[], $4::text[]) as w(kind, owner_id, currency)
             on a.kind = w.kind and a.owner_id is not distinct from w.owner_id and a.currency = w.currency
          where a.tenant_id = $1`,
        [tx.tenantId, missing.map((p) => p.account.kind), missing.map((p) => p.account.ownerId), missing.map((p) => p.currency)],
      );
      for (const row of late) ids.set(accountKey({ account: { kind: row.kind, ownerId: row.owner_id }, currency: row.currency }), row.id);
    }
    return ids;
  }

  /** An account's balance (debits minus credits) in one currency; zero for an account never used. */
  balance(ctx: RequestContext, input: { account: LedgerAccountRef; currency: string }): Promise<LedgerBalance> {
    const ownerId = input.account.ownerId ?? null;
    return this.db.run(ctx, async (tx) => {
      const [row] = await tx.query<{ total: string | null }>(
        `select sum(p.amount_minor)::text as total
           from ledger_accounts a join ledger_postings p on p.tenant_id = a.tenant_id and p.account_id = a.id
          where a.tenant_id = $1 and a.kind = $2 and a.owner_id is not distinct from $3::uuid and a.currency = $4`,
        [tx.tenantId, input.account.kind, ownerId, input.currency],
      );
      return { account: { kind: input.account.kind, ownerId }, amountMinor: toSafeNumber(row?.total ?? '0'), currency: input.currency };
    });
  }

  /** Every balance of the accounts an owner (a helper) holds, per account and currency. */
  balancesOf(ctx: RequestContext, input: { ownerId: string }): Promise<LedgerBalance[]> {
    return this.db.run(ctx, async (tx) => {
      const rows = await tx.query<{ kind: LedgerAccountKind; owner_id: string; currency: string; total: string }>(
        `select a.kind, a.owner_id, a.currency, coalesce(sum(p.amount_minor), 0)::text as total
           from ledger_accounts a left join ledger_postings p on p.tenant_id = a.tenant_id and p.account_id = a.id
          where a.tenant_id = $1 and a.owner_id = $2::uuid
          group by a.kind, a.owner_id, a.currency order by a.kind, a.currency`,
        [tx.tenantId, input.ownerId],
      );
      return rows.map((row) => ({ account: { kind: row.kind, ownerId: row.owner_id }, amountMinor: toSafeNumber(row.total), currency: row.currency }));
    });
  }

  private async replayOrRefuse(tx: TenantTransaction, entry: CheckedLedgerEntry): Promise<LedgerTransactionView> {
    const [first] = await tx.query<TransactionRow>(
      `select id, kind, business_key, appointment_id, description, created_at from ledger_transactions where tenant_id = $1 and business_key = $2`,
      [tx.tenantId, entry.businessKey],
    );
    const lines = await tx.query<{ kind: LedgerAccountKind; owner_id: string | null; amount_minor: string; currency: string }>(
      `select a.kind, a.owner_id, p.amount_minor::text as amount_minor, p.currency
         from ledger_postings p join ledger_accounts a on a.tenant_id = p.tenant_id and a.id = p.account_id
        where p.tenant_id = $1 and p.transaction_id = $2 order by p.line`,
      [tx.tenantId, first.id],
    );
    const recorded: CheckedLedgerEntry = {
      kind: first.kind,
      businessKey: first.business_key,
      appointmentId: first.appointment_id,
      description: first.description,
      postings: lines.map((line) => ({
        account: { kind: line.kind, ownerId: line.owner_id },
        amountMinor: toSafeNumber(line.amount_minor),
        currency: line.currency,
      })),
    };
    if (!sameMovement(recorded, entry)) {
      throw new ConflictError('This business key already recorded a different movement', { field: 'businessKey', detail: 'LEDGER_KEY_REUSED' });
    }
    return { ...recorded, id: first.id, createdAt: first.created_at, replayed: true };
  }
}

interface AccountRow {
  id: string;
  kind: LedgerAccountKind;
  owner_id: string | null;
  currency: string;
}

function accountKey(posting: Pick<LedgerPosting, 'account' | 'currency'>): string {
  return `${posting.account.kind}|${posting.account.ownerId ?? ''}|${posting.currency}`;
}

/** bigint sums arrive as text; beyond 2^53 they could not be represented exactly, which is a bug worth failing on. */
function toSafeNumber(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`Ledger amount ${text} is beyond safe integers`);
  return value;
}
