import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('BookSlotInput', { description: "Books an approved helper's free slot directly." })
export class BookSlotInput {
  @Field(() => ID) helperId!: string;
  @Field(() => ID) serviceId!: string;
  @Field(() => Date, { description: "The start (UTC); the slot lasts the service's estimated duration." }) startsAt!: Date;
  @Field() postalCode!: string;
  @Field(() => String, { nullable: true, description: 'Needed only when the postal code exists in several countries.' }) countryCode?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}
