import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@quartier/platform';
import { BudgetOutput, RequestStatusValue, RequestWindowOutput } from './request.output.js';

@ObjectType('OpenRequest', { description: "A request a helper may offer on, as helpers see it: the customer stays anonymous until an offer is chosen." })
export class OpenRequestOutput {
  @Field(() => ID) id!: string;
  @Field(() => ID) serviceId!: string;
  @Field() description!: string;
  @Field() countryCode!: string;
  @Field() postalCode!: string;
  @Field(() => [RequestWindowOutput]) windows!: RequestWindowOutput[];
  @Field(() => BudgetOutput, { nullable: true }) budget!: BudgetOutput | null;
  @Field({ description: 'The customer lets a helper start with a call.' }) remoteFirst!: boolean;
  @Field(() => RequestStatusValue) status!: RequestStatusValue;
  @Field(() => Date, { description: 'When the request stops taking offers.' }) expiresAt!: Date;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Float, { description: "From your home postal code, in km (to 100 m)." }) distanceKm!: number;
  @Field(() => ID, { nullable: true, description: 'Your offer on it, if you made one.' }) myOfferId!: string | null;
}

@ObjectType('OpenRequestEdge')
export class OpenRequestEdge {
  @Field() cursor!: string;
  @Field(() => OpenRequestOutput) node!: OpenRequestOutput;
}

@ObjectType('OpenRequestConnection')
export class OpenRequestConnection {
  @Field(() => [OpenRequestEdge]) edges!: OpenRequestEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
