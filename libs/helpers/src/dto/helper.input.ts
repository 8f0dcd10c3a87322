import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('HomePostalCodeInput')
export class HomePostalCodeInput {
  @Field({ description: 'ISO 3166-1 alpha-2, e.g. CH.' }) countryCode!: string;
  @Field() code!: string;
}

@InputType('UpdateHelperProfileInput', { description: 'Omitted fields keep their value; null clears an optional one.' })
export class UpdateHelperProfileInput {
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => String, { nullable: true, description: 'An http(s) address.' }) photoUrl?: string | null;
  @Field(() => String, { nullable: true }) bio?: string | null;
  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes, at most 10.' }) languages?: string[] | null;
  @Field(() => HomePostalCodeInput, { nullable: true, description: "A postal code of the site's places." }) homePostalCode?: HomePostalCodeInput | null;
  @Field(() => Int, { nullable: true, description: '1–100 km around the home postal code.' }) serviceRadiusKm?: number | null;
  @Field(() => Boolean, { nullable: true, description: "Whether you give remote help (a call first): requests that allow it are offered to you wherever the customer lives." })
  offersRemoteHelp?: boolean | null;
}

@InputType('BecomeHelperInput')
export class BecomeHelperInput {
  @Field(() => String, { nullable: true, description: "The name customers see; default: your account's name." }) displayName?: string | null;
}

@InputType('HelperSkillInput')
export class HelperSkillInput {
  @Field(() => ID) serviceId!: string;
  @Field(() => Int, {
    nullable: true,
    description: "HOURLY: your hourly rate within the site's bounds (required); FIXED: your price within the bounds (default: the service's price); QUOTE: none.",
  })
  priceMinor?: number | null;
}

@InputType('VettingEvidenceInput', { description: 'A link to a document, a text, or both.' })
export class VettingEvidenceInput {
  @Field(() => String, { nullable: true, description: 'An http(s) address.' }) url?: string | null;
  @Field(() => String, { nullable: true }) text?: string | null;
}
