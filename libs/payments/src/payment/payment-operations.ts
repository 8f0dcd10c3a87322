// The record of every call to the payment provider, written before the call in its own committed
// transaction. The key is derived from business ids only, so a retry after a timeout or a crash
// sends the very same key and the provider replays its first answer instead of acting twice.
import type { TenantTransaction } from '@quartier/platform';

export type PaymentOperation = 'customer' | 'authorize' | 'capture' | 'release' | 'refund' | 'connect_account' | 'account_link';

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
};

/** Stores the key before the call (or counts one more attempt of it). */
export async function operationStartedIn(
  tx: TenantTransaction,
  input: { key: string; paymentId: string | null; operation: PaymentOperation; now: Date },
): Promise<void> {
  await tx.query(
    `insert into payment_operations (tenant_id, idempotency_key, payment_id, operation, status, created_at, updated_at)
     values ($1, $2, $3, $4, 'started', $5, $5)
     on conflict (tenant_id, idempotency_key) do update set attempts = payment_operations.attempts + 1, updated_at = excluded.updated_at`,
    [tx.tenantId, input.key, input.paymentId, input.operation, input.now],
  );
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
