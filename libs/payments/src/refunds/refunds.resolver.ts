// Refunds and disputes on /graphql, for operators.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { PaymentQueryService } from '../payment/payment-query.service.js';
import { RefundPaymentInput } from './dto/refund.input.js';
import { DisputeConnection, DisputeStatusValue, RefundConnection, RefundOutput } from './dto/refund.output.js';
import { RefundService } from './refund.service.js';

const toOutput = <T>(view: unknown): T => view as T;

@Resolver()
export class RefundsResolver {
  constructor(
    private readonly refundsService: RefundService,
    private readonly query: PaymentQueryService,
  ) {}

  // Agents as well as admins: agents handle the escalations and disputes that end in refunds day to
  // day. A refund can never exceed what was charged, and each one keeps the operator who asked for it.
  @Roles('operator_agent', 'operator_admin')
  @Mutation(() => RefundOutput, {
    description:
      'Refunds a charged payment, all that is left (amountMinor omitted) or a part. Recorded as PENDING and sent to the card by the payment worker. CONFLICT NOT_CAPTURED when nothing was charged (cancel the booking instead), REFUND_EXCEEDS_CAPTURED when more than what is left is asked.',
  })
  async refundPayment(@Ctx() ctx: RequestContext, @Args('input') input: RefundPaymentInput): Promise<RefundOutput> {
    return toOutput(await this.refundsService.requestRefund(ctx, { paymentId: input.paymentId, amountMinor: input.amountMinor ?? null, reason: input.reason }));
  }

  @Roles('operator_agent', 'operator_admin')
  @Query(() => RefundConnection, { description: "The site's refunds (or one payment's), newest first." })
  async paymentRefunds(
    @Ctx() ctx: RequestContext,
    @Args('paymentId', { type: () => ID, nullable: true }) paymentId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<RefundConnection> {
    return toOutput(await this.query.refunds(ctx, { paymentId, first, after }));
  }

  @Roles('operator_agent', 'operator_admin')
  @Query(() => DisputeConnection, { description: 'Disputes cardholders opened on the site’s payments, newest first, optionally by status.' })
  async paymentDisputes(
    @Ctx() ctx: RequestContext,
    @Args('status', { type: () => DisputeStatusValue, nullable: true }) status?: DisputeStatusValue,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<DisputeConnection> {
    return toOutput(await this.query.disputes(ctx, { status, first, after }));
  }
}
