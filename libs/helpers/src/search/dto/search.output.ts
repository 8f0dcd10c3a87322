import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PricingModeValue } from '@quartier/catalog';
import { PageInfo } from '@quartier/platform';

@ObjectType('HelperSearchHelper', { description: 'An approved helper as search shows them.' })
export class HelperSearchHelperOutput {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) photoUrl!: string | null;
  @Field(() => String, { nullable: true, description: "The site's badge every approved helper wears; null when the site has none." }) badgeName!: string | null;
}

@ObjectType('HelperSearchResult')
export class HelperSearchResultOutput {
  @Field(() => HelperSearchHelperOutput) helper!: HelperSearchHelperOutput;
  @Field(() => Float, { description: "Straight-line km between the searched postal code and the helper's home postal code." }) distanceKm!: number;
  @Field(() => PricingModeValue) pricingMode!: PricingModeValue;
  @Field(() => Int, { nullable: true, description: 'HOURLY: the hourly rate; FIXED: the price of the job; QUOTE: null.' }) priceMinor!: number | null;
  @Field() currency!: string;
  @Field(() => Float, { nullable: true, description: 'Average stars (1–5); null while the helper has no published reviews.' }) rating!: number | null;
  @Field(() => Int) reviewCount!: number;
  @Field(() => Date, { nullable: true, description: 'Earliest start of a free stretch as long as the service, within 14 days (inside the window, when given).' })
  nextFreeSlot!: Date | null;
  @Field(() => Float, { description: "The ranking score, 0–1, by the site's ranking weights: distance, rating, price and how fast the helper answers posted requests (neutral until their first offer)." }) score!: number;
}

@ObjectType('HelperSearchEdge')
export class HelperSearchEdge {
  @Field() cursor!: string;
  @Field(() => HelperSearchResultOutput) node!: HelperSearchResultOutput;
}

@ObjectType('HelperSearchConnection')
export class HelperSearchConnection {
  @Field(() => [HelperSearchEdge]) edges!: HelperSearchEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
