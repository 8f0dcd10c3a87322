// What a helper earned, what the marketplace still owes them, what is frozen by a dispute and what
// was paid out: sums of the ledger (never stored), and the payouts Stripe reported.
import { Injectable } from '@nestjs/common';
import {
  asUuid,
  decodeTimeCursor,
  encodeCursor,
  ForbiddenError,
  NotFoundError,
  pageSize,
  type RequestContext,
  TenantDatabase,
  type TenantTransaction,
  toConnection,
  userIdOf,
} from '@quartier/platform';
import { sharesOf } from '../payment/payment-movements.js';
import type { PaymentRow } from '../payment/payment-rows.js';

export interface EarningsView {
  helperId: string;
  currency: string;
  /** Earned and not yet paid out: what the marketplace owes the helper now. */
  pendingMinor: number;
  /** The helper's share of payments a cardholder disputes, held until the dispute closes. */
  frozenMinor: number;
  /** Paid to the helper's bank, or kept by the helper from a payment on site. */
  paidOutMinor: number;
  /** What the helper earned, less their share of refunds and lost disputes: pending plus paid out. */
  earnedMinor: number;
}

export const PAYOUT_STATUSES = ['paid', 'failed'] as const;

export interface PayoutView {
  id: string;
  helperId: string;
  providerPayoutId: string;
  amountMinor: number;
  currency: string;
  status: (typeof PAYOUT_STATUSES)[number];
  arrivalDate: Date | null;
  createdAt: Date;
}

interface PayoutRow {
  id: string;
  helper_id: string;
  provider_payout_id: string;
  amount_minor: number;
  currency: string;
  status: PayoutView['status'];
  arrival_date: Date | null;
  created_at: Date;
  sort_key: string;
}

const isOperator = (ctx: RequestContext) => ctx.hasRole('operator_admin', 'operator_agent');

@Injectable()
export class EarningsService {
  constructor(private readonly db: TenantDatabase) {}

  /** A helper's own earnings, or any helper's for operators. */
  async earnings(ctx: RequestContext, input: { helperId: string }): Promise<EarningsView> {
    const helperId = asUuid(input.helperId);
    const own = ctx.hasRole('helper') && helperId === userIdOf(ctx);
    if (!own && !isOperator(ctx)) throw new ForbiddenError();
    return this.db.run(ctx, async (tx) => {
      if (!own) {
        const [helper] = await tx.query(`select 1 from helper_profiles where tenant_id = $1 and user_id = $2`, [tx.tenantId, helperId]);
        if (!helper) throw new NotFoundError('Helper');
      }
      const [tenant] = await tx.query<{ currency: string }>(`select currency from tenants where id = $1`, [tx.tenantId]);
      const currency = tenant.currency.trim();
      // Earned is what the helper's payable received net of refunds and lost disputes; paid out is
      // what left for their bank (or was kept on site), net of payouts that bounced back.
      const [sums] = await tx.query<{ balance: string; earned: string; paid_out: string }>(
        `select coalesce(sum(p.amount_minor), 0)::text as balance,
                coalesce(sum(-p.amount_minor) filter (where not (t.kind = 'payout' or t.business_key like 'payout_failed:%')), 0)::text as earned,
                coalesce(sum(p.amount_minor) filter (where t.kind = 'payout' or t.business_key like 'payout_failed:%'), 0)::text as paid_out
           from ledger_accounts a
           join ledger_postings p on p.tenant_id = a.tenant_id and p.account_id = a.id
           join ledger_transactions t on t.tenant_id = p.tenant_id and t.id = p.transaction_id
          where a.tenant_id = $1 and a.kind = 'helper_payable' and a.owner_id = $2 and a.currency = $3`,
        [tx.tenantId, helperId, currency],
      );
      return {
        helperId,
        currency,
        pendingMinor: -wholeMinor(sums.balance),
        frozenMinor: await this.frozenIn(tx, helperId, currency),
        paidOutMinor: wholeMinor(sums.paid_out),
        earnedMinor: wholeMinor(sums.earned),
      };
    });
  }

  /** Payouts, newest first: the caller's own for a helper; any helper's (or one's) for operators. */
  async payouts(ctx: RequestContext, input: { helperId?: string | null; first?: number | null; after?: string | null }) {
    const operator = isOperator(ctx);
    if (!operator && !ctx.hasRole('helper')) throw new ForbiddenError();
    const helperId = operator ? (input.helperId ? asUuid(input.helperId) : null) : userIdOf(ctx);
    const size = pageSize(input.first);
    const after = decodeTimeCursor(input.after);
    return this.db.run(ctx, async (tx) => {
      const rows = await tx.query<PayoutRow>(
        `select id, helper_id, provider_payout_id, amount_minor, currency, status, arrival_date, created_at,
                to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as sort_key
           from helper_payouts
          where tenant_id = $1 and ($2::uuid is null or helper_id = $2::uuid)
            and ($3::timestamptz is null or (created_at, id) < ($3, $4::uuid))
          order by created_at desc, id desc
          limit $5`,
        [tx.tenantId, helperId, after?.t ?? null, after?.id ?? null, size + 1],
      );
      return toConnection<PayoutRow, PayoutView>(
        rows,
        size,
        (row) => ({
          id: row.id,
          helperId: row.helper_id,
          providerPayoutId: row.provider_payout_id,
          amountMinor: row.amount_minor,
          currency: row.currency.trim(),
          status: row.status,
          arrivalDate: row.arrival_date,
          createdAt: row.created_at,
        }),
        (row) => encodeCursor({ t: row.sort_key, id: row.id }),
      );
    });
  }

  private async frozenIn(tx: TenantTransaction, helperId: string, currency: string): Promise<number> {
    const disputed = await tx.query<PaymentRow & { disputed_minor: number }>(
      `select p.id, p.appointment_id, p.helper_id, p.provider, p.currency, p.amount_minor, p.helper_payout_minor, p.customer_fee_minor,
              p.commission_minor, least(sum(d.amount_minor), p.captured_minor)::integer as disputed_minor
         from payments p join payment_disputes d on d.tenant_id = p.tenant_id and d.payment_id = p.id and d.status = 'open'
        where p.tenant_id = $1 and p.helper_id = $2 and p.currency = $3
        group by p.tenant_id, p.id`,
      [tx.tenantId, helperId, currency],
    );
    return disputed.reduce((total, payment) => total + sharesOf(payment, payment.disputed_minor).helperMinor, 0);
  }
}

/** bigint sums arrive as text; beyond 2^53 they could not be shown exactly, which is a bug worth failing on. */
function wholeMinor(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`Earnings amount ${text} is beyond safe integers`);
  return value;
}
