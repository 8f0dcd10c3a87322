// The payment of a booked request, step by step, as the payment jobs run it: open when the request
// is scheduled (or follow it to another helper), capture when the job is done, release or charge
// the late fee on cancellation. Authorizations are PaymentAuthorizationService's.
// Each step: lock the payment and store the call's key (committed), call the provider outside any
// transaction, then lock again and apply the answer with its ledger movements. A step that finds
// its work done says 'skipped'; a provider that does not answer makes the job retry with the same key.
import { Injectable } from '@nestjs/common';
import { Clock, newId, type RequestContext, TenantDatabase, type TenantTransaction } from '@quartier/platform';
import type { CaptureResult, PaymentGateway } from '../gateway/payment-gateway.js';
import { PaymentGateways } from '../gateway/payment-gateways.js';
import { LedgerService } from '../ledger/ledger.service.js';
import { captureMovements, platformShareOf } from './payment-movements.js';
import { idempotencyKeys, operationFinishedIn, operationStartedIn } from './payment-operations.js';
import { PAYMENT_COLUMNS, type PaymentRow, SETTLED_PAYMENT_STATUSES } from './payment-rows.js';
import { lockPaymentIn, lockPaymentOfRequestIn, requestAuthorizationIn } from './payment-steps.js';

/** What the booking decided about a cancellation's fee (the event's `cancellationFee`). */
export interface CancellationFee {
  applies: boolean;
  fixedMinor: number;
  basisPoints: number;
}

/** A step still waiting on another (an authorization in flight): the job retries later. */
export class PaymentStepNotReadyError extends Error {
  override readonly name = 'PaymentStepNotReadyError';
}

interface LiveAppointment {
  id: string;
  helper_id: string;
  status: 'scheduled' | 'in_progress' | 'completed';
  currency: string;
  subtotal_minor: number;
  customer_fee_minor: number;
  customer_total_minor: number;
  commission_minor: number;
  helper_payout_minor: number;
}

@Injectable()
export class PaymentFlowService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly gateways: PaymentGateways,
    private readonly ledger: LedgerService,
    private readonly clock: Clock,
  ) {}

  /** Job `payment.open`: the request's payment follows its live appointment. */
  async open(ctx: RequestContext, requestId: string): Promise<string> {
    return this.db.run(ctx, async (tx) => {
      const result = await this.openIn(tx, requestId);
      return result.outcome;
    });
  }

  /**
   * Opens the payment of a scheduled request, or moves it to the request's new appointment. A
   * Stripe authorization made for another helper is renewed for the new one (its transfer goes to
   * the helper who does the job); the agreed amounts never change. Jobs run in any order, so a
   * capture or a cancellation that finds no payment yet opens it first; `cancelled` lets a
   * cancellation open the payment of the appointment it just cancelled.
   */
  async openIn(tx: TenantTransaction, requestId: string, options: { cancelled?: boolean } = {}): Promise<{ payment: PaymentRow | null; outcome: string }> {
    const statuses = options.cancelled ? ['scheduled', 'in_progress', 'completed', 'cancelled'] : ['scheduled', 'in_progress', 'completed'];
    const [appointment] = await tx.query<LiveAppointment>(
      `select id, helper_id, status, currency, subtotal_minor, customer_fee_minor, customer_total_minor, commission_minor, helper_payout_minor
         from appointments where tenant_id = $1 and request_id = $2 and status = any($3::text[])
        order by created_at desc limit 1`,
      [tx.tenantId, requestId, statuses],
    );
    if (!appointment) return { payment: null, outcome: 'skipped: no live appointment' };
    if (appointment.customer_total_minor === 0) return { payment: null, outcome: 'skipped: nothing to pay' };
    const now = this.clock.now();
    const existing = await lockPaymentOfRequestIn(tx, requestId);
    if (existing) {
      if (existing.appointment_id === appointment.id) return { payment: existing, outcome: 'skipped: payment open' };
      // What was charged or released belongs to the appointment it was for; it never moves.
      if (SETTLED_PAYMENT_STATUSES.includes(existing.status)) return { payment: existing, outcome: `skipped: payment is ${existing.status}` };
      // A hold made (or being made) for another helper is renewed for this one; one in flight is then superseded and released.
      const renew = existing.provider === 'stripe' && (existing.status === 'authorized' || existing.status === 'authorizing');
      const [moved] = await tx.query<PaymentRow>(
        `update payments set appointment_id = $3, helper_id = $4, updated_at = $5,
                status = case when $6 then 'authorizing' else status end,
                generation = case when $6 then generation + 1 else generation end
          where tenant_id = $1 and id = $2 returning ${PAYMENT_COLUMNS}`,
        [tx.tenantId, existing.id, appointment.id, appointment.helper_id, now, renew],
      );
      if (renew) await requestAuthorizationIn(tx, moved, 'reassigned');
      return { payment: moved, outcome: renew ? 'moved; authorization renewed for the new helper' : 'moved to the new appointment' };
    }
    const gateway = await this.gateways.gatewayIn(tx);
    const offline = gateway.provider === 'offline';
    const [payment] = await tx.query<PaymentRow>(
      `insert into payments (tenant_id, id, request_id, appointment_id, customer_id, helper_id, provider, status, currency, amount_minor,
                             subtotal_minor, commission_minor, customer_fee_minor, helper_payout_minor, authorized_at, created_at, updated_at)
       select $1, $2, r.id, $3, r.customer_id, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14
         from requests r where r.tenant_id = $1 and r.id = $15
       on conflict (tenant_id, request_id) do nothing
       returning ${PAYMENT_COLUMNS}`,
      [
        tx.tenantId,
        newId(),
        appointment.id,
        appointment.helper_id,
        gateway.provider,
        offline ? 'authorized' : 'awaiting_method',
        appointment.currency,
        appointment.customer_total_minor,
        appointment.subtotal_minor,
        appointment.commission_minor,
        appointment.customer_fee_minor,
        appointment.helper_payout_minor,
        offline ? now : null,
        now,
        requestId,
      ],
    );
    // Another job opened it meanwhile (this insert waited for it): that one is the payment.
    if (!payment) return { payment: await lockPaymentOfRequestIn(tx, requestId), outcome: 'skipped: payment open' };
    await tx.emit({
      type: 'payment.opened',
      aggregateType: 'payment',
      aggregateId: payment.id,
      payload: { paymentId: payment.id, requestId, customerId: payment.customer_id, helperId: payment.helper_id, provider: payment.provider, status: payment.status },
    });
    return { payment, outcome: `opened (${payment.provider})` };
  }

  /**
   * Job `payment.capture` (the request was completed). The payment first follows the request's
   * appointment, so a reassignment whose job has not run yet is applied before anything is captured.
   */
  async capture(ctx: RequestContext, requestId: string): Promise<string> {
    const prepared = await this.db.run(ctx, async (tx) => {
      const payment = (await this.lockIfInPlaceIn(tx, requestId)) ?? (await this.openIn(tx, requestId)).payment;
      if (!payment) return { skip: 'skipped: nothing to pay' };
      if (payment.status === 'captured') return { skip: 'skipped: already captured' };
      if (payment.status === 'authorizing') throw new PaymentStepNotReadyError('The authorization is still in flight; capture after it');
      if (payment.status !== 'authorized') {
        if (payment.status === 'awaiting_method' || payment.status === 'declined') await this.markUnpaidIn(tx, payment, 'The job was done but the customer has not paid');
        return { skip: `skipped: payment is ${payment.status}` };
      }
      return { payment, ...(await this.prepareCaptureIn(tx, payment)) };
    });
    if ('skip' in prepared) return prepared.skip as string;
    return this.finishCapture(ctx, prepared.payment, prepared.gateway, prepared.key, prepared.payment.amount_minor, 'completed');
  }

  /**
   * The request's payment, locked, when it is already on the request's latest appointment (the
   * common case, in one statement); null when it has to be opened or moved first (openIn).
   */
  private async lockIfInPlaceIn(tx: TenantTransaction, requestId: string): Promise<PaymentRow | null> {
    const [row] = await tx.query<PaymentRow & { latest_appointment_id: string | null }>(
      `select ${PAYMENT_COLUMNS},
              (select a.id from appointments a
                where a.tenant_id = p.tenant_id and a.request_id = p.request_id and a.status in ('scheduled', 'in_progress', 'completed')
                order by a.created_at desc limit 1) as latest_appointment_id
         from payments p where p.tenant_id = $1 and p.request_id = $2 for update`,
      [tx.tenantId, requestId],
    );
    if (!row || row.latest_appointment_id !== row.appointment_id) return null;
    const { latest_appointment_id: _latest, ...payment } = row;
    return payment;
  }

  /**
   * Job `payment.cancel`: a free cancellation releases the authorization; a late one captures the
   * fee the booking decided when the request was cancelled (kept on its timeline).
   */
  async cancel(ctx: RequestContext, requestId: string): Promise<string> {
    const prepared = await this.db.run(ctx, async (tx) => {
      const payment = (await lockPaymentOfRequestIn(tx, requestId)) ?? (await this.openIn(tx, requestId, { cancelled: true })).payment;
      if (!payment) return { skip: 'skipped: nothing to pay' };
      if (SETTLED_PAYMENT_STATUSES.includes(payment.status)) return { skip: `skipped: payment is ${payment.status}` };
      const [cancelled] = await tx.query<{ details: { cancellationFee?: CancellationFee } }>(
        `select details from request_events where tenant_id = $1 and request_id = $2 and event = 'cancelled' order by sequence desc limit 1`,
        [tx.tenantId, requestId],
      );
      if (!cancelled) return { skip: 'skipped: the request was not cancelled' };
      const fee = lateFeeOf(payment, cancelled.details.cancellationFee ?? null);
      const now = this.clock.now();
      if (payment.status === 'authorizing') throw new PaymentStepNotReadyError('The authorization is still in flight; settle the cancellation after it');
      if (fee === 0) return { release: await this.prepareReleaseIn(tx, payment, now) };
      if (payment.status !== 'authorized') {
        await this.markUnpaidIn(tx, payment, 'A late cancellation fee is owed but the customer has not paid');
        return { skip: 'late fee owed; nothing authorized' };
      }
      return { fee, payment, ...(await this.prepareCaptureIn(tx, payment)) };
    });
    if ('skip' in prepared) return prepared.skip as string;
    if ('release' in prepared && prepared.release) return this.finishRelease(ctx, prepared.release);
    const late = prepared as { fee: number; payment: PaymentRow; gateway: PaymentGateway; key: string };
    return this.finishCapture(ctx, late.payment, late.gateway, late.key, late.fee, 'late_cancellation');
  }

  /**
   * Releases a request's payment now, whatever its timeline says (an operator settled the request
   * by refunding before anything was charged, or the request expired: a visit after a call that found
   * nobody): the authorization is cancelled, nothing is charged.
   */
  async releaseNow(ctx: RequestContext, requestId: string): Promise<string> {
    const prepared = await this.db.run(ctx, async (tx) => {
      const payment = (await lockPaymentOfRequestIn(tx, requestId)) ?? (await this.openIn(tx, requestId, { cancelled: true })).payment;
      if (!payment) return { skip: 'skipped: nothing to pay' };
      if (SETTLED_PAYMENT_STATUSES.includes(payment.status)) return { skip: `skipped: payment is ${payment.status}` };
      if (payment.status === 'authorizing') throw new PaymentStepNotReadyError('The authorization is still in flight; release it after it');
      return { release: await this.prepareReleaseIn(tx, payment, this.clock.now()) };
    });
    if ('skip' in prepared) return prepared.skip as string;
    return this.finishRelease(ctx, prepared.release);
  }

  /**
   * A release lets go of whatever the payment holds at the provider: its authorization, or the one a
   * declined renewal left behind. With nothing held, it is released at once.
   */
  private async prepareReleaseIn(tx: TenantTransaction, payment: PaymentRow, now: Date): Promise<{ payment: PaymentRow; gateway: PaymentGateway; key: string | null }> {
    const gateway = await this.gateways.gatewayFor(tx, payment.provider);
    const key = payment.payment_intent_id ? idempotencyKeys.release(tx.tenantId, payment.payment_intent_id) : null;
    if (key) await operationStartedIn(tx, { key, paymentId: payment.id, operation: 'release', now });
    return { payment, gateway, key };
  }

  private async finishRelease(ctx: RequestContext, release: { payment: PaymentRow; gateway: PaymentGateway; key: string | null }): Promise<string> {
    const { payment, gateway, key } = release;
    if (key && (await gateway.release({ idempotencyKey: key, paymentIntentId: payment.payment_intent_id })) === 'already_captured') {
      // Stripe captured it first (the capture job is recording it): settle from there, after it.
      throw new PaymentStepNotReadyError('The authorization was captured before it could be released');
    }
    return this.db.run(ctx, async (tx) => {
      const current = await lockPaymentIn(tx, payment.id);
      if (!current || SETTLED_PAYMENT_STATUSES.includes(current.status) || current.status === 'authorizing') return `skipped: payment is ${current?.status ?? 'gone'}`;
      const now = this.clock.now();
      if (key) await operationFinishedIn(tx, { key, status: 'succeeded', providerObjectId: payment.payment_intent_id, now });
      await this.markReleasedIn(tx, current, now);
      return key ? 'released' : 'released (nothing was held)';
    });
  }

  private async prepareCaptureIn(tx: TenantTransaction, payment: PaymentRow): Promise<{ gateway: PaymentGateway; key: string }> {
    const gateway = await this.gateways.gatewayFor(tx, payment.provider);
    const key = idempotencyKeys.capture(tx.tenantId, payment.id, payment.generation);
    await operationStartedIn(tx, { key, paymentId: payment.id, operation: 'capture', now: this.clock.now() });
    return { gateway, key };
  }

  private async finishCapture(
    ctx: RequestContext,
    payment: PaymentRow,
    gateway: PaymentGateway,
    key: string,
    amountMinor: number,
    reason: 'completed' | 'late_cancellation',
  ): Promise<string> {
    const result: CaptureResult = await gateway.capture({
      idempotencyKey: key,
      paymentIntentId: payment.payment_intent_id,
      amountMinor,
      applicationFeeMinor: payment.destination_account_id ? platformShareOf(payment, amountMinor) : null,
    });
    return this.db.run(ctx, async (tx) => {
      const now = this.clock.now();
      if (result.kind === 'captured') return this.recordCaptureIn(tx, { payment, key, amountMinor: result.amountMinor, chargeId: result.chargeId, reason, now });
      const current = await lockPaymentIn(tx, payment.id);
      await operationFinishedIn(tx, { key, status: 'failed', errorCode: `provider_${result.providerStatus}`, now });
      // Only the hold this capture was for is renewed; a release or a newer hold that came meanwhile stands.
      if (!current || current.status !== 'authorized' || current.generation !== payment.generation) return `skipped: payment is ${current?.status ?? 'gone'}`;
      if (reason === 'completed' && current.payment_method_id) {
        // The authorization lapsed: renew it with the customer's card; a successful renewal captures.
        const [renewing] = await tx.query<PaymentRow>(
          `update payments set status = 'authorizing', generation = generation + 1, payment_intent_id = null, updated_at = $3
            where tenant_id = $1 and id = $2 returning ${PAYMENT_COLUMNS}`,
          [tx.tenantId, current.id, now],
        );
        await requestAuthorizationIn(tx, renewing, 'renewal');
        return `authorization ${result.providerStatus}; renewing it`;
      }
      await this.markUnpaidIn(tx, current, `The authorization is ${result.providerStatus}`);
      return `unpaid: authorization ${result.providerStatus}`;
    });
  }

  /**
   * Money was taken at Stripe, so the payment is captured whatever it says now (a release may have
   * lost the race). The payment and its call are settled in one statement; a payment already
   * captured (an earlier run recorded it) changes nothing.
   */
  private async recordCaptureIn(
    tx: TenantTransaction,
    input: { payment: PaymentRow; key: string; amountMinor: number; chargeId: string | null; reason: 'completed' | 'late_cancellation'; now: Date },
  ): Promise<string> {
    const { key, amountMinor, chargeId, reason, now } = input;
    const [row] = await tx.query<PaymentRow>(
      `with captured as (
         update payments set status = 'captured', captured_minor = $3, capture_reason = $4, charge_id = $5, captured_at = $6, updated_at = $6
          where tenant_id = $1 and id = $2 and status <> 'captured' returning ${PAYMENT_COLUMNS}
       ), call as (
         update payment_operations set status = 'succeeded', provider_object_id = coalesce($5, provider_object_id), error_code = null, updated_at = $6
          where tenant_id = $1 and idempotency_key = $7
       )
       select * from captured`,
      [tx.tenantId, input.payment.id, amountMinor, reason, chargeId, now, key],
    );
    if (!row) return 'skipped: already captured';
    await this.ledger.recordAllIn(tx, captureMovements(row, amountMinor, reason));
    await tx.emit({
      type: 'payment.captured',
      aggregateType: 'payment',
      aggregateId: row.id,
      payload: { paymentId: row.id, requestId: row.request_id, customerId: row.customer_id, helperId: row.helper_id, amountMinor, currency: row.currency, reason },
    });
    // Authorized before the helper had an active account, the helper's share stayed on the site's
    // balance: if the account is active by now, the job `payout.transfer_held` sends it at once.
    if (row.provider === 'stripe' && row.destination_account_id === null) {
      await tx.emit({
        type: 'payout.share_held',
        aggregateType: 'helper_payout_account',
        aggregateId: row.helper_id,
        payload: { helperId: row.helper_id, paymentId: row.id },
      });
    }
    return `captured ${amountMinor}`;
  }

  private async markReleasedIn(tx: TenantTransaction, payment: PaymentRow, now: Date): Promise<void> {
    await tx.query(`update payments set status = 'released', released_at = $3, updated_at = $3 where tenant_id = $1 and id = $2`, [tx.tenantId, payment.id, now]);
    await tx.emit({
      type: 'payment.released',
      aggregateType: 'payment',
      aggregateId: payment.id,
      payload: { paymentId: payment.id, requestId: payment.request_id, customerId: payment.customer_id },
    });
  }

  private async markUnpaidIn(tx: TenantTransaction, payment: PaymentRow, why: string): Promise<void> {
    await tx.query(`update payments set status = 'unpaid', updated_at = $3 where tenant_id = $1 and id = $2`, [tx.tenantId, payment.id, this.clock.now()]);
    await tx.emit({
      type: 'payment.unpaid',
      aggregateType: 'payment',
      aggregateId: payment.id,
      payload: { paymentId: payment.id, requestId: payment.request_id, customerId: payment.customer_id, reason: why },
    });
  }
}

/** The policy's late fee on the booked price, never more than was authorized. */
export function lateFeeOf(payment: Pick<PaymentRow, 'amount_minor' | 'subtotal_minor'>, fee: CancellationFee | null): number {
  if (!fee?.applies) return 0;
  const share = Math.floor((payment.subtotal_minor * fee.basisPoints) / 10_000);
  return Math.min(payment.amount_minor, fee.fixedMinor + share);
}
