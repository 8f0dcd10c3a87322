// Reading payments: a customer's payment of their request with its receipt once charged, and the
// operators' lists of payments, refunds and disputes. The marketplace's own numbers (commission,
// the helper's share, provider ids) are shown to operators only.
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
import type { PaymentProvider } from '../gateway/payment-gateway.js';
import { DISPUTE_COLUMNS, type DisputeRow, type DisputeStatus, type DisputeView, REFUND_COLUMNS, type RefundRow, type RefundView, toDisputeView, toRefundView } from '../refunds/refund-rows.js';
import { sharesOf } from './payment-movements.js';
import { PAYMENT_COLUMNS, type PaymentRow, type PaymentStatus, type PaymentView, toPaymentView } from './payment-rows.js';

/** What the customer was charged, as their receipt shows it. */
export interface ReceiptView {
  /** Stable and derived from the payment, so the same receipt always carries the same number. */
  number: string;
  currency: string;
  subtotalMinor: number;
  customerFeeMinor: number;
  totalMinor: number;
  capturedAt: Date;
  refundedMinor: number;
  refunds: RefundView[];
}

export interface PaymentDetailView extends Omit<PaymentView, 'commissionMinor' | 'helperPayoutMinor' | 'paymentIntentId' | 'chargeId'> {
  commissionMinor: number | null;
  helperPayoutMinor: number | null;
  paymentIntentId: string | null;
  chargeId: string | null;
  refunds: RefundView[];
  receipt: ReceiptView | null;
}

interface PageInput {
  first?: number | null;
  after?: string | null;
}

export interface PaymentFilter {
  status?: PaymentStatus | null;
  provider?: PaymentProvider | null;
  helperId?: string | null;
  customerId?: string | null;
}

const SORT_KEY = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as sort_key`;
const cursorOf = (row: { sort_key: string; id: string }) => encodeCursor({ t: row.sort_key, id: row.id });
const isOperator = (ctx: RequestContext) => ctx.hasRole('operator_admin', 'operator_agent');

function requireOperator(ctx: RequestContext): void {
  if (!isOperator(ctx)) throw new ForbiddenError();
}

/** `QR-` and the payment id's time and last digits: unique per payment, readable on the phone. */
export function receiptNumberOf(paymentId: string): string {
  const hex = paymentId.replaceAll('-', '').toUpperCase();
  return `QR-${hex.slice(0, 8)}-${hex.slice(-6)}`;
}

@Injectable()
export class PaymentQueryService {
  constructor(private readonly db: TenantDatabase) {}

  /** The payment of a request, for its customer or an operator; null while the request has none. */
  async requestPayment(ctx: RequestContext, input: { requestId: string }): Promise<PaymentDetailView | null> {
    const operator = isOperator(ctx);
    const callerId = userIdOf(ctx);
    return this.db.run(ctx, async (tx) => {
      const [request] = await tx.query<{ customer_id: string }>(`select customer_id from requests where tenant_id = $1 and id = $2`, [tx.tenantId, asUuid(input.requestId)]);
      if (!request || (!operator && request.customer_id !== callerId)) throw new NotFoundError('Request');
      const [row] = await tx.query<PaymentRow>(`select ${PAYMENT_COLUMNS} from payments where tenant_id = $1 and request_id = $2`, [tx.tenantId, asUuid(input.requestId)]);
      if (!row) return null;
      return (await this.detailsIn(tx, [row], operator))[0];
    });
  }

  async payment(ctx: RequestContext, input: { paymentId: string }): Promise<PaymentDetailView> {
    requireOperator(ctx);
    return this.db.run(ctx, async (tx) => {
      const [row] = await tx.query<PaymentRow>(`select ${PAYMENT_COLUMNS} from payments where tenant_id = $1 and id = $2`, [tx.tenantId, asUuid(input.paymentId)]);
      if (!row) throw new NotFoundError('Payment');
      return (await this.detailsIn(tx, [row], true))[0];
    });
  }

  /** The site's payments, newest first. */
  async payments(ctx: RequestContext, input: PageInput & { filter?: PaymentFilter | null }) {
    requireOperator(ctx);
    const size = pageSize(input.first);
    const after = decodeTimeCursor(input.after);
    const filter = input.filter ?? {};
    return this.db.run(ctx, async (tx) => {
      const rows = await tx.query<PaymentRow & { sort_key: string }>(
        `select ${PAYMENT_COLUMNS}, ${SORT_KEY('created_at')} from payments
          where tenant_id = $1
            and ($2::text is null or status = $2) and ($3::text is null or provider = $3)
            and ($4::uuid is null or helper_id = $4::uuid) and ($5::uuid is null or customer_id = $5::uuid)
            and ($6::timestamptz is null or (created_at, id) < ($6, $7::uuid))
          order by created_at desc, id desc
          limit $8`,
        [
          tx.tenantId,
          filter.status ?? null,
          filter.provider ?? null,
          filter.helperId ? asUuid(filter.helperId) : null,
          filter.customerId ? asUuid(filter.customerId) : null,
          after?.t ?? null,
          after?.id ?? null,
          size + 1,
        ],
      );
      const details = new Map((await this.detailsIn(tx, rows.slice(0, size), true)).map((view) => [view.id, view]));
      return toConnection(rows, size, (row) => details.get(row.id) as PaymentDetailView, cursorOf);
    });
  }

  /** Refunds of the site (or of one payment), newest first. */
  async refunds(ctx: RequestContext, input: PageInput & { paymentId?: string | null }) {
    requireOperator(ctx);
    const size = pageSize(input.first);
    const after = decodeTimeCursor(input.after);
    return this.db.run(ctx, async (tx) => {
      const rows = await tx.query<RefundRow & { sort_key: string }>(
        `select ${REFUND_COLUMNS}, ${SORT_KEY('created_at')} from payment_refunds
          where tenant_id = $1 and ($2::uuid is null or payment_id = $2::uuid)
            and ($3::timestamptz is null or (created_at, id) < ($3, $4::uuid))
          order by created_at desc, id desc
          limit $5`,
        [tx.tenantId, input.paymentId ? asUuid(input.paymentId) : null, after?.t ?? null, after?.id ?? null, size + 1],
      );
      return toConnection<RefundRow & { sort_key: string }, RefundView>(rows, size, toRefundView, cursorOf);
    });
  }

  /** Disputes cardholders opened, newest first. */
  async disputes(ctx: RequestContext, input: PageInput & { status?: DisputeStatus | null }) {
    requireOperator(ctx);
    const size = pageSize(input.first);
    const after = decodeTimeCursor(input.after);
    return this.db.run(ctx, async (tx) => {
      const rows = await tx.query<DisputeRow & { sort_key: string }>(
        `select ${DISPUTE_COLUMNS}, ${SORT_KEY('opened_at')} from payment_disputes
          where tenant_id = $1 and ($2::text is null or status = $2)
            and ($3::timestamptz is null or (opened_at, id) < ($3, $4::uuid))
          order by opened_at desc, id desc
          limit $5`,
        [tx.tenantId, input.status ?? null, after?.t ?? null, after?.id ?? null, size + 1],
      );
      return toConnection<DisputeRow & { sort_key: string }, DisputeView>(rows, size, toDisputeView, cursorOf);
    });
  }

  private async detailsIn(tx: TenantTransaction, rows: PaymentRow[], operator: boolean): Promise<PaymentDetailView[]> {
    if (rows.length === 0) return [];
    const refunds = await tx.query<RefundRow>(
      `select ${REFUND_COLUMNS} from payment_refunds where tenant_id = $1 and payment_id = any($2::uuid[]) order by created_at, id`,
      [tx.tenantId, rows.map((row) => row.id)],
    );
    return rows.map((row) => {
      const own = refunds.filter((refund) => refund.payment_id === row.id).map(toRefundView);
      const view = toPaymentView(row);
      return {
        ...view,
        commissionMinor: operator ? view.commissionMinor : null,
        helperPayoutMinor: operator ? view.helperPayoutMinor : null,
        paymentIntentId: operator ? view.paymentIntentId : null,
        chargeId: operator ? view.chargeId : null,
        refunds: own,
        receipt: receiptOf(row, own),
      };
    });
  }
}

/** The customer's receipt once something was charged: the charge split like the booking, and what came back. */
function receiptOf(row: PaymentRow, refunds: RefundView[]): ReceiptView | null {
  if (row.status !== 'captured' || row.captured_minor === 0 || !row.captured_at) return null;
  const shares = sharesOf(row, row.captured_minor);
  return {
    number: receiptNumberOf(row.id),
    currency: row.currency,
    subtotalMinor: shares.helperMinor + shares.commissionMinor,
    customerFeeMinor: shares.customerFeeMinor,
    totalMinor: row.captured_minor,
    capturedAt: row.captured_at,
    refundedMinor: row.refunded_minor,
    refunds: refunds.filter((refund) => refund.status === 'succeeded'),
  };
}
