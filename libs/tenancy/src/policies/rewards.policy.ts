// Points helpers earn for what they do, and the levels those points unlock.
import { z } from 'zod';
import { defaultLocaleIssues, localizedText, policyKey, type PolicyIssue, type PolicyTenant } from './policy-kit.js';

const points = z.number().int().min(0).max(100_000);

export const rewardsPolicy = z
  .object({
    pointsPerEvent: z
      .object({
        jobCompleted: points,
        fiveStarReview: points,
        fastFirstResponse: points,
        repeatCustomer: points,
        vettingCompleted: points,
      })
      .strict(),
    /** Ascending by threshold; the first level starts at 0 points. */
    levels: z
      .array(z.object({ key: policyKey, name: localizedText, minPoints: z.number().int().min(0).max(10_000_000) }).strict())
      .min(1)
      .max(10),
  })
  .strict()
  .superRefine((policy, ctx) => {
    if (policy.levels[0] && policy.levels[0].minPoints !== 0) {
      ctx.addIssue({ code: 'custom', path: ['levels', 0, 'minPoints'], message: 'the first level must start at 0 points' });
    }
    const keys = new Set<string>();
    policy.levels.forEach((level, index) => {
      if (keys.has(level.key)) ctx.addIssue({ code: 'custom', path: ['levels', index, 'key'], message: `duplicates level key ${level.key}` });
      keys.add(level.key);
      const previous = policy.levels[index - 1];
      if (previous && level.minPoints <= previous.minPoints) {
        ctx.addIssue({ code: 'custom', path: ['levels', index, 'minPoints'], message: 'must be higher than the previous level' });
      }
    });
  });

export type RewardsPolicy = z.infer<typeof rewardsPolicy>;

export function defaultRewardsPolicy(): RewardsPolicy {
  return {
    pointsPerEvent: { jobCompleted: 100, fiveStarReview: 50, fastFirstResponse: 20, repeatCustomer: 30, vettingCompleted: 200 },
    levels: [
      { key: 'bronze', name: { de: 'Bronze', fr: 'Bronze', it: 'Bronzo', en: 'Bronze' }, minPoints: 0 },
      { key: 'silver', name: { de: 'Silber', fr: 'Argent', it: 'Argento', en: 'Silver' }, minPoints: 1000 },
      { key: 'gold', name: { de: 'Gold', fr: 'Or', it: 'Oro', en: 'Gold' }, minPoints: 5000 },
      { key: 'platinum', name: { de: 'Platin', fr: 'Platine', it: 'Platino', en: 'Platinum' }, minPoints: 15000 },
    ],
  };
}

export function rewardsTenantIssues(policy: RewardsPolicy, tenant: PolicyTenant): PolicyIssue[] {
  return defaultLocaleIssues(
    policy.levels.map((level, index) => ({ path: ['levels', index, 'name'], text: level.name })),
    tenant,
  );
}
