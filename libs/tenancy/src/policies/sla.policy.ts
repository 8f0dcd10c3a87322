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

/**
 * How dispatch offers a posted request: in waves to the best few helpers, each wave later, wider
 * and larger than the one before, never to a helper already carrying `maxLoad` offers and jobs.
 * Top-level helpers (by the rewards policy's levels) get `firstLookMinutes` alone with it.
 */
export const dispatchSettings = z
  .object({
    firstWaveSize: z.number().int().min(1).max(50),
    /** Helpers added to each following wave's size. */
    waveGrowth: z.number().int().min(0).max(50),
    waveIntervalMinutes: minutes,
    initialRadiusKm: z.number().int().min(1).max(100),
    radiusStepKm: z.number().int().min(0).max(100),
    maxWaves: z.number().int().min(1).max(20),
    /** Pending offers plus jobs of the next 24 hours a helper may carry before dispatch passes them by. */
    maxLoad: z.number().int().min(1).max(50),
    /** Minutes the top reward levels see a request before anyone else (0: no first look). */
    firstLookMinutes: z.number().int().min(0).max(120),
  })
  .strict();

export type DispatchSettings = z.infer<typeof dispatchSettings>;

export function defaultDispatchSettings(): DispatchSettings {
  return { firstWaveSize: 3, waveGrowth: 2, waveIntervalMinutes: 5, initialRadiusKm: 10, radiusStepKm: 10, maxWaves: 8, maxLoad: 3, firstLookMinutes: 2 };
}

/**
 * When requests about one fault are an incident: at least `threshold` requests for one service in one
 * postal area (the first `areaDigits` digits of the postal code) within `windowMinutes`, whose texts
 * are at least `similarity` alike (0–1, word trigrams' Jaccard).
 */
export const incidentSettings = z
  .object({
    windowMinutes: minutes,
    threshold: z.number().int().min(2).max(1000),
    areaDigits: z.number().int().min(1).max(10),
    similarity: z.number().min(0).max(1),
  })
  .strict();

export type IncidentSettings = z.infer<typeof incidentSettings>;

export function defaultIncidentSettings(): IncidentSettings {
  return { windowMinutes: 60, threshold: 5, areaDigits: 2, similarity: 0.2 };
}

/** A local wall-clock time of the site, HH:MM; 24:00 is the midnight that ends a day. */
const wallClockTime = z.string().regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be a local time HH:MM (00:00–24:00)');

/**
 * When the SLA's clock runs: every day from `start` to `end`, local wall-clock time in the tenant's
 * timezone. A request posted after `end` starts its clock at the next `start`; minutes outside
 * service hours count towards no target, and dispatch sends no wave then.
 */
export const serviceHours = z
  .object({ start: wallClockTime, end: wallClockTime })
  .strict()
  .refine((hours) => hours.start < hours.end, { path: ['end'], message: 'must be later than start' });

export type ServiceHours = z.infer<typeof serviceHours>;

export function defaultServiceHours(): ServiceHours {
  return { start: '07:00', end: '22:00' };
}

export const slaPolicy = z
  .object({
    firstResponseMinutes: minutes,
    helpWithinMinutes: minutes,
    /** An accepted request that has not started after this long is offered to other helpers. */
    reallocationTimeoutMinutes: minutes,
    /** Ordered: each tier starts after its wait, in minutes of service hours counted from the request being posted. */
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
    /** Waves of offers; documents stored before the field existed read as the defaults. */
    dispatch: dispatchSettings.default(defaultDispatchSettings),
    /** Incident detection; documents stored before the field existed read as the defaults. */
    incidents: incidentSettings.default(defaultIncidentSettings),
    /**
     * The hours the SLA's clock runs (first response, help within, escalation tiers); documents
     * stored before the field existed read as 07:00–22:00.
     */
    serviceHours: serviceHours.default(defaultServiceHours),
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

/**
 * Most customers helped within 3 hours of service time after posting. A request no helper has taken
 * by the first-response target escalates to specialists, a quarter of an hour later to contractor
 * partners, and after two hours to the operator's queue.
 */
export function defaultSlaPolicy(): SlaPolicy {
  const firstResponseMinutes = 15;
  return {
    firstResponseMinutes,
    helpWithinMinutes: 180,
    reallocationTimeoutMinutes: 60,
    escalationTiers: [
      { key: 'specialists', target: 'specialist', afterMinutes: firstResponseMinutes },
      { key: 'contractors', target: 'contractor', afterMinutes: 30 },
      { key: 'operator', target: 'operator', afterMinutes: 120 },
    ],
    ranking: defaultRankingWeights(),
    autoCloseAfterHours: DEFAULT_AUTO_CLOSE_AFTER_HOURS,
    dispatch: defaultDispatchSettings(),
    incidents: defaultIncidentSettings(),
    serviceHours: defaultServiceHours(),
  };
}
