// What an inbox event is about, as Stripe holds it now. An event's own snapshot may be older than
// another event already applied, so every effect starts from the object re-fetched, never from the
// payload. Called outside any transaction.
import Stripe from 'stripe';
import { PaymentProviderUnavailableError } from '../gateway/payment-gateway.js';
import { idOf, isStripeUnavailable } from '../gateway/stripe-call.js';
import { effectOf } from './stripe-event-rules.js';

export type CurrentObject =
  | { kind: 'dispute'; dispute: Stripe.Dispute }
  | { kind: 'account'; account: Stripe.Account }
  | { kind: 'payout'; payout: Stripe.Payout; accountId: string }
  | { kind: 'payment_intent'; intent: Stripe.PaymentIntent }
  | { kind: 'charge'; charge: Stripe.Charge; refunds: Stripe.Refund[] }
  /** Stripe does not know the object (any more): the event is applied as such, never retried. */
  | { kind: 'gone'; objectId: string }
  /** The event carries no object Quartier fetches (a site's own payout, an event without id). */
  | { kind: 'none'; why: string };

export interface InboxEvent {
  type: string;
  object_id: string | null;
  connected_account_id: string | null;
}

/** The event's object as Stripe holds it now; a Stripe that does not answer makes the job retry. */
export async function fetchCurrentObject(stripe: Stripe, event: InboxEvent): Promise<CurrentObject> {
  const id = event.object_id;
  if (!id) return { kind: 'none', why: 'the event names no object' };
  const account = event.connected_account_id;
  const on = account ? { stripeAccount: account } : undefined;
  try {
    switch (effectOf(event.type)) {
      case 'dispute':
        return { kind: 'dispute', dispute: await stripe.disputes.retrieve(id, undefined, on) };
      case 'account':
        return { kind: 'account', account: await stripe.accounts.retrieve(id) };
      case 'payout':
        if (!account) return { kind: 'none', why: "a payout of the site's own account" };
        return { kind: 'payout', payout: await stripe.payouts.retrieve(id, undefined, { stripeAccount: account }), accountId: account };
      case 'payment_intent_canceled':
        return { kind: 'payment_intent', intent: await stripe.paymentIntents.retrieve(id, undefined, on) };
      case 'refund': {
        const chargeId = event.type.startsWith('refund.') ? idOf((await stripe.refunds.retrieve(id, undefined, on)).charge) : id;
        if (!chargeId) return { kind: 'none', why: 'the refund is not of a charge' };
        return { kind: 'charge', ...(await chargeWithRefunds(stripe, chargeId, on)) };
      }
      default:
        return { kind: 'none', why: 'nothing to fetch' };
    }
  } catch (error) {
    if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'resource_missing') return { kind: 'gone', objectId: id };
    if (isStripeUnavailable(error)) throw new PaymentProviderUnavailableError(`Stripe did not answer: ${error.message}`, { cause: error });
    throw error;
  }
}

async function chargeWithRefunds(stripe: Stripe, chargeId: string, on: Stripe.RequestOptions | undefined): Promise<{ charge: Stripe.Charge; refunds: Stripe.Refund[] }> {
  const charge = await stripe.charges.retrieve(chargeId, { expand: ['refunds'] }, on);
  const listed = charge.refunds;
  if (listed && !listed.has_more) return { charge, refunds: listed.data };
  const refunds: Stripe.Refund[] = [];
  for await (const refund of stripe.refunds.list({ charge: chargeId, limit: 100 }, on)) refunds.push(refund);
  return { charge, refunds };
}
