// Queue `rewards`: points earned from outbox events (a completed job, a published review, passed
// vetting, an accepted dispatch offer). Jobs carry ids and the tenant only; the job id is the event
// id, and the ledger's business keys make a job that runs again earn nothing more.
import { defineQueue, type OutboxJobData, type OutboxRoutes, routeTo } from '@quartier/platform';

export type RewardJob = { name: 'rewards.earn'; data: OutboxJobData };

export const rewardsQueue = defineQueue<RewardJob>(
  'rewards',
  // Postgres only: a few quick retries ride out a failover; nothing is lost by waiting.
  { 'rewards.earn': { attempts: 8, backoffMs: 1_000 } },
  { concurrency: 5 },
);

/** Outbox events that may earn points. */
export const rewardRoutes: OutboxRoutes = {
  'request.completed': routeTo(rewardsQueue, 'rewards.earn'),
  'review.published': routeTo(rewardsQueue, 'rewards.earn'),
  'helper.vetting_approved': routeTo(rewardsQueue, 'rewards.earn'),
  'dispatch.accepted': routeTo(rewardsQueue, 'rewards.earn'),
};
