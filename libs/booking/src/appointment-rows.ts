// Rows of offers and appointments as stored, and the views the services hand out.
import type { PriceQuote } from '@quartier/catalog';

export type OfferKind = 'accept' | 'quote';
export type OfferStatus = 'pending' | 'chosen' | 'withdrawn' | 'declined';
export type AppointmentStatus = 'scheduled' | 'in_progress' | 'completed' | 'cancelled';
/** How the help happens: the helper comes by, or starts with a call (remote first help). */
export type HelpMode = 'on_site' | 'remote';

export const OFFER_COLUMNS = `id, request_id, helper_id, kind, price_minor, customer_total_minor, currency, status, decline_reason, created_at, updated_at`;

export interface OfferRow {
  id: string;
  request_id: string;
  helper_id: string;
  kind: OfferKind;
  price_minor: number;
  customer_total_minor: number;
  currency: string;
  status: OfferStatus;
  decline_reason: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface OfferView {
  id: string;
  requestId: string;
  helperId: string;
  kind: OfferKind;
  priceMinor: number;
  customerTotalMinor: number;
  currency: string;
  status: OfferStatus;
  declineReason: string | null;
  createdAt: Date;
}

export const toOfferView = (row: OfferRow): OfferView => ({
  id: row.id,
  requestId: row.request_id,
  helperId: row.helper_id,
  kind: row.kind,
  priceMinor: row.price_minor,
  customerTotalMinor: row.customer_total_minor,
  currency: row.currency.trim(),
  status: row.status,
  declineReason: row.decline_reason,
  createdAt: row.created_at,
});

export const APPOINTMENT_COLUMNS = `id, request_id, helper_id, customer_id, service_id, offer_id, starts_at, ends_at, currency, subtotal_minor,
  customer_fee_minor, customer_total_minor, commission_minor, helper_payout_minor, status, mode, on_the_way_at, started_at, completed_at, completion_note, created_at`;

export interface AppointmentRow {
  id: string;
  request_id: string;
  helper_id: string;
  customer_id: string;
  service_id: string;
  offer_id: string | null;
  starts_at: Date;
  ends_at: Date;
  currency: string;
  subtotal_minor: number;
  customer_fee_minor: number;
  customer_total_minor: number;
  commission_minor: number;
  helper_payout_minor: number;
  status: AppointmentStatus;
  mode: HelpMode;
  on_the_way_at: Date | null;
  started_at: Date | null;
  completed_at: Date | null;
  completion_note: string | null;
  created_at: Date;
}

export interface AppointmentView {
  id: string;
  requestId: string;
  helperId: string;
  customerId: string;
  serviceId: string;
  offerId: string | null;
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  mode: HelpMode;
  price: PriceQuote;
  onTheWayAt: Date | null;
  startedAt: Date | null;
  completedAt: Date | null;
  completionNote: string | null;
  createdAt: Date;
}

export const toAppointmentView = (row: AppointmentRow): AppointmentView => ({
  id: row.id,
  requestId: row.request_id,
  helperId: row.helper_id,
  customerId: row.customer_id,
  serviceId: row.service_id,
  offerId: row.offer_id,
  startsAt: row.starts_at,
  endsAt: row.ends_at,
  status: row.status,
  mode: row.mode,
  price: {
    currency: row.currency.trim(),
    subtotalMinor: row.subtotal_minor,
    customerFeeMinor: row.customer_fee_minor,
    customerTotalMinor: row.customer_total_minor,
    commissionMinor: row.commission_minor,
    helperPayoutMinor: row.helper_payout_minor,
  },
  onTheWayAt: row.on_the_way_at,
  startedAt: row.started_at,
  completedAt: row.completed_at,
  completionNote: row.completion_note,
  createdAt: row.created_at,
});
