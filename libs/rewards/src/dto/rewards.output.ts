import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@quartier/platform';

export enum RewardReasonValue {
  JOB_COMPLETED = 'job_completed',
  FIVE_STAR_REVIEW = 'five_star_review',
  FAST_FIRST_RESPONSE = 'fast_first_response',
  ESCALATED_PICKUP = 'escalated_pickup',
  REPEAT_CUSTOMER = 'repeat_customer',
  VETTING_COMPLETED = 'vetting_completed',
  REDEMPTION = 'redemption',
  REDEMPTION_RETURNED = 'redemption_returned',
}
registerEnumType(RewardReasonValue, {
  name: 'RewardReason',
  description: 'Why points moved: earned for a job, a five-star review, a fast answer, an escalated pickup, a returning customer or passing vetting; spent on a redemption; given back when one is rejected.',
});

export enum RewardRedemptionStatusValue {
  REQUESTED = 'requested',
  APPROVED = 'approved',
  REJECTED = 'rejected',
}
registerEnumType(RewardRedemptionStatusValue, { name: 'RewardRedemptionStatus' });

@ObjectType('RewardLevel', { description: "A level of the site's rewards policy, with what it asks besides points." })
export class RewardLevelOutput {
  @Field() key!: string;
  @Field({ description: "In the reader's locale." }) name!: string;
  @Field(() => Int, { description: '0 is the lowest level.' }) rank!: number;
  @Field(() => Int, { description: 'Lifetime points earned.' }) minPoints!: number;
  @Field(() => Float, { nullable: true, description: 'Average stars of published customer reviews, 1–5.' }) minRating!: number | null;
  @Field(() => Int, { nullable: true }) minReviews!: number | null;
  @Field(() => Float, { nullable: true, description: 'Completed jobs ÷ (completed + jobs taken back for not starting), 0–1.' }) minReliability!: number | null;
}

@ObjectType('NextRewardLevel', { description: 'The next level up and what it still asks.' })
export class NextRewardLevelOutput {
  @Field(() => RewardLevelOutput) level!: RewardLevelOutput;
  @Field(() => Int) pointsMissing!: number;
  @Field(() => Int) reviewsMissing!: number;
  @Field(() => Float, { nullable: true, description: "The level's minimum rating while the helper's is lower or missing." }) ratingRequired!: number | null;
  @Field(() => Float, { nullable: true, description: "The level's minimum reliability while the helper's is lower or missing." }) reliabilityRequired!: number | null;
}

@ObjectType('RewardEntry', { description: 'One entry of the points ledger; entries are never changed.' })
export class RewardEntryOutput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Positive when earned or given back, negative when spent.' }) points!: number;
  @Field(() => RewardReasonValue) reason!: RewardReasonValue;
  @Field(() => Int, { description: 'The rewards policy version the points followed (0: the defaults).' }) rewardsPolicyVersion!: number;
  @Field(() => ID, { nullable: true }) redemptionId!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('RewardEntryEdge')
export class RewardEntryEdge {
  @Field() cursor!: string;
  @Field(() => RewardEntryOutput) node!: RewardEntryOutput;
}

@ObjectType('RewardEntryConnection')
export class RewardEntryConnection {
  @Field(() => [RewardEntryEdge]) edges!: RewardEntryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('HelperRewards', { description: "A helper's points, level and record; balances are summed from the ledger." })
export class HelperRewardsOutput {
  @Field(() => ID) helperId!: string;
  @Field(() => Int, { description: 'Points that may be spent.' }) balance!: number;
  @Field(() => Int, { description: 'Points ever earned; spending never lowers it.' }) lifetimePoints!: number;
  @Field(() => Float, { nullable: true }) rating!: number | null;
  @Field(() => Int) reviewCount!: number;
  @Field(() => Float, { nullable: true, description: 'Null before the first completed or taken-back job.' }) reliability!: number | null;
  @Field(() => Int) completedJobs!: number;
  @Field(() => RewardLevelOutput) level!: RewardLevelOutput;
  @Field(() => NextRewardLevelOutput, { nullable: true, description: 'Null at the top level.' }) nextLevel!: NextRewardLevelOutput | null;
  @Field(() => RewardEntryConnection, { description: 'Newest first.' }) entries!: RewardEntryConnection;
}

@ObjectType('RewardCatalogItem')
export class RewardCatalogItemOutput {
  @Field() key!: string;
  @Field({ description: "In the reader's locale." }) name!: string;
  @Field(() => Int) points!: number;
  @Field({ description: "Whether the helper's balance covers it now." }) affordable!: boolean;
}

@ObjectType('RewardRedemption', { description: 'A helper spending points on a catalog item; the item is copied as it was when asked.' })
export class RewardRedemptionOutput {
  @Field(() => ID) id!: string;
  @Field(() => ID) helperId!: string;
  @Field() helperName!: string;
  @Field() itemKey!: string;
  @Field({ description: "In the reader's locale." }) itemName!: string;
  @Field(() => Int) points!: number;
  @Field(() => Int) rewardsPolicyVersion!: number;
  @Field(() => RewardRedemptionStatusValue) status!: RewardRedemptionStatusValue;
  @Field(() => Date) requestedAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => ID, { nullable: true }) decidedBy!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was rejected.' }) decisionReason!: string | null;
}

@ObjectType('RewardRedemptionEdge')
export class RewardRedemptionEdge {
  @Field() cursor!: string;
  @Field(() => RewardRedemptionOutput) node!: RewardRedemptionOutput;
}

@ObjectType('RewardRedemptionConnection')
export class RewardRedemptionConnection {
  @Field(() => [RewardRedemptionEdge]) edges!: RewardRedemptionEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
