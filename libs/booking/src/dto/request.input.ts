import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { OnBehalfChannelValue } from '@quartier/incidents';

@InputType('RequestWindowInput', { description: 'A span of time (UTC) when help is wanted.' })
export class RequestWindowInput {
  @Field(() => Date) from!: Date;
  @Field(() => Date) to!: Date;
}

@InputType('BudgetInput', { description: "The most the customer means to pay, in minor units of the site's currency." })
export class BudgetInput {
  @Field(() => Int) amountMinor!: number;
  @Field() currency!: string;
}

@InputType('PostRequestInput')
export class PostRequestInput {
  @Field(() => ID) serviceId!: string;
  @Field() description!: string;
  @Field() postalCode!: string;
  @Field(() => String, { nullable: true, description: 'Needed only when the postal code exists in several countries.' }) countryCode?: string | null;
  @Field(() => [RequestWindowInput], { description: '1 to 5 windows, each in the future and ending within 14 days.' }) windows!: RequestWindowInput[];
  @Field(() => BudgetInput, { nullable: true }) budget?: BudgetInput | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "A helper may start with a call (from anywhere on the site), coming by only when it needs hands on. Only for a service with remoteHelp; false when omitted.",
  })
  remoteFirst?: boolean | null;
}

@InputType('PostRequestOnBehalfInput', { description: "A request an operator posts for one of the site's customers." })
export class PostRequestOnBehalfInput extends PostRequestInput {
  @Field(() => ID, { description: 'A customer of the site.' }) customerId!: string;
  @Field(() => OnBehalfChannelValue, { description: "agent: taken by an operator's agent; api: sent by the tenant's back-end through an operator account." })
  channel!: OnBehalfChannelValue;
}
