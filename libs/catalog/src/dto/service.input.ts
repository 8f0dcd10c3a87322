import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocalizedTextInput } from './localized-text.dto.js';
import { PricingModeValue } from './service.output.js';

@InputType('CreateServiceInput')
export class CreateServiceInput {
  @Field(() => ID) categoryId!: string;
  @Field({ description: "Lowercase letters, digits and single hyphens; unique on the site, never changed; the key of the pricing policy's fixedPrices." })
  slug!: string;
  @Field(() => LocalizedTextInput, { description: "A name in every one of the site's locales." }) names!: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) descriptions?: LocalizedTextInput | null;
  @Field(() => PricingModeValue) pricingMode!: PricingModeValue;
  @Field(() => Int, { nullable: true, description: "Fixed-price services only: minor units of the site's currency." }) fixedPriceMinor?: number | null;
  @Field(() => Int) estimatedDurationMinutes!: number;
  @Field(() => Boolean, { nullable: true, description: "Help may start with a helper's call when the customer agrees (false when omitted)." }) remoteHelp?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Order within the category; last when omitted.' }) position?: number | null;
}

@InputType('UpdateServiceInput', { description: 'Omitted fields keep their value.' })
export class UpdateServiceInput {
  @Field(() => ID, { nullable: true }) categoryId?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true }) names?: LocalizedTextInput | null;
  @Field(() => LocalizedTextInput, { nullable: true }) descriptions?: LocalizedTextInput | null;
  @Field(() => PricingModeValue, { nullable: true }) pricingMode?: PricingModeValue | null;
  @Field(() => Int, { nullable: true, description: 'Required when the service is or becomes fixed-price.' }) fixedPriceMinor?: number | null;
  @Field(() => Int, { nullable: true }) estimatedDurationMinutes?: number | null;
  @Field(() => Boolean, { nullable: true }) remoteHelp?: boolean | null;
  @Field(() => Int, { nullable: true }) position?: number | null;
}
