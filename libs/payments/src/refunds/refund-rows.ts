// Refunds and disputes as stored and as shown to operators and on the customer's receipt.
import type { TenantTransaction } from '@quartier/platform';
import type { PaymentRow } from '../payment/payment-rows.js';

export const REFUND_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

export interface RefundRow {
  id: string;
  payment_id: string;
  amount_minor: number;
  currency: string;
  reason: string;
  status: RefundStatus;
  requested_by: string | null;
  source_key: string | null;
  provider_refund_id: string | null;
  failure_message: string | null;
  created_at: Date;
  updated_at: Date;
}

export const REFUND_COLUMNS = `id, payment_id, amount_minor, currency, reason, status, requested_by, source_key, provider_refund_id, failure_message, created_at, updated_at`;

export interface RefundView {
  id: string;
  paymentId: string;
  amountMinor: number;
  currency: string;
  reason: string;
  status: RefundStatus;
  /** The operator who asked for it; null when it came from a decision on the request's timeline. */
  requestedBy: string | null;
  providerRefundId: string | null;
  failureMessage: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export function toRefundView(row: RefundRow): RefundView {
  return {
    id: row.id,
    paymentId: row.payment_id,
    amountMinor: row.amount_minor,
    currency: row.currency,
    reason: row.reason,
    status: row.status,
    requestedBy: row.requested_by,
    providerRefundId: row.provider_refund_id,
    failureMessage: row.failure_message,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const DISPUTE_STATUSES = ['open', 'won', 'lost'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export interface DisputeRow {
  id: string;
  payment_id: string;
  provider_dispute_id: string;
  amount_minor: number;
  currency: string;
  reason: string;
  status: DisputeStatus;
  opened_at: Date;
  closed_at: Date | null;
}

export const DISPUTE_COLUMNS = `id, payment_id, provider_dispute_id, amount_minor, currency, reason, status, opened_at, closed_at`;

export interface DisputeView {
  id: string;
  paymentId: string;
  providerDisputeId: string;
  amountMinor: number;
  currency: string;
  reason: string;
  status: DisputeStatus;
  openedAt: Date;
  closedAt: Date | null;
}

export function toDisputeView(row: DisputeRow): DisputeView {
  return {
    id: row.id,
    paymentId: row.payment_id,
    providerDisputeId: row.provider_dispute_id,
    amountMinor: row.amount_minor,
    currency: row.currency,
    reason: row.reason,
    status: row.status,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
  };
}

/** What can still be refunded: captured, less what was refunded and what is on its way back. */
export async function refundableIn(tx: TenantTransaction, payment: Pick<PaymentRow, 'id' | 'captured_minor' | 'refunded_minor'>): Promise<number> {
  const [pending] = await tx.query<{ total: number }>(
    `select coalesce(sum(amount_minor), 0)::integer as total from payment_refunds where tenant_id = $1 and payment_id = $2 and status = 'pending'`,
    [tx.tenantId, payment.id],
  );
  return payment.captured_minor - payment.refunded_minor - pending.total;
}
