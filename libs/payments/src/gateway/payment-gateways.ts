// Builds the payment provider of a tenant from its own settings: Stripe with the tenant's keys, or
// the offline provider when it connected none. One SDK client per key is kept for the process.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Clock, type TenantTransaction } from '@quartier/platform';
import Stripe from 'stripe';
import { StripeAccountService } from '../stripe-account/stripe-account.service.js';
import { OfflinePaymentGateway } from './offline-payment.gateway.js';
import { type PaymentGateway, type PaymentProvider, PaymentProviderUnavailableError } from './payment-gateway.js';
import { StripePaymentGateway } from './stripe-payment.gateway.js';

const MAX_CLIENTS = 1_000;
/**
 * How long a process keeps a tenant's Stripe gateway for its payments' steps before reading the
 * keys again: a key an operator replaced is used by payment jobs for at most this long (a revoked
 * one fails and the job retries with the new key).
 */
const GATEWAY_TTL_MS = 30_000;

export interface TenantStripe {
  client: Stripe;
  webhookSecret: string;
}

@Injectable()
export class PaymentGateways {
  private readonly clients = new Map<string, Stripe>();
  private readonly offline = new OfflinePaymentGateway();
  private readonly stripeGateways = new Map<string, { gateway: StripePaymentGateway; until: number }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: StripeAccountService,
    private readonly clock: Clock,
  ) {}

  /** The tenant's provider; read inside a transaction, used after it (never hold a transaction across a call). */
  async gatewayIn(tx: TenantTransaction): Promise<PaymentGateway> {
    const stripe = await this.stripeIn(tx);
    return stripe ? new StripePaymentGateway(stripe.client, () => this.clock.now()) : this.offline;
  }

  /**
   * The provider a payment was opened with, whatever the site uses now: an offline payment never
   * reaches Stripe, and a Stripe payment never falls back to the offline provider (that would record
   * money that did not move). A Stripe payment of a site whose keys are gone waits (the job retries,
   * then is dead-lettered for an operator) until the keys are back.
   */
  async gatewayFor(tx: TenantTransaction, provider: PaymentProvider): Promise<PaymentGateway> {
    if (provider === 'offline') return this.offline;
    const cached = this.stripeGateways.get(tx.tenantId);
    if (cached && cached.until > performance.now()) return cached.gateway;
    const stripe = await this.stripeIn(tx);
    if (!stripe) throw new PaymentProviderUnavailableError('This Stripe payment waits for the site to connect its Stripe account again');
    const gateway = new StripePaymentGateway(stripe.client, () => this.clock.now());
    if (this.stripeGateways.size >= MAX_CLIENTS) this.stripeGateways.delete(this.stripeGateways.keys().next().value as string);
    this.stripeGateways.set(tx.tenantId, { gateway, until: performance.now() + GATEWAY_TTL_MS });
    return gateway;
  }

  /** The tenant's Stripe client and webhook secret; null for a tenant on the offline provider. */
  async stripeIn(tx: TenantTransaction): Promise<TenantStripe | null> {
    const credentials = await this.accounts.credentialsIn(tx);
    if (!credentials) return null;
    return { client: this.clientFor(credentials.secretKey), webhookSecret: credentials.webhookSecret };
  }

  /** An SDK client for a key, pointed at STRIPE_API_URL when set. */
  clientFor(secretKey: string): Stripe {
    let client = this.clients.get(secretKey);
    if (!client) {
      if (this.clients.size >= MAX_CLIENTS) this.clients.delete(this.clients.keys().next().value as string);
      client = new Stripe(secretKey, { ...stripeAddress(this.config.STRIPE_API_URL), maxNetworkRetries: 0, timeout: this.config.STRIPE_TIMEOUT_MS, telemetry: false });
      this.clients.set(secretKey, client);
    }
    return client;
  }
}

function stripeAddress(url: string | undefined): Pick<Stripe.StripeConfig, 'host' | 'port' | 'protocol'> {
  if (!url) return {};
  const parsed = new URL(url);
  const protocol = parsed.protocol === 'http:' ? 'http' : 'https';
  return { host: parsed.hostname, port: parsed.port || (protocol === 'http' ? 80 : 443), protocol };
}
