import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@quartier/platform';
import { HelperStatusValue } from '../../dto/helper.output.js';

@ObjectType('SiteHelper', { description: "One of the site's helpers as operators see them, whatever their status." })
export class SiteHelperOutput {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) photoUrl!: string | null;
  @Field(() => HelperStatusValue) status!: HelperStatusValue;
  @Field() statusChangedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Why the helper is suspended; null unless SUSPENDED.' }) suspensionReason!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; null until the helper gives a home postal code.' }) homeCountryCode!: string | null;
  @Field(() => String, { nullable: true }) homePostalCode!: string | null;
  @Field({ description: 'The dispatch tier, spelled as the HelperTier values: FRIEND, SPECIALIST or CONTRACTOR.' }) tier!: string;
  @Field(() => Float, { nullable: true, description: 'Average stars (1–5, one decimal) of published reviews by customers; null while there are none.' }) rating!: number | null;
  @Field(() => Int) reviewCount!: number;
  @Field(() => [String], { description: "The services the helper offers, in their order, named in the reader's locale." }) skills!: string[];
}

@ObjectType('SiteHelperEdge')
export class SiteHelperEdge {
  @Field() cursor!: string;
  @Field(() => SiteHelperOutput) node!: SiteHelperOutput;
}

@ObjectType('SiteHelperConnection')
export class SiteHelperConnection {
  @Field(() => [SiteHelperEdge]) edges!: SiteHelperEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
