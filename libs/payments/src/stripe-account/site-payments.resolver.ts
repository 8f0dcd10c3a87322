// How a site takes payments, on its public `currentTenant`: the customer's pages decide before booking
// whether to show the card form (and load Stripe.js with the site's own publishable key) or to say the
// helper is paid on site.
import { Ctx, Public } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { CurrentTenantOutput } from '@quartier/tenancy';
import { Field, ObjectType, ResolveField, Resolver } from '@nestjs/graphql';
import { PaymentProviderValue } from '../payment/dto/payment.output.js';
import { StripeAccountService } from './stripe-account.service.js';

@ObjectType('SitePayments', { description: 'How the site takes payments.' })
export class SitePaymentsOutput {
  @Field(() => PaymentProviderValue) provider!: PaymentProviderValue;
  @Field(() => String, {
    nullable: true,
    description: "The Stripe publishable key for the card form (Stripe Elements); null on an offline site, and on a Stripe site whose operator has not given one yet (no card form then).",
  })
  stripePublishableKey!: string | null;
}

@Resolver(() => CurrentTenantOutput)
export class SitePaymentsResolver {
  constructor(private readonly accounts: StripeAccountService) {}

  @Public()
  @ResolveField(() => SitePaymentsOutput, { description: 'How the site takes payments: by card through Stripe, or offline.' })
  async payments(@Ctx() ctx: RequestContext): Promise<SitePaymentsOutput> {
    const { provider, stripePublishableKey } = await this.accounts.sitePayments(ctx);
    return { provider: provider as PaymentProviderValue, stripePublishableKey };
  }
}
