import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@quartier/platform';
import { LocalizedTextOutput } from './localized-text.dto.js';

export enum PricingModeValue {
  FIXED = 'fixed',
  HOURLY = 'hourly',
  QUOTE = 'quote',
}

registerEnumType(PricingModeValue, {
  name: 'PricingMode',
  description: 'FIXED: one price for the job; HOURLY: the helper’s rate within the site’s bounds × time; QUOTE: the helper quotes a total.',
});

@ObjectType('ServicePrice', { description: "What a customer can expect to pay, in minor units of the site's currency." })
export class ServicePriceOutput {
  @Field(() => PricingModeValue) mode!: PricingModeValue;
  @Field() currency!: string;
  @Field(() => Int, { nullable: true, description: 'FIXED: the price of the job.' }) fixedPriceMinor!: number | null;
  @Field(() => Int, { nullable: true, description: "HOURLY: the lowest hourly rate a helper may ask." }) hourlyRateMinMinor!: number | null;
  @Field(() => Int, { nullable: true, description: "HOURLY: the highest hourly rate a helper may ask." }) hourlyRateMaxMinor!: number | null;
  @Field(() => Int, { description: "Fixed part of the site's fee added to the customer's bill." }) customerFeeFixedMinor!: number;
  @Field(() => Int, { description: "Part of the site's fee as basis points of the helper's price (100 = 1 %)." }) customerFeeBasisPoints!: number;
}

@ObjectType('Service')
export class ServiceOutput {
  @Field(() => ID) id!: string;
  @Field(() => ID) categoryId!: string;
  @Field() slug!: string;
  @Field({ description: "The name in the reader's locale, else the site's default locale." }) name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => LocalizedTextOutput) names!: LocalizedTextOutput;
  @Field(() => LocalizedTextOutput) descriptions!: LocalizedTextOutput;
  @Field(() => PricingModeValue) pricingMode!: PricingModeValue;
  @Field(() => ServicePriceOutput) price!: ServicePriceOutput;
  @Field(() => Int) estimatedDurationMinutes!: number;
  @Field({ description: "Help may start with a helper's call (the customer agreeing when posting a request); a visit follows only when needed." }) remoteHelp!: boolean;
  @Field(() => Int) position!: number;
  @Field({ description: 'False once archived: hidden from customers, kept for history.' }) active!: boolean;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
}

@ObjectType('ServiceEdge')
export class ServiceEdge {
  @Field() cursor!: string;
  @Field(() => ServiceOutput) node!: ServiceOutput;
}

@ObjectType('ServiceConnection')
export class ServiceConnection {
  @Field(() => [ServiceEdge]) edges!: ServiceEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
