// The record of every call to the payment provider, written before the call in its own committed
// transaction. The key is derived from business ids only, so a retry after a timeout or a crash
// sends the very same key and the provider replays its first answer instead of acting twice.
import type { TenantTransaction } from '@quartier/platform';

export type PaymentOperation = 'customer' | 'authorize' | 'capture' | 'release' | 'refund' | 'connect_account' | 'account_link' | 'transfer' | 'transfer_reversal';

/** Keys every payment call uses; one business step, one key, whatever the number of attempts. */
export const idempotencyKeys = {
  customer: (tenantId: string, userId: string) => `quartier:${tenantId}:customer:${userId}`,
  authorize: (tenantId: string, paymentId: string, generation: number) => `quartier:${tenantId}:authorize:${paymentId}:${generation}`,
  /** Per authorization generation: a renewed authorization is a new payment intent, captured under a key of its own. */
  capture: (tenantId: string, paymentId: string, generation: number) => `quartier:${tenantId}:capture:${paymentId}:${generation}`,
  release: (tenantId: string, paymentIntentId: string) => `quartier:${tenantId}:release:${paymentIntentId}`,
  refund: (tenantId: string, refundId: string) => `quartier:${tenantId}:refund:${refundId}`,
  connectAccount: (tenantId: string, helperId: string) => `quartier:${tenantId}:connect-account:${helperId}`,
  accountLink: (tenantId: string, helperId: string, generation: number) => `quartier:${tenantId}:account-link:${helperId}:${generation}`,
  /** One transfer per payment: the helper's held share, sent once their account is active. */
  transfer: (tenantId: string, paymentId: string) => `quartier:${tenantId}:transfer:${paymentId}`,
  /** What a refund takes back of a transfer made after the capture. */
  transferReversal: (tenantId: string, refundId: string) => `quartier:${tenantId}:transfer-reversal:${refundId}`,
};

/** Stores the key before the call (or counts one more attempt of it); returns the attempt's number. */
export async function operationStartedIn(
  tx: TenantTransaction,
  input: { key: string; paymentId: string | null; operation: PaymentOperation; now: Date; amountMinor?: number | null },
): Promise<number> {
  const [row] = await tx.query<{ attempts: number }>(
    `insert into payment_operations (tenant_id, idempotency_key, payment_id, operation, status, amount_minor, created_at, updated_at)
     values ($1, $2, $3, $4, 'started', $6, $5, $5)
     on conflict (tenant_id, idempotency_key) do update set attempts = payment_operations.attempts + 1, updated_at = excluded.updated_at
     returning attempts`,
    [tx.tenantId, input.key, input.paymentId, input.operation, input.now, input.amountMinor ?? null],
  );
  return row.attempts;
}

/** A stored call, to retry it with the amount it was started with. */
export async function operationIn(tx: TenantTransaction, key: string): Promise<{ status: 'started' | 'succeeded' | 'failed'; amount_minor: number | null } | null> {
  const [row] = await tx.query<{ status: 'started' | 'succeeded' | 'failed'; amount_minor: number | null }>(
    `select status, amount_minor from payment_operations where tenant_id = $1 and idempotency_key = $2`,
    [tx.tenantId, key],
  );
  return row ?? null;
}

export async function operationFinishedIn(
  tx: TenantTransaction,
  input: { key: string; status: 'succeeded' | 'failed'; providerObjectId?: string | null; errorCode?: string | null; now: Date },
): Promise<void> {
  await tx.query(
    `update payment_operations set status = $3, provider_object_id = coalesce($4, provider_object_id), error_code = $5, updated_at = $6
      where tenant_id = $1 and idempotency_key = $2`,
    [tx.tenantId, input.key, input.status, input.providerObjectId ?? null, input.errorCode ?? null, input.now],
  );
}
