import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('RefundPaymentInput')
export class RefundPaymentInput {
  @Field(() => ID) paymentId!: string;
  @Field(() => Int, { nullable: true, description: 'In minor units; omitted or null refunds everything still refundable.' })
  amountMinor?: number | null;
  @Field({ description: '1–500 characters, kept with the refund and sent to the provider.' }) reason!: string;
}
