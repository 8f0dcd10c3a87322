// Charges and what they move: balance transactions, Stripe's fee, application fees and transfers to
// connected accounts. Stripe's documented test payment methods decide whether a card is approved.
import Stripe from 'stripe';
import { Operation, Scope, StripeState } from './stripe-state.js';

export interface CardProfile {
  brand: string;
  last4: string;
  country: string;
}

export type CardOutcome =
  | { kind: 'approved'; card: CardProfile }
  | { kind: 'declined'; card: CardProfile; code: string; declineCode: string; message: string }
  /** The bank asks the cardholder to authenticate (3-D Secure) before it answers: no charge is made yet. */
  | { kind: 'authentication_required'; card: CardProfile };

const DECLINES: Record<string, { last4: string; code: string; declineCode: string; message: string }> = {
  chargeDeclined: { last4: '0002', code: 'card_declined', declineCode: 'generic_decline', message: 'Your card was declined.' },
  chargeDeclinedInsufficientFunds: { last4: '9995', code: 'card_declined', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  chargeDeclinedLostCard: { last4: '9987', code: 'card_declined', declineCode: 'lost_card', message: 'Your card was declined.' },
  chargeDeclinedStolenCard: { last4: '9979', code: 'card_declined', declineCode: 'stolen_card', message: 'Your card was declined.' },
  chargeDeclinedFraudulent: { last4: '0019', code: 'card_declined', declineCode: 'fraudulent', message: 'Your card was declined.' },
  chargeDeclinedExpiredCard: { last4: '0069', code: 'expired_card', declineCode: 'expired_card', message: 'Your card has expired.' },
  chargeDeclinedIncorrectCvc: { last4: '0127', code: 'incorrect_cvc', declineCode: 'incorrect_cvc', message: "Your card's security code is incorrect." },
  chargeDeclinedProcessingError: {
    last4: '0119',
    code: 'processing_error',
    declineCode: 'processing_error',
    message: 'An error occurred while processing your card. Try again in a little bit.',
  },
};

const BRANDS: Record<string, string> = { visa: '4242', mastercard: '4444', amex: '8431', discover: '1117' };

/** What a test payment method does, or undefined when Stripe would not know it. */
export function cardOutcome(paymentMethod: string): CardOutcome | undefined {
  if (paymentMethod === 'pm_card_authenticationRequired') return { kind: 'authentication_required', card: { brand: 'visa', last4: '3184', country: 'US' } };
  const decline = /^pm_card_(?:visa_)?(chargeDeclined\w*)$/.exec(paymentMethod);
  if (decline) {
    const rule = DECLINES[decline[1]];
    if (!rule) return undefined;
    const card = { brand: 'visa', last4: rule.last4, country: 'US' };
    return { kind: 'declined', card, code: rule.code, declineCode: rule.declineCode, message: rule.message };
  }
  const brand = /^pm_card_(visa|mastercard|amex|discover)/.exec(paymentMethod);
  if (brand) return { kind: 'approved', card: { brand: brand[1], last4: BRANDS[brand[1]], country: 'US' } };
  const country = /^pm_card_([a-z]{2})$/.exec(paymentMethod);
  if (country) return { kind: 'approved', card: { brand: 'visa', last4: '0000', country: country[1].toUpperCase() } };
  return undefined;
}

/** Stripe's standard card pricing, 2.9% + 30 minor units. */
export function stripeFee(amount: number): number {
  return Math.round(amount * 0.029) + 30;
}

export function paymentMethodObject(state: StripeState, id: string, card: CardProfile, customer: string | null): Stripe.PaymentMethod {
  return {
    id,
    object: 'payment_method',
    allow_redisplay: 'unspecified',
    billing_details: { address: null, email: null, name: null, phone: null, tax_id: null },
    card: cardDetails(state, card),
    created: state.nowSeconds(),
    customer,
    customer_account: null,
    livemode: false,
    metadata: {},
    type: 'card',
  } as unknown as Stripe.PaymentMethod;
}

function cardDetails(state: StripeState, card: CardProfile): Record<string, unknown> {
  return {
    brand: card.brand,
    country: card.country,
    exp_month: 12,
    exp_year: new Date(state.now()).getUTCFullYear() + 3,
    funding: 'credit',
    last4: card.last4,
    network: card.brand,
  };
}

/** The charge a confirmation attempt makes, approved (uncaptured until settled) or failed. */
export function newCharge(state: StripeState, scope: Scope, intent: Stripe.PaymentIntent, outcome: CardOutcome): Stripe.Charge {
  const id = state.newId('ch');
  const declined = outcome.kind === 'declined';
  const charge = {
    id,
    object: 'charge',
    amount: intent.amount,
    amount_captured: 0,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: null,
    billing_details: { address: null, email: null, name: null, phone: null, tax_id: null },
    calculated_statement_descriptor: 'QUARTIER',
    captured: false,
    created: state.nowSeconds(),
    currency: intent.currency,
    customer: intent.customer,
    description: intent.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: declined ? outcome.code : null,
    failure_message: declined ? outcome.message : null,
    fraud_details: {},
    livemode: false,
    metadata: { ...intent.metadata },
    on_behalf_of: intent.on_behalf_of,
    outcome: declined
      ? {
          advice_code: null,
          network_advice_code: null,
          network_decline_code: null,
          network_status: 'declined_by_network',
          reason: outcome.declineCode,
          seller_message: 'The bank did not return any further details with this decline.',
          type: 'issuer_declined',
        }
      : {
          advice_code: null,
          network_advice_code: null,
          network_decline_code: null,
          network_status: 'approved_by_network',
          reason: null,
          risk_level: 'normal',
          seller_message: 'Payment complete.',
          type: 'authorized',
        },
    paid: !declined,
    payment_intent: intent.id,
    payment_method: intent.payment_method,
    payment_method_details: { type: 'card', card: cardDetails(state, outcome.card) },
    receipt_email: intent.receipt_email,
    receipt_number: null,
    receipt_url: null,
    refunded: false,
    refunds: { object: 'list', data: [], has_more: false, url: `/v1/charges/${id}/refunds` },
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: declined ? 'failed' : 'succeeded',
    transfer_data: intent.transfer_data ?? null,
    transfer_group: intent.transfer_group,
  } as unknown as Stripe.Charge;
  return state.insert(scope, charge);
}

export function addBalanceTransaction(
  state: StripeState,
  scope: Scope,
  input: { amount: number; currency: string; type: Stripe.BalanceTransaction.Type; source: string; fee?: number; description?: string | null; reportingCategory: string },
): Stripe.BalanceTransaction {
  const fee = input.fee ?? 0;
  const created = state.nowSeconds();
  const transaction: Stripe.BalanceTransaction = {
    id: state.newId('txn'),
    object: 'balance_transaction',
    amount: input.amount,
    available_on: created + 2 * 86_400,
    balance_type: 'payments',
    created,
    currency: input.currency,
    description: input.description ?? null,
    exchange_rate: null,
    fee,
    fee_details: fee ? [{ amount: fee, application: null, currency: input.currency, description: 'Stripe processing fees', type: 'stripe_fee' }] : [],
    net: input.amount - fee,
    reporting_category: input.reportingCategory,
    source: input.source,
    status: 'pending',
    type: input.type,
  };
  return state.insert(scope, transaction);
}

/**
 * Moves the captured money: the charge's balance transaction on the platform, then for a destination
 * charge the application fee and the transfer of the rest to the connected account.
 */
export function settleCharge(state: StripeState, operation: Operation, intent: Stripe.PaymentIntent, charge: Stripe.Charge, captured: number): void {
  const { scope } = operation;
  const applicationFee = intent.application_fee_amount ?? 0;
  charge.captured = true;
  charge.amount_captured = captured;
  charge.amount_refunded = charge.amount - captured;
  charge.balance_transaction = addBalanceTransaction(state, scope, {
    amount: captured,
    currency: charge.currency,
    type: 'charge',
    source: charge.id,
    fee: stripeFee(captured),
    description: charge.description,
    reportingCategory: 'charge',
  }).id;
  const destination = intent.transfer_data?.destination;
  if (typeof destination !== 'string') return;
  if (applicationFee > 0) {
    const fee = state.insert(scope, {
      id: state.newId('fee'),
      object: 'application_fee',
      account: destination,
      amount: applicationFee,
      amount_refunded: 0,
      application: scope.platformId,
      balance_transaction: null,
      charge: charge.id,
      created: state.nowSeconds(),
      currency: charge.currency,
      fee_source: { charge: charge.id, type: 'charge' },
      livemode: false,
      originating_transaction: charge.id,
      refunded: false,
      refunds: { object: 'list', data: [], has_more: false, url: '' },
    } as unknown as Stripe.ApplicationFee);
    charge.application_fee = fee.id;
    charge.application_fee_amount = applicationFee;
  }
  const transfer = createTransfer(state, scope, {
    amount: intent.transfer_data?.amount ?? captured - applicationFee,
    currency: charge.currency,
    destination,
    sourceTransaction: charge.id,
    transferGroup: intent.transfer_group ?? `group_${intent.id}`,
    metadata: {},
    description: null,
  });
  charge.transfer = transfer.id;
}

/**
 * A transfer from the platform's balance to a connected account: the platform's 'transfer' balance
 * transaction and the connected account's 'payment' (its destination payment).
 */
export function createTransfer(
  state: StripeState,
  scope: Scope,
  input: {
    amount: number;
    currency: string;
    destination: string;
    sourceTransaction: string | null;
    transferGroup: string | null;
    metadata: Record<string, string>;
    description: string | null;
  },
): Stripe.Transfer {
  const transfer = state.insert(scope, {
    id: state.newId('tr'),
    object: 'transfer',
    amount: input.amount,
    amount_reversed: 0,
    balance_transaction: null,
    created: state.nowSeconds(),
    currency: input.currency,
    description: input.description,
    destination: input.destination,
    destination_payment: state.newId('py'),
    livemode: false,
    metadata: input.metadata,
    reversals: { object: 'list', data: [], has_more: false, url: '' },
    reversed: false,
    source_transaction: input.sourceTransaction,
    source_type: 'card',
    transfer_group: input.transferGroup,
  } as unknown as Stripe.Transfer);
  transfer.reversals.url = `/v1/transfers/${transfer.id}/reversals`;
  transfer.balance_transaction = addBalanceTransaction(state, scope, {
    amount: -input.amount,
    currency: input.currency,
    type: 'transfer',
    source: transfer.id,
    reportingCategory: 'transfer',
  }).id;
  addBalanceTransaction(state, { platformId: scope.platformId, accountId: input.destination }, {
    amount: input.amount,
    currency: input.currency,
    type: 'payment',
    source: transfer.destination_payment as string,
    reportingCategory: 'charge',
  });
  return transfer;
}

/** Takes `amount` of a transfer back from the connected account to the platform. */
export function reverseTransfer(
  state: StripeState,
  scope: Scope,
  transfer: Stripe.Transfer,
  input: { amount: number; sourceRefund: string | null; metadata: Record<string, string> },
): Stripe.TransferReversal {
  const reversalId = state.newId('trr');
  const transaction = addBalanceTransaction(state, scope, {
    amount: input.amount,
    currency: transfer.currency,
    type: 'transfer_refund',
    source: reversalId,
    reportingCategory: 'transfer_reversal',
  });
  addBalanceTransaction(state, { platformId: scope.platformId, accountId: transfer.destination as string }, {
    amount: -input.amount,
    currency: transfer.currency,
    type: 'payment_refund',
    source: reversalId,
    reportingCategory: 'refund',
  });
  transfer.amount_reversed += input.amount;
  transfer.reversed = transfer.amount_reversed >= transfer.amount;
  const reversal = {
    id: reversalId,
    object: 'transfer_reversal',
    amount: input.amount,
    balance_transaction: transaction.id,
    created: state.nowSeconds(),
    currency: transfer.currency,
    destination_payment_refund: null,
    metadata: input.metadata,
    source_refund: input.sourceRefund,
    transfer: transfer.id,
  } as unknown as Stripe.TransferReversal;
  transfer.reversals.data.unshift(reversal);
  return structuredClone(reversal);
}
