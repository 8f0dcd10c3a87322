// What customers do with a payment: give a card to authorize it. Reads live in the query services.
import { Injectable } from '@nestjs/common';
import { asUuid, Clock, ConflictError, NotFoundError, type RequestContext, TenantDatabase, userIdOf, ValidationError } from '@quartier/platform';
import { PaymentFlowService } from './payment-flow.service.js';
import { requestAuthorizationIn } from './payment-steps.js';
import { PAYMENT_COLUMNS, type PaymentRow, type PaymentView, toPaymentView } from './payment-rows.js';

const PAYMENT_METHOD_ID = /^pm_[A-Za-z0-9_]{1,250}$/;

@Injectable()
export class PaymentService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly flow: PaymentFlowService,
    private readonly clock: Clock,
  ) {}

  /**
   * The customer pays a booked request with a card (a Stripe PaymentMethod made by Stripe Elements
   * in the browser). Nothing is charged here: the payment job authorizes it, and the payment's
   * status tells the customer how that went (declined cards say why, in the bank's words).
   */
  async authorizeWithCard(ctx: RequestContext, input: { requestId: string; paymentMethodId: string }): Promise<PaymentView> {
    const customerId = userIdOf(ctx);
    const paymentMethodId = input.paymentMethodId.trim();
    if (!PAYMENT_METHOD_ID.test(paymentMethodId)) throw new ValidationError('paymentMethodId', 'Not a card from the payment form (pm_…)');
    const requestId = asUuid(input.requestId);
    return this.db.run(ctx, async (tx) => {
      const [request] = await tx.query<{ customer_id: string }>(`select customer_id from requests where tenant_id = $1 and id = $2 for update`, [tx.tenantId, requestId]);
      if (!request || request.customer_id !== customerId) throw new NotFoundError('Request');
      const { payment } = await this.flow.openIn(tx, requestId);
      if (!payment) throw new ConflictError('This request has no booking to pay yet', { field: 'requestId', detail: 'NOT_PAYABLE' });
      if (payment.provider === 'offline') {
        throw new ConflictError('This site takes payment on site or by invoice; no card is needed', { field: 'requestId', detail: 'OFFLINE_PAYMENT' });
      }
      if (payment.status !== 'awaiting_method' && payment.status !== 'declined') {
        throw new ConflictError(`This booking's payment is already ${payment.status.replace('_', ' ')}`, { field: 'requestId', detail: 'PAYMENT_NOT_AWAITING_CARD' });
      }
      const [row] = await tx.query<PaymentRow>(
        `update payments set payment_method_id = $3, status = 'authorizing', generation = generation + 1, decline_code = null, decline_message = null, updated_at = $4
          where tenant_id = $1 and id = $2 returning ${PAYMENT_COLUMNS}`,
        [tx.tenantId, payment.id, paymentMethodId, this.clock.now()],
      );
      await requestAuthorizationIn(tx, row, 'card_given');
      return toPaymentView(row);
    });
  }
}
