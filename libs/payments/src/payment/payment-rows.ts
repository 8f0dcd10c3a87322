// A payment as stored and as shown: one per booked request, following its live appointment.
import type { PaymentProvider } from '../gateway/payment-gateway.js';

export const PAYMENT_STATUSES = ['awaiting_method', 'authorizing', 'authorized', 'declined', 'captured', 'released', 'unpaid'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export interface PaymentRow {
  id: string;
  request_id: string;
  appointment_id: string;
  customer_id: string;
  helper_id: string;
  provider: PaymentProvider;
  status: PaymentStatus;
  currency: string;
  amount_minor: number;
  subtotal_minor: number;
  commission_minor: number;
  customer_fee_minor: number;
  helper_payout_minor: number;
  captured_minor: number;
  refunded_minor: number;
  capture_reason: 'completed' | 'late_cancellation' | null;
  payment_method_id: string | null;
  card_brand: string | null;
  card_last4: string | null;
  generation: number;
  payment_intent_id: string | null;
  stale_payment_intent_id: string | null;
  charge_id: string | null;
  destination_account_id: string | null;
  authorized_at: Date | null;
  authorization_expires_at: Date | null;
  captured_at: Date | null;
  released_at: Date | null;
  decline_code: string | null;
  decline_message: string | null;
  created_at: Date;
  updated_at: Date;
}

export const PAYMENT_COLUMNS = `id, request_id, appointment_id, customer_id, helper_id, provider, status, currency, amount_minor, subtotal_minor,
  commission_minor, customer_fee_minor, helper_payout_minor, captured_minor, refunded_minor, capture_reason, payment_method_id, card_brand,
  card_last4, generation, payment_intent_id, stale_payment_intent_id, charge_id, destination_account_id, authorized_at, authorization_expires_at,
  captured_at, released_at, decline_code, decline_message, created_at, updated_at`;

/** Statuses no payment step leaves (refunds change amounts, not the status). */
export const SETTLED_PAYMENT_STATUSES: readonly PaymentStatus[] = ['captured', 'released', 'unpaid'];

export interface PaymentView {
  id: string;
  requestId: string;
  appointmentId: string;
  customerId: string;
  helperId: string;
  provider: PaymentProvider;
  status: PaymentStatus;
  currency: string;
  amountMinor: number;
  subtotalMinor: number;
  customerFeeMinor: number;
  commissionMinor: number;
  helperPayoutMinor: number;
  capturedMinor: number;
  refundedMinor: number;
  captureReason: 'completed' | 'late_cancellation' | null;
  cardBrand: string | null;
  cardLast4: string | null;
  paymentIntentId: string | null;
  chargeId: string | null;
  authorizedAt: Date | null;
  authorizationExpiresAt: Date | null;
  capturedAt: Date | null;
  releasedAt: Date | null;
  declineCode: string | null;
  declineMessage: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export function toPaymentView(row: PaymentRow): PaymentView {
  return {
    id: row.id,
    requestId: row.request_id,
    appointmentId: row.appointment_id,
    customerId: row.customer_id,
    helperId: row.helper_id,
    provider: row.provider,
    status: row.status,
    currency: row.currency,
    amountMinor: row.amount_minor,
    subtotalMinor: row.subtotal_minor,
    customerFeeMinor: row.customer_fee_minor,
    commissionMinor: row.commission_minor,
    helperPayoutMinor: row.helper_payout_minor,
    capturedMinor: row.captured_minor,
    refundedMinor: row.refunded_minor,
    captureReason: row.capture_reason,
    cardBrand: row.card_brand,
    cardLast4: row.card_last4,
    paymentIntentId: row.payment_intent_id,
    chargeId: row.charge_id,
    authorizedAt: row.authorized_at,
    authorizationExpiresAt: row.authorization_expires_at,
    capturedAt: row.captured_at,
    releasedAt: row.released_at,
    declineCode: row.decline_code,
    declineMessage: row.decline_message,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
