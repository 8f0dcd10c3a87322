export { RewardsModule, RewardsTenantApiModule } from './rewards.module.js';
export { RewardsService, type CatalogItemView, type RewardsSummaryView } from './rewards.service.js';
export { RedemptionService } from './redemption.service.js';
export { helperLevelsIn, helperRecordsIn, rewardsRulesIn, topLevelRankIn, type RewardsRules } from './reward-standing.js';
export { EMPTY_RECORD, gapTo, levelRankOf, ratingOf, reaches, reliabilityOf, standingOf, type HelperRecord, type LevelGap, type RewardLevel } from './reward-levels.js';
export { dispatchAcceptedAwards, EARNING_EVENTS, POINTS_FIELD, type Award } from './reward-earning.js';
export {
  EARNING_REASONS,
  REDEMPTION_STATUSES,
  type EarningReason,
  type RedemptionStatus,
  type RedemptionView,
  type RewardEntryView,
  type RewardLevelView,
  type RewardReason,
} from './reward-rows.js';
export { InsufficientPointsError, RedemptionAlreadyDecidedError } from './rewards.errors.js';
export { rewardRoutes, rewardsQueue, type RewardJob } from './jobs/reward.jobs.js';
