// PaymentIntents: create, confirm with Stripe's test cards, capture (full or partial), cancel, and the
// authorization expiry a test can trigger.
import Stripe from 'stripe';
import { cardOutcome, CardOutcome, newCharge, paymentMethodObject, settleCharge } from './money-movement.js';
import type { PaymentMethods } from './payment-methods.js';
import { invalidParam, invalidRequest, missingParam, resourceMissing, stateConflict, StripeFailure } from './stripe-errors.js';
import {
  mergeMetadata,
  Params,
  readBoolean,
  readEnum,
  readExpand,
  readInteger,
  readObject,
  readPositiveInteger,
  readString,
  rejectUnknownParams,
  requireString,
} from './request-params.js';
import { ok, Operation, randomToken, Reply, StripeState } from './stripe-state.js';

const CREATE_PARAMS = [
  'amount', 'currency', 'allowed_payment_method_types', 'amount_details', 'application_fee_amount', 'automatic_payment_methods',
  'capture_method', 'confirm', 'confirmation_method', 'confirmation_token', 'customer', 'customer_account', 'description',
  'error_on_requires_action', 'excluded_payment_method_types', 'expand', 'hooks', 'mandate', 'mandate_data', 'metadata',
  'off_session', 'on_behalf_of', 'payment_details', 'payment_method', 'payment_method_configuration', 'payment_method_data',
  'payment_method_options', 'payment_method_types', 'radar_options', 'receipt_email', 'return_url', 'setup_future_usage',
  'shipping', 'statement_descriptor', 'statement_descriptor_suffix', 'transfer_data', 'transfer_group', 'use_stripe_sdk',
] as const;
const CONFIRM_PARAMS = [
  'allowed_payment_method_types', 'amount_details', 'amount_to_confirm', 'capture_method', 'confirmation_token',
  'error_on_requires_action', 'excluded_payment_method_types', 'expand', 'hooks', 'mandate', 'mandate_data', 'off_session',
  'payment_details', 'payment_method', 'payment_method_data', 'payment_method_options', 'payment_method_types', 'radar_options',
  'receipt_email', 'return_url', 'setup_future_usage', 'shipping', 'use_stripe_sdk',
] as const;
const UPDATE_PARAMS = [
  'allowed_payment_method_types', 'amount', 'amount_details', 'application_fee_amount', 'capture_method', 'currency', 'customer',
  'customer_account', 'description', 'excluded_payment_method_types', 'expand', 'hooks', 'metadata', 'payment_details',
  'payment_method', 'payment_method_configuration', 'payment_method_data', 'payment_method_options', 'payment_method_types',
  'receipt_email', 'setup_future_usage', 'shipping', 'statement_descriptor', 'statement_descriptor_suffix', 'transfer_data',
  'transfer_group',
] as const;
const CAPTURE_PARAMS = [
  'amount_details', 'amount_to_capture', 'application_fee_amount', 'expand', 'final_capture', 'hooks', 'metadata',
  'payment_details', 'statement_descriptor', 'statement_descriptor_suffix', 'transfer_data',
] as const;
const CANCELABLE: Stripe.PaymentIntent.Status[] = ['requires_payment_method', 'requires_capture', 'requires_confirmation', 'requires_action', 'processing'];
const CONFIRMABLE: Stripe.PaymentIntent.Status[] = ['requires_payment_method', 'requires_confirmation', 'requires_action'];
/** Uncaptured card authorizations lapse after seven days. */
const AUTHORIZATION_VALIDITY_SECONDS = 7 * 86_400;

export class PaymentIntents {
  constructor(
    private readonly state: StripeState,
    private readonly paymentMethods: PaymentMethods,
  ) {}

  create(operation: Operation, params: Params): Reply {
    rejectUnknownParams(params, CREATE_PARAMS);
    const { scope } = operation;
    const amount = readPositiveInteger(params, 'amount');
    if (amount === undefined) throw missingParam('amount');
    const currency = requireString(params, 'currency').toLowerCase();
    if (amount < 50) {
      throw invalidRequest('Amount must be at least 50 cents', { code: 'amount_too_small', param: 'amount' });
    }
    const customer = readString(params, 'customer');
    if (customer) this.state.get(scope, customer, 'customer', 'customer', 'customer');
    const destination = this.readDestination(operation, readObject(params, 'transfer_data'));
    const onBehalfOf = readString(params, 'on_behalf_of');
    if (onBehalfOf && !this.state.connectedAccount(scope.platformId, onBehalfOf)) {
      throw resourceMissing('account', onBehalfOf, 'on_behalf_of');
    }
    const applicationFee = readInteger(params, 'application_fee_amount');
    this.checkApplicationFee(operation, applicationFee, amount, destination?.destination ?? onBehalfOf);
    const confirm = readBoolean(params, 'confirm') ?? false;
    const offSession = readBoolean(params, 'off_session');
    if (offSession !== undefined && !confirm) {
      throw invalidParam('off_session', 'You may only specify `off_session` when `confirm` is true.');
    }
    const paymentMethod = readString(params, 'payment_method');
    const outcome = confirm ? this.outcomeFor(paymentMethod, customer) : undefined;

    const id = this.state.newId('pi');
    const intent = this.state.insert(scope, {
      id,
      object: 'payment_intent',
      allowed_payment_method_types: null,
      amount,
      amount_capturable: 0,
      amount_details: { tip: {} },
      amount_received: 0,
      application: null,
      application_fee_amount: applicationFee ?? null,
      automatic_payment_methods: null,
      canceled_at: null,
      cancellation_reason: null,
      capture_method: readEnum(params, 'capture_method', ['automatic', 'automatic_async', 'manual'] as const) ?? 'automatic_async',
      client_secret: `${id}_secret_${randomToken(25)}`,
      confirmation_method: 'automatic',
      created: this.state.nowSeconds(),
      currency,
      customer: customer ?? null,
      customer_account: null,
      description: readString(params, 'description') ?? null,
      excluded_payment_method_types: null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      managed_payments: null,
      metadata: mergeMetadata({}, params),
      next_action: null,
      on_behalf_of: onBehalfOf ?? null,
      payment_method: paymentMethod ?? null,
      payment_method_configuration_details: null,
      payment_method_options: { card: { installments: null, mandate_options: null, network: null, request_three_d_secure: 'automatic' } },
      payment_method_types: ['card'],
      payment_record: null,
      processing: null,
      receipt_email: readString(params, 'receipt_email') ?? null,
      review: null,
      setup_future_usage: readEnum(params, 'setup_future_usage', ['on_session', 'off_session'] as const) ?? null,
      shipping: null,
      source: null,
      statement_descriptor: readString(params, 'statement_descriptor') ?? null,
      statement_descriptor_suffix: readString(params, 'statement_descriptor_suffix') ?? null,
      status: paymentMethod ? 'requires_confirmation' : 'requires_payment_method',
      transfer_data: destination ?? null,
      transfer_group: readString(params, 'transfer_group') ?? null,
    } as Stripe.PaymentIntent);
    this.state.recordEvent(operation, 'payment_intent.created', intent);
    if (outcome) return this.attempt(operation, intent, outcome, readExpand(params));
    return ok(this.state.expand(scope, intent, readExpand(params)));
  }

  retrieve(operation: Operation, id: string, params: Params): Reply {
    rejectUnknownParams(params, ['expand', 'client_secret']);
    return ok(this.state.expand(operation.scope, this.find(operation, id), readExpand(params)));
  }

  update(operation: Operation, id: string, params: Params): Reply {
    rejectUnknownParams(params, UPDATE_PARAMS);
    const intent = this.find(operation, id);
    const previous = { metadata: { ...intent.metadata } };
    intent.metadata = mergeMetadata(intent.metadata, params);
    intent.description = readString(params, 'description') ?? intent.description;
    intent.receipt_email = readString(params, 'receipt_email') ?? intent.receipt_email;
    intent.transfer_group = readString(params, 'transfer_group') ?? intent.transfer_group;
    const paymentMethod = readString(params, 'payment_method');
    if (paymentMethod) {
      intent.payment_method = paymentMethod;
      if (intent.status === 'requires_payment_method') intent.status = 'requires_confirmation';
    }
    this.state.recordEvent(operation, 'payment_intent.updated', intent, previous);
    return ok(this.state.expand(operation.scope, intent, readExpand(params)));
  }

  confirm(operation: Operation, id: string, params: Params): Reply {
    rejectUnknownParams(params, CONFIRM_PARAMS);
    const intent = this.find(operation, id);
    if (!CONFIRMABLE.includes(intent.status)) throw unexpectedState(intent, 'confirm', CONFIRMABLE);
    const paymentMethod = readString(params, 'payment_method') ?? intent.payment_method;
    const outcome = this.outcomeFor(typeof paymentMethod === 'string' ? paymentMethod : undefined, intent.customer as string | null);
    intent.payment_method = paymentMethod;
    intent.capture_method = readEnum(params, 'capture_method', ['automatic', 'automatic_async', 'manual'] as const) ?? intent.capture_method;
    return this.attempt(operation, intent, outcome, readExpand(params));
  }

  capture(operation: Operation, id: string, params: Params): Reply {
    rejectUnknownParams(params, CAPTURE_PARAMS);
    const intent = this.find(operation, id);
    if (intent.status !== 'requires_capture') throw unexpectedState(intent, 'capture', ['requires_capture']);
    const amount = readPositiveInteger(params, 'amount_to_capture') ?? intent.amount_capturable;
    if (amount > intent.amount_capturable) {
      throw invalidRequest(
        `The amount_to_capture (${amount}) must be less than or equal to the PaymentIntent's amount_capturable (${intent.amount_capturable}).`,
        { code: 'amount_too_large', param: 'amount_to_capture' },
      );
    }
    const applicationFee = readInteger(params, 'application_fee_amount');
    if (applicationFee !== undefined) {
      this.checkApplicationFee(operation, applicationFee, amount, intent.transfer_data?.destination ?? intent.on_behalf_of);
      intent.application_fee_amount = applicationFee;
    }
    intent.metadata = mergeMetadata(intent.metadata, params);
    const charge = this.state.get<Stripe.Charge>(operation.scope, intent.latest_charge as string, 'charge', 'charge');
    settleCharge(this.state, operation, intent, charge, amount);
    intent.status = 'succeeded';
    intent.amount_capturable = 0;
    intent.amount_received = amount;
    this.state.captureCounts.set(intent.id, (this.state.captureCounts.get(intent.id) ?? 0) + 1);
    this.state.recordEvent(operation, 'charge.captured', charge);
    this.state.recordEvent(operation, 'payment_intent.succeeded', intent);
    return ok(this.state.expand(operation.scope, intent, readExpand(params)));
  }

  cancel(operation: Operation, id: string, params: Params): Reply {
    rejectUnknownParams(params, ['cancellation_reason', 'expand']);
    const intent = this.find(operation, id);
    const reason = readEnum(params, 'cancellation_reason', ['duplicate', 'fraudulent', 'requested_by_customer', 'abandoned'] as const);
    if (!CANCELABLE.includes(intent.status)) throw unexpectedState(intent, 'cancel', CANCELABLE);
    this.cancelNow(operation, intent, reason ?? null);
    return ok(this.state.expand(operation.scope, intent, readExpand(params)));
  }

  /** The card network drops an uncaptured authorization: Stripe cancels the intent and releases the charge. */
  expire(operation: Operation, intent: Stripe.PaymentIntent): Stripe.PaymentIntent {
    if (intent.status !== 'requires_capture') {
      throw new Error(`PaymentIntent ${intent.id} has status ${intent.status}; only an authorization awaiting capture can expire`);
    }
    const charge = this.cancelNow(operation, intent, 'automatic');
    if (charge) this.state.recordEvent(operation, 'charge.expired', charge);
    return structuredClone(intent);
  }

  private cancelNow(operation: Operation, intent: Stripe.PaymentIntent, reason: Stripe.PaymentIntent.CancellationReason | null): Stripe.Charge | undefined {
    const charge = intent.status === 'requires_capture'
      ? this.state.get<Stripe.Charge>(operation.scope, intent.latest_charge as string, 'charge', 'charge')
      : undefined;
    if (charge) {
      charge.amount_refunded = charge.amount;
      charge.refunded = true;
    }
    intent.status = 'canceled';
    intent.cancellation_reason = reason;
    intent.canceled_at = this.state.nowSeconds();
    intent.amount_capturable = 0;
    this.state.recordEvent(operation, 'payment_intent.canceled', intent);
    return charge;
  }

  private attempt(operation: Operation, intent: Stripe.PaymentIntent, outcome: CardOutcome, expand: string[]): Reply {
    const { scope } = operation;
    if (outcome.kind === 'authentication_required') {
      // Stripe.js would show the bank's challenge (handleNextAction); nothing is charged until it is passed.
      intent.status = 'requires_action';
      intent.next_action = { type: 'use_stripe_sdk', use_stripe_sdk: { type: 'three_d_secure_redirect', stripe_js: 'https://hooks.stripe.com/3d_secure_2/hosted' } } as unknown as Stripe.PaymentIntent.NextAction;
      intent.last_payment_error = null;
      this.state.recordEvent(operation, 'payment_intent.requires_action', intent);
      return ok(this.state.expand(scope, intent, expand));
    }
    const charge = newCharge(this.state, scope, intent, outcome);
    intent.latest_charge = charge.id;
    if (outcome.kind === 'declined') {
      const paymentMethod = paymentMethodObject(this.state, intent.payment_method as string, outcome.card, intent.customer as string | null);
      const error = {
        type: 'card_error' as const,
        code: outcome.code,
        decline_code: outcome.declineCode,
        message: outcome.message,
        charge: charge.id,
        doc_url: `https://stripe.com/docs/error-codes/${outcome.code.replace(/_/g, '-')}`,
        payment_method: paymentMethod,
        payment_method_type: 'card',
        request_log_url: operation.requestId ? `https://dashboard.stripe.com/test/logs/${operation.requestId}` : undefined,
      };
      intent.status = 'requires_payment_method';
      intent.payment_method = null;
      intent.last_payment_error = error as unknown as Stripe.PaymentIntent.LastPaymentError;
      this.state.recordEvent(operation, 'charge.failed', charge);
      this.state.recordEvent(operation, 'payment_intent.payment_failed', intent);
      return { status: 402, body: { error: { ...error, payment_intent: structuredClone(intent) } } };
    }
    intent.last_payment_error = null;
    if (intent.capture_method === 'manual') {
      const details = charge.payment_method_details?.card as unknown as Record<string, unknown>;
      details['capture_before'] = charge.created + AUTHORIZATION_VALIDITY_SECONDS;
      intent.status = 'requires_capture';
      intent.amount_capturable = intent.amount;
      this.state.recordEvent(operation, 'charge.succeeded', charge);
      this.state.recordEvent(operation, 'payment_intent.amount_capturable_updated', intent);
    } else {
      settleCharge(this.state, operation, intent, charge, intent.amount);
      intent.status = 'succeeded';
      intent.amount_received = intent.amount;
      this.state.recordEvent(operation, 'charge.succeeded', charge);
      this.state.recordEvent(operation, 'payment_intent.succeeded', intent);
    }
    return ok(this.state.expand(scope, intent, expand));
  }

  private find(operation: Operation, id: string): Stripe.PaymentIntent {
    return this.state.get<Stripe.PaymentIntent>(operation.scope, id, 'payment_intent', 'payment_intent');
  }

  private outcomeFor(paymentMethod: string | undefined, customer: string | null | undefined): CardOutcome {
    if (!paymentMethod) {
      throw invalidRequest(
        `You cannot confirm this PaymentIntent because it's missing a payment method. To confirm the PaymentIntent${customer ? ` with ${customer}` : ''}, specify a payment method attached to this customer along with the customer ID.`,
        { code: 'payment_intent_unexpected_state', param: 'payment_method' },
      );
    }
    const outcome = cardOutcome(this.paymentMethods.behaviourOf(paymentMethod));
    if (!outcome) throw resourceMissing('PaymentMethod', paymentMethod, 'payment_method');
    return outcome;
  }

  private readDestination(operation: Operation, transferData: Params | undefined): Stripe.PaymentIntent.TransferData | undefined {
    if (!transferData) return undefined;
    const destination = readString(transferData, 'destination');
    if (!destination) throw missingParam('transfer_data[destination]');
    const account = this.state.connectedAccount(operation.scope.platformId, destination);
    if (!account) throw resourceMissing('destination', destination, 'transfer_data[destination]');
    if (account.capabilities?.transfers !== 'active') {
      throw invalidRequest(
        'Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments',
        { code: 'insufficient_capabilities_for_transfer', param: 'transfer_data[destination]' },
      );
    }
    const amount = readPositiveInteger(transferData, 'amount', 'transfer_data[amount]');
    return { destination, ...(amount !== undefined ? { amount } : {}) } as Stripe.PaymentIntent.TransferData;
  }

  private checkApplicationFee(operation: Operation, fee: number | undefined, amount: number, connectedAccount: unknown): void {
    if (fee === undefined) return;
    const direct = operation.scope.accountId !== operation.scope.platformId;
    if (!direct && !connectedAccount) {
      throw invalidRequest(
        'Can only apply an application_fee_amount when the PaymentIntent is attempting a direct payment (using an OAuth key or Stripe-Account header) or destination payment (using `transfer_data[destination]`).',
        { param: 'application_fee_amount' },
      );
    }
    if (fee < 0 || fee > amount) {
      throw invalidParam('application_fee_amount', 'The application fee amount must be between 0 and the amount of the payment.');
    }
  }
}

function unexpectedState(intent: Stripe.PaymentIntent, action: string, allowed: readonly string[]): StripeFailure {
  const past = action === 'cancel' ? 'canceled' : `${action}d`;
  return stateConflict(
    `This PaymentIntent could not be ${past} because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be ${past}: ${allowed.join(', ')}.`,
    { code: 'payment_intent_unexpected_state', extra: { payment_intent: structuredClone(intent) } },
  );
}
