// Which level a helper holds, and what the next one still asks of them. A level needs its lifetime
// points and each of its requirements: rating (average stars of published, visible customer
// reviews), number of such reviews, reliability (completed jobs ÷ completed and taken-back jobs).
// A helper holds the highest level whose every condition they meet; the first level is everyone's.
import type { RewardsPolicy } from '@quartier/tenancy';

export type RewardLevel = RewardsPolicy['levels'][number];

/** What the levels are measured against, for one helper. */
export interface HelperRecord {
  /** Points ever earned; spending and returned redemptions do not count. */
  lifetimePoints: number;
  reviewCount: number;
  starsSum: number;
  completedJobs: number;
  /** Jobs taken back from the helper for not starting in time (reallocations naming them). */
  releasedJobs: number;
}

export const EMPTY_RECORD: HelperRecord = Object.freeze({ lifetimePoints: 0, reviewCount: 0, starsSum: 0, completedJobs: 0, releasedJobs: 0 });

/** Average stars, null without a review. */
export function ratingOf(record: HelperRecord): number | null {
  return record.reviewCount > 0 ? record.starsSum / record.reviewCount : null;
}

/** Completed ÷ (completed + released), null before the first of either. */
export function reliabilityOf(record: HelperRecord): number | null {
  const decided = record.completedJobs + record.releasedJobs;
  return decided > 0 ? record.completedJobs / decided : null;
}

/** What a level still asks of a helper; everything zero or null means it is reached. */
export interface LevelGap {
  pointsMissing: number;
  reviewsMissing: number;
  /** The level's minimum rating while the helper's is lower or missing; else null. */
  ratingRequired: number | null;
  /** The level's minimum reliability while the helper's is lower or missing; else null. */
  reliabilityRequired: number | null;
}

export function gapTo(level: RewardLevel, record: HelperRecord): LevelGap {
  const rating = ratingOf(record);
  const reliability = reliabilityOf(record);
  return {
    pointsMissing: Math.max(0, level.minPoints - record.lifetimePoints),
    reviewsMissing: Math.max(0, (level.minReviews ?? 0) - record.reviewCount),
    ratingRequired: level.minRating !== undefined && (rating === null || rating < level.minRating) ? level.minRating : null,
    reliabilityRequired: level.minReliability !== undefined && (reliability === null || reliability < level.minReliability) ? level.minReliability : null,
  };
}

export function reaches(level: RewardLevel, record: HelperRecord): boolean {
  const gap = gapTo(level, record);
  return gap.pointsMissing === 0 && gap.reviewsMissing === 0 && gap.ratingRequired === null && gap.reliabilityRequired === null;
}

/** The rank (index in the policy's levels, 0 the lowest) of the highest level the helper reaches. */
export function levelRankOf(levels: readonly RewardLevel[], record: HelperRecord): number {
  for (let rank = levels.length - 1; rank > 0; rank--) {
    if (reaches(levels[rank], record)) return rank;
  }
  return 0;
}

/** The helper's level, and the next one up with what it still asks (null at the top). */
export function standingOf(levels: readonly RewardLevel[], record: HelperRecord): { rank: number; level: RewardLevel; next: { rank: number; level: RewardLevel; gap: LevelGap } | null } {
  const rank = levelRankOf(levels, record);
  const nextRank = rank + 1;
  const next = nextRank < levels.length ? { rank: nextRank, level: levels[nextRank], gap: gapTo(levels[nextRank], record) } : null;
  return { rank, level: levels[rank], next };
}
