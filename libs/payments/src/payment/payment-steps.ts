// What every payment step shares: locking the payment row, and asking for an authorization (the
// job `payment.authorize` makes it) from inside the transaction that decided it is needed.
import type { TenantTransaction } from '@quartier/platform';
import { PAYMENT_COLUMNS, type PaymentRow } from './payment-rows.js';

export async function lockPaymentIn(tx: TenantTransaction, paymentId: string): Promise<PaymentRow | null> {
  const [row] = await tx.query<PaymentRow>(`select ${PAYMENT_COLUMNS} from payments where tenant_id = $1 and id = $2 for update`, [tx.tenantId, paymentId]);
  return row ?? null;
}

export async function lockPaymentOfRequestIn(tx: TenantTransaction, requestId: string): Promise<PaymentRow | null> {
  const [row] = await tx.query<PaymentRow>(`select ${PAYMENT_COLUMNS} from payments where tenant_id = $1 and request_id = $2 for update`, [tx.tenantId, requestId]);
  return row ?? null;
}

/** Asks for the payment's current generation to be authorized. */
export async function requestAuthorizationIn(tx: TenantTransaction, payment: PaymentRow, reason: 'card_given' | 'renewal' | 'reassigned'): Promise<void> {
  await tx.emit({
    type: 'payment.authorization_requested',
    aggregateType: 'payment',
    aggregateId: payment.id,
    payload: { paymentId: payment.id, requestId: payment.request_id, generation: payment.generation, reason },
  });
}
