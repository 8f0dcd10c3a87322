import { Field, InputType, Int } from '@nestjs/graphql';
import { LocalizedTextInput } from './localized-text.dto.js';

@InputType('CreateCategoryInput')
export class CreateCategoryInput {
  @Field({ description: 'Lowercase letters, digits and single hyphens; unique on the site and never changed.' }) slug!: string;
  @Field(() => LocalizedTextInput, { description: "A name in every one of the site's locales." }) names!: LocalizedTextInput;
  @Field(() => Int, { nullable: true, description: 'Order among categories; last when omitted.' }) position?: number | null;
}

@InputType('UpdateCategoryInput', { description: 'Omitted fields keep their value.' })
export class UpdateCategoryInput {
  @Field(() => LocalizedTextInput, { nullable: true }) names?: LocalizedTextInput | null;
  @Field(() => Int, { nullable: true }) position?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'An inactive category and its services are hidden from customers.' }) active?: boolean | null;
}
