// The pure parts of helper search: the time window's checks and the ranking's normalization (the
// score formula itself is documented on the SLA policy's ranking weights).
import { ValidationError } from '@quartier/platform';
import type { RankingWeights } from '@quartier/tenancy';

/** Search looks this far ahead for free slots, and a window may not reach beyond it. */
export const SEARCH_HORIZON_DAYS = 14;
const DAY_MS = 86_400_000;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Normalizes (0–1) a component that has no data yet — a rating without reviews, responsiveness
 * before the first offer, the price of a service priced on quote: it neither helps nor hurts anyone.
 */
export const NEUTRAL = 0.5;

/** The largest service radius a profile may have, so distance normalizes against it. */
export const MAX_RADIUS_KM = 100;

export interface SearchWindow {
  from: Date;
  to: Date;
}

function instant(field: string, value: string): Date {
  const parsed = ISO_INSTANT.test(value) ? new Date(value) : null;
  if (!parsed || Number.isNaN(parsed.getTime())) throw new ValidationError(field, `${field} must be an ISO 8601 date-time with a time zone, such as 2026-05-04T09:00:00Z`);
  return parsed;
}

/** A window in the future, from before to, within the search horizon. */
export function checkWindow(window: { from: string; to: string } | null | undefined, now: Date): SearchWindow | null {
  if (!window) return null;
  const from = instant('window.from', window.from);
  const to = instant('window.to', window.to);
  if (from.getTime() < now.getTime()) throw new ValidationError('window.from', 'window.from must not be in the past');
  if (to.getTime() <= from.getTime()) throw new ValidationError('window.to', 'window.to must be after window.from');
  if (to.getTime() > now.getTime() + SEARCH_HORIZON_DAYS * DAY_MS) {
    throw new ValidationError('window.to', `window.to must be within the next ${SEARCH_HORIZON_DAYS} days`);
  }
  return { from, to };
}

/** A minimum rating, 1 to 5 stars in steps of a tenth (as ratings are shown); null for none. */
export function checkMinRating(minRating: number | null | undefined): number | null {
  if (minRating === null || minRating === undefined) return null;
  if (!Number.isFinite(minRating) || minRating < 1 || minRating > 5 || Math.round(minRating * 10) !== minRating * 10) {
    throw new ValidationError('minRating', 'minRating must be between 1 and 5 stars, in steps of 0.1');
  }
  return minRating;
}

/** A highest price in minor units, zero or more; null for none. */
export function checkMaxPrice(maxPriceMinor: number | null | undefined): number | null {
  if (maxPriceMinor === null || maxPriceMinor === undefined) return null;
  if (!Number.isInteger(maxPriceMinor) || maxPriceMinor < 0) throw new ValidationError('maxPriceMinor', 'maxPriceMinor must be a whole number of minor units, zero or more');
  return maxPriceMinor;
}

/** The weights as shares of 1, so the score stays between 0 and 1 whatever the tenant chose. */
export function weightShares(weights: RankingWeights): RankingWeights {
  const total = weights.distance + weights.rating + weights.price + weights.responsiveness;
  return {
    distance: weights.distance / total,
    rating: weights.rating / total,
    price: weights.price / total,
    responsiveness: weights.responsiveness / total,
  };
}
