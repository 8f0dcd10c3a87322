// Payments on /graphql: a customer pays their booked request by card and follows its payment (its
// receipt once charged); operators list and open every payment of the site.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { AuthorizePaymentInput, PaymentFilterInput } from './dto/payment.input.js';
import { PaymentConnection, PaymentOutput } from './dto/payment.output.js';
import { PaymentQueryService } from './payment-query.service.js';
import type { PaymentView } from './payment-rows.js';
import { PaymentService } from './payment.service.js';

/** Views and outputs share their field names; enums carry the stored lowercase values. */
const toOutput = <T>(view: unknown): T => view as T;

/** A payment just handed to authorization: nothing charged or refunded yet, and no marketplace numbers for the customer. */
const toCustomerOutput = (view: PaymentView): PaymentOutput =>
  toOutput({ ...view, commissionMinor: null, helperPayoutMinor: null, paymentIntentId: null, chargeId: null, refunds: [], receipt: null });

@Resolver()
export class PaymentsResolver {
  constructor(
    private readonly paying: PaymentService,
    private readonly query: PaymentQueryService,
  ) {}

  @Roles('customer', 'operator_agent', 'operator_admin')
  @Query(() => PaymentOutput, {
    nullable: true,
    description: "The payment of a request (its customer's, or any for operators), with its refunds and, once charged, the receipt; null while the request has no booking to pay.",
  })
  async requestPayment(@Ctx() ctx: RequestContext, @Args('requestId', { type: () => ID }) requestId: string): Promise<PaymentOutput | null> {
    return toOutput(await this.query.requestPayment(ctx, { requestId }));
  }

  @Roles('customer')
  @Mutation(() => PaymentOutput, {
    description:
      'Pays your booked request with a card from the payment form. Nothing is charged now: the amount is held on the card (status AUTHORIZING, then AUTHORIZED or DECLINED with the reason) and charged when the job is done. CONFLICT OFFLINE_PAYMENT on a site paid on site, PAYMENT_NOT_AWAITING_CARD once a card holds it.',
  })
  async authorizePayment(@Ctx() ctx: RequestContext, @Args('input') input: AuthorizePaymentInput): Promise<PaymentOutput> {
    return toCustomerOutput(await this.paying.authorizeWithCard(ctx, { requestId: input.requestId, paymentMethodId: input.paymentMethodId }));
  }

  @Roles('operator_agent', 'operator_admin')
  @Query(() => PaymentConnection, { description: "The site's payments, newest first, optionally by status, provider, helper or customer." })
  async payments(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => PaymentFilterInput, nullable: true }) filter?: PaymentFilterInput,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<PaymentConnection> {
    return toOutput(await this.query.payments(ctx, { filter, first, after }));
  }

  @Roles('operator_agent', 'operator_admin')
  @Query(() => PaymentOutput, { description: 'One payment of the site with its refunds and receipt; NOT_FOUND otherwise.' })
  async payment(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<PaymentOutput> {
    return toOutput(await this.query.payment(ctx, { paymentId: id }));
  }
}
