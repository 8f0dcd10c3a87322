// Refunds (with transfer reversal and application fee refund for destination charges) and the
// disputes a test opens and closes on a captured charge.
import Stripe from 'stripe';
import { addBalanceTransaction, reverseTransfer } from './money-movement.js';
import { invalidRequest, stateConflict } from './stripe-errors.js';
import {
  mergeMetadata,
  Params,
  readBoolean,
  readEnum,
  readExpand,
  readPositiveInteger,
  readString,
  rejectUnknownParams,
} from './request-params.js';
import { ok, Operation, Reply, StripeState } from './stripe-state.js';

const REFUND_PARAMS = [
  'amount', 'charge', 'currency', 'customer', 'expand', 'instructions_email', 'metadata', 'origin', 'payment_intent', 'reason',
  'refund_application_fee', 'reverse_transfer',
] as const;
const ZERO_DECIMAL = ['bif', 'clp', 'djf', 'gnf', 'jpy', 'kmf', 'krw', 'mga', 'pyg', 'rwf', 'ugx', 'vnd', 'vuv', 'xaf', 'xof', 'xpf'];
const SYMBOLS: Record<string, string> = { usd: '$', eur: '€', gbp: '£' };
/** Stripe's fee for handling a dispute, in minor units. */
const DISPUTE_FEE = 1500;

/** Money the way Stripe writes it in error messages: "$12.50", "CHF 30.00". */
export function formatMoney(amount: number, currency: string): string {
  const digits = ZERO_DECIMAL.includes(currency) ? 0 : 2;
  const value = (amount / 10 ** digits).toFixed(digits);
  const symbol = SYMBOLS[currency];
  return symbol ? `${symbol}${value}` : `${currency.toUpperCase()} ${value}`;
}

export class RefundsAndDisputes {
  constructor(private readonly state: StripeState) {}

  createRefund(operation: Operation, params: Params): Reply {
    rejectUnknownParams(params, REFUND_PARAMS);
    const { scope } = operation;
    const charge = this.chargeToRefund(operation, params);
    if (charge.disputed) {
      throw stateConflict(`Charge ${charge.id} has been charged back; cannot issue a refund.`, { code: 'charge_disputed' });
    }
    const remaining = charge.amount_captured - this.refundedTotal(operation, charge.id);
    if (remaining <= 0) {
      throw stateConflict(`Charge ${charge.id} has already been refunded.`, { code: 'charge_already_refunded' });
    }
    const amount = readPositiveInteger(params, 'amount') ?? remaining;
    if (amount > remaining) {
      throw stateConflict(
        `Refund amount (${formatMoney(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatMoney(remaining, charge.currency)})`,
        { code: 'amount_too_large', param: 'amount' },
      );
    }
    const reason = readEnum(params, 'reason', ['duplicate', 'fraudulent', 'requested_by_customer'] as const);
    const reverseTransfer = readBoolean(params, 'reverse_transfer') ?? false;
    const refundApplicationFee = readBoolean(params, 'refund_application_fee') ?? false;
    if ((reverseTransfer || refundApplicationFee) && !charge.transfer && !charge.application_fee) {
      throw invalidRequest('You cannot reverse the transfer or refund the application fee of a charge that has neither.', {
        param: reverseTransfer ? 'reverse_transfer' : 'refund_application_fee',
      });
    }

    const id = this.state.newId('re');
    const refund = this.state.insert(scope, {
      id,
      object: 'refund',
      amount,
      balance_transaction: null,
      charge: charge.id,
      created: this.state.nowSeconds(),
      currency: charge.currency,
      customer: charge.customer,
      customer_account: null,
      destination_details: {
        type: 'card',
        card: { reference: randomDigits(23), reference_status: 'available', reference_type: 'acquirer_reference_number', type: 'refund' },
      },
      metadata: mergeMetadata({}, params),
      payment_intent: charge.payment_intent,
      payment_method: charge.payment_method,
      reason: reason ?? null,
      receipt_number: null,
      source_transfer_reversal: null,
      status: 'succeeded',
      transfer_reversal: null,
    } as unknown as Stripe.Refund);
    refund.balance_transaction = addBalanceTransaction(this.state, scope, {
      amount: -amount,
      currency: charge.currency,
      type: 'refund',
      source: id,
      description: reason ? `REFUND FOR CHARGE (${reason})` : 'REFUND FOR CHARGE',
      reportingCategory: 'refund',
    }).id;
    if (reverseTransfer) this.reverseTransfer(operation, charge, refund);
    if (refundApplicationFee) this.refundApplicationFee(operation, charge, amount);
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded >= charge.amount;
    charge.refunds?.data.unshift(structuredClone(refund));
    this.state.recordEvent(operation, 'charge.refunded', charge);
    this.state.recordEvent(operation, 'refund.created', refund);
    return ok(this.state.expand(scope, refund, readExpand(params)));
  }

  retrieveRefund(operation: Operation, id: string, params: Params): Reply {
    rejectUnknownParams(params, ['expand']);
    const refund = this.state.get<Stripe.Refund>(operation.scope, id, 'refund', 'refund');
    return ok(this.state.expand(operation.scope, refund, readExpand(params)));
  }

  openDispute(operation: Operation, charge: Stripe.Charge, input: { amount?: number; reason?: string }): Stripe.Dispute {
    if (!charge.captured) throw new Error(`Charge ${charge.id} is not captured; only captured charges can be disputed`);
    if (charge.disputed) throw new Error(`Charge ${charge.id} is already disputed`);
    const amount = input.amount ?? charge.amount_captured;
    const created = this.state.nowSeconds();
    const id = this.state.newId('du');
    const withdrawal = addBalanceTransaction(this.state, operation.scope, {
      amount: -amount,
      currency: charge.currency,
      type: 'adjustment',
      source: id,
      fee: DISPUTE_FEE,
      description: `Chargeback withdrawal for ${charge.id}`,
      reportingCategory: 'dispute',
    });
    const dispute = this.state.insert(operation.scope, {
      id,
      object: 'dispute',
      amount,
      balance_transactions: [structuredClone(withdrawal)],
      charge: charge.id,
      created,
      currency: charge.currency,
      enhanced_eligibility_types: [],
      evidence: {},
      evidence_details: { due_by: created + 7 * 86_400, enhanced_eligibility: {}, has_evidence: false, past_due: false, submission_count: 0 },
      intended_submission_method: null,
      is_charge_refundable: false,
      livemode: false,
      metadata: {},
      payment_intent: charge.payment_intent,
      payment_method_details: { type: 'card', card: { brand: 'visa', case_type: 'chargeback', network_reason_code: '10.4' } },
      reason: input.reason ?? 'fraudulent',
      status: 'needs_response',
    } as unknown as Stripe.Dispute);
    charge.disputed = true;
    this.state.recordEvent(operation, 'charge.dispute.created', dispute);
    return structuredClone(dispute);
  }

  closeDispute(operation: Operation, dispute: Stripe.Dispute, outcome: 'won' | 'lost'): Stripe.Dispute {
    if (dispute.status === 'won' || dispute.status === 'lost') throw new Error(`Dispute ${dispute.id} is already closed (${dispute.status})`);
    const previous = { status: dispute.status };
    if (outcome === 'won') {
      const reinstatement = addBalanceTransaction(this.state, operation.scope, {
        amount: dispute.amount,
        currency: dispute.currency,
        type: 'adjustment',
        source: dispute.id,
        description: `Chargeback reversal for ${String(dispute.charge)}`,
        reportingCategory: 'dispute_reversal',
      });
      dispute.balance_transactions.push(structuredClone(reinstatement));
    }
    dispute.status = outcome;
    this.state.recordEvent(operation, 'charge.dispute.closed', dispute, previous);
    return structuredClone(dispute);
  }

  private chargeToRefund(operation: Operation, params: Params): Stripe.Charge {
    const { scope } = operation;
    const intentId = readString(params, 'payment_intent');
    const chargeId = readString(params, 'charge');
    if (!intentId && !chargeId) {
      throw invalidRequest('One of the following params should be provided for this request: payment_intent or charge.', {
        code: 'parameter_missing',
      });
    }
    if (chargeId) {
      const charge = this.state.get<Stripe.Charge>(scope, chargeId, 'charge', 'charge', 'charge');
      if (!charge.captured) throw stateConflict(`Charge ${charge.id} has not been captured`, { param: 'charge' });
      return charge;
    }
    const intent = this.state.get<Stripe.PaymentIntent>(scope, intentId as string, 'payment_intent', 'payment_intent', 'payment_intent');
    if (intent.status !== 'succeeded' || typeof intent.latest_charge !== 'string') {
      throw stateConflict(`This PaymentIntent (${intent.id}) does not have a successful charge to refund.`, { param: 'payment_intent' });
    }
    return this.state.get<Stripe.Charge>(scope, intent.latest_charge, 'charge', 'charge');
  }

  private refundedTotal(operation: Operation, chargeId: string): number {
    return this.state
      .all<Stripe.Refund>('refund', (scope) => scope.platformId === operation.scope.platformId)
      .filter((refund) => refund.charge === chargeId && refund.status !== 'failed' && refund.status !== 'canceled')
      .reduce((sum, refund) => sum + refund.amount, 0);
  }

  /** Pulls back from the connected account the share of the refund its transfer carried. */
  private reverseTransfer(operation: Operation, charge: Stripe.Charge, refund: Stripe.Refund): void {
    if (typeof charge.transfer !== 'string') return;
    const { scope } = operation;
    const transfer = this.state.get<Stripe.Transfer>(scope, charge.transfer, 'transfer', 'transfer');
    const share = Math.round((refund.amount * transfer.amount) / charge.amount_captured);
    const amount = Math.min(share, transfer.amount - transfer.amount_reversed);
    if (amount <= 0) return;
    const reversal = reverseTransfer(this.state, scope, transfer, { amount, sourceRefund: refund.id, metadata: {} });
    refund.transfer_reversal = reversal.id;
  }

  private refundApplicationFee(operation: Operation, charge: Stripe.Charge, refunded: number): void {
    if (typeof charge.application_fee !== 'string') return;
    const fee = this.state.get<Stripe.ApplicationFee>(operation.scope, charge.application_fee, 'application_fee', 'application_fee');
    const share = Math.round((refunded * fee.amount) / charge.amount_captured);
    fee.amount_refunded = Math.min(fee.amount, fee.amount_refunded + share);
    fee.refunded = fee.amount_refunded >= fee.amount;
  }
}

function randomDigits(length: number): string {
  return Array.from({ length }, () => Math.floor(Math.random() * 10)).join('');
}
