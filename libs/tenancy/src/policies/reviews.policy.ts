// How customers and helpers review each other after a job: how long the window stays open after
// completion, and how long a review's text may be.
import { z } from 'zod';

export const reviewsPolicy = z
  .object({
    /** Days after completion in which both sides may review; unpublished reviews are published when it closes. */
    windowDays: z.number().int().min(1).max(60),
    /** Characters a review's text needs at least (0: stars alone are enough). */
    minTextLength: z.number().int().min(0).max(200),
    maxTextLength: z.number().int().min(1).max(2000),
  })
  .strict()
  .superRefine((policy, ctx) => {
    if (policy.minTextLength > policy.maxTextLength) {
      ctx.addIssue({ code: 'custom', path: ['minTextLength'], message: 'must not exceed maxTextLength' });
    }
  });

export type ReviewsPolicy = z.infer<typeof reviewsPolicy>;

export function defaultReviewsPolicy(): ReviewsPolicy {
  return { windowDays: 14, minTextLength: 0, maxTextLength: 2000 };
}
