// Separate transfers to connected accounts (`POST /v1/transfers`), funded by a charge of the
// platform (`source_transaction`), and their reversals (`POST /v1/transfers/:id/reversals`).
import Stripe from 'stripe';
import { createTransfer, reverseTransfer } from './money-movement.js';
import { formatMoney } from './refunds-and-disputes.js';
import { invalidRequest, missingParam, stateConflict } from './stripe-errors.js';
import { mergeMetadata, Params, readExpand, readPositiveInteger, readString, rejectUnknownParams, requireString } from './request-params.js';
import { ok, Operation, Reply, StripeState } from './stripe-state.js';

const TRANSFER_PARAMS = ['amount', 'currency', 'description', 'destination', 'expand', 'metadata', 'source_transaction', 'transfer_group'] as const;
const REVERSAL_PARAMS = ['amount', 'description', 'expand', 'metadata', 'refund_application_fee'] as const;

export class Transfers {
  constructor(private readonly state: StripeState) {}

  createTransfer(operation: Operation, params: Params): Reply {
    rejectUnknownParams(params, TRANSFER_PARAMS);
    const { scope } = operation;
    if (scope.accountId !== scope.platformId) throw invalidRequest('Transfers are made by the platform, not on behalf of a connected account.');
    const amount = readPositiveInteger(params, 'amount');
    if (amount === undefined) throw missingParam('amount');
    const currency = requireString(params, 'currency').toLowerCase();
    const destination = requireString(params, 'destination');
    const account = this.state.connectedAccount(scope.platformId, destination);
    if (!account) throw invalidRequest(`No such destination: '${destination}'`, { code: 'resource_missing', param: 'destination' });
    if ((account.capabilities as Record<string, string> | undefined)?.['transfers'] !== 'active') {
      throw stateConflict(
        'Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments',
        { code: 'insufficient_capabilities_for_transfer', param: 'destination' },
      );
    }
    const sourceTransaction = readString(params, 'source_transaction') ?? null;
    if (sourceTransaction) {
      const charge = this.state.get<Stripe.Charge>(scope, sourceTransaction, 'charge', 'charge', 'source_transaction');
      if (!charge.captured) throw stateConflict(`Charge ${charge.id} has not been captured`, { param: 'source_transaction' });
      if (charge.currency !== currency) {
        throw invalidRequest(`The currency of source_transaction's balance transaction (${charge.currency}) must be the same as the transfer currency (${currency})`, {
          param: 'currency',
        });
      }
      const remaining = charge.amount - charge.amount_refunded - this.transferredFrom(operation, charge.id);
      if (amount > remaining) {
        throw stateConflict(
          `Transfer amount (${formatMoney(amount, currency)}) exceeds what remains of the source transaction ${charge.id} (${formatMoney(Math.max(0, remaining), currency)})`,
          { code: 'amount_too_large', param: 'amount' },
        );
      }
    }
    const transfer = createTransfer(this.state, scope, {
      amount,
      currency,
      destination,
      sourceTransaction,
      transferGroup: readString(params, 'transfer_group') ?? null,
      metadata: mergeMetadata({}, params),
      description: readString(params, 'description') ?? null,
    });
    this.state.recordEvent(operation, 'transfer.created', transfer);
    return ok(this.state.expand(scope, transfer, readExpand(params)));
  }

  createReversal(operation: Operation, transferId: string, params: Params): Reply {
    rejectUnknownParams(params, REVERSAL_PARAMS);
    const { scope } = operation;
    const transfer = this.state.get<Stripe.Transfer>(scope, transferId, 'transfer', 'transfer');
    const remaining = transfer.amount - transfer.amount_reversed;
    if (remaining <= 0) throw stateConflict(`Transfer ${transfer.id} has already been fully reversed.`, { code: 'transfer_already_reversed' });
    const amount = readPositiveInteger(params, 'amount') ?? remaining;
    if (amount > remaining) {
      throw stateConflict(
        `Reversal amount (${formatMoney(amount, transfer.currency)}) is greater than the amount not yet reversed on transfer ${transfer.id} (${formatMoney(remaining, transfer.currency)})`,
        { code: 'amount_too_large', param: 'amount' },
      );
    }
    const reversal = reverseTransfer(this.state, scope, transfer, { amount, sourceRefund: null, metadata: mergeMetadata({}, params) });
    this.state.recordEvent(operation, transfer.reversed ? 'transfer.reversed' : 'transfer.updated', transfer);
    return ok(this.state.expand(scope, reversal, readExpand(params)));
  }

  /** What other transfers still carry of a charge (their amounts less what was reversed). */
  private transferredFrom(operation: Operation, chargeId: string): number {
    return this.state
      .all<Stripe.Transfer>('transfer', (scope) => scope.platformId === operation.scope.platformId)
      .filter((transfer) => transfer.source_transaction === chargeId)
      .reduce((sum, transfer) => sum + transfer.amount - transfer.amount_reversed, 0);
  }
}
