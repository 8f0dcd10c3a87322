import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@quartier/platform';

export enum PayoutAccountStatusValue {
  REQUESTED = 'requested',
  ONBOARDING = 'onboarding',
  ACTIVE = 'active',
  RESTRICTED = 'restricted',
}
registerEnumType(PayoutAccountStatusValue, {
  name: 'PayoutAccountStatus',
  description:
    "REQUESTED: the onboarding link is being made; ONBOARDING: follow onboardingUrl to Stripe; ACTIVE: payouts go to your bank; RESTRICTED: Stripe needs more details.",
});

export enum PayoutStatusValue {
  PAID = 'paid',
  FAILED = 'failed',
}
registerEnumType(PayoutStatusValue, { name: 'HelperPayoutStatus' });

@ObjectType('PayoutAccount', { description: "A helper's Stripe account that receives their earnings." })
export class PayoutAccountOutput {
  @Field(() => PayoutAccountStatusValue) status!: PayoutAccountStatusValue;
  @Field() chargesEnabled!: boolean;
  @Field() payoutsEnabled!: boolean;
  @Field() detailsSubmitted!: boolean;
  @Field(() => String, { nullable: true, description: "Stripe's onboarding page, while it is still valid; ask again for a new one when null." })
  onboardingUrl!: string | null;
  @Field(() => Date, { nullable: true }) onboardingUrlExpiresAt!: Date | null;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType('HelperEarnings', { description: "A helper's earnings in the site's currency, from the ledger." })
export class EarningsOutput {
  @Field(() => ID) helperId!: string;
  @Field() currency!: string;
  @Field(() => Int, { description: 'Earned and not yet paid out.' }) pendingMinor!: number;
  @Field(() => Int, { description: 'The share of payments under an open dispute, held until it closes.' }) frozenMinor!: number;
  @Field(() => Int, { description: 'Paid to the bank, or kept from payments on site.' }) paidOutMinor!: number;
  @Field(() => Int, { description: 'What the helper earned, less their share of refunds and lost disputes; pending plus paid out.' }) earnedMinor!: number;
}

@ObjectType('HelperPayout', { description: "Money Stripe sent to a helper's bank." })
export class PayoutOutput {
  @Field(() => ID) id!: string;
  @Field(() => ID) helperId!: string;
  @Field() providerPayoutId!: string;
  @Field(() => Int) amountMinor!: number;
  @Field() currency!: string;
  @Field(() => PayoutStatusValue) status!: PayoutStatusValue;
  @Field(() => Date, { nullable: true }) arrivalDate!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('HelperPayoutEdge')
export class PayoutEdge {
  @Field() cursor!: string;
  @Field(() => PayoutOutput) node!: PayoutOutput;
}

@ObjectType('HelperPayoutConnection')
export class PayoutConnection {
  @Field(() => [PayoutEdge]) edges!: PayoutEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
