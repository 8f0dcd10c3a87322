// One rule for every call to Stripe: an answer that means "not now" (no answer at all, a timeout,
// Stripe's own 5xx, rate limiting, the same key still in flight) becomes
// PaymentProviderUnavailableError, so the job retries later with the same idempotency key.
import Stripe from 'stripe';
import { PaymentProviderUnavailableError } from './payment-gateway.js';

export function isStripeUnavailable(error: unknown): error is Stripe.errors.StripeError {
  return (
    error instanceof Stripe.errors.StripeConnectionError ||
    error instanceof Stripe.errors.StripeAPIError ||
    error instanceof Stripe.errors.StripeRateLimitError ||
    (error instanceof Stripe.errors.StripeError && ((error.statusCode ?? 0) >= 500 || error.statusCode === 409))
  );
}

/** The id of a Stripe reference, whether Stripe sent the id or (expanded) the object. */
export function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.id;
}

/** Runs one Stripe call; "not now" answers are rethrown as PaymentProviderUnavailableError. */
export async function callStripe<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (isStripeUnavailable(error)) throw new PaymentProviderUnavailableError(`Stripe did not complete the call: ${error.message}`, { cause: error });
    throw error;
  }
}
