// The append-only, double-entry ledger every movement of money goes through. Balances and earnings
// are never stored: they are sums of postings. Accounts are created the first time a movement names them.
import { Injectable } from '@nestjs/common';
import { Clock, ConflictError, newId, type RequestContext, TenantDatabase, type TenantTransaction } from '@quartier/platform';
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
    const entry = checkLedgerEntry(input);
    const id = newId();
    const now = this.clock.now();
    // On a key another transaction is inserting, this waits for it and then sees its row.
    const inserted = await tx.query<{ id: string }>(
      `insert into ledger_transactions (tenant_id, id, kind, business_key, appointment_id, description, created_at)
       values ($1, $2, $3, $4, $5, $6, $7) on conflict (tenant_id, business_key) do nothing returning id`,
      [tx.tenantId, id, entry.kind, entry.businessKey, entry.appointmentId, entry.description, now],
    );
    if (inserted.length === 0) return this.replayOrRefuse(tx, entry);

    // Accounts are made (or found) in one fixed order, so two movements creating the same new
    // accounts at once wait for each other instead of deadlocking.
    const keyOf = (posting: LedgerPosting) => `${posting.account.kind}|${posting.account.ownerId ?? ''}|${posting.currency}`;
    const accountIds = new Map<string, string>();
    for (const posting of [...entry.postings].sort((a, b) => keyOf(a).localeCompare(keyOf(b)))) {
      if (!accountIds.has(keyOf(posting))) accountIds.set(keyOf(posting), await this.accountIdIn(tx, posting, now));
    }
    for (const [index, posting] of entry.postings.entries()) {
      const accountId = accountIds.get(keyOf(posting)) ?? (await this.accountIdIn(tx, posting, now));
      await tx.query(
        `insert into ledger_postings (tenant_id, transaction_id, line, account_id, amount_minor, currency) values ($1, $2, $3, $4, $5, $6)`,
        [tx.tenantId, id, index + 1, accountId, posting.amountMinor, posting.currency],
      );
    }
    return { ...entry, id, createdAt: now, replayed: false };
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

  private async accountIdIn(tx: TenantTransaction, posting: LedgerPosting, now: Date): Promise<string> {
    await tx.query(
      `insert into ledger_accounts (tenant_id, id, kind, owner_id, currency, created_at) values ($1, $2, $3, $4, $5, $6)
       on conflict on constraint ledger_accounts_key do nothing`,
      [tx.tenantId, newId(), posting.account.kind, posting.account.ownerId, posting.currency, now],
    );
    const [row] = await tx.query<{ id: string }>(
      `select id from ledger_accounts where tenant_id = $1 and kind = $2 and owner_id is not distinct from $3::uuid and currency = $4`,
      [tx.tenantId, posting.account.kind, posting.account.ownerId, posting.currency],
    );
    return row.id;
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

/** bigint sums arrive as text; beyond 2^53 they could not be represented exactly, which is a bug worth failing on. */
function toSafeNumber(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`Ledger amount ${text} is beyond safe integers`);
  return value;
}
