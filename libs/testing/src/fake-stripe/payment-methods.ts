// Cards typed into a site's card form: Stripe.js posts them with the site's publishable key and gets a
// PaymentMethod back. Stripe's documented test card numbers decide what confirming it later does, the
// same as the `pm_card_…` test payment methods the server-side tests use.
import Stripe from 'stripe';
import { cardOutcome, paymentMethodObject } from './money-movement.js';
import { Params, readObject, readString, rejectUnknownParams } from './request-params.js';
import { invalidRequest, missingParam, StripeFailure } from './stripe-errors.js';
import { ok, Operation, Reply, StripeState } from './stripe-state.js';

/** Stripe's test card numbers, each as the test payment method that behaves the same. */
const TEST_CARDS: Record<string, string> = {
  '4242424242424242': 'pm_card_visa',
  '5555555555554444': 'pm_card_mastercard',
  '4000000000000002': 'pm_card_chargeDeclined',
  '4000000000009995': 'pm_card_chargeDeclinedInsufficientFunds',
  '4000000000009987': 'pm_card_chargeDeclinedLostCard',
  '4000000000009979': 'pm_card_chargeDeclinedStolenCard',
  '4100000000000019': 'pm_card_chargeDeclinedFraudulent',
  '4000000000000069': 'pm_card_chargeDeclinedExpiredCard',
  '4000000000000127': 'pm_card_chargeDeclinedIncorrectCvc',
  '4000000000000119': 'pm_card_chargeDeclinedProcessingError',
  '4000002760003184': 'pm_card_authenticationRequired',
};

const CREATE_PARAMS = ['type', 'card', 'billing_details', 'metadata', 'allow_redisplay', 'expand'];

function cardError(code: string, message: string, param: string): StripeFailure {
  return new StripeFailure(402, { type: 'card_error', code, message, param, doc_url: `https://stripe.com/docs/error-codes/${code.replace(/_/g, '-')}` });
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

export class PaymentMethods {
  /** Payment methods made from typed cards, by id, as the test payment method that behaves the same. */
  private readonly testEquivalents = new Map<string, string>();

  constructor(private readonly state: StripeState) {}

  create(operation: Operation, params: Params): Reply {
    rejectUnknownParams(params, CREATE_PARAMS);
    if (readString(params, 'type') !== 'card') throw invalidRequest('This fake makes card payment methods only: type must be card.', { param: 'type' });
    const card = readObject(params, 'card');
    if (!card) throw missingParam('card');
    const number = (readString(card, 'number') ?? '').replace(/\s+/g, '');
    if (!number) throw missingParam('card[number]');
    if (!/^\d{12,19}$/.test(number) || !passesLuhn(number)) throw cardError('incorrect_number', 'Your card number is incorrect.', 'number');
    const month = Number(readString(card, 'exp_month'));
    const year = Number(readString(card, 'exp_year'));
    if (!Number.isInteger(month) || month < 1 || month > 12) throw cardError('invalid_expiry_month', "Your card's expiration month is invalid.", 'exp_month');
    const now = new Date(this.state.now());
    const fullYear = year < 100 ? 2000 + year : year;
    if (!Number.isInteger(year) || fullYear < now.getUTCFullYear() || (fullYear === now.getUTCFullYear() && month < now.getUTCMonth() + 1)) {
      throw cardError('invalid_expiry_year', "Your card's expiration year is invalid.", 'exp_year');
    }
    if (!/^\d{3,4}$/.test(readString(card, 'cvc') ?? '')) throw cardError('invalid_cvc', "Your card's security code is invalid.", 'cvc');
    const equivalent = TEST_CARDS[number];
    const outcome = equivalent ? cardOutcome(equivalent) : undefined;
    if (!equivalent || !outcome) {
      throw cardError(
        'card_declined',
        'Your card was declined. Your request was in test mode, but used a non test card. For a list of valid test cards, visit: https://stripe.com/docs/testing.',
        'number',
      );
    }
    const id = this.state.newId('pm');
    const paymentMethod = paymentMethodObject(this.state, id, outcome.card, null) as Stripe.PaymentMethod & { card: Record<string, unknown> };
    paymentMethod.card.exp_month = month;
    paymentMethod.card.exp_year = fullYear;
    const billing = readObject(params, 'billing_details');
    if (billing) paymentMethod.billing_details = { ...paymentMethod.billing_details, name: readString(billing, 'name') ?? null, email: readString(billing, 'email') ?? null };
    this.state.insert(operation.scope, paymentMethod as unknown as Parameters<StripeState['insert']>[1]);
    this.testEquivalents.set(id, equivalent);
    return ok(paymentMethod);
  }

  /** The test payment method a typed card behaves as; other ids stand for themselves. */
  behaviourOf(paymentMethod: string): string {
    return this.testEquivalents.get(paymentMethod) ?? paymentMethod;
  }
}
