// The ledger movements of a payment's steps, as pure functions of the payment and the amount. A
// partial amount (a late-cancellation fee, a partial refund, a dispute) is split between helper,
// commission and customer fee in the proportions of the booking, the way Stripe splits a refunded
// application fee and a reversed transfer.
import type { LedgerAccountKind, LedgerEntryInput, LedgerPostingInput } from '../ledger/ledger-entry.js';
import type { PaymentRow } from './payment-rows.js';

type Breakdown = Pick<PaymentRow, 'id' | 'appointment_id' | 'helper_id' | 'provider' | 'currency' | 'amount_minor' | 'helper_payout_minor' | 'customer_fee_minor' | 'commission_minor'>;

export interface AmountShares {
  helperMinor: number;
  commissionMinor: number;
  customerFeeMinor: number;
}

/** `amount` split like the booking: helper and customer fee rounded down, the commission takes the rest. */
export function sharesOf(payment: Breakdown, amountMinor: number): AmountShares {
  if (amountMinor === payment.amount_minor) {
    return { helperMinor: payment.helper_payout_minor, commissionMinor: payment.commission_minor, customerFeeMinor: payment.customer_fee_minor };
  }
  const helperMinor = Math.floor((amountMinor * payment.helper_payout_minor) / payment.amount_minor);
  const customerFeeMinor = Math.floor((amountMinor * payment.customer_fee_minor) / payment.amount_minor);
  return { helperMinor, customerFeeMinor, commissionMinor: amountMinor - helperMinor - customerFeeMinor };
}

/** The marketplace's part of an amount: what Stripe keeps as application fee. */
export function platformShareOf(payment: Breakdown, amountMinor: number): number {
  const shares = sharesOf(payment, amountMinor);
  return shares.commissionMinor + shares.customerFeeMinor;
}

function clearingOf(payment: Breakdown): LedgerAccountKind {
  return payment.provider === 'stripe' ? 'stripe_clearing' : 'offline_clearing';
}

function postings(currency: string, lines: Array<[LedgerAccountKind, number, string?]>): LedgerPostingInput[] {
  return lines
    .filter(([, amount]) => amount !== 0)
    .map(([kind, amountMinor, ownerId]) => ({ account: { kind, ownerId: ownerId ?? null }, amountMinor, currency }));
}

/**
 * Money taken from the customer: the charge, the marketplace's fee and the helper's payable. With
 * the offline provider the helper collected it on site and kept their share, so their payable is
 * settled at once and what stays in offline clearing is what the helper owes the marketplace.
 */
export function captureMovements(payment: Breakdown, amountMinor: number, reason: 'completed' | 'late_cancellation'): LedgerEntryInput[] {
  const shares = sharesOf(payment, amountMinor);
  const platform = shares.commissionMinor + shares.customerFeeMinor;
  const label = reason === 'completed' ? 'the job' : 'a late cancellation';
  const { currency, id } = payment;
  const entries: LedgerEntryInput[] = [
    {
      kind: payment.provider === 'stripe' ? 'capture' : 'offline_payment',
      businessKey: `capture:${id}`,
      appointmentId: payment.appointment_id,
      description: payment.provider === 'stripe' ? `Card payment captured for ${label}` : `Paid to the helper on site for ${label}`,
      postings: postings(currency, [
        [clearingOf(payment), amountMinor],
        ['customer_charges', -amountMinor],
      ]),
    },
  ];
  if (platform > 0) {
    entries.push({
      kind: 'application_fee',
      businessKey: `application_fee:${id}`,
      appointmentId: payment.appointment_id,
      description: `Marketplace commission and customer fee for ${label}`,
      postings: postings(currency, [
        ['customer_charges', platform],
        ['platform_revenue', -shares.commissionMinor],
        ['customer_fees', -shares.customerFeeMinor],
      ]),
    });
  }
  if (shares.helperMinor > 0) {
    entries.push({
      kind: 'helper_payable',
      businessKey: `helper_payable:${id}`,
      appointmentId: payment.appointment_id,
      description: `Helper's earnings for ${label}`,
      postings: postings(currency, [
        ['customer_charges', shares.helperMinor],
        ['helper_payable', -shares.helperMinor, payment.helper_id],
      ]),
    });
    if (payment.provider === 'offline') {
      entries.push({
        kind: 'payout',
        businessKey: `payout:on_site:${id}`,
        appointmentId: payment.appointment_id,
        description: 'The helper kept their earnings from the payment on site',
        postings: postings(currency, [
          ['helper_payable', shares.helperMinor, payment.helper_id],
          ['offline_clearing', -shares.helperMinor],
        ]),
      });
    }
  }
  return entries;
}

/** Money given back: the refund itself, and the reversal of each share in proportion. */
export function refundMovements(payment: Breakdown, refund: { id: string; amountMinor: number }): LedgerEntryInput[] {
  const shares = sharesOf(payment, refund.amountMinor);
  const { currency } = payment;
  return [
    {
      kind: 'refund',
      businessKey: `refund:${refund.id}`,
      appointmentId: payment.appointment_id,
      description: 'Refund to the customer',
      postings: postings(currency, [
        ['refunds', refund.amountMinor],
        [clearingOf(payment), -refund.amountMinor],
      ]),
    },
    {
      kind: 'reversal',
      businessKey: `reversal:${refund.id}`,
      appointmentId: payment.appointment_id,
      description: "The refund taken back from the helper's earnings and the marketplace's fees in proportion",
      postings: postings(currency, [
        ['helper_payable', shares.helperMinor, payment.helper_id],
        ['platform_revenue', shares.commissionMinor],
        ['customer_fees', shares.customerFeeMinor],
        ['refunds', -refund.amountMinor],
      ]),
    },
  ];
}
