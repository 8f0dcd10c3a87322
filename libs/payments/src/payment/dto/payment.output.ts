import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@quartier/platform';
import { RefundOutput } from '../../refunds/dto/refund.output.js';

export enum PaymentStatusValue {
  AWAITING_METHOD = 'awaiting_method',
  AUTHORIZING = 'authorizing',
  AUTHORIZED = 'authorized',
  DECLINED = 'declined',
  CAPTURED = 'captured',
  RELEASED = 'released',
  UNPAID = 'unpaid',
}
registerEnumType(PaymentStatusValue, {
  name: 'PaymentStatus',
  description:
    'AWAITING_METHOD: waits for a card; AUTHORIZING: the card is being checked; AUTHORIZED: the amount is held on the card (or, on site, agreed); DECLINED: the card was refused (see declineMessage); CAPTURED: charged; RELEASED: nothing will be charged; UNPAID: owed but never paid.',
});

export enum PaymentProviderValue {
  STRIPE = 'stripe',
  OFFLINE = 'offline',
}
registerEnumType(PaymentProviderValue, { name: 'PaymentProvider', description: 'STRIPE: by card online; OFFLINE: paid to the helper on site or by invoice.' });

@ObjectType('PaymentReceipt', { description: "The customer's receipt of a charged payment." })
export class ReceiptOutput {
  @Field({ description: 'The receipt number, the same every time it is shown.' }) number!: string;
  @Field() currency!: string;
  @Field(() => Int, { description: 'The price of the job (or of the late cancellation) charged.' }) subtotalMinor!: number;
  @Field(() => Int, { description: "The site's service fee charged." }) customerFeeMinor!: number;
  @Field(() => Int, { description: 'What was charged in all.' }) totalMinor!: number;
  @Field(() => Date) capturedAt!: Date;
  @Field(() => Int, { description: 'What was given back so far.' }) refundedMinor!: number;
  @Field(() => [RefundOutput], { description: 'Refunds given back, oldest first.' }) refunds!: RefundOutput[];
}

@ObjectType('Payment', {
  description:
    "The payment of a booked request: the agreed amounts, where it stands and what was charged and given back. Commission, the helper's share and provider ids are shown to operators only.",
})
export class PaymentOutput {
  @Field(() => ID) id!: string;
  @Field(() => ID) requestId!: string;
  @Field(() => ID) appointmentId!: string;
  @Field(() => ID) customerId!: string;
  @Field(() => ID) helperId!: string;
  @Field(() => PaymentProviderValue) provider!: PaymentProviderValue;
  @Field(() => PaymentStatusValue) status!: PaymentStatusValue;
  @Field() currency!: string;
  @Field(() => Int, { description: 'What the customer pays: subtotal plus the service fee.' }) amountMinor!: number;
  @Field(() => Int) subtotalMinor!: number;
  @Field(() => Int) customerFeeMinor!: number;
  @Field(() => Int, { nullable: true }) commissionMinor!: number | null;
  @Field(() => Int, { nullable: true }) helperPayoutMinor!: number | null;
  @Field(() => Int) capturedMinor!: number;
  @Field(() => Int) refundedMinor!: number;
  @Field(() => String, { nullable: true, description: 'completed or late_cancellation, once charged.' }) captureReason!: string | null;
  @Field(() => String, { nullable: true }) cardBrand!: string | null;
  @Field(() => String, { nullable: true }) cardLast4!: string | null;
  @Field(() => String, { nullable: true }) paymentIntentId!: string | null;
  @Field(() => String, { nullable: true }) chargeId!: string | null;
  @Field(() => Date, { nullable: true }) authorizedAt!: Date | null;
  @Field(() => Date, { nullable: true }) authorizationExpiresAt!: Date | null;
  @Field(() => Date, { nullable: true }) capturedAt!: Date | null;
  @Field(() => Date, { nullable: true }) releasedAt!: Date | null;
  @Field(() => String, { nullable: true }) declineCode!: string | null;
  @Field(() => String, { nullable: true, description: "Why the card was declined, in the bank's words." }) declineMessage!: string | null;
  @Field(() => [RefundOutput], { description: 'Every refund of the payment, oldest first.' }) refunds!: RefundOutput[];
  @Field(() => ReceiptOutput, { nullable: true, description: 'Null until something was charged.' }) receipt!: ReceiptOutput | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType('PaymentEdge')
export class PaymentEdge {
  @Field() cursor!: string;
  @Field(() => PaymentOutput) node!: PaymentOutput;
}

@ObjectType('PaymentConnection')
export class PaymentConnection {
  @Field(() => [PaymentEdge]) edges!: PaymentEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
