// Helpers' shares held by the site: a card payment authorized while its helper had no active Stripe
// account had no destination, so at capture the helper's share stayed on the site's Stripe balance.
// Once the helper's account is active, each held share is transferred to it (funded by the
// payment's own charge), and a refund made afterwards takes the helper's part of it back.
//
// No ledger movement goes with either: the money stays within the site's Stripe (its balance and
// its connected accounts), and the ledger already says whose it is — the capture credited the
// helper's payable and a refund's reversal debits it, whether the share sits on the site's balance
// or on the helper's. Only a payout to the helper's bank leaves Stripe, and that one is booked.
import { Injectable } from '@nestjs/common';
import { Clock, type RequestContext, TenantDatabase, type TenantTransaction } from '@quartier/platform';
import Stripe from 'stripe';
import { PaymentGateways } from '../gateway/payment-gateways.js';
import { callStripe } from '../gateway/stripe-call.js';
import { PaymentStepNotReadyError } from '../payment/payment-flow.service.js';
import { sharesOf } from '../payment/payment-movements.js';
import { idempotencyKeys, operationFinishedIn, operationIn, operationStartedIn } from '../payment/payment-operations.js';
import type { PaymentRow } from '../payment/payment-rows.js';
import { lockPaymentIn } from '../payment/payment-steps.js';

interface TransferState {
  transfer_id: string | null;
  transferred_minor: number;
  transfer_reversed_minor: number;
}

/** A transfer or reversal ready to be sent: its key is stored and committed. */
interface Prepared {
  client: Stripe;
  key: string;
  amountMinor: number;
  payment: PaymentRow;
}

@Injectable()
export class HeldTransfersService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly gateways: PaymentGateways,
    private readonly clock: Clock,
  ) {}

  /**
   * Job `payout.transfer_held`: transfers every share held for the helper, if their payout account
   * is active. Each payment is its own steps, so one Stripe refuses does not hold back the others;
   * the job still fails when any did, and its retry sends only what is left.
   */
  async transferHeld(ctx: RequestContext, helperId: string): Promise<string> {
    const held = await this.db.run(ctx, async (tx) => {
      const [account] = await tx.query<{ stripe_account_id: string }>(
        `select stripe_account_id from helper_payout_accounts
          where tenant_id = $1 and helper_id = $2 and status = 'active' and stripe_account_id is not null`,
        [tx.tenantId, helperId],
      );
      if (!account) return null;
      const payments = await tx.query<{ id: string }>(
        `select id from payments
          where tenant_id = $1 and helper_id = $2 and provider = 'stripe' and status = 'captured' and destination_account_id is null and transfer_id is null
          order by captured_at, id`,
        [tx.tenantId, helperId],
      );
      return { destination: account.stripe_account_id, paymentIds: payments.map((row) => row.id) };
    });
    if (!held) return 'skipped: the helper has no active payout account';
    if (held.paymentIds.length === 0) return 'skipped: no share is held for the helper';

    const outcomes: string[] = [];
    const failures: unknown[] = [];
    for (const paymentId of held.paymentIds) {
      try {
        outcomes.push(await this.transferShare(ctx, paymentId, held.destination));
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length === 1) throw failures[0];
    if (failures.length > 1) {
      throw new Error(`${failures.length} of ${held.paymentIds.length} held shares were not transferred (${outcomes.join('; ') || 'none was'})`, { cause: failures });
    }
    return outcomes.join('; ');
  }

  /**
   * After a refund of a payment whose held share was transferred: takes back from the helper's
   * account what the transfer now carries beyond their share of what is left, so the helper's
   * Stripe balance follows the ledger's reversal. Null when there is nothing to take back (the
   * share went with a destination charge, is still held, or was transferred net of this refund).
   */
  async reverseForRefund(ctx: RequestContext, refundId: string): Promise<string | null> {
    const prepared = await this.db.run(ctx, async (tx): Promise<(Prepared & { transferId: string }) | null> => {
      const [refund] = await tx.query<{ payment_id: string; status: string }>(`select payment_id, status from payment_refunds where tenant_id = $1 and id = $2`, [
        tx.tenantId,
        refundId,
      ]);
      if (refund?.status !== 'succeeded') return null;
      const payment = await lockPaymentIn(tx, refund.payment_id);
      if (!payment || payment.provider !== 'stripe' || payment.destination_account_id !== null) return null;
      const key = idempotencyKeys.transferReversal(tx.tenantId, refundId);
      const started = await operationIn(tx, key);
      if (started?.status === 'succeeded') return null;
      const transfer = await transferStateIn(tx, payment.id);
      if (!transfer.transfer_id) {
        const sending = await operationIn(tx, idempotencyKeys.transfer(tx.tenantId, payment.id));
        if (sending?.status === 'started') throw new PaymentStepNotReadyError("The helper's held share is being transferred; take the refund's part back after it");
        return null;
      }
      const stripe = await this.gateways.stripeIn(tx);
      if (!stripe) return null;
      const now = this.clock.now();
      if (started?.status === 'started' && started.amount_minor) {
        await operationStartedIn(tx, { key, paymentId: payment.id, operation: 'transfer_reversal', now });
        return { client: stripe.client, key, amountMinor: started.amount_minor, payment, transferId: transfer.transfer_id };
      }
      // Counted as taken back when the key is stored, so a concurrent refund reverses only the rest.
      const owed = sharesOf(payment, payment.captured_minor - payment.refunded_minor).helperMinor;
      const amountMinor = transfer.transferred_minor - transfer.transfer_reversed_minor - owed;
      if (amountMinor <= 0) return null;
      await tx.query(`update payments set transfer_reversed_minor = transfer_reversed_minor + $3, updated_at = $4 where tenant_id = $1 and id = $2`, [
        tx.tenantId,
        payment.id,
        amountMinor,
        now,
      ]);
      await operationStartedIn(tx, { key, paymentId: payment.id, operation: 'transfer_reversal', now, amountMinor });
      return { client: stripe.client, key, amountMinor, payment, transferId: transfer.transfer_id };
    });
    if (!prepared) return null;
    const { client, key, amountMinor, payment, transferId } = prepared;

    const reversal = await this.refusedOr(ctx, prepared, 'reversal', () =>
      client.transfers.createReversal(
        transferId,
        { amount: amountMinor, metadata: { tenantId: ctx.tenantId ?? '', paymentId: payment.id, refundId } },
        { idempotencyKey: key },
      ),
    );
    return this.db.run(ctx, async (tx) => {
      await lockPaymentIn(tx, payment.id);
      if ((await operationIn(tx, key))?.status === 'succeeded') return null;
      await operationFinishedIn(tx, { key, status: 'succeeded', providerObjectId: reversal.id, now: this.clock.now() });
      await tx.emit({
        type: 'payout.transfer_reversed',
        aggregateType: 'payment',
        aggregateId: payment.id,
        payload: { paymentId: payment.id, refundId, helperId: payment.helper_id, amountMinor, currency: payment.currency },
      });
      return `took back ${amountMinor} of the helper's transfer`;
    });
  }

  /** One payment's held share: key stored, transfer sent outside any transaction, answer recorded. */
  private async transferShare(ctx: RequestContext, paymentId: string, destination: string): Promise<string> {
    const prepared = await this.db.run(ctx, async (tx): Promise<Prepared | string> => {
      const payment = await lockPaymentIn(tx, paymentId);
      if (!payment || payment.status !== 'captured' || payment.destination_account_id !== null || !payment.charge_id) return `skipped: payment ${paymentId} holds no share`;
      const transfer = await transferStateIn(tx, paymentId);
      if (transfer.transfer_id) return `skipped: payment ${paymentId} already transferred`;
      const stripe = await this.gateways.stripeIn(tx);
      if (!stripe) return `skipped: the site has no Stripe account to transfer payment ${paymentId} from`;
      const key = idempotencyKeys.transfer(tx.tenantId, paymentId);
      const started = await operationIn(tx, key);
      // A retry sends what the first attempt sent, even if a refund changed the payment since:
      // the refund's reversal then takes the difference back once this transfer is recorded.
      const amountMinor =
        started?.status === 'started' && started.amount_minor
          ? started.amount_minor
          : sharesOf(payment, payment.captured_minor - payment.refunded_minor).helperMinor - transfer.transferred_minor;
      if (amountMinor <= 0) return `skipped: nothing of payment ${paymentId} is left to transfer`;
      await operationStartedIn(tx, { key, paymentId, operation: 'transfer', now: this.clock.now(), amountMinor });
      return { client: stripe.client, key, amountMinor, payment };
    });
    if (typeof prepared === 'string') return prepared;
    const { client, key, amountMinor, payment } = prepared;

    const transfer = await this.refusedOr(ctx, prepared, 'transfer', () =>
      client.transfers.create(
        {
          amount: amountMinor,
          currency: payment.currency.toLowerCase(),
          destination,
          source_transaction: payment.charge_id as string,
          metadata: { paymentId, tenantId: ctx.tenantId ?? '' },
        },
        { idempotencyKey: key },
      ),
    );
    return this.db.run(ctx, async (tx) => {
      await lockPaymentIn(tx, paymentId);
      const now = this.clock.now();
      await operationFinishedIn(tx, { key, status: 'succeeded', providerObjectId: transfer.id, now });
      const [recorded] = await tx.query<{ id: string }>(
        `update payments set transfer_id = $3, transferred_minor = $4, transferred_at = $5, updated_at = $5
          where tenant_id = $1 and id = $2 and transfer_id is null returning id`,
        [tx.tenantId, paymentId, transfer.id, amountMinor, now],
      );
      if (!recorded) return `skipped: payment ${paymentId} already transferred`;
      await tx.emit({
        type: 'payout.transferred',
        aggregateType: 'payment',
        aggregateId: paymentId,
        payload: { paymentId, requestId: payment.request_id, helperId: payment.helper_id, amountMinor, currency: payment.currency },
      });
      return `transferred ${amountMinor} of payment ${paymentId}`;
    });
  }

  /**
   * Runs the call; a refusal (not a "not now") is recorded on the stored key — a reversal's amount
   * is no longer counted as taken back — and fails the job with Stripe's reason.
   */
  private async refusedOr<T>(ctx: RequestContext, prepared: Prepared, what: 'transfer' | 'reversal', call: () => Promise<T>): Promise<T> {
    try {
      return await callStripe(call);
    } catch (error) {
      if (!(error instanceof Stripe.errors.StripeError)) throw error;
      await this.db.run(ctx, async (tx) => {
        await lockPaymentIn(tx, prepared.payment.id);
        const now = this.clock.now();
        if ((await operationIn(tx, prepared.key))?.status !== 'started') return;
        await operationFinishedIn(tx, { key: prepared.key, status: 'failed', errorCode: error.code ?? error.type, now });
        if (what === 'reversal') {
          await tx.query(`update payments set transfer_reversed_minor = transfer_reversed_minor - $3, updated_at = $4 where tenant_id = $1 and id = $2`, [
            tx.tenantId,
            prepared.payment.id,
            prepared.amountMinor,
            now,
          ]);
        }
      });
      throw new Error(`Stripe refused the ${what} of ${prepared.amountMinor} for payment ${prepared.payment.id}: ${error.message}`, { cause: error });
    }
  }
}

async function transferStateIn(tx: TenantTransaction, paymentId: string): Promise<TransferState> {
  const [row] = await tx.query<TransferState>(`select transfer_id, transferred_minor, transfer_reversed_minor from payments where tenant_id = $1 and id = $2`, [
    tx.tenantId,
    paymentId,
  ]);
  return row;
}
