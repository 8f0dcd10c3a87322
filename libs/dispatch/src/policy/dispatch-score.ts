// How dispatch ranks the helpers eligible for a wave. Every component is normalized to 0–1 (1 best):
//
//   score = 0.35·near + 0.20·accept + 0.10·speed + 0.15·reliable + 0.10·rating + 0.05·level − 0.15·busy
//
//   near     = 1 − distance ÷ the wave's radius: the closest helper is there soonest (travel is most of
//              the time to help once someone accepts).
//   accept   = the helper's acceptance rate (0.5 before their first offer).
//   speed    = 1 − average minutes to answer ÷ (2 × the SLA's first-response minutes), clamped to 0–1
//              (answering on the target scores 0.5; 0.5 before the first answer), as search ranks it.
//   reliable = the share of accepted jobs the helper did start (0.9 before the first acceptance): a
//              helper who accepts and does not come costs the customer the whole reallocation timeout.
//   rating   = (Bayesian average − 1) ÷ 4, the average pulled towards 4 stars by 5 imaginary reviews, so
//              a single five-star review does not outrank forty reviews at 4.8.
//   level    = reward level ÷ the top level (0 at a site with one level).
//   busy     = ½·min(1, load ÷ maxLoad) + ½·recentJobs ÷ (recentJobs + 5): the load-spreading term, so
//              the same few helpers are not offered everything (it cannot push anyone out alone: the
//              load cap does that).
// Scores are rounded to four decimals; equal scores are ordered by helper id.
import type { DispatchCandidate } from './dispatch-types.js';

export const SCORE_WEIGHTS = { near: 0.35, accept: 0.2, speed: 0.1, reliable: 0.15, rating: 0.1, level: 0.05, busy: 0.15 } as const;

const PRIOR_STARS = 4;
const PRIOR_REVIEWS = 5;
const NEUTRAL = 0.5;
const NEW_HELPER_RELIABILITY = 0.9;
const RECENT_JOBS_HALF = 5;

export interface ScoreContext {
  radiusKm: number;
  topLevelRank: number;
  maxLoad: number;
  firstResponseMinutes: number;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** The rating a helper is ranked by: their average pulled towards the prior by how few reviews they have. */
export function bayesianRating(rating: number | null, reviewCount: number): number {
  const count = rating === null ? 0 : reviewCount;
  return (PRIOR_STARS * PRIOR_REVIEWS + (rating ?? 0) * count) / (PRIOR_REVIEWS + count);
}

export function scoreCandidate(candidate: DispatchCandidate, context: ScoreContext): number {
  const near = context.radiusKm > 0 ? 1 - clamp01(candidate.distanceKm / context.radiusKm) : 1;
  const accept = candidate.acceptanceRate ?? NEUTRAL;
  const speed = candidate.responseMinutes === null ? NEUTRAL : clamp01(1 - candidate.responseMinutes / (2 * context.firstResponseMinutes));
  const reliable = candidate.reliability ?? NEW_HELPER_RELIABILITY;
  const rating = clamp01((bayesianRating(candidate.rating, candidate.reviewCount) - 1) / 4);
  const level = context.topLevelRank > 0 ? clamp01(candidate.levelRank / context.topLevelRank) : 0;
  const busy = 0.5 * clamp01(candidate.load / context.maxLoad) + (0.5 * candidate.recentJobs) / (candidate.recentJobs + RECENT_JOBS_HALF);
  const w = SCORE_WEIGHTS;
  const score = w.near * near + w.accept * accept + w.speed * speed + w.reliable * reliable + w.rating * rating + w.level * level - w.busy * busy;
  return Math.round(score * 10_000) / 10_000;
}
