// Authorizations: the job `payment.authorize` holds the amount on the customer's card (making the
// customer's Stripe customer once), with the marketplace's fee and the helper's transfer set; the
// sweep renews holds about to lapse while the job is still ahead; a hold a newer one replaced is
// released. Keys are stored before each call and calls are made outside any transaction.
import { Injectable } from '@nestjs/common';
import { Clock, type RequestContext, TenantDatabase, type TenantTransaction } from '@quartier/platform';
import type { AuthorizeResult, PaymentGateway } from '../gateway/payment-gateway.js';
import { PaymentGateways } from '../gateway/payment-gateways.js';
import { idempotencyKeys, operationFinishedIn, operationStartedIn } from './payment-operations.js';
import { PAYMENT_COLUMNS, type PaymentRow } from './payment-rows.js';
import { lockPaymentIn, requestAuthorizationIn } from './payment-steps.js';

/** Authorizations are renewed this long before they lapse, while the job is still ahead. */
export const RENEW_BEFORE_EXPIRY_MS = 24 * 3_600_000;

@Injectable()
export class PaymentAuthorizationService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly gateways: PaymentGateways,
    private readonly clock: Clock,
  ) {}

  /** Job `payment.authorize`. */
  async authorize(ctx: RequestContext, paymentId: string): Promise<string> {
    const prepared = await this.db.run(ctx, async (tx) => {
      const payment = await lockPaymentIn(tx, paymentId);
      if (!payment || payment.status !== 'authorizing') return { payment, ready: null };
      const gateway = await this.gateways.gatewayFor(tx, payment.provider);
      const now = this.clock.now();
      const key = idempotencyKeys.authorize(tx.tenantId, payment.id, payment.generation);
      const attempt = await operationStartedIn(tx, { key, paymentId: payment.id, operation: 'authorize', now });
      const customer = await this.customerOfIn(tx, payment, gateway);
      const destination = attempt === 1 ? await this.destinationChosenIn(tx, payment) : payment.destination_account_id;
      return { payment, ready: { gateway, key, customer, destination } };
    });
    const { payment, ready } = prepared;
    if (!payment) return 'skipped: no such payment';
    if (!ready) {
      await this.releaseStale(ctx, payment);
      return `skipped: payment is ${payment.status}`;
    }

    const { create } = ready.customer;
    const customerId = create ? await this.createCustomer(ctx, ready.gateway, create) : ready.customer.id;
    const result = await ready.gateway.authorize({
      idempotencyKey: ready.key,
      amountMinor: payment.amount_minor,
      currency: payment.currency,
      paymentMethodId: payment.payment_method_id,
      customerId,
      applicationFeeMinor: payment.commission_minor + payment.customer_fee_minor,
      destinationAccountId: ready.destination,
      offSession: payment.generation > 1 && payment.authorized_at !== null,
      description: `Quartier booking ${payment.request_id}`,
      metadata: { tenantId: ctx.tenantId ?? '', paymentId: payment.id, requestId: payment.request_id, generation: String(payment.generation) },
    });

    const applied = await this.db.run(ctx, async (tx) => {
      const current = await lockPaymentIn(tx, paymentId);
      const now = this.clock.now();
      if (!current || current.status !== 'authorizing' || current.generation !== payment.generation) {
        // A newer generation or a cancellation overtook this one: what was just authorized is stale,
        // unless it is the payment's current authorization (an earlier run of this job applied it).
        const currentIntent = current?.payment_intent_id ?? null;
        const stale = result.kind === 'authorized' && result.paymentIntentId !== currentIntent ? result.paymentIntentId : null;
        if (stale) await operationFinishedIn(tx, { key: ready.key, status: 'failed', errorCode: 'superseded', now });
        return { row: current, staleIntent: stale, outcome: stale ? 'skipped: superseded' : 'skipped: applied by an earlier run' };
      }
      return { ...(await this.applyAuthorizationIn(tx, current, result, ready.key, ready.destination, now)), staleIntent: null };
    });
    if (applied.staleIntent) await this.releaseIntent(ctx, ready.gateway, { paymentId: payment.id, paymentIntentId: applied.staleIntent });
    if (applied.row) await this.releaseStale(ctx, applied.row);
    return applied.outcome;
  }

  /**
   * Where the helper's share goes, decided once per generation (on its first attempt) and kept on
   * the payment: a retry sends Stripe the very same parameters under the same key, whatever the
   * helper's account did meanwhile.
   */
  private async destinationChosenIn(tx: TenantTransaction, payment: PaymentRow): Promise<string | null> {
    const [account] = await tx.query<{ stripe_account_id: string }>(
      `select stripe_account_id from helper_payout_accounts where tenant_id = $1 and helper_id = $2 and status = 'active' and stripe_account_id is not null`,
      [tx.tenantId, payment.helper_id],
    );
    const destination = account?.stripe_account_id ?? null;
    await tx.query(`update payments set destination_account_id = $3 where tenant_id = $1 and id = $2`, [tx.tenantId, payment.id, destination]);
    return destination;
  }

  private async applyAuthorizationIn(
    tx: TenantTransaction,
    payment: PaymentRow,
    result: AuthorizeResult,
    key: string,
    destination: string | null,
    now: Date,
  ): Promise<{ row: PaymentRow; outcome: string }> {
    if (result.kind === 'declined') {
      const [row] = await tx.query<PaymentRow>(
        `update payments set status = 'declined', decline_code = $3, decline_message = $4, updated_at = $5
          where tenant_id = $1 and id = $2 returning ${PAYMENT_COLUMNS}`,
        [tx.tenantId, payment.id, result.code, result.message, now],
      );
      await operationFinishedIn(tx, { key, status: 'failed', providerObjectId: result.paymentIntentId, errorCode: result.code, now });
      await tx.emit({
        type: 'payment.declined',
        aggregateType: 'payment',
        aggregateId: payment.id,
        payload: { paymentId: payment.id, requestId: payment.request_id, customerId: payment.customer_id, code: result.code, message: result.message },
      });
      return { row, outcome: `declined (${result.code})` };
    }
    const replaced = payment.payment_intent_id && payment.payment_intent_id !== result.paymentIntentId ? payment.payment_intent_id : null;
    const [row] = await tx.query<PaymentRow>(
      `update payments set status = 'authorized', payment_intent_id = $3, stale_payment_intent_id = coalesce($4, stale_payment_intent_id),
              card_brand = coalesce($5, card_brand), card_last4 = coalesce($6, card_last4), destination_account_id = $7,
              authorized_at = $8, authorization_expires_at = $9, decline_code = null, decline_message = null, updated_at = $8
        where tenant_id = $1 and id = $2 returning ${PAYMENT_COLUMNS}`,
      [tx.tenantId, payment.id, result.paymentIntentId, replaced, result.cardBrand, result.cardLast4, destination, now, result.expiresAt],
    );
    await operationFinishedIn(tx, { key, status: 'succeeded', providerObjectId: result.paymentIntentId, now });
    await tx.emit({
      type: 'payment.authorized',
      aggregateType: 'payment',
      aggregateId: payment.id,
      payload: { paymentId: payment.id, requestId: payment.request_id, customerId: payment.customer_id, amountMinor: payment.amount_minor, currency: payment.currency },
    });
    // The job was done while the card was being authorized (or renewed): capture now.
    const [appointment] = await tx.query<{ status: string }>(`select status from appointments where tenant_id = $1 and id = $2`, [tx.tenantId, row.appointment_id]);
    if (appointment?.status === 'completed') {
      await tx.emit({ type: 'payment.capture_due', aggregateType: 'request', aggregateId: row.request_id, payload: { paymentId: row.id, requestId: row.request_id } });
    }
    return { row, outcome: 'authorized' };
  }


  /**
   * Sweep: authorizations that lapse within a day while their job is still ahead are renewed with
   * the card the customer gave (off-session), so a booking weeks out can still be captured.
   */
  async renewDue(ctx: RequestContext, now: Date): Promise<number> {
    return this.db.run(ctx, async (tx) => {
      const due = await tx.query<PaymentRow>(
        `update payments p set status = 'authorizing', generation = generation + 1, updated_at = $3
          where p.tenant_id = $1 and p.provider = 'stripe' and p.status = 'authorized' and p.authorization_expires_at < $2
            and exists (select 1 from appointments a where a.tenant_id = p.tenant_id and a.id = p.appointment_id and a.status in ('scheduled', 'in_progress'))
          returning ${PAYMENT_COLUMNS}`,
        [tx.tenantId, new Date(now.getTime() + RENEW_BEFORE_EXPIRY_MS), now],
      );
      for (const payment of due) await requestAuthorizationIn(tx, payment, 'renewal');
      return due.length;
    });
  }


  /** The provider's customer of the payer: known, or to be made once (by key) before authorizing. */
  private async customerOfIn(
    tx: TenantTransaction,
    payment: PaymentRow,
    gateway: PaymentGateway,
  ): Promise<{ id: string | null; create: { key: string; userId: string; email: string; name: string } | null }> {
    if (gateway.provider !== 'stripe') return { id: null, create: null };
    const [known] = await tx.query<{ stripe_customer_id: string }>(
      `select stripe_customer_id from payment_customers where tenant_id = $1 and user_id = $2`,
      [tx.tenantId, payment.customer_id],
    );
    if (known) return { id: known.stripe_customer_id, create: null };
    const [user] = await tx.query<{ email: string; display_name: string }>(`select email, display_name from users where tenant_id = $1 and id = $2`, [
      tx.tenantId,
      payment.customer_id,
    ]);
    const key = idempotencyKeys.customer(tx.tenantId, payment.customer_id);
    await operationStartedIn(tx, { key, paymentId: null, operation: 'customer', now: this.clock.now() });
    return { id: null, create: { key, userId: payment.customer_id, email: user.email, name: user.display_name } };
  }

  private async createCustomer(ctx: RequestContext, gateway: PaymentGateway, input: { key: string; userId: string; email: string; name: string }): Promise<string | null> {
    const id = await gateway.ensureCustomer({ idempotencyKey: input.key, userId: input.userId, email: input.email, name: input.name });
    if (!id) return null;
    await this.db.run(ctx, async (tx) => {
      const now = this.clock.now();
      await tx.query(`insert into payment_customers (tenant_id, user_id, stripe_customer_id, created_at) values ($1, $2, $3, $4) on conflict do nothing`, [
        tx.tenantId,
        input.userId,
        id,
        now,
      ]);
      await operationFinishedIn(tx, { key: input.key, status: 'succeeded', providerObjectId: id, now });
    });
    return id;
  }

  /** Releases an authorization a newer one replaced, then forgets it. */
  private async releaseStale(ctx: RequestContext, payment: PaymentRow): Promise<void> {
    const stale = payment.stale_payment_intent_id;
    if (!stale) return;
    const gateway = await this.db.run(ctx, (tx) => this.gateways.gatewayFor(tx, payment.provider));
    await this.releaseIntent(ctx, gateway, { paymentId: payment.id, paymentIntentId: stale });
    await this.db.run(ctx, (tx) =>
      tx.query(`update payments set stale_payment_intent_id = null where tenant_id = $1 and id = $2 and stale_payment_intent_id = $3`, [tx.tenantId, payment.id, stale]),
    );
  }

  /** Cancels one authorization at the provider, its key stored first like every call's. */
  private async releaseIntent(ctx: RequestContext, gateway: PaymentGateway, input: { paymentId: string; paymentIntentId: string }): Promise<void> {
    const key = await this.db.run(ctx, async (tx) => {
      const stored = idempotencyKeys.release(tx.tenantId, input.paymentIntentId);
      await operationStartedIn(tx, { key: stored, paymentId: input.paymentId, operation: 'release', now: this.clock.now() });
      return stored;
    });
    await gateway.release({ idempotencyKey: key, paymentIntentId: input.paymentIntentId });
    await this.db.run(ctx, (tx) => operationFinishedIn(tx, { key, status: 'succeeded', providerObjectId: input.paymentIntentId, now: this.clock.now() }));
  }
}
