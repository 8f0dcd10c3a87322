// Queue `payments`: every step that moves money or talks to the payment provider, fed from the
// outbox (never run inside a GraphQL request). Jobs carry ids and the tenant only; each handler looks
// the state up, calls the provider with a key stored before the call, and says 'skipped' when there
// is nothing left to do, so a job may run any number of times.
import { defineQueue, type OutboxJobData, type OutboxRoutes, routeTo } from '@quartier/platform';

export type PaymentJob =
  /** A request got (or changed) its appointment: open its payment, or follow the new helper. */
  | { name: 'payment.open'; data: OutboxJobData }
  /** The customer gave a card (or a renewal is due): authorize the payment's current generation. */
  | { name: 'payment.authorize'; data: OutboxJobData }
  /** The job is done: capture the authorization. */
  | { name: 'payment.capture'; data: OutboxJobData }
  /** The request was cancelled: release the authorization, or capture the late-cancellation fee. */
  | { name: 'payment.cancel'; data: OutboxJobData }
  /** The request expired (a visit after a call that found nobody): release the authorization, nothing charged. */
  | { name: 'payment.release'; data: OutboxJobData }
  /** An operator asked for a refund (or settled a dispute by refunding): send it. */
  | { name: 'payment.refund'; data: OutboxJobData }
  | { name: 'payment.refund_rest'; data: OutboxJobData }
  /** A verified Stripe webhook event waits in the inbox to be applied. */
  | { name: 'stripe.event'; data: OutboxJobData }
  /** A helper asked to be paid out through Stripe: make their Express account and onboarding link. */
  | { name: 'payout.onboard'; data: OutboxJobData }
  /** A helper's account became active, or a share was captured for them without a destination: transfer what the site holds for them. */
  | { name: 'payout.transfer_held'; data: OutboxJobData }
  /** Compare the ledger with Stripe's balance transactions for a period. */
  | { name: 'payment.reconcile'; data: OutboxJobData };

export const paymentsQueue = defineQueue<PaymentJob>(
  'payments',
  // The provider may be away for a while: twelve attempts from 2 s, doubling with jitter, cover
  // about two hours; every retry sends the same idempotency key, so none charges twice.
  {
    'payment.open': { attempts: 12, backoffMs: 2_000 },
    'payment.authorize': { attempts: 12, backoffMs: 2_000 },
    'payment.capture': { attempts: 12, backoffMs: 2_000 },
    'payment.cancel': { attempts: 12, backoffMs: 2_000 },
    'payment.release': { attempts: 12, backoffMs: 2_000 },
    'payment.refund': { attempts: 12, backoffMs: 2_000 },
    'payment.refund_rest': { attempts: 12, backoffMs: 2_000 },
    'stripe.event': { attempts: 12, backoffMs: 2_000 },
    'payout.onboard': { attempts: 8, backoffMs: 2_000 },
    'payout.transfer_held': { attempts: 12, backoffMs: 2_000 },
    'payment.reconcile': { attempts: 4, backoffMs: 10_000 },
  },
  // Jobs mostly wait on the provider's answers, so one process runs many at once.
  { concurrency: 10 },
);

/** Outbox events the payments queue acts on. */
export const paymentRoutes: OutboxRoutes = {
  'request.scheduled': routeTo(paymentsQueue, 'payment.open'),
  'request.reassigned': routeTo(paymentsQueue, 'payment.open'),
  'payment.authorization_requested': routeTo(paymentsQueue, 'payment.authorize'),
  'request.completed': routeTo(paymentsQueue, 'payment.capture'),
  'payment.capture_due': routeTo(paymentsQueue, 'payment.capture'),
  'request.cancelled': routeTo(paymentsQueue, 'payment.cancel'),
  'request.expired': routeTo(paymentsQueue, 'payment.release'),
  'payment.refund_requested': routeTo(paymentsQueue, 'payment.refund'),
  'request.refunded': routeTo(paymentsQueue, 'payment.refund_rest'),
  'stripe.event_received': routeTo(paymentsQueue, 'stripe.event'),
  'payout.onboarding_requested': routeTo(paymentsQueue, 'payout.onboard'),
  'payout.account_updated': routeTo(paymentsQueue, 'payout.transfer_held'),
  'payout.share_held': routeTo(paymentsQueue, 'payout.transfer_held'),
  'payment.reconciliation_requested': routeTo(paymentsQueue, 'payment.reconcile'),
};
