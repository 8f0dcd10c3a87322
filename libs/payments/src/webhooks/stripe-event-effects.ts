// The effects of Stripe's events on Quartier's records, applied inside the transaction that marks
// the inbox event applied. Each one starts from the object as Stripe holds it now and is
// idempotent (upserts, ledger business keys, outbox events only on a change), so events applied
// twice, late or out of order leave the same state as each applied once in order.
import { Injectable } from '@nestjs/common';
import { Clock, newId, type TenantTransaction } from '@quartier/platform';
import type Stripe from 'stripe';
import { LedgerService } from '../ledger/ledger.service.js';
import { PaymentStepNotReadyError } from '../payment/payment-flow.service.js';
import { refundMovements } from '../payment/payment-movements.js';
import { PAYMENT_COLUMNS, type PaymentRow } from '../payment/payment-rows.js';
import { idOf } from '../gateway/stripe-call.js';
import { type CurrentObject } from './stripe-current-objects.js';
import {
  disputeLostMovement,
  disputeOpenedMovement,
  disputeWonMovement,
  payoutFailedMovement,
  payoutPaidMovement,
} from './stripe-event-movements.js';
import { disputeStatusOf, type DisputeStatus, isoCurrency, payoutAccountStatusOf } from './stripe-event-rules.js';

/** The reason a refund made in Stripe's dashboard is shown with. */
export const STRIPE_DASHBOARD_REFUND_REASON = 'Refunded in Stripe';

interface PayoutAccountRow {
  helper_id: string;
  status: string;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  details_submitted: boolean;
}

@Injectable()
export class StripeEventEffects {
  constructor(
    private readonly ledger: LedgerService,
    private readonly clock: Clock,
  ) {}

  /** Applies the current state of the event's object; returns the outcome kept on the inbox row. */
  async applyIn(tx: TenantTransaction, current: CurrentObject): Promise<string> {
    switch (current.kind) {
      case 'dispute':
        return this.disputeIn(tx, current.dispute);
      case 'account':
        return this.accountIn(tx, current.account);
      case 'payout':
        return this.payoutIn(tx, current.payout, current.accountId);
      case 'payment_intent':
        return this.lapsedAuthorizationIn(tx, current.intent);
      case 'charge':
        return this.dashboardRefundsIn(tx, current.charge, current.refunds);
      case 'gone':
        return `gone: Stripe no longer knows ${current.objectId}`;
      case 'none':
        return `ignored: ${current.why}`;
    }
  }

  private async disputeIn(tx: TenantTransaction, dispute: Stripe.Dispute): Promise<string> {
    const payment = await this.lockPaymentIn(tx, { paymentIntentId: idOf(dispute.payment_intent), chargeId: idOf(dispute.charge) });
    if (!payment) return `not ours: no payment for the disputed charge ${idOf(dispute.charge) ?? dispute.id}`;
    const status = disputeStatusOf(dispute.status);
    const now = this.clock.now();
    const [existing] = await tx.query<{ id: string; status: DisputeStatus }>(
      `select id, status from payment_disputes where tenant_id = $1 and provider_dispute_id = $2 for update`,
      [tx.tenantId, dispute.id],
    );
    const id = existing?.id ?? newId();
    if (!existing) {
      await tx.query(
        `insert into payment_disputes (tenant_id, id, payment_id, provider_dispute_id, amount_minor, currency, reason, status, opened_at, closed_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [tx.tenantId, id, payment.id, dispute.id, dispute.amount, isoCurrency(dispute.currency), dispute.reason, status, new Date(dispute.created * 1_000), status === 'open' ? null : now],
      );
    } else if (existing.status !== status) {
      await tx.query(
        `update payment_disputes set status = $3, amount_minor = $4, reason = $5, closed_at = case when $3 = 'open' then null else coalesce(closed_at, $6) end
          where tenant_id = $1 and id = $2`,
        [tx.tenantId, id, status, dispute.amount, dispute.reason, now],
      );
    }

    const amounts = { id: dispute.id, amountMinor: dispute.amount };
    await this.ledger.recordIn(tx, disputeOpenedMovement(payment, amounts));
    if (status === 'won') await this.ledger.recordIn(tx, disputeWonMovement(payment, amounts));
    if (status === 'lost') await this.ledger.recordIn(tx, disputeLostMovement(payment, amounts));

    const payload = {
      disputeId: id,
      providerDisputeId: dispute.id,
      paymentId: payment.id,
      requestId: payment.request_id,
      customerId: payment.customer_id,
      helperId: payment.helper_id,
      amountMinor: dispute.amount,
      currency: payment.currency,
      reason: dispute.reason,
      status,
    };
    if (!existing) await tx.emit({ type: 'payment.disputed', aggregateType: 'payment_dispute', aggregateId: id, payload });
    if (status !== 'open' && existing?.status !== status) await tx.emit({ type: 'payment.dispute_closed', aggregateType: 'payment_dispute', aggregateId: id, payload });
    return existing?.status === status ? `dispute ${status} (unchanged)` : `dispute ${status}`;
  }

  private async accountIn(tx: TenantTransaction, account: Stripe.Account): Promise<string> {
    const [row] = await tx.query<PayoutAccountRow>(
      `select helper_id, status, charges_enabled, payouts_enabled, details_submitted from helper_payout_accounts
        where tenant_id = $1 and stripe_account_id = $2 for update`,
      [tx.tenantId, account.id],
    );
    if (!row) return `not ours: no helper's payout account is ${account.id}`;
    const flags = { chargesEnabled: account.charges_enabled ?? false, payoutsEnabled: account.payouts_enabled ?? false, detailsSubmitted: account.details_submitted ?? false };
    const status = payoutAccountStatusOf(flags);
    if (
      row.status === status && row.charges_enabled === flags.chargesEnabled && row.payouts_enabled === flags.payoutsEnabled &&
      row.details_submitted === flags.detailsSubmitted
    ) {
      return `payout account ${status} (unchanged)`;
    }
    await tx.query(
      `update helper_payout_accounts set status = $3, charges_enabled = $4, payouts_enabled = $5, details_submitted = $6, updated_at = $7
        where tenant_id = $1 and helper_id = $2`,
      [tx.tenantId, row.helper_id, status, flags.chargesEnabled, flags.payoutsEnabled, flags.detailsSubmitted, this.clock.now()],
    );
    await tx.emit({
      type: 'payout.account_updated',
      aggregateType: 'helper_payout_account',
      aggregateId: row.helper_id,
      payload: { helperId: row.helper_id, stripeAccountId: account.id, status, previousStatus: row.status, ...flags },
    });
    return `payout account ${status}`;
  }

  private async payoutIn(tx: TenantTransaction, payout: Stripe.Payout, accountId: string): Promise<string> {
    const [owner] = await tx.query<{ helper_id: string }>(
      `select helper_id from helper_payout_accounts where tenant_id = $1 and stripe_account_id = $2 for update`,
      [tx.tenantId, accountId],
    );
    if (!owner) return `not ours: no helper's payout account is ${accountId}`;
    if (payout.status !== 'paid' && payout.status !== 'failed') return `noted: payout ${payout.status}`;
    const status = payout.status;
    const [existing] = await tx.query<{ id: string; status: 'paid' | 'failed' }>(
      `select id, status from helper_payouts where tenant_id = $1 and provider_payout_id = $2 for update`,
      [tx.tenantId, payout.id],
    );
    const id = existing?.id ?? newId();
    if (!existing) {
      await tx.query(
        `insert into helper_payouts (tenant_id, id, helper_id, provider_payout_id, amount_minor, currency, status, arrival_date, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [tx.tenantId, id, owner.helper_id, payout.id, payout.amount, isoCurrency(payout.currency), status, payout.arrival_date ? new Date(payout.arrival_date * 1_000) : null, this.clock.now()],
      );
    } else if (existing.status !== status) {
      await tx.query(`update helper_payouts set status = $3 where tenant_id = $1 and id = $2`, [tx.tenantId, id, status]);
    }

    const movement = { id: payout.id, helperId: owner.helper_id, amountMinor: payout.amount, currency: isoCurrency(payout.currency) };
    if (status === 'paid') await this.ledger.recordIn(tx, payoutPaidMovement(movement));
    else if (await this.recordedIn(tx, `payout:${payout.id}`)) await this.ledger.recordIn(tx, payoutFailedMovement(movement));

    if (existing?.status === status) return `payout ${status} (unchanged)`;
    await tx.emit({
      type: `payout.${status}`,
      aggregateType: 'helper_payout',
      aggregateId: id,
      payload: {
        payoutId: id,
        providerPayoutId: payout.id,
        helperId: owner.helper_id,
        amountMinor: payout.amount,
        currency: movement.currency,
        ...(status === 'failed' ? { failureCode: payout.failure_code, failureMessage: payout.failure_message } : {}),
      },
    });
    return `payout ${status}`;
  }

  /**
   * Stripe let the payment's current authorization lapse (or it was cancelled outside Quartier):
   * it is due at once, so the maintenance sweep renews it with the customer's card.
   */
  private async lapsedAuthorizationIn(tx: TenantTransaction, intent: Stripe.PaymentIntent): Promise<string> {
    const payment = await this.lockPaymentIn(tx, { paymentIntentId: intent.id, chargeId: null });
    if (!payment) return `noted: ${intent.id} is no payment's current authorization`;
    if (payment.status !== 'authorized') return `noted: payment is ${payment.status}`;
    if (intent.status !== 'canceled') return `noted: the authorization is ${intent.status}`;
    // Quartier cancels with this reason when it releases an authorization itself.
    if (intent.cancellation_reason === 'requested_by_customer') return 'noted: released by Quartier';
    const now = this.clock.now();
    await tx.query(
      `update payments set authorization_expires_at = $3, updated_at = $3
        where tenant_id = $1 and id = $2 and (authorization_expires_at is null or authorization_expires_at > $3)`,
      [tx.tenantId, payment.id, now],
    );
    return 'authorization lapsed; renewal due';
  }

  /** Refunds made in Stripe's dashboard, not through Quartier: recorded like Quartier's own. */
  private async dashboardRefundsIn(tx: TenantTransaction, charge: Stripe.Charge, refunds: Stripe.Refund[]): Promise<string> {
    const payment = await this.lockPaymentIn(tx, { paymentIntentId: idOf(charge.payment_intent), chargeId: charge.id });
    if (!payment) return `not ours: no payment for the charge ${charge.id}`;
    const succeeded = refunds.filter((refund) => refund.status === 'succeeded');
    if (succeeded.length === 0) return 'noted: no refund has succeeded';
    const known = await tx.query<{ id: string; provider_refund_id: string | null }>(
      `select id, provider_refund_id from payment_refunds where tenant_id = $1 and payment_id = $2`,
      [tx.tenantId, payment.id],
    );
    const ours = new Set(known.flatMap((row) => (row.provider_refund_id ? [row.id, row.provider_refund_id] : [row.id])));
    // A refund Quartier sent names its payment_refunds row: RefundService records it, even before it learns the refund's id.
    const fromDashboard = succeeded.filter((refund) => !ours.has(refund.id) && !ours.has(refund.metadata?.refundId ?? ''));
    if (fromDashboard.length === 0) return 'noted: every refund is recorded';
    if (payment.status !== 'captured') throw new PaymentStepNotReadyError('The capture of this payment is not recorded yet; record its refunds after it');

    let refunded = payment.refunded_minor;
    let recorded = 0;
    const now = this.clock.now();
    for (const refund of fromDashboard) {
      if (refunded + refund.amount > payment.captured_minor) {
        throw new Error(`Stripe refunded ${refund.id} beyond what this payment captured; reconcile the payment ${payment.id}`);
      }
      const [row] = await tx.query<{ id: string }>(
        `insert into payment_refunds (tenant_id, id, payment_id, amount_minor, currency, reason, status, requested_by, source_key, provider_refund_id, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, 'succeeded', null, $7, $8, $9, $9)
         on conflict (tenant_id, source_key) do nothing returning id`,
        [tx.tenantId, newId(), payment.id, refund.amount, payment.currency, STRIPE_DASHBOARD_REFUND_REASON, `stripe_refund:${refund.id}`, refund.id, now],
      );
      if (!row) continue;
      refunded += refund.amount;
      recorded += 1;
      await tx.query(`update payments set refunded_minor = $3, updated_at = $4 where tenant_id = $1 and id = $2`, [tx.tenantId, payment.id, refunded, now]);
      for (const entry of refundMovements(payment, { id: row.id, amountMinor: refund.amount })) await this.ledger.recordIn(tx, entry);
      await tx.emit({
        type: 'payment.refunded',
        aggregateType: 'payment_refund',
        aggregateId: row.id,
        payload: { refundId: row.id, paymentId: payment.id, requestId: payment.request_id, customerId: payment.customer_id, amountMinor: refund.amount, currency: payment.currency, source: 'stripe' },
      });
    }
    return `recorded ${recorded} refund(s) made in Stripe`;
  }

  /** The Stripe payment an object belongs to, locked first as every payment step does. */
  private async lockPaymentIn(tx: TenantTransaction, input: { paymentIntentId: string | null; chargeId: string | null }): Promise<PaymentRow | null> {
    if (!input.paymentIntentId && !input.chargeId) return null;
    const [row] = await tx.query<PaymentRow>(
      `select ${PAYMENT_COLUMNS} from payments
        where tenant_id = $1 and provider = 'stripe' and (payment_intent_id = $2 or charge_id = $3)
        order by (payment_intent_id = $2) desc nulls last limit 1 for update`,
      [tx.tenantId, input.paymentIntentId, input.chargeId],
    );
    return row ?? null;
  }

  private async recordedIn(tx: TenantTransaction, businessKey: string): Promise<boolean> {
    const rows = await tx.query(`select 1 from ledger_transactions where tenant_id = $1 and business_key = $2`, [tx.tenantId, businessKey]);
    return rows.length > 0;
  }
}
