import { Field, InputType } from '@nestjs/graphql';

@InputType('OutageMessageInput', { description: 'The notice customers read: a plain text for every locale, texts per locale, or both (a locale’s own wins); each at most 500 characters.' })
export class OutageMessageInput {
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => String, { nullable: true }) de?: string | null;
  @Field(() => String, { nullable: true }) fr?: string | null;
  @Field(() => String, { nullable: true }) it?: string | null;
  @Field(() => String, { nullable: true }) en?: string | null;
}
