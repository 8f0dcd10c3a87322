import { Field, InputType } from '@nestjs/graphql';

@InputType('BrandingInput', { description: 'Branding fields; on update, omitted fields keep their value and null clears an optional one.' })
export class BrandingInput {
  @Field(() => String, { nullable: true }) displayName?: string;
  @Field(() => String, { nullable: true }) logoUrl?: string | null;
  @Field(() => String, { nullable: true }) primaryColor?: string;
  @Field(() => String, { nullable: true }) accentColor?: string;
  @Field(() => String, { nullable: true }) fontFamily?: string;
  @Field(() => String, { nullable: true, description: 'What helpers are called on this site, e.g. "Alpine Friend".' }) badgeName?: string | null;
}
