// What the dispatch policy decides from, and what it decides. Pure data: the engine reads it from
// Postgres, the simulator makes it up; the policy (dispatch-policy.ts) sees no difference.
import type { DispatchSettings } from '@quartier/tenancy';
import type { ServiceHours } from '@quartier/tenancy';

/** Who may be offered work: vetted neighbours, then higher-skilled specialists, then contractor partners. */
export const HELPER_TIERS = ['friend', 'specialist', 'contractor'] as const;
export type HelperTier = (typeof HELPER_TIERS)[number];

/** Where escalation sends a request; `operator` is the operator's own queue (no more offers). */
export type EscalationTarget = 'specialist' | 'contractor' | 'operator';

export interface EscalationTier {
  key: string;
  target: EscalationTarget;
  /** Minutes of service time (the SLA's clock, see libs/tenancy's sla-clock.ts) after posting at which the tier starts. */
  afterMinutes: number;
}

/** The SLA policy's part the policy reads (the SLA document version the request was posted under). */
export interface DispatchSla {
  firstResponseMinutes: number;
  /** Minutes of service time after posting at which a request nobody took expires. */
  helpWithinMinutes: number;
  escalationTiers: readonly EscalationTier[];
  dispatch: DispatchSettings;
  /** When the SLA's clock runs and waves may go out: local wall-clock times of the site (the SLA document's `serviceHours`). */
  serviceHours: ServiceHours;
}

/** A helper who offers the request's service (approved, skill present). Everything else is a fact to weigh. */
export interface DispatchCandidate {
  helperId: string;
  tier: HelperTier;
  /** The helper's reward level, 0 = the lowest; `topLevelRank` in the input says which rank is the top. */
  levelRank: number;
  /** Distance from the helper's home to the request's place. */
  distanceKm: number;
  /** How far the helper said they travel. */
  serviceRadiusKm: number;
  /** Average stars of published customer reviews, null without any. */
  rating: number | null;
  reviewCount: number;
  /** Offers pending an answer plus jobs in the next 24 hours. */
  load: number;
  /** Free in at least one of the request's windows (availability and appointments). */
  available: boolean;
  /** Share of offers accepted of those answered or lapsed, null before the first. */
  acceptanceRate: number | null;
  /** Average minutes to answer an offer, null before the first answer. */
  responseMinutes: number | null;
  /** 1 − released ÷ accepted (released: reallocated away for not starting), null before the first acceptance. */
  reliability: number | null;
  /** Jobs accepted in the last 7 days: dispatch spreads work away from the busiest. */
  recentJobs: number;
}

/** What happened to the request so far, as the engine's tables say. */
export interface DispatchState {
  postedAt: Date;
  /** Waves sent so far (0 before the first). */
  wavesSent: number;
  /** When the last wave went out, null before the first. */
  lastWaveAt: Date | null;
  /** Every helper offered it already, in any wave. */
  offered: ReadonlySet<string>;
  /** Helpers who said no, or were released for not starting: never offered again. */
  excluded: ReadonlySet<string>;
  /** Keys of the escalation tiers already entered, in order. */
  tiersEntered: readonly string[];
  /** An offer is pending an answer from these helpers. */
  pending: ReadonlySet<string>;
  /**
   * How many waves went out in the current tier (the tier entered last, or no tier yet); 0 before its
   * first. A wave widened past empty radii is one wave. Radius and size restart with each tier.
   */
  tierWave: number;
  /** Whether the last wave was a first look for top-level helpers alone. */
  lastWaveFirstLook: boolean;
}

export interface DispatchInput {
  now: Date;
  /** The tenant's IANA timezone (tenants.timezone): service hours are its local wall-clock times. */
  timeZone: string;
  sla: DispatchSla;
  state: DispatchState;
  candidates: readonly DispatchCandidate[];
  /** The highest reward level's rank at this tenant (0 when there is one level). */
  topLevelRank: number;
}

/** Why a helper made a wave: their place in it and the score that put them there. */
export interface OfferChoice {
  helperId: string;
  score: number;
  rank: number;
  distanceKm: number;
}

export type DispatchDecision =
  /** Offer the request to these helpers now; check again at `nextCheckAt`. */
  | { kind: 'wave'; wave: number; tier: HelperTier; radiusKm: number; offers: OfferChoice[]; firstLook: boolean; reason: string; nextCheckAt: Date }
  /**
   * Enter an escalation tier now (the engine records it and asks again at once for the tier's wave);
   * `early` when before the tier's minute, because nobody in the current tier was left to take it.
   */
  | { kind: 'escalate'; tier: EscalationTier; early: boolean; reason: string }
  /** Nothing to do yet (offers still running, or no one to offer it to until something changes). */
  | { kind: 'wait'; reason: string; nextCheckAt: Date }
  /** The help-within target has passed: the request expires (an operator-queue request stays with the operator). */
  | { kind: 'expire'; reason: string };
