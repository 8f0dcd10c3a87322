import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum StripeKeyModeValue {
  TEST = 'test',
  LIVE = 'live',
}
registerEnumType(StripeKeyModeValue, { name: 'StripeKeyMode', description: "TEST: a test-mode key (no real money moves); LIVE: a live-mode key." });

@ObjectType('StripeAccount', {
  description: "The site's own Stripe account, as far as its saved credentials tell: the secrets are stored encrypted and only ever shown masked. Saving them makes no call to Stripe.",
})
export class StripeAccountOutput {
  @Field(() => StripeKeyModeValue, { description: 'The mode of the saved secret key.' }) mode!: StripeKeyModeValue;
  @Field(() => String, {
    nullable: true,
    description: "The publishable key the site's card form uses, in clear (it is public); null for an account connected before it was asked for: connect again to offer the card form.",
  })
  publishableKey!: string | null;
  @Field({ description: 'The key prefix and its last four characters, e.g. sk_live_••••1234.' }) secretKeyMasked!: string;
  @Field({ description: 'The last four characters of the webhook signing secret, e.g. whsec_••••abcd.' }) webhookSecretMasked!: string;
  @Field(() => Date) connectedAt!: Date;
  @Field(() => ID, { description: 'The operator who saved the credentials.' }) connectedBy!: string;
}
