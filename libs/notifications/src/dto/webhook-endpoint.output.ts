import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('WebhookEndpoint', { description: 'A URL of the site’s own systems that receives signed marketplace events.' })
export class WebhookEndpointOutput {
  @Field(() => ID) id!: string;
  @Field() url!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [String]) eventTypes!: string[];
  @Field() enabled!: boolean;
  @Field({ description: 'The signing secret’s last four characters, e.g. whsec_••••abcd; the secret itself is shown once, when created or rotated.' })
  secretMasked!: string;
  @Field(() => ID) createdBy!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType('WebhookEndpointWithSecret', { description: 'An endpoint and its new signing secret, shown this once: store it where the receiver can check signatures.' })
export class WebhookEndpointWithSecretOutput {
  @Field(() => WebhookEndpointOutput) endpoint!: WebhookEndpointOutput;
  @Field({ description: 'whsec_…: the HMAC-SHA256 key of the Quartier-Signature header.' }) secret!: string;
}
