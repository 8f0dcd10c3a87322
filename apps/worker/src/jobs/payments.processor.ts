// Queue `payments`: every money step, fed from the outbox. Handlers run under a system context of
// the job's tenant (the payment is the platform's work, whoever's action set it off) and each one
// is idempotent: the services store the provider call's key first and skip what is already done.
import { Inject, Injectable } from '@nestjs/common';
import {
  HeldTransfersService,
  PaymentAuthorizationService,
  PaymentFlowService,
  type PaymentJob,
  paymentsQueue,
  PayoutAccountService,
  ReconciliationService,
  RefundService,
  StripeEventService,
} from '@quartier/payments';
import { type JobHandlers, type OutboxJobData, type QueueProcessor, RequestContext } from '@quartier/platform';

/** The system context a payment job runs under, keeping the emitting request's id for the logs. */
function paymentContext(data: OutboxJobData): RequestContext {
  return RequestContext.system(data.tenantId, 'payments', data.context?.requestId);
}

@Injectable()
export class PaymentsProcessor implements QueueProcessor<PaymentJob> {
  readonly queue = paymentsQueue;

  readonly handlers: JobHandlers<PaymentJob> = {
    'payment.open': (data) => this.flow.open(paymentContext(data), data.aggregateId),
    'payment.authorize': (data) => this.authorizations.authorize(paymentContext(data), data.aggregateId),
    'payment.capture': (data) => this.flow.capture(paymentContext(data), data.aggregateId),
    'payment.cancel': (data) => this.flow.cancel(paymentContext(data), data.aggregateId),
    'payment.release': (data) => this.flow.releaseNow(paymentContext(data), data.aggregateId),
    'payment.refund': (data) => this.refunds.execute(paymentContext(data), data.aggregateId),
    'payment.refund_rest': (data) => this.refunds.refundRest(paymentContext(data), { requestId: data.aggregateId, sourceKey: `request.refunded:${data.eventId}` }),
    'stripe.event': (data) => this.events.apply(paymentContext(data), data.aggregateId),
    'payout.onboard': (data) => this.payouts.onboard(paymentContext(data), data.aggregateId),
    // The aggregate is the helper; transferHeld skips unless their payout account is active now.
    'payout.transfer_held': (data) => this.heldTransfers.transferHeld(paymentContext(data), data.aggregateId),
    'payment.reconcile': (data) => this.reconciliation.run(paymentContext(data), data.aggregateId),
  };

  constructor(
    @Inject(PaymentFlowService) private readonly flow: PaymentFlowService,
    @Inject(PaymentAuthorizationService) private readonly authorizations: PaymentAuthorizationService,
    @Inject(RefundService) private readonly refunds: RefundService,
    @Inject(StripeEventService) private readonly events: StripeEventService,
    @Inject(PayoutAccountService) private readonly payouts: PayoutAccountService,
    @Inject(HeldTransfersService) private readonly heldTransfers: HeldTransfersService,
    @Inject(ReconciliationService) private readonly reconciliation: ReconciliationService,
  ) {}
}
