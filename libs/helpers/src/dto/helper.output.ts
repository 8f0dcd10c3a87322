import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PricingModeValue } from '@quartier/catalog';

export enum HelperStatusValue {
  APPLICANT = 'applicant',
  IN_REVIEW = 'in_review',
  APPROVED = 'approved',
  REJECTED = 'rejected',
  SUSPENDED = 'suspended',
}

registerEnumType(HelperStatusValue, {
  name: 'HelperStatus',
  description: 'Where a helper stands in vetting. Only APPROVED helpers are shown to customers or offered work.',
});

@ObjectType('HelperSkill', { description: "A service the helper offers, at their price in minor units of the site's currency." })
export class HelperSkillOutput {
  @Field(() => ID) serviceId!: string;
  @Field() serviceSlug!: string;
  @Field({ description: "The service's name in the reader's locale." }) serviceName!: string;
  @Field(() => PricingModeValue) pricingMode!: PricingModeValue;
  @Field(() => Int, { nullable: true, description: 'HOURLY: the hourly rate; FIXED: the price of the job; QUOTE: null.' }) priceMinor!: number | null;
  @Field() currency!: string;
}

@ObjectType('HelperServiceArea', { description: 'Where the helper works: around their home postal code.' })
export class HelperServiceAreaOutput {
  @Field() countryCode!: string;
  @Field() postalCode!: string;
  @Field(() => [String]) placeNames!: string[];
  @Field(() => Int, { nullable: true }) radiusKm!: number | null;
}

@ObjectType('HelperProfile', { description: "The signed-in helper's own profile." })
export class HelperProfileOutput {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) photoUrl!: string | null;
  @Field() bio!: string;
  @Field(() => [String], { description: 'ISO 639-1 codes.' }) languages!: string[];
  @Field({ description: 'Gives remote help (a call first, a visit when needed).' }) offersRemoteHelp!: boolean;
  @Field(() => HelperStatusValue) status!: HelperStatusValue;
  @Field(() => HelperServiceAreaOutput, { nullable: true }) serviceArea!: HelperServiceAreaOutput | null;
  @Field(() => [HelperSkillOutput]) skills!: HelperSkillOutput[];
  @Field(() => Float, { nullable: true, description: 'Average stars (1–5, one decimal) of published reviews by customers; null while there are none.' }) rating!: number | null;
  @Field(() => Int, { description: 'How many published reviews by customers the rating averages.' }) reviewCount!: number;
}

@ObjectType('Helper', { description: 'An approved helper as customers see them.' })
export class PublicHelperOutput {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) photoUrl!: string | null;
  @Field() bio!: string;
  @Field(() => [String], { description: 'ISO 639-1 codes.' }) languages!: string[];
  @Field({ description: 'Gives remote help (a call first, a visit when needed).' }) offersRemoteHelp!: boolean;
  @Field(() => String, { nullable: true, description: 'The badge approved helpers wear on this site, e.g. "Alpine Friend".' }) badgeName!: string | null;
  @Field(() => HelperServiceAreaOutput, { nullable: true }) serviceArea!: HelperServiceAreaOutput | null;
  @Field(() => [HelperSkillOutput]) skills!: HelperSkillOutput[];
  @Field(() => Float, { nullable: true, description: 'Average stars (1–5, one decimal) of published reviews by customers; null while there are none.' }) rating!: number | null;
  @Field(() => Int, { description: 'How many published reviews by customers the rating averages.' }) reviewCount!: number;
}
