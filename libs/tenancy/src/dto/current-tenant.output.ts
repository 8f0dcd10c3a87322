import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Branding')
export class BrandingOutput {
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) logoUrl!: string | null;
  @Field() primaryColor!: string;
  @Field() accentColor!: string;
  @Field() fontFamily!: string;
  @Field(() => String, { nullable: true }) badgeName!: string | null;
}

@ObjectType('CurrentTenant', { description: 'What a themed Neighborhood site needs to render itself.' })
export class CurrentTenantOutput {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => [String]) locales!: string[];
  @Field() defaultLocale!: string;
  @Field() currency!: string;
  @Field() timezone!: string;
  @Field(() => BrandingOutput) branding!: BrandingOutput;
}
