// The offline provider, for tenants without Stripe keys: the customer pays the helper on site or by
// invoice. Nothing leaves the platform, so every step succeeds at once; the ledger still records
// what was collected, what the helper keeps and what the marketplace is owed.
import {
  type AuthorizeResult,
  type CaptureInput,
  type CaptureResult,
  PaymentGateway,
  type PaymentIntentState,
  type RefundResult,
} from './payment-gateway.js';

export class OfflinePaymentGateway extends PaymentGateway {
  readonly provider = 'offline' as const;

  async ensureCustomer(): Promise<null> {
    return null;
  }

  async authorize(): Promise<AuthorizeResult> {
    return { kind: 'authorized', paymentIntentId: null, cardBrand: null, cardLast4: null, expiresAt: null };
  }

  async capture(input: CaptureInput): Promise<CaptureResult> {
    return { kind: 'captured', chargeId: null, amountMinor: input.amountMinor };
  }

  /** Nothing was held on a card, so there is nothing to let go of. */
  async release(): Promise<'released'> {
    return 'released';
  }

  async refund(): Promise<RefundResult> {
    return { kind: 'refunded', refundId: null };
  }

  async paymentIntent(): Promise<PaymentIntentState | null> {
    return null;
  }
}
