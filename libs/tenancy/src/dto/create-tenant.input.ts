import { Field, InputType } from '@nestjs/graphql';
import { BrandingInput } from './branding.input.js';

@InputType('CreateTenantInput')
export class CreateTenantInput {
  @Field({ description: 'Subdomain under the platform domain: <slug>.<base>. Lowercase; some words are reserved.' }) slug!: string;
  @Field() name!: string;
  @Field(() => [String], { defaultValue: [], description: 'Custom host names, lowercase, each served by one tenant only.' })
  domains!: string[];
  @Field(() => [String], { description: 'Among de, fr, it, en.' }) locales!: string[];
  @Field() defaultLocale!: string;
  @Field({ description: 'ISO 4217, e.g. CHF.' }) currency!: string;
  @Field({ description: 'IANA time zone, e.g. Europe/Zurich.' }) timezone!: string;
  @Field(() => BrandingInput, { nullable: true }) branding?: BrandingInput | null;
  @Field({ description: 'Receives the invitation to become the first operator admin.' }) operatorAdminEmail!: string;
  @Field({ description: "The first operator admin's name, 1–120 characters: greets them in the invitation and names their account." })
  operatorAdminName!: string;
}
