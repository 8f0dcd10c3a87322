import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@quartier/platform';

export enum RefundStatusValue {
  PENDING = 'pending',
  SUCCEEDED = 'succeeded',
  FAILED = 'failed',
}
registerEnumType(RefundStatusValue, {
  name: 'RefundStatus',
  description: 'PENDING: recorded and on its way to the card; SUCCEEDED: given back; FAILED: the provider refused it (see failureMessage).',
});

export enum DisputeStatusValue {
  OPEN = 'open',
  WON = 'won',
  LOST = 'lost',
}
registerEnumType(DisputeStatusValue, { name: 'PaymentDisputeStatus', description: "OPEN: the cardholder's bank is deciding; WON: the charge stands; LOST: the money went back." });

@ObjectType('PaymentRefund', { description: 'Money given back to the customer on a charged payment.' })
export class RefundOutput {
  @Field(() => ID) id!: string;
  @Field(() => ID) paymentId!: string;
  @Field(() => Int, { description: 'In minor units of currency.' }) amountMinor!: number;
  @Field() currency!: string;
  @Field() reason!: string;
  @Field(() => RefundStatusValue) status!: RefundStatusValue;
  @Field(() => ID, { nullable: true, description: "The operator who asked for it; null when it followed an operator's decision on the request." })
  requestedBy!: string | null;
  @Field(() => String, { nullable: true, description: "The provider's refund id; null with the offline provider." }) providerRefundId!: string | null;
  @Field(() => String, { nullable: true, description: "Why the provider refused it, in its words." }) failureMessage!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType('PaymentDispute', { description: "A cardholder's dispute of a charged payment, as Stripe reports it." })
export class DisputeOutput {
  @Field(() => ID) id!: string;
  @Field(() => ID) paymentId!: string;
  @Field() providerDisputeId!: string;
  @Field(() => Int) amountMinor!: number;
  @Field() currency!: string;
  @Field({ description: "The bank's reason code, e.g. fraudulent or product_not_received." }) reason!: string;
  @Field(() => DisputeStatusValue) status!: DisputeStatusValue;
  @Field(() => Date) openedAt!: Date;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
}

@ObjectType('PaymentRefundEdge')
export class RefundEdge {
  @Field() cursor!: string;
  @Field(() => RefundOutput) node!: RefundOutput;
}

@ObjectType('PaymentRefundConnection')
export class RefundConnection {
  @Field(() => [RefundEdge]) edges!: RefundEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('PaymentDisputeEdge')
export class DisputeEdge {
  @Field() cursor!: string;
  @Field(() => DisputeOutput) node!: DisputeOutput;
}

@ObjectType('PaymentDisputeConnection')
export class DisputeConnection {
  @Field(() => [DisputeEdge]) edges!: DisputeEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
