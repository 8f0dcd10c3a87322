// The ledger movements of what Stripe reports on its own: disputes and helpers' payouts. Pure
// functions of the payment (or payout) and the amount; business keys name Stripe's object ids, so
// applying the same event again, in any order, records each movement once.
import type { LedgerAccountKind, LedgerEntryInput, LedgerPostingInput } from '../ledger/ledger-entry.js';
import { sharesOf } from '../payment/payment-movements.js';
import type { PaymentRow } from '../payment/payment-rows.js';

type Disputed = Pick<PaymentRow, 'id' | 'provider' | 'appointment_id' | 'helper_id' | 'currency' | 'amount_minor' | 'helper_payout_minor' | 'customer_fee_minor' | 'commission_minor'>;

function postings(currency: string, lines: Array<[LedgerAccountKind, number, string?]>): LedgerPostingInput[] {
  return lines
    .filter(([, amount]) => amount !== 0)
    .map(([kind, amountMinor, ownerId]) => ({ account: { kind, ownerId: ownerId ?? null }, amountMinor, currency }));
}

/** Stripe takes the disputed amount out of the platform's balance when the dispute opens. */
export function disputeOpenedMovement(payment: Disputed, dispute: { id: string; amountMinor: number }): LedgerEntryInput {
  return {
    kind: 'dispute',
    businessKey: `dispute:${dispute.id}`,
    appointmentId: payment.appointment_id,
    description: 'Disputed by the cardholder: the amount is withheld by Stripe',
    postings: postings(payment.currency, [
      ['disputes', dispute.amountMinor],
      ['stripe_clearing', -dispute.amountMinor],
    ]),
  };
}

/** A won dispute gives the withheld amount back. */
export function disputeWonMovement(payment: Disputed, dispute: { id: string; amountMinor: number }): LedgerEntryInput {
  return {
    kind: 'reversal',
    businessKey: `dispute_won:${dispute.id}`,
    appointmentId: payment.appointment_id,
    description: 'Dispute won: Stripe returned the withheld amount',
    postings: postings(payment.currency, [
      ['stripe_clearing', dispute.amountMinor],
      ['disputes', -dispute.amountMinor],
    ]),
  };
}

/** A lost dispute is borne by the helper and the marketplace in the proportions of the booking. */
export function disputeLostMovement(payment: Disputed, dispute: { id: string; amountMinor: number }): LedgerEntryInput {
  const shares = sharesOf(payment, dispute.amountMinor);
  return {
    kind: 'reversal',
    businessKey: `dispute_lost:${dispute.id}`,
    appointmentId: payment.appointment_id,
    description: "Dispute lost: the amount taken back from the helper's earnings and the marketplace's fees in proportion",
    postings: postings(payment.currency, [
      ['helper_payable', shares.helperMinor, payment.helper_id],
      ['platform_revenue', shares.commissionMinor],
      ['customer_fees', shares.customerFeeMinor],
      ['disputes', -dispute.amountMinor],
    ]),
  };
}

/** Money paid out of Stripe to the helper's bank settles what the marketplace owed them. */
export function payoutPaidMovement(payout: { id: string; helperId: string; amountMinor: number; currency: string }): LedgerEntryInput {
  return {
    kind: 'payout',
    businessKey: `payout:${payout.id}`,
    description: "Paid out to the helper's bank account",
    postings: postings(payout.currency, [
      ['helper_payable', payout.amountMinor, payout.helperId],
      ['stripe_clearing', -payout.amountMinor],
    ]),
  };
}

/** A payout the bank sent back after it was paid: the helper is owed that money again. */
export function payoutFailedMovement(payout: { id: string; helperId: string; amountMinor: number; currency: string }): LedgerEntryInput {
  return {
    kind: 'reversal',
    businessKey: `payout_failed:${payout.id}`,
    description: "The payout failed and came back: the helper's earnings are owed again",
    postings: postings(payout.currency, [
      ['stripe_clearing', payout.amountMinor],
      ['helper_payable', -payout.amountMinor, payout.helperId],
    ]),
  };
}
