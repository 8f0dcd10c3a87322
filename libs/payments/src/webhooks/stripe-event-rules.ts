// How Stripe's words map to Quartier's: dispute and payout account statuses, and which effect an
// event type asks for. Pure functions, so the mapping is tested without Stripe.

export type DisputeStatus = 'open' | 'won' | 'lost';
export type PayoutAccountStatus = 'onboarding' | 'active' | 'restricted';

/**
 * A dispute is open until Stripe decides it. An inquiry closed without a chargeback
 * (`warning_closed`) and a chargeback stopped before it happened (`prevented`) leave the money with
 * the marketplace, as a won dispute does.
 */
export function disputeStatusOf(stripeStatus: string): DisputeStatus {
  if (stripeStatus === 'lost') return 'lost';
  if (stripeStatus === 'won' || stripeStatus === 'warning_closed' || stripeStatus === 'prevented') return 'won';
  return 'open';
}

/** A helper's payout account: usable once Stripe enables both charges and payouts. */
export function payoutAccountStatusOf(flags: { chargesEnabled: boolean; payoutsEnabled: boolean; detailsSubmitted: boolean }): PayoutAccountStatus {
  if (flags.chargesEnabled && flags.payoutsEnabled) return 'active';
  if (flags.detailsSubmitted) return 'restricted';
  return 'onboarding';
}

export type StripeEventEffect = 'dispute' | 'account' | 'payout' | 'payment_intent_canceled' | 'payment_intent_noted' | 'refund' | 'ignored';

const DISPUTE_EVENTS = ['created', 'updated', 'closed', 'funds_withdrawn', 'funds_reinstated'].map((what) => `charge.dispute.${what}`);

/** The effect an event type has; types Quartier does not act on are 'ignored'. */
export function effectOf(type: string): StripeEventEffect {
  if (DISPUTE_EVENTS.includes(type)) return 'dispute';
  if (type === 'account.updated') return 'account';
  if (type === 'payout.paid' || type === 'payout.failed') return 'payout';
  if (type === 'payment_intent.canceled') return 'payment_intent_canceled';
  if (type.startsWith('payment_intent.')) return 'payment_intent_noted';
  if (type === 'charge.refunded' || type === 'refund.created' || type === 'refund.updated') return 'refund';
  return 'ignored';
}

/** Stripe's lowercase currency as an ISO 4217 code. */
export function isoCurrency(stripeCurrency: string): string {
  return stripeCurrency.toUpperCase();
}
