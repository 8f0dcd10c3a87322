// Refunds: operators ask for them (recorded at once, bounded by what was captured); the payment
// jobs send them to the provider with a key stored first, then record the answer and its ledger
// movements. A request an operator settled by refunding gets what remains refunded, or its
// authorization released when nothing was charged yet.
import { Injectable } from '@nestjs/common';
import {
  asUuid,
  Clock,
  ConflictError,
  ForbiddenError,
  formatMoney,
  money,
  newId,
  NotFoundError,
  type RequestContext,
  TenantDatabase,
  type TenantTransaction,
  userIdOf,
  ValidationError,
} from '@quartier/platform';
import type { PaymentGateway, RefundResult } from '../gateway/payment-gateway.js';
import { PaymentGateways } from '../gateway/payment-gateways.js';
import { LedgerService } from '../ledger/ledger.service.js';
import { PaymentFlowService } from '../payment/payment-flow.service.js';
import { HeldTransfersService } from '../payouts/held-transfers.service.js';
import { lockPaymentIn, lockPaymentOfRequestIn } from '../payment/payment-steps.js';
import { refundMovements } from '../payment/payment-movements.js';
import { idempotencyKeys, operationFinishedIn, operationStartedIn } from '../payment/payment-operations.js';
import type { PaymentRow, PaymentStatus } from '../payment/payment-rows.js';
import { REFUND_COLUMNS, refundableIn, type RefundRow, type RefundView, toRefundView } from './refund-rows.js';

const MAX_REASON_LENGTH = 500;
const DEFAULT_RULING_REASON = 'Refund decided by the operator';

/** Why a payment that was never charged cannot be refunded, and what to do instead. */
const NOT_CAPTURED_BECAUSE: Record<Exclude<PaymentStatus, 'captured'>, string> = {
  awaiting_method: "this one still waits for the customer's card, so nothing was charged",
  authorizing: 'the card of this one is being authorized — cancel the booking to release it',
  authorized: 'this one is authorized — cancel the booking to release it',
  declined: 'the card of this one was declined, so nothing was charged',
  released: 'this one was released, so nothing was charged',
  unpaid: 'the customer never paid this one',
};

@Injectable()
export class RefundService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly gateways: PaymentGateways,
    private readonly flow: PaymentFlowService,
    private readonly ledger: LedgerService,
    private readonly clock: Clock,
    private readonly heldTransfers: HeldTransfersService,
  ) {}

  /**
   * An operator refunds a charged payment, all that remains (`amountMinor` null) or a part. It is
   * recorded as pending here and sent by the job `payment.refund`; nothing reaches Stripe in this call.
   */
  async requestRefund(ctx: RequestContext, input: { paymentId: string; amountMinor?: number | null; reason: string }): Promise<RefundView> {
    if (!ctx.hasRole('operator_admin', 'operator_agent')) throw new ForbiddenError();
    const requestedBy = userIdOf(ctx);
    const reason = input.reason.trim();
    if (reason.length < 1 || reason.length > MAX_REASON_LENGTH) throw new ValidationError('reason', `Give the reason in 1 to ${MAX_REASON_LENGTH} characters`);
    const asked = input.amountMinor ?? null;
    if (asked !== null && (!Number.isSafeInteger(asked) || asked <= 0)) {
      throw new ValidationError('amountMinor', 'A refund is a positive whole number of minor units');
    }
    return this.db.run(ctx, async (tx) => {
      const payment = await lockPaymentIn(tx, asUuid(input.paymentId));
      if (!payment) throw new NotFoundError('Payment');
      if (payment.status !== 'captured') {
        throw new ConflictError(`Only a charged payment can be refunded; ${NOT_CAPTURED_BECAUSE[payment.status]}`, { detail: 'NOT_CAPTURED', field: 'paymentId' });
      }
      const refundable = await refundableIn(tx, payment);
      const amountMinor = asked ?? refundable;
      if (refundable <= 0 || amountMinor > refundable) {
        const left = refundable > 0 ? `at most ${formatMoney(money(refundable, payment.currency), ctx.locale)} can still be refunded` : 'nothing is left to refund';
        throw new ConflictError(`This payment cannot be refunded that much: ${left}`, { detail: 'REFUND_EXCEEDS_CAPTURED', field: 'amountMinor' });
      }
      const refund = await this.insertIn(tx, { payment, amountMinor, reason, requestedBy, sourceKey: null });
      if (!refund) throw new Error('A refund without a source key is always inserted');
      await tx.emit({
        type: 'payment.refund_requested',
        aggregateType: 'payment_refund',
        aggregateId: refund.id,
        payload: { refundId: refund.id, paymentId: payment.id, requestId: payment.request_id, amountMinor, currency: payment.currency },
      });
      return toRefundView(refund);
    });
  }

  /** Job `payment.refund`: sends a pending refund (with its stored key) and records the answer. */
  async execute(ctx: RequestContext, refundId: string): Promise<string> {
    const prepared = await this.db.run(ctx, async (tx) => {
      const locked = await this.lockIn(tx, refundId);
      if (!locked) return { skip: 'skipped: no such refund' };
      const { refund, payment } = locked;
      if (refund.status !== 'pending') return { skip: `skipped: refund ${refund.status}` };
      const gateway = await this.gateways.gatewayFor(tx, payment.provider);
      const key = idempotencyKeys.refund(tx.tenantId, refund.id);
      await operationStartedIn(tx, { key, paymentId: payment.id, operation: 'refund', now: this.clock.now() });
      return { refund, payment, gateway, key };
    });
    if ('skip' in prepared) return this.withHeldShareReversed(ctx, refundId, prepared.skip as string);
    const { refund, payment, gateway, key } = prepared as { refund: RefundRow; payment: PaymentRow; gateway: PaymentGateway; key: string };

    const result = await gateway.refund({
      idempotencyKey: key,
      paymentIntentId: payment.payment_intent_id,
      amountMinor: refund.amount_minor,
      reason: refund.reason,
      // The helper's share went to their connected account at capture: take it back in proportion.
      reverseTransfer: payment.destination_account_id !== null,
      metadata: { tenantId: ctx.tenantId ?? '', paymentId: payment.id, refundId: refund.id, requestId: payment.request_id },
    });

    const outcome = await this.db.run(ctx, async (tx) => {
      const locked = await this.lockIn(tx, refund.id);
      const now = this.clock.now();
      if (!locked || locked.refund.status !== 'pending') return `skipped: refund ${locked?.refund.status ?? 'gone'}`;
      return this.applyIn(tx, locked.payment, locked.refund, result, key, now);
    });
    return this.withHeldShareReversed(ctx, refund.id, outcome);
  }

  /**
   * A share held at capture and transferred to the helper later is no destination charge, so
   * `reverseTransfer` above took nothing back: once the refund succeeded, the helper's part of it is
   * reversed from that transfer as a step of its own (its key stored first). A retry of this job
   * finds the refund done and still runs this step, so a lost answer is never a lost reversal.
   */
  private async withHeldShareReversed(ctx: RequestContext, refundId: string, outcome: string): Promise<string> {
    const reversed = await this.heldTransfers.reverseForRefund(ctx, refundId);
    return reversed ? `${outcome}; ${reversed}` : outcome;
  }

  /**
   * Job `payment.refund_rest` (request.refunded): refunds what remains of the request's payment,
   * with the operator's reason from the request's timeline; `sourceKey` makes a replay add nothing.
   */
  async refundRest(ctx: RequestContext, input: { requestId: string; sourceKey: string }): Promise<string> {
    type Decision = { outcome: string } | { release: true } | { refundId: string };
    const decided = await this.db.run(ctx, async (tx): Promise<Decision> => {
      const payment = await lockPaymentOfRequestIn(tx, input.requestId);
      if (!payment) return { outcome: 'skipped: no payment' };
      if (payment.status !== 'captured') return { release: true };
      const [earlier] = await tx.query<{ id: string }>(`select id from payment_refunds where tenant_id = $1 and source_key = $2`, [tx.tenantId, input.sourceKey]);
      if (earlier) return { refundId: earlier.id };
      const refundable = await refundableIn(tx, payment);
      if (refundable <= 0) return { outcome: 'skipped: nothing left to refund' };
      const [ruling] = await tx.query<{ reason: string | null; actor_id: string | null; actor_kind: string }>(
        `select reason, actor_id, actor_kind from request_events where tenant_id = $1 and request_id = $2 and event = 'refunded' order by sequence desc limit 1`,
        [tx.tenantId, input.requestId],
      );
      const reason = ruling?.reason?.trim().slice(0, MAX_REASON_LENGTH) || DEFAULT_RULING_REASON;
      const requestedBy = ruling?.actor_kind === 'operator' ? ruling.actor_id : null;
      const refund = await this.insertIn(tx, { payment, amountMinor: refundable, reason, requestedBy, sourceKey: input.sourceKey });
      return refund ? { refundId: refund.id } : { outcome: 'skipped: refunded by an earlier run' };
    });
    if ('outcome' in decided) return decided.outcome;
    // Nothing was charged: the customer is made whole by releasing the authorization.
    if ('release' in decided) return this.flow.releaseNow(ctx, input.requestId);
    // Sent here rather than by its own job: a retry of this job finds the refund by its source key.
    return this.execute(ctx, decided.refundId);
  }

  private async applyIn(tx: TenantTransaction, payment: PaymentRow, refund: RefundRow, result: RefundResult, key: string, now: Date): Promise<string> {
    const payload = { refundId: refund.id, paymentId: payment.id, requestId: payment.request_id, customerId: payment.customer_id, amountMinor: refund.amount_minor, currency: refund.currency };
    if (result.kind === 'refused') {
      await tx.query(`update payment_refunds set status = 'failed', failure_message = $3, updated_at = $4 where tenant_id = $1 and id = $2`, [
        tx.tenantId,
        refund.id,
        result.message,
        now,
      ]);
      await operationFinishedIn(tx, { key, status: 'failed', errorCode: result.code, now });
      await tx.emit({ type: 'payment.refund_failed', aggregateType: 'payment_refund', aggregateId: refund.id, payload: { ...payload, code: result.code, message: result.message } });
      return `refund failed (${result.code})`;
    }
    await tx.query(`update payment_refunds set status = 'succeeded', provider_refund_id = $3, updated_at = $4 where tenant_id = $1 and id = $2`, [
      tx.tenantId,
      refund.id,
      result.refundId,
      now,
    ]);
    await tx.query(`update payments set refunded_minor = refunded_minor + $3, updated_at = $4 where tenant_id = $1 and id = $2`, [
      tx.tenantId,
      payment.id,
      refund.amount_minor,
      now,
    ]);
    await this.ledger.recordAllIn(tx, refundMovements(payment, { id: refund.id, amountMinor: refund.amount_minor }));
    await operationFinishedIn(tx, { key, status: 'succeeded', providerObjectId: result.refundId, now });
    await tx.emit({ type: 'payment.refunded', aggregateType: 'payment_refund', aggregateId: refund.id, payload });
    return `refunded ${refund.amount_minor}`;
  }

  /** The refund and its payment, locked payment first (the order every payment step takes). */
  private async lockIn(tx: TenantTransaction, refundId: string): Promise<{ refund: RefundRow; payment: PaymentRow } | null> {
    const [found] = await tx.query<{ payment_id: string }>(`select payment_id from payment_refunds where tenant_id = $1 and id = $2`, [tx.tenantId, asUuid(refundId)]);
    if (!found) return null;
    const payment = await lockPaymentIn(tx, found.payment_id);
    const [refund] = await tx.query<RefundRow>(`select ${REFUND_COLUMNS} from payment_refunds where tenant_id = $1 and id = $2 for update`, [tx.tenantId, asUuid(refundId)]);
    return payment && refund ? { refund, payment } : null;
  }

  private async insertIn(
    tx: TenantTransaction,
    input: { payment: PaymentRow; amountMinor: number; reason: string; requestedBy: string | null; sourceKey: string | null },
  ): Promise<RefundRow | null> {
    const now = this.clock.now();
    const [row] = await tx.query<RefundRow>(
      `insert into payment_refunds (tenant_id, id, payment_id, amount_minor, currency, reason, status, requested_by, source_key, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, 'pending', $7, $8, $9, $9)
       on conflict (tenant_id, source_key) do nothing
       returning ${REFUND_COLUMNS}`,
      [tx.tenantId, newId(), input.payment.id, input.amountMinor, input.payment.currency, input.reason, input.requestedBy, input.sourceKey, now],
    );
    return row ?? null;
  }
}
