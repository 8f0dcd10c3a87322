// The refund form's arithmetic: what is left to give back. Pure, so the rule is tested on its own.
import type { RefundStatus } from '../../graphql/generated/graphql';

/** What of the charge is left to refund: refunds on their way count, failed ones gave nothing back. */
export function refundLeftMinor(payment: { capturedMinor: number; refunds: { amountMinor: number; status: RefundStatus }[] }): number {
  const given = payment.refunds.filter((refund) => refund.status !== 'FAILED').reduce((sum, refund) => sum + refund.amountMinor, 0);
  return Math.max(0, payment.capturedMinor - given);
}
