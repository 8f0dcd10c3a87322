// Service levels: how fast a request gets a first answer and help, when accepted-but-idle work is
// reallocated, and who it escalates to while the clock runs.
import { z } from 'zod';
import { policyKey } from './policy-kit.js';

const minutes = z.number().int().min(1).max(10_080);

export const ESCALATION_TARGETS = ['specialist', 'contractor', 'operator'] as const;

const weight = z.number().int().min(0).max(100);

/**
 * How search ranks helpers: relative weights of four components, each normalized to 0–1 (1 best).
 * score = (distance·dₙ + rating·rₙ + price·pₙ + responsiveness·sₙ) / (sum of weights), where
 * dₙ = 1 − km / 100 (100 km being the largest service radius), rₙ = (stars − 1) / 4 (0.5 without
 * reviews), pₙ = 1 − (price − min) / (max − min) within the site's price bounds for the service
 * (0.5 for services priced on quote) and sₙ = clamp(1 − average minutes / (2 × firstResponseMinutes),
 * 0, 1), the average being how long the posted requests a helper made an offer on had waited for it
 * (answering on the first-response target is 0.5; 0.5 before the first offer).
 * Equal scores are ordered by helper id, so result pages stay stable.
 */
export const rankingWeights = z
  .object({ distance: weight, rating: weight, price: weight, responsiveness: weight })
  .strict()
  .refine((weights) => weights.distance + weights.rating + weights.price + weights.responsiveness > 0, 'needs at least one weight above 0');

export type RankingWeights = z.infer<typeof rankingWeights>;

export function defaultRankingWeights(): RankingWeights {
  return { distance: 40, rating: 30, price: 20, responsiveness: 10 };
}

export const DEFAULT_AUTO_CLOSE_AFTER_HOURS = 72;

export const slaPolicy = z
  .object({
    firstResponseMinutes: minutes,
    helpWithinMinutes: minutes,
    /** An accepted request that has not started after this long is offered to other helpers. */
    reallocationTimeoutMinutes: minutes,
    /** Ordered: each tier starts after its wait, counted from the request being posted. */
    escalationTiers: z
      .array(z.object({ key: policyKey, target: z.enum(ESCALATION_TARGETS), afterMinutes: minutes }).strict())
      .max(5),
    /** Search ranking weights; responsiveness is how fast a helper answers, the SLA's other side. */
    ranking: rankingWeights.default(defaultRankingWeights),
    /**
     * A completed job the customer neither confirms nor disputes is closed by the platform this many
     * hours after completion (1–720); documents stored before the field existed read as 72.
     */
    autoCloseAfterHours: z.number().int().min(1).max(720).default(DEFAULT_AUTO_CLOSE_AFTER_HOURS),
  })
  .strict()
  .superRefine((policy, ctx) => {
    if (policy.firstResponseMinutes > policy.helpWithinMinutes) {
      ctx.addIssue({ code: 'custom', path: ['firstResponseMinutes'], message: 'must not exceed helpWithinMinutes' });
    }
    const keys = new Set<string>();
    policy.escalationTiers.forEach((tier, index) => {
      if (keys.has(tier.key)) ctx.addIssue({ code: 'custom', path: ['escalationTiers', index, 'key'], message: `duplicates tier key ${tier.key}` });
      keys.add(tier.key);
      const previous = policy.escalationTiers[index - 1];
      if (previous && tier.afterMinutes <= previous.afterMinutes) {
        ctx.addIssue({ code: 'custom', path: ['escalationTiers', index, 'afterMinutes'], message: 'must be later than the previous tier' });
      }
      if (tier.afterMinutes >= policy.helpWithinMinutes) {
        ctx.addIssue({ code: 'custom', path: ['escalationTiers', index, 'afterMinutes'], message: 'must be earlier than helpWithinMinutes' });
      }
    });
  });

export type SlaPolicy = z.infer<typeof slaPolicy>;

/** Most customers helped within 3 hours of posting; unanswered requests climb to specialists, then contractors. */
export function defaultSlaPolicy(): SlaPolicy {
  return {
    firstResponseMinutes: 15,
    helpWithinMinutes: 180,
    reallocationTimeoutMinutes: 60,
    escalationTiers: [
      { key: 'specialists', target: 'specialist', afterMinutes: 60 },
      { key: 'contractors', target: 'contractor', afterMinutes: 120 },
      { key: 'operator', target: 'operator', afterMinutes: 150 },
    ],
    ranking: defaultRankingWeights(),
    autoCloseAfterHours: DEFAULT_AUTO_CLOSE_AFTER_HOURS,
  };
}
