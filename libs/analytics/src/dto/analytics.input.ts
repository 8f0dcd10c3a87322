import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('AnalyticsFilterInput', { description: 'Requests created in [from, to) — at most 366 days —, optionally narrowed.' })
export class AnalyticsFilterInput {
  @Field(() => Date, { description: 'Requests created at or after this instant.' }) from!: Date;
  @Field(() => Date, { description: 'Requests created before this instant; after from, at most 366 days later.' }) to!: Date;
  @Field(() => ID, { nullable: true }) serviceId?: string | null;
  @Field(() => String, { nullable: true, description: 'A postal-code prefix: "80" covers 8001 and 8004.' }) postalArea?: string | null;
  @Field(() => ID, { nullable: true, description: "Requests this helper handled: those with one of the helper's appointments, cancelled or reassigned ones included." })
  helperId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Characters of the postal code that make an area in byPostalArea, 1–20; default 2 ("80" for 8001 and 8004).' })
  areaLength?: number | null;
}
