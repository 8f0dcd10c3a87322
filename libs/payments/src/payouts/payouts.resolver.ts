// Helpers' earnings, payouts and payout account on /graphql: helpers read theirs and set up their
// payout account; operators read any helper's.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import { type RequestContext, userIdOf } from '@quartier/platform';
import { EarningsOutput, PayoutAccountOutput, PayoutConnection } from './dto/payout.output.js';
import { EarningsService } from './earnings.service.js';
import { PayoutAccountService } from './payout-account.service.js';

const toOutput = <T>(view: unknown): T => view as T;

@Resolver()
export class PayoutsResolver {
  constructor(
    private readonly earningsService: EarningsService,
    private readonly accounts: PayoutAccountService,
  ) {}

  @Roles('helper')
  @Query(() => EarningsOutput, { description: 'What you earned, what is still to be paid out, what a dispute holds and what was paid out.' })
  async myEarnings(@Ctx() ctx: RequestContext): Promise<EarningsOutput> {
    return toOutput(await this.earningsService.earnings(ctx, { helperId: userIdOf(ctx) }));
  }

  @Roles('helper')
  @Query(() => PayoutConnection, { description: 'Payouts to your bank, newest first.' })
  async myPayouts(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<PayoutConnection> {
    return toOutput(await this.earningsService.payouts(ctx, { first, after }));
  }

  @Roles('helper')
  @Query(() => PayoutAccountOutput, { nullable: true, description: 'Your payout account; null until you start setting it up.' })
  async myPayoutAccount(@Ctx() ctx: RequestContext): Promise<PayoutAccountOutput | null> {
    return toOutput(await this.accounts.myPayoutAccount(ctx));
  }

  @Roles('helper')
  @Mutation(() => PayoutAccountOutput, {
    description:
      "Starts (or restarts, when its link expired) setting up your payout account with Stripe. The link to Stripe's onboarding appears in myPayoutAccount moments later. CONFLICT OFFLINE_PAYOUTS on a site that pays on site or by invoice, NOT_A_HELPER before you applied.",
  })
  async startPayoutOnboarding(@Ctx() ctx: RequestContext): Promise<PayoutAccountOutput> {
    return toOutput(await this.accounts.startOnboarding(ctx));
  }

  @Roles('operator_agent', 'operator_admin')
  @Query(() => PayoutConnection, { description: "Payouts to helpers' banks (one helper's, or all), newest first." })
  async helperPayouts(
    @Ctx() ctx: RequestContext,
    @Args('helperId', { type: () => ID, nullable: true }) helperId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<PayoutConnection> {
    return toOutput(await this.earningsService.payouts(ctx, { helperId, first, after }));
  }

  @Roles('operator_agent', 'operator_admin')
  @Query(() => EarningsOutput, { description: "A helper's earnings; NOT_FOUND for anyone who is not a helper of the site." })
  async helperEarnings(@Ctx() ctx: RequestContext, @Args('helperId', { type: () => ID }) helperId: string): Promise<EarningsOutput> {
    return toOutput(await this.earningsService.earnings(ctx, { helperId }));
  }
}
