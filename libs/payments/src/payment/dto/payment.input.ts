import { Field, ID, InputType } from '@nestjs/graphql';
import { PaymentProviderValue, PaymentStatusValue } from './payment.output.js';

@InputType('AuthorizePaymentInput')
export class AuthorizePaymentInput {
  @Field(() => ID) requestId!: string;
  @Field({ description: 'The card as a Stripe PaymentMethod id (pm_…) made by the payment form in the browser.' }) paymentMethodId!: string;
}

@InputType('PaymentFilter')
export class PaymentFilterInput {
  @Field(() => PaymentStatusValue, { nullable: true }) status?: PaymentStatusValue | null;
  @Field(() => PaymentProviderValue, { nullable: true }) provider?: PaymentProviderValue | null;
  @Field(() => ID, { nullable: true }) helperId?: string | null;
  @Field(() => ID, { nullable: true }) customerId?: string | null;
}
