export { FakeStripe } from './fake-stripe.js';
export type { FakeStripeOptions, SignedDelivery } from './fake-stripe.js';
export type { FailureKind, FailureRule, RandomFailureRule, RequestMatch } from './failures.js';
export type { RequestHold, RequestLogEntry, ServerAddress as FakeStripeAddress } from './http-server.js';
