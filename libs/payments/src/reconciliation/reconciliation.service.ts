// Compares the ledger with Stripe's balance transactions for a period and reports every difference
// to the operator: a charge or refund Stripe has and the ledger does not, one the ledger has and
// Stripe does not, and one whose amounts differ. Operators ask for a period; every night the
// maintenance sweep asks for the day before. Stripe is read outside any transaction.
import { Injectable } from '@nestjs/common';
import {
  Clock,
  ConflictError,
  decodeTimeCursor,
  encodeCursor,
  newId,
  NotFoundError,
  pageSize,
  type RequestContext,
  TenantDatabase,
  type TenantTransaction,
  toConnection,
  ValidationError,
  asUuid,
} from '@quartier/platform';
import type Stripe from 'stripe';
import { PaymentGateways } from '../gateway/payment-gateways.js';

const DAY_MS = 86_400_000;
const MAX_PERIOD_MS = 92 * DAY_MS;
/** Stripe and the ledger stamp one movement seconds apart; items near the edges are matched across this margin. */
const EDGE_MS = 3_600_000;

export type ReconciliationDifferenceKind = 'missing_in_ledger' | 'missing_at_stripe' | 'amount_differs';

export interface ReconciliationDifference {
  kind: ReconciliationDifferenceKind;
  /** charge or refund */
  object: 'charge' | 'refund';
  stripeId: string | null;
  paymentId: string | null;
  stripeAmountMinor: number | null;
  ledgerAmountMinor: number | null;
  currency: string;
}

export interface ReconciliationReportView {
  id: string;
  periodFrom: Date;
  periodTo: Date;
  status: 'pending' | 'completed' | 'failed';
  checkedCount: number;
  differenceCount: number;
  differences: ReconciliationDifference[];
  failureMessage: string | null;
  requestedBy: string | null;
  createdAt: Date;
  completedAt: Date | null;
}

interface ReportRow {
  id: string;
  period_from: Date;
  period_to: Date;
  status: ReconciliationReportView['status'];
  checked_count: number;
  difference_count: number;
  differences: ReconciliationDifference[];
  failure_message: string | null;
  requested_by: string | null;
  created_at: Date;
  completed_at: Date | null;
}

const REPORT_COLUMNS = 'id, period_from, period_to, status, checked_count, difference_count, differences, failure_message, requested_by, created_at, completed_at';

function toView(row: ReportRow): ReconciliationReportView {
  return {
    id: row.id,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    status: row.status,
    checkedCount: row.checked_count,
    differenceCount: row.difference_count,
    differences: row.differences,
    failureMessage: row.failure_message,
    requestedBy: row.requested_by,
    createdAt: row.created_at,
    completedAt: row.completed_at,
  };
}

/** What the ledger says about one Stripe object. */
interface LedgerSide {
  object: 'charge' | 'refund';
  stripeId: string;
  paymentId: string;
  amountMinor: number;
  currency: string;
  at: Date;
}

@Injectable()
export class ReconciliationService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly gateways: PaymentGateways,
    private readonly clock: Clock,
  ) {}

  /** An operator asks for a period (at most 92 days, not in the future); the report is made by a job. */
  async requestReport(ctx: RequestContext, input: { from: Date; to: Date }): Promise<ReconciliationReportView> {
    const from = new Date(input.from);
    const to = new Date(input.to);
    if (Number.isNaN(from.getTime())) throw new ValidationError('from', 'Not a time');
    if (Number.isNaN(to.getTime())) throw new ValidationError('to', 'Not a time');
    if (from >= to) throw new ValidationError('to', 'The period must end after it starts');
    if (to.getTime() - from.getTime() > MAX_PERIOD_MS) throw new ValidationError('to', 'A report covers at most 92 days');
    if (to > this.clock.now()) throw new ValidationError('to', 'The period cannot end in the future');
    return this.db.run(ctx, async (tx) => {
      if (!(await this.gateways.stripeIn(tx))) {
        throw new ConflictError('This site takes payment on site or by invoice; there is no Stripe account to reconcile', { detail: 'OFFLINE_PAYMENTS' });
      }
      const row = await this.insertIn(tx, { from, to, requestedBy: ctx.userId });
      // Only nightly reports (no requester) can collide; an operator's request always inserts.
      if (!row) throw new Error('A requested reconciliation report was not stored');
      return toView(row);
    });
  }

  /** The nightly report of the previous UTC day, for a tenant on Stripe; made once per day. */
  async requestNightly(ctx: RequestContext, now: Date): Promise<boolean> {
    const to = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
    const from = new Date(to.getTime() - DAY_MS);
    return this.db.run(ctx, async (tx) => {
      const [known] = await tx.query(`select 1 from reconciliation_reports where tenant_id = $1 and period_from = $2 and requested_by is null`, [tx.tenantId, from]);
      if (known || !(await this.gateways.stripeIn(tx))) return false;
      return (await this.insertIn(tx, { from, to, requestedBy: null })) !== null;
    });
  }

  async report(ctx: RequestContext, id: string): Promise<ReconciliationReportView> {
    return this.db.run(ctx, async (tx) => {
      const [row] = await tx.query<ReportRow>(`select ${REPORT_COLUMNS} from reconciliation_reports where tenant_id = $1 and id = $2`, [tx.tenantId, asUuid(id)]);
      if (!row) throw new NotFoundError('Reconciliation report');
      return toView(row);
    });
  }

  async reports(ctx: RequestContext, input: { first?: number | null; after?: string | null }) {
    const limit = pageSize(input.first);
    const after = decodeTimeCursor(input.after);
    return this.db.run(ctx, async (tx) => {
      const rows = await tx.query<ReportRow>(
        `select ${REPORT_COLUMNS} from reconciliation_reports
          where tenant_id = $1 and ($2::timestamptz is null or (created_at, id) < ($2, $3::uuid))
          order by created_at desc, id desc limit $4`,
        [tx.tenantId, after?.t ?? null, after?.id ?? null, limit + 1],
      );
      return toConnection(rows, limit, toView, (row) => encodeCursor({ t: row.created_at.toISOString(), id: row.id }));
    });
  }

  /** Job `payment.reconcile`. */
  async run(ctx: RequestContext, reportId: string): Promise<string> {
    const prepared = await this.db.run(ctx, async (tx) => {
      const [row] = await tx.query<ReportRow>(`select ${REPORT_COLUMNS} from reconciliation_reports where tenant_id = $1 and id = $2`, [tx.tenantId, reportId]);
      if (!row || row.status !== 'pending') return null;
      const stripe = await this.gateways.stripeIn(tx);
      const ledger = await this.ledgerSideIn(tx, new Date(row.period_from.getTime() - EDGE_MS), new Date(row.period_to.getTime() + EDGE_MS));
      return { row, stripe, ledger };
    });
    if (!prepared) return 'skipped: no pending report';
    const { row, stripe, ledger } = prepared;
    if (!stripe) return this.finish(ctx, reportId, { failure: 'The Stripe account was disconnected before the report ran' });

    const transactions = await this.balanceTransactions(stripe.client, new Date(row.period_from.getTime() - EDGE_MS), new Date(row.period_to.getTime() + EDGE_MS));
    const differences = compare({ from: row.period_from, to: row.period_to }, transactions, ledger);
    const checked = transactions.filter((txn) => inPeriod(new Date(txn.created * 1_000), row)).length + ledger.filter((item) => inPeriod(item.at, row)).length;
    return this.finish(ctx, reportId, { differences, checked });
  }

  private async finish(ctx: RequestContext, reportId: string, result: { differences?: ReconciliationDifference[]; checked?: number; failure?: string }): Promise<string> {
    return this.db.run(ctx, async (tx) => {
      const now = this.clock.now();
      const differences = result.differences ?? [];
      const [row] = await tx.query<ReportRow>(
        `update reconciliation_reports set status = $3, checked_count = $4, difference_count = $5, differences = $6, failure_message = $7, completed_at = $8
          where tenant_id = $1 and id = $2 and status = 'pending' returning ${REPORT_COLUMNS}`,
        [tx.tenantId, reportId, result.failure ? 'failed' : 'completed', result.checked ?? 0, differences.length, JSON.stringify(differences), result.failure ?? null, now],
      );
      if (!row) return 'skipped: finished by another run';
      await tx.emit({
        type: 'payment.reconciliation_completed',
        aggregateType: 'reconciliation_report',
        aggregateId: reportId,
        payload: { reportId, status: row.status, differenceCount: differences.length, periodFrom: row.period_from, periodTo: row.period_to },
      });
      return result.failure ? `failed: ${result.failure}` : `${differences.length} differences in ${row.checked_count} items`;
    });
  }

  private async insertIn(tx: TenantTransaction, input: { from: Date; to: Date; requestedBy: string | null }): Promise<ReportRow | null> {
    const [row] = await tx.query<ReportRow>(
      `insert into reconciliation_reports (tenant_id, id, period_from, period_to, status, requested_by, created_at)
       values ($1, $2, $3, $4, 'pending', $5, $6) on conflict do nothing returning ${REPORT_COLUMNS}`,
      [tx.tenantId, newId(), input.from, input.to, input.requestedBy, this.clock.now()],
    );
    if (!row) return null;
    await tx.emit({ type: 'payment.reconciliation_requested', aggregateType: 'reconciliation_report', aggregateId: row.id, payload: { reportId: row.id } });
    return row;
  }

  /**
   * The ledger's Stripe charges (captures) and refunds recorded in the window, with Stripe's ids and
   * their amounts as they moved the Stripe balance (a refund is negative, as in Stripe's balance transactions).
   */
  private async ledgerSideIn(tx: TenantTransaction, from: Date, to: Date): Promise<LedgerSide[]> {
    const captures = await tx.query<{ stripe_id: string | null; payment_id: string; amount: string; currency: string; at: Date }>(
      `select p.charge_id as stripe_id, p.id as payment_id, lp.amount_minor::text as amount, lp.currency, t.created_at as at
         from ledger_transactions t
         join ledger_postings lp on lp.tenant_id = t.tenant_id and lp.transaction_id = t.id
         join ledger_accounts a on a.tenant_id = lp.tenant_id and a.id = lp.account_id and a.kind = 'stripe_clearing'
         join payments p on p.tenant_id = t.tenant_id and t.business_key = 'capture:' || p.id::text
        where t.tenant_id = $1 and t.kind = 'capture' and t.created_at >= $2 and t.created_at < $3`,
      [tx.tenantId, from, to],
    );
    const refunds = await tx.query<{ stripe_id: string | null; payment_id: string; amount: string; currency: string; at: Date }>(
      `select r.provider_refund_id as stripe_id, r.payment_id, lp.amount_minor::text as amount, lp.currency, t.created_at as at
         from ledger_transactions t
         join ledger_postings lp on lp.tenant_id = t.tenant_id and lp.transaction_id = t.id
         join ledger_accounts a on a.tenant_id = lp.tenant_id and a.id = lp.account_id and a.kind = 'stripe_clearing'
         join payment_refunds r on r.tenant_id = t.tenant_id and t.business_key = 'refund:' || r.id::text
        where t.tenant_id = $1 and t.kind = 'refund' and t.created_at >= $2 and t.created_at < $3`,
      [tx.tenantId, from, to],
    );
    return [
      ...captures.map((row) => ({ object: 'charge' as const, stripeId: row.stripe_id ?? '', paymentId: row.payment_id, amountMinor: Number(row.amount), currency: row.currency, at: row.at })),
      ...refunds.map((row) => ({ object: 'refund' as const, stripeId: row.stripe_id ?? '', paymentId: row.payment_id, amountMinor: Number(row.amount), currency: row.currency, at: row.at })),
    ];
  }

  private async balanceTransactions(stripe: Stripe, from: Date, to: Date): Promise<Stripe.BalanceTransaction[]> {
    const all: Stripe.BalanceTransaction[] = [];
    const created = { gte: Math.floor(from.getTime() / 1_000), lt: Math.ceil(to.getTime() / 1_000) };
    for await (const txn of stripe.balanceTransactions.list({ created, limit: 100 })) {
      if (txn.type === 'charge' || txn.type === 'payment' || txn.type === 'refund' || txn.type === 'payment_refund') all.push(txn);
    }
    return all;
  }
}

function inPeriod(at: Date, period: { period_from: Date; period_to: Date }): boolean {
  return at >= period.period_from && at < period.period_to;
}

/**
 * Every item of either side inside the period is matched against the other side over the period
 * widened by EDGE_MS, so a movement stamped a few seconds apart on each side is not a difference.
 */
export function compare(period: { from: Date; to: Date }, transactions: Stripe.BalanceTransaction[], ledger: LedgerSide[]): ReconciliationDifference[] {
  const inside = (at: Date) => at >= period.from && at < period.to;
  const sourceOf = (txn: Stripe.BalanceTransaction) => (typeof txn.source === 'string' ? txn.source : (txn.source?.id ?? ''));
  const ledgerById = new Map(ledger.map((item) => [item.stripeId, item]));
  const stripeById = new Map(transactions.map((txn) => [sourceOf(txn), txn]));
  const differences: ReconciliationDifference[] = [];
  for (const txn of transactions) {
    if (!inside(new Date(txn.created * 1_000))) continue;
    const object = txn.type === 'refund' || txn.type === 'payment_refund' ? 'refund' : 'charge';
    const known = ledgerById.get(sourceOf(txn));
    const currency = txn.currency.toUpperCase();
    if (!known) {
      differences.push({ kind: 'missing_in_ledger', object, stripeId: sourceOf(txn), paymentId: null, stripeAmountMinor: txn.amount, ledgerAmountMinor: null, currency });
    } else if (known.amountMinor !== txn.amount) {
      differences.push({ kind: 'amount_differs', object, stripeId: sourceOf(txn), paymentId: known.paymentId, stripeAmountMinor: txn.amount, ledgerAmountMinor: known.amountMinor, currency });
    }
  }
  for (const item of ledger) {
    if (!inside(item.at) || stripeById.has(item.stripeId)) continue;
    differences.push({ kind: 'missing_at_stripe', object: item.object, stripeId: item.stripeId || null, paymentId: item.paymentId, stripeAmountMinor: null, ledgerAmountMinor: item.amountMinor, currency: item.currency });
  }
  return differences;
}
