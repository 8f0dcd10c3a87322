// The site's Stripe account on /graphql: operator admins connect and disconnect it; operators read it masked.
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { StripeAccountOutput } from './dto/stripe-account.output.js';
import { StripeAccountService, type StripeAccountView } from './stripe-account.service.js';

const toOutput = (view: StripeAccountView): StripeAccountOutput => view as StripeAccountOutput;

@Resolver()
export class StripeAccountResolver {
  constructor(private readonly accounts: StripeAccountService) {}

  @Roles('operator_admin', 'operator_agent')
  @Query(() => StripeAccountOutput, { nullable: true, description: "The site's connected Stripe account, masked; null while payments go through the offline provider." })
  async stripeAccount(@Ctx() ctx: RequestContext): Promise<StripeAccountOutput | null> {
    const view = await this.accounts.find(ctx);
    return view ? toOutput(view) : null;
  }

  @Roles('operator_admin')
  @Mutation(() => StripeAccountOutput, {
    description:
      "Connects the site's own Stripe account, replacing any connected before. Checks the formats only (publishableKey: pk_test_/pk_live_ of the secret key's mode; secretKey: sk_test_/sk_live_ or restricted rk_test_/rk_live_, at least 20 characters; webhookSecret: whsec_…) and makes no call to Stripe; the secrets are stored encrypted and never shown again in clear, the publishable key is public and goes to the site's card form.",
  })
  async connectStripeAccount(
    @Ctx() ctx: RequestContext,
    @Args('publishableKey') publishableKey: string,
    @Args('secretKey') secretKey: string,
    @Args('webhookSecret') webhookSecret: string,
  ): Promise<StripeAccountOutput> {
    return toOutput(await this.accounts.connect(ctx, { publishableKey, secretKey, webhookSecret }));
  }

  @Roles('operator_admin')
  @Mutation(() => Boolean, { description: "Removes the site's Stripe credentials; payments fall back to the offline provider. True also when none were connected." })
  async disconnectStripeAccount(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.accounts.disconnect(ctx);
  }
}
