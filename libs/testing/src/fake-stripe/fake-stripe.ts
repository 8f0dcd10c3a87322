// A stateful fake of Stripe's HTTP API on loopback: the real Stripe SDK talks to it, tests steer it
// (failures, disputes, onboarding, payouts, expiring authorizations) and inspect what it holds.
import Stripe from 'stripe';
import { ConnectAndCustomers } from './connect-and-customers.js';
import { FailurePlan, FailureRule, RandomFailureRule, RequestMatch } from './failures.js';
import { FakeStripeHttpServer, RequestHold, RequestLogEntry, ServerAddress } from './http-server.js';
import { IdempotencyStore } from './idempotency.js';
import { PaymentIntents } from './payment-intents.js';
import { PaymentMethods } from './payment-methods.js';
import { stripeJsStandIn } from './stripe-js-stand-in.js';
import { RefundsAndDisputes } from './refunds-and-disputes.js';
import { Operation, Scope, StripeState } from './stripe-state.js';
import { Transfers } from './transfers.js';

export interface FakeStripeOptions {
  /** Milliseconds since the epoch; Stripe's `created` timestamps and webhook signatures use it. */
  now?: () => number;
}

export interface SignedDelivery {
  /** The raw request body Stripe would POST to a webhook endpoint. */
  body: string;
  /** The `Stripe-Signature` header for that body. */
  signature: string;
}

export class FakeStripe {
  private readonly state: StripeState;
  private readonly failures = new FailurePlan();
  private readonly paymentIntentService: PaymentIntents;
  private readonly refundsAndDisputes: RefundsAndDisputes;
  private readonly connect: ConnectAndCustomers;
  private readonly server: FakeStripeHttpServer;

  constructor(options: FakeStripeOptions = {}) {
    this.state = new StripeState(options.now ?? Date.now, Stripe.API_VERSION);
    const paymentMethods = new PaymentMethods(this.state);
    this.paymentIntentService = new PaymentIntents(this.state, paymentMethods);
    this.refundsAndDisputes = new RefundsAndDisputes(this.state);
    this.connect = new ConnectAndCustomers(this.state, () => this.server.baseUrl);
    this.server = new FakeStripeHttpServer(
      this.state,
      { paymentIntents: this.paymentIntentService, paymentMethods, refundsAndDisputes: this.refundsAndDisputes, connect: this.connect, transfers: new Transfers(this.state) },
      new IdempotencyStore(),
      this.failures,
      (accountId) => this.completeOnboarding(accountId),
    );
  }

  /** Listens on 127.0.0.1 on a free port. */
  start(): Promise<ServerAddress> {
    return this.server.start();
  }

  stop(): Promise<void> {
    return this.server.stop();
  }

  /**
   * Registers a secret key as its own platform account and returns that account's id; the publishable
   * key given with it may then make payment methods, as a site's card form does.
   */
  addPlatform(secretKey: string, publishableKey?: string): string {
    return this.state.addPlatform(secretKey, publishableKey);
  }

  /**
   * A stand-in for Stripe.js (https://js.stripe.com) that sends cards to this fake: browser tests serve it
   * in place of the real script, which cannot be reached from here.
   */
  stripeJs(): string {
    return stripeJsStandIn(this.server.baseUrl);
  }

  /** Makes the next matching request(s) fail; see FailureKind for what each kind does. */
  fail(rule: FailureRule): void {
    this.failures.add(rule);
  }

  /** Fails a seeded, reproducible share of matching requests until clearFailures(). */
  failRandomly(rule: RandomFailureRule): void {
    this.failures.addRandom(rule);
  }

  clearFailures(): void {
    this.failures.clear();
  }

  /** Holds the next matching request before it executes, so a test can race a second one against it. */
  hold(match: RequestMatch): RequestHold {
    return this.server.hold(match);
  }

  /** Every API request received, in order. */
  get requestLog(): readonly RequestLogEntry[] {
    return this.server.requestLog;
  }

  expireAuthorization(paymentIntentId: string): Stripe.PaymentIntent {
    const { scope, value } = this.locate<Stripe.PaymentIntent>(paymentIntentId, 'payment_intent');
    return this.paymentIntentService.expire(automatic(scope), value);
  }

  /** The cardholder disputes the payment intent's captured charge. */
  openDispute(paymentIntentId: string, input: { amount?: number; reason?: string } = {}): Stripe.Dispute {
    const { scope, value: intent } = this.locate<Stripe.PaymentIntent>(paymentIntentId, 'payment_intent');
    if (typeof intent.latest_charge !== 'string') throw new Error(`PaymentIntent ${paymentIntentId} has no charge to dispute`);
    const charge = this.locate<Stripe.Charge>(intent.latest_charge, 'charge').value;
    return this.refundsAndDisputes.openDispute(automatic(scope), charge, input);
  }

  closeDispute(disputeId: string, outcome: 'won' | 'lost'): Stripe.Dispute {
    const { scope, value } = this.locate<Stripe.Dispute>(disputeId, 'dispute');
    return this.refundsAndDisputes.closeDispute(automatic(scope), value, outcome);
  }

  completeOnboarding(accountId: string): Stripe.Account {
    const { scope, value } = this.locate<Stripe.Account>(accountId, 'account');
    return this.connect.completeOnboarding(scope.platformId, value);
  }

  /** Pays out of a connected account's balance; a `payout.paid` event follows on that account. */
  payOut(accountId: string, input: { amount: number; currency: string }): Stripe.Payout {
    const { scope } = this.locate<Stripe.Account>(accountId, 'account');
    return this.connect.payOut(scope.platformId, accountId, input);
  }

  /** Payment intents as they are now, oldest first; only one platform's when its key is given. */
  paymentIntents(platformKey?: string): Stripe.PaymentIntent[] {
    return structuredClone(this.state.all<Stripe.PaymentIntent>('payment_intent', this.ownedBy(platformKey)));
  }

  /** How many times this payment intent was really captured (idempotent replays do not count). */
  captures(paymentIntentId: string): number {
    return this.state.captureCounts.get(paymentIntentId) ?? 0;
  }

  refunds(platformKey?: string): Stripe.Refund[] {
    return structuredClone(this.state.all<Stripe.Refund>('refund', this.ownedBy(platformKey)));
  }

  /** Transfers to connected accounts (of destination charges and separate ones), with their reversals. */
  transfers(platformKey?: string): Stripe.Transfer[] {
    return structuredClone(this.state.all<Stripe.Transfer>('transfer', this.ownedBy(platformKey)));
  }

  /** Events of the platform and its connected accounts, in the order they happened. */
  events(platformKey: string): Stripe.Event[] {
    return structuredClone(this.state.all<Stripe.Event>('event', this.ownedBy(platformKey)));
  }

  /**
   * Signs an event the way Stripe signs a webhook delivery. `tamper` alters the body after signing,
   * as an attacker would, so verification must fail.
   */
  signedDelivery(event: Stripe.Event | string, webhookSecret: string, options: { timestamp?: number; tamper?: boolean } = {}): SignedDelivery {
    const found = typeof event === 'string' ? this.locate<Stripe.Event>(event, 'event').value : event;
    const payload = JSON.stringify(found, null, 2);
    const timestamp = options.timestamp ?? this.state.nowSeconds();
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret, timestamp });
    const body = options.tamper ? payload.replace('"livemode": false', '"livemode": true') : payload;
    return { body, signature };
  }

  private locate<T>(id: string, object: string): { scope: Scope; value: T } {
    const found = this.state.locate<T>(id, object);
    if (!found) throw new Error(`FakeStripe has no ${object} ${id}`);
    return found;
  }

  private ownedBy(platformKey: string | undefined): (scope: Scope) => boolean {
    if (platformKey === undefined) return () => true;
    const platformId = this.state.platformForKey(platformKey);
    if (!platformId) throw new Error('FakeStripe: that key is not a registered platform');
    return (scope) => scope.platformId === platformId;
  }
}

/** Changes Stripe makes on its own carry no request. */
function automatic(scope: Scope): Operation {
  return { scope, requestId: null, idempotencyKey: null };
}
