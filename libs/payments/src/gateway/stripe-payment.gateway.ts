// The Stripe adapter: destination charges on the tenant's own Stripe account. An authorization is
// a PaymentIntent with manual capture; the marketplace's share is its application fee and the rest
// goes to the helper's connected account at capture. Stripe's own messages for declines are written
// for cardholders, so they are passed on as they are.
import Stripe from 'stripe';
import { callStripe, idOf } from './stripe-call.js';
import {
  type AuthorizeInput,
  type AuthorizeResult,
  type CaptureInput,
  type CaptureResult,
  PaymentGateway,
  type PaymentIntentState,
  type RefundInput,
  type RefundResult,
} from './payment-gateway.js';

/** How long Stripe holds a card authorization when the charge does not say (its documented default). */
export const DEFAULT_AUTHORIZATION_LIFETIME_MS = 7 * 24 * 3_600_000;

export class StripePaymentGateway extends PaymentGateway {
  readonly provider = 'stripe' as const;

  constructor(
    private readonly stripe: Stripe,
    private readonly now: () => Date,
  ) {
    super();
  }

  async ensureCustomer(input: { idempotencyKey: string; userId: string; email: string; name: string }): Promise<string> {
    const customer = await this.call(() =>
      this.stripe.customers.create({ email: input.email, name: input.name, metadata: { userId: input.userId } }, { idempotencyKey: input.idempotencyKey }),
    );
    return customer.id;
  }

  async authorize(input: AuthorizeInput): Promise<AuthorizeResult> {
    if (!input.paymentMethodId) return { kind: 'declined', paymentIntentId: null, code: 'payment_method_missing', message: 'Add a card to pay for this booking.' };
    const params: Stripe.PaymentIntentCreateParams = {
      amount: input.amountMinor,
      currency: input.currency.toLowerCase(),
      capture_method: 'manual',
      confirm: true,
      payment_method: input.paymentMethodId,
      allowed_payment_method_types: ['card'],
      description: input.description,
      metadata: input.metadata,
      expand: ['latest_charge'],
      ...(input.customerId ? { customer: input.customerId } : {}),
      ...(input.offSession ? { off_session: true } : input.customerId ? { setup_future_usage: 'off_session' as const } : {}),
      ...(input.destinationAccountId
        ? { application_fee_amount: input.applicationFeeMinor, transfer_data: { destination: input.destinationAccountId } }
        : {}),
    };
    try {
      const intent = await this.call(() => this.stripe.paymentIntents.create(params, { idempotencyKey: input.idempotencyKey }));
      if (intent.status !== 'requires_capture') {
        return {
          kind: 'declined',
          paymentIntentId: intent.id,
          code: intent.status === 'requires_action' ? 'authentication_required' : `unexpected_${intent.status}`,
          message:
            intent.status === 'requires_action'
              ? 'Your bank asks you to confirm this payment in its app, which this site cannot offer yet; please use another card.'
              : 'The payment could not be authorized.',
        };
      }
      const charge = typeof intent.latest_charge === 'object' ? intent.latest_charge : null;
      const card = charge?.payment_method_details?.card ?? null;
      const captureBefore = (card as { capture_before?: number } | null)?.capture_before;
      return {
        kind: 'authorized',
        paymentIntentId: intent.id,
        cardBrand: card?.brand ?? null,
        cardLast4: card?.last4 ?? null,
        expiresAt: captureBefore ? new Date(captureBefore * 1_000) : new Date(this.now().getTime() + DEFAULT_AUTHORIZATION_LIFETIME_MS),
      };
    } catch (error) {
      if (error instanceof Stripe.errors.StripeCardError) {
        const intent = (error.raw as { payment_intent?: { id?: string } }).payment_intent;
        return { kind: 'declined', paymentIntentId: intent?.id ?? null, code: error.decline_code ?? error.code ?? 'card_declined', message: error.message };
      }
      // A card Stripe does not know here (made for another account, removed, mistyped): Stripe's words
      // are for developers, so the customer is asked for the card again.
      if (error instanceof Stripe.errors.StripeInvalidRequestError && error.param === 'payment_method') {
        return { kind: 'declined', paymentIntentId: null, code: error.code ?? 'invalid_payment_method', message: 'This card cannot be used for this payment; please enter it again.' };
      }
      throw error;
    }
  }

  async capture(input: CaptureInput): Promise<CaptureResult> {
    const id = requireIntent(input.paymentIntentId);
    try {
      const intent = await this.call(() =>
        this.stripe.paymentIntents.capture(
          id,
          { amount_to_capture: input.amountMinor, ...(input.applicationFeeMinor !== null ? { application_fee_amount: input.applicationFeeMinor } : {}) },
          { idempotencyKey: input.idempotencyKey },
        ),
      );
      return { kind: 'captured', chargeId: chargeIdOf(intent), amountMinor: intent.amount_received };
    } catch (error) {
      if (!isUnexpectedState(error)) throw error;
      // Captured by an earlier run whose key has since expired at Stripe, or gone: ask Stripe.
      const state = await this.paymentIntent(id);
      if (state?.status === 'succeeded') return { kind: 'captured', chargeId: state.chargeId, amountMinor: state.amountReceivedMinor };
      return { kind: 'not_capturable', providerStatus: state?.status ?? 'missing' };
    }
  }

  async release(input: { idempotencyKey: string; paymentIntentId: string | null }): Promise<'released' | 'already_captured'> {
    if (!input.paymentIntentId) return 'released';
    const id = input.paymentIntentId;
    try {
      await this.call(() => this.stripe.paymentIntents.cancel(id, { cancellation_reason: 'requested_by_customer' }, { idempotencyKey: input.idempotencyKey }));
      return 'released';
    } catch (error) {
      if (!isUnexpectedState(error)) throw error;
      const state = await this.paymentIntent(id);
      if (state?.status === 'canceled') return 'released';
      if (state?.status === 'succeeded') return 'already_captured';
      throw error;
    }
  }

  async refund(input: RefundInput): Promise<RefundResult> {
    const id = requireIntent(input.paymentIntentId);
    try {
      const refund = await this.call(() =>
        this.stripe.refunds.create(
          {
            payment_intent: id,
            amount: input.amountMinor,
            reason: 'requested_by_customer',
            metadata: { ...input.metadata, reason: input.reason.slice(0, 500) },
            ...(input.reverseTransfer ? { reverse_transfer: true, refund_application_fee: true } : {}),
          },
          { idempotencyKey: input.idempotencyKey },
        ),
      );
      return { kind: 'refunded', refundId: refund.id };
    } catch (error) {
      if (error instanceof Stripe.errors.StripeInvalidRequestError) {
        return { kind: 'refused', code: error.code ?? 'invalid_request', message: error.message };
      }
      throw error;
    }
  }

  async paymentIntent(paymentIntentId: string): Promise<PaymentIntentState | null> {
    try {
      const intent = await this.call(() => this.stripe.paymentIntents.retrieve(paymentIntentId));
      return {
        id: intent.id,
        status: intent.status,
        amountCapturableMinor: intent.amount_capturable,
        amountReceivedMinor: intent.amount_received,
        chargeId: chargeIdOf(intent),
      };
    } catch (error) {
      if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'resource_missing') return null;
      throw error;
    }
  }

  private call<T>(request: () => Promise<T>): Promise<T> {
    return callStripe(request);
  }
}

function requireIntent(id: string | null): string {
  if (!id) throw new Error('A Stripe payment step needs the payment intent of its authorization');
  return id;
}

function chargeIdOf(intent: Stripe.PaymentIntent): string | null {
  return idOf(intent.latest_charge);
}

function isUnexpectedState(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'payment_intent_unexpected_state';
}
