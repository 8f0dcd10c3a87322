// Rewards on /graphql: helpers read their points, level and catalog and redeem points; operators
// read any helper's rewards and approve or reject redemptions.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import {
  HelperRewardsOutput,
  RewardCatalogItemOutput,
  RewardRedemptionConnection,
  RewardRedemptionOutput,
  RewardRedemptionStatusValue,
} from './dto/rewards.output.js';
import { RedemptionService } from './redemption.service.js';
import { RewardsService } from './rewards.service.js';

/** Views and outputs share their field names; enums carry the stored lowercase values. */
const toOutput = <T>(view: unknown): T => view as T;

@Resolver()
export class RewardsResolver {
  constructor(
    private readonly rewards: RewardsService,
    private readonly redemptions: RedemptionService,
  ) {}

  @Roles('helper')
  @Query(() => HelperRewardsOutput, { description: 'Your points balance, lifetime points, level, what the next level still asks, and your ledger entries (newest first).' })
  async myRewards(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<HelperRewardsOutput> {
    return toOutput(await this.rewards.myRewards(ctx, { first, after }));
  }

  @Roles('helper')
  @Query(() => [RewardCatalogItemOutput], { description: "The site's reward catalog in your locale, each item with whether your balance covers it." })
  async rewardCatalog(@Ctx() ctx: RequestContext): Promise<RewardCatalogItemOutput[]> {
    return toOutput(await this.rewards.rewardCatalog(ctx));
  }

  @Roles('helper')
  @Mutation(() => RewardRedemptionOutput, {
    description: 'Spends points on a catalog item, for an operator to approve; a balance short of its price is CONFLICT INSUFFICIENT_POINTS with nothing spent.',
  })
  async redeemReward(@Ctx() ctx: RequestContext, @Args('itemKey') itemKey: string): Promise<RewardRedemptionOutput> {
    return toOutput(await this.redemptions.redeem(ctx, { itemKey }));
  }

  @Roles('helper')
  @Query(() => RewardRedemptionConnection, { description: 'Your redemptions, newest first.' })
  async myRedemptions(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<RewardRedemptionConnection> {
    return toOutput(await this.redemptions.myRedemptions(ctx, { first, after }));
  }

  @Roles('operator_admin', 'operator_agent')
  @Query(() => RewardRedemptionConnection, { description: "The site's redemptions, oldest first; status filters." })
  async rewardRedemptions(
    @Ctx() ctx: RequestContext,
    @Args('status', { type: () => RewardRedemptionStatusValue, nullable: true }) status?: RewardRedemptionStatusValue,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<RewardRedemptionConnection> {
    return toOutput(await this.redemptions.siteRedemptions(ctx, { status, first, after }));
  }

  @Roles('operator_admin', 'operator_agent')
  @Mutation(() => RewardRedemptionOutput, { description: 'Approves a requested redemption; a decided one is CONFLICT ALREADY_DECIDED.' })
  async approveRedemption(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<RewardRedemptionOutput> {
    return toOutput(await this.redemptions.approve(ctx, { id }));
  }

  @Roles('operator_admin', 'operator_agent')
  @Mutation(() => RewardRedemptionOutput, {
    description: 'Rejects a requested redemption with a reason the helper reads and gives the points back; a decided one is CONFLICT ALREADY_DECIDED.',
  })
  async rejectRedemption(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string): Promise<RewardRedemptionOutput> {
    return toOutput(await this.redemptions.reject(ctx, { id, reason }));
  }

  @Roles('operator_admin', 'operator_agent')
  @Query(() => HelperRewardsOutput, { description: "One helper's balance, level and ledger entries (newest first); any other id is NOT_FOUND." })
  async helperRewards(
    @Ctx() ctx: RequestContext,
    @Args('helperId', { type: () => ID }) helperId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<HelperRewardsOutput> {
    return toOutput(await this.rewards.helperRewards(ctx, { helperId, first, after }));
  }
}
