import { Field, InputType, ObjectType } from '@nestjs/graphql';

@InputType('LocalizedTextInput', { description: "A text per locale; every locale the site is offered in is required where the field says so." })
export class LocalizedTextInput {
  @Field(() => String, { nullable: true }) de?: string | null;
  @Field(() => String, { nullable: true }) fr?: string | null;
  @Field(() => String, { nullable: true }) it?: string | null;
  @Field(() => String, { nullable: true }) en?: string | null;
}

@ObjectType('LocalizedText', { description: 'A text in each locale it was given in.' })
export class LocalizedTextOutput {
  @Field(() => String, { nullable: true }) de?: string | null;
  @Field(() => String, { nullable: true }) fr?: string | null;
  @Field(() => String, { nullable: true }) it?: string | null;
  @Field(() => String, { nullable: true }) en?: string | null;
}
