// A helper's rating is the sum of the stars of their published, visible reviews by customers and
// how many there are, kept in helper_ratings by the same transaction that publishes, hides or
// unhides such a review, so profiles and search read one row instead of counting reviews.
import type { TenantTransaction } from '@quartier/platform';
import type { ReviewRow } from './review-rows.js';

/** Whether the review counts towards its subject's rating: a customer's review of a helper, published and not hidden. */
export const countsTowardsRating = (row: Pick<ReviewRow, 'author_role' | 'published_at' | 'hidden_at'>): boolean =>
  row.author_role === 'customer' && row.published_at !== null && row.hidden_at === null;

/** Adds (sign 1) or removes (sign −1) reviews from their helpers' ratings, one statement per helper. */
export async function adjustHelperRatings(
  tx: TenantTransaction,
  reviews: Pick<ReviewRow, 'subject_id' | 'stars'>[],
  sign: 1 | -1,
  now: Date,
): Promise<void> {
  const byHelper = new Map<string, { count: number; stars: number }>();
  for (const review of reviews) {
    const total = byHelper.get(review.subject_id) ?? { count: 0, stars: 0 };
    byHelper.set(review.subject_id, { count: total.count + sign, stars: total.stars + sign * review.stars });
  }
  // In helper id order, so two transactions adjusting several helpers lock their rows in the same order.
  for (const [helperId, delta] of [...byHelper].sort(([a], [b]) => a.localeCompare(b))) {
    // Removing only ever undoes an earlier add, so the row exists; an insert's proposed row must
    // itself pass the checks, hence no upsert with negative numbers.
    await tx.query(
      sign > 0
        ? `insert into helper_ratings (tenant_id, helper_id, review_count, stars_sum, updated_at) values ($1, $2, $3, $4, $5)
           on conflict (tenant_id, helper_id) do update
             set review_count = helper_ratings.review_count + excluded.review_count,
                 stars_sum = helper_ratings.stars_sum + excluded.stars_sum,
                 updated_at = excluded.updated_at`
        : `update helper_ratings set review_count = review_count + $3, stars_sum = stars_sum + $4, updated_at = $5
            where tenant_id = $1 and helper_id = $2`,
      [tx.tenantId, helperId, delta.count, delta.stars, now],
    );
  }
}
