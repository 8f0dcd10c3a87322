// The port every payment step goes through. Adapters are built per tenant: Stripe from the tenant's
// own keys, the offline provider when it has none. Every call that changes anything carries an
// idempotency key the caller derived from business ids and stored before calling.

export type PaymentProvider = 'stripe' | 'offline';

export interface AuthorizeInput {
  idempotencyKey: string;
  amountMinor: number;
  currency: string;
  paymentMethodId: string | null;
  customerId: string | null;
  /** The marketplace's share, kept when the helper's share is transferred. */
  applicationFeeMinor: number;
  /** The helper's connected account; null keeps the helper's share on the platform. */
  destinationAccountId: string | null;
  /** True when the customer is not present (a renewal of an authorization). */
  offSession: boolean;
  description: string;
  metadata: Record<string, string>;
}

export type AuthorizeResult =
  | { kind: 'authorized'; paymentIntentId: string | null; cardBrand: string | null; cardLast4: string | null; expiresAt: Date | null }
  | { kind: 'declined'; paymentIntentId: string | null; code: string; message: string };

export interface CaptureInput {
  idempotencyKey: string;
  paymentIntentId: string | null;
  amountMinor: number;
  /** Set only for a charge with a destination; the rest of the captured amount goes to the helper. */
  applicationFeeMinor: number | null;
}

export type CaptureResult =
  | { kind: 'captured'; chargeId: string | null; amountMinor: number }
  /** The authorization is gone (expired or cancelled at the provider): nothing was charged. */
  | { kind: 'not_capturable'; providerStatus: string };

export interface RefundInput {
  idempotencyKey: string;
  paymentIntentId: string | null;
  amountMinor: number;
  reason: string;
  /** Take the helper's share back from their connected account in proportion. */
  reverseTransfer: boolean;
  metadata: Record<string, string>;
}

export type RefundResult =
  | { kind: 'refunded'; refundId: string | null }
  | { kind: 'refused'; code: string; message: string };

export interface PaymentIntentState {
  id: string;
  status: string;
  amountCapturableMinor: number;
  amountReceivedMinor: number;
  chargeId: string | null;
}

export abstract class PaymentGateway {
  abstract readonly provider: PaymentProvider;
  /** The provider's customer for a user, made once per user (by key). */
  abstract ensureCustomer(input: { idempotencyKey: string; userId: string; email: string; name: string }): Promise<string | null>;
  abstract authorize(input: AuthorizeInput): Promise<AuthorizeResult>;
  abstract capture(input: CaptureInput): Promise<CaptureResult>;
  /** Cancels an authorization; releasing one already gone is not an error, one already captured says so. */
  abstract release(input: { idempotencyKey: string; paymentIntentId: string | null }): Promise<'released' | 'already_captured'>;
  abstract refund(input: RefundInput): Promise<RefundResult>;
  /** The provider's current view of an authorization, for steps that must not trust an old answer. */
  abstract paymentIntent(paymentIntentId: string): Promise<PaymentIntentState | null>;
}

/** A call the provider did not answer (timeout, connection lost, 5xx): the job retries with the same key. */
export class PaymentProviderUnavailableError extends Error {
  override readonly name = 'PaymentProviderUnavailableError';
}
