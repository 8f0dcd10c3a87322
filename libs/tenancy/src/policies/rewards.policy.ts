// Points helpers earn for what they do, the levels those points (and their record) unlock, and the
// catalog they spend points on. Fields added after the first version have defaults, so documents
// stored before them still parse.
import { z } from 'zod';
import { defaultLocaleIssues, localizedText, policyKey, type PolicyIssue, type PolicyTenant } from './policy-kit.js';

const points = z.number().int().min(0).max(100_000);

export const MAX_CATALOG_ITEMS = 50;

/** Points for picking up a request that had escalated to a tier; documents stored before it read as this. */
export const DEFAULT_ESCALATED_PICKUP_POINTS = 40;

const rewardLevel = z
  .object({
    key: policyKey,
    name: localizedText,
    /** Lifetime points earned (spending never lowers a level). */
    minPoints: z.number().int().min(0).max(10_000_000),
    /** Average stars of the helper's published, visible customer reviews (1–5); no review fails it. */
    minRating: z.number().min(1).max(5).optional(),
    /** Published, visible customer reviews. */
    minReviews: z.number().int().min(0).max(100_000).optional(),
    /** Completed jobs ÷ (completed + jobs taken back for not starting), 0–1; no history fails it. */
    minReliability: z.number().min(0).max(1).optional(),
  })
  .strict();

const catalogItem = z
  .object({
    key: policyKey,
    name: localizedText,
    /** What the item costs in points. */
    points: z.number().int().min(1).max(10_000_000),
  })
  .strict();

export function defaultRewardCatalog(): z.infer<typeof catalogItem>[] {
  return [
    { key: 'coffee_voucher', name: { de: 'Kaffeegutschein', fr: 'Bon pour un café', it: 'Buono caffè', en: 'Coffee voucher' }, points: 300 },
    { key: 'toolkit', name: { de: 'Werkzeugset', fr: 'Trousse à outils', it: 'Set di attrezzi', en: 'Toolkit' }, points: 1500 },
    { key: 'shop_voucher_50', name: { de: 'Shop-Gutschein 50', fr: 'Bon boutique 50', it: 'Buono negozio 50', en: 'Shop voucher 50' }, points: 2500 },
    { key: 'training_day', name: { de: 'Weiterbildungstag', fr: 'Journée de formation', it: 'Giornata di formazione', en: 'Training day' }, points: 5000 },
  ];
}

export const rewardsPolicy = z
  .object({
    pointsPerEvent: z
      .object({
        jobCompleted: points,
        fiveStarReview: points,
        /** Accepting an offer within the SLA's first-response target. */
        fastFirstResponse: points,
        repeatCustomer: points,
        vettingCompleted: points,
        escalatedPickup: points.default(DEFAULT_ESCALATED_PICKUP_POINTS),
      })
      .strict(),
    /** Ascending by threshold; the first level starts at 0 points and has no other requirement. */
    levels: z.array(rewardLevel).min(1).max(10),
    /** What helpers may redeem their points for; documents stored before it read as the defaults. */
    catalog: z.array(catalogItem).max(MAX_CATALOG_ITEMS).default(defaultRewardCatalog),
  })
  .strict()
  .superRefine((policy, ctx) => {
    const first = policy.levels[0];
    if (first && first.minPoints !== 0) {
      ctx.addIssue({ code: 'custom', path: ['levels', 0, 'minPoints'], message: 'the first level must start at 0 points' });
    }
    for (const requirement of ['minRating', 'minReviews', 'minReliability'] as const) {
      if (first && first[requirement] !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['levels', 0, requirement], message: 'the first level is open to everyone: it has no requirement' });
      }
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
    const items = new Set<string>();
    policy.catalog.forEach((item, index) => {
      if (items.has(item.key)) ctx.addIssue({ code: 'custom', path: ['catalog', index, 'key'], message: `duplicates item key ${item.key}` });
      items.add(item.key);
    });
  });

export type RewardsPolicy = z.infer<typeof rewardsPolicy>;
export type RewardLevel = RewardsPolicy['levels'][number];
export type RewardCatalogItem = RewardsPolicy['catalog'][number];

export function defaultRewardsPolicy(): RewardsPolicy {
  return {
    pointsPerEvent: {
      jobCompleted: 100,
      fiveStarReview: 50,
      fastFirstResponse: 20,
      repeatCustomer: 30,
      vettingCompleted: 200,
      escalatedPickup: DEFAULT_ESCALATED_PICKUP_POINTS,
    },
    levels: [
      { key: 'bronze', name: { de: 'Bronze', fr: 'Bronze', it: 'Bronzo', en: 'Bronze' }, minPoints: 0 },
      { key: 'silver', name: { de: 'Silber', fr: 'Argent', it: 'Argento', en: 'Silver' }, minPoints: 500 },
      { key: 'gold', name: { de: 'Gold', fr: 'Or', it: 'Oro', en: 'Gold' }, minPoints: 1500 },
      {
        key: 'best_friend',
        name: { de: 'Bester Freund', fr: 'Meilleur ami', it: 'Miglior amico', en: 'Best Friend' },
        minPoints: 3000,
        minRating: 4.5,
        minReviews: 15,
        minReliability: 0.9,
      },
    ],
    catalog: defaultRewardCatalog(),
  };
}

export function rewardsTenantIssues(policy: RewardsPolicy, tenant: PolicyTenant): PolicyIssue[] {
  return defaultLocaleIssues(
    [
      ...policy.levels.map((level, index) => ({ path: ['levels', index, 'name'], text: level.name })),
      ...policy.catalog.map((item, index) => ({ path: ['catalog', index, 'name'], text: item.name })),
    ],
    tenant,
  );
}
