// The dispatch policy: from a request's dispatch state, its SLA and the helpers who could take it,
// what happens now — a wave of offers, the next escalation tier, a wait, or expiry. Pure and
// deterministic (no clock, no I/O, ties broken by helper id), so the engine, its tests and the
// simulator all run the same rules.
//
// Waves count inside a tier: a request that enters the specialist or contractor tier starts again at
// the narrow first radius and the first wave's size, and each tier has `maxWaves` waves. A wave that
// would find nobody eligible within its radius widens step by step to the next waves' radii (the
// wave number moves on with it). When nobody of the tier is left who could take the request (within
// the widest wave's radius, free in its windows, not offered it yet) and no offer is pending, the
// request enters the next helper tier at once, in service hours, rather than idling until its minute;
// the operator's queue is still entered at its own minute (the operator chose when its agents step in).
//
// SLA time runs on the SLA's clock (libs/tenancy's sla-clock.ts): escalation tiers, the first-look window and the
// help-within deadline count minutes of service hours since posting. Wave intervals are wall-clock
// minutes, but no wave goes out outside service hours: helpers are not on call then, so dispatch
// waits for the next opening.
import { scoreCandidate } from './dispatch-score.js';
import { nextServiceInstant, slaDeadline } from '@quartier/tenancy';
import type { DispatchCandidate, DispatchDecision, DispatchInput, DispatchSla, DispatchState, EscalationTier, HelperTier, OfferChoice } from './dispatch-types.js';

const MINUTE_MS = 60_000;

const TIER_LABELS: Record<HelperTier, string> = { friend: 'friends', specialist: 'specialists', contractor: 'contractor partners' };
const TARGET_LABELS: Record<EscalationTier['target'], string> = {
  specialist: 'specialist helpers',
  contractor: 'contractor partners',
  operator: "the operator's queue",
};

function minutesAfter(base: Date | number, minutes: number): number {
  return (typeof base === 'number' ? base : base.getTime()) + minutes * MINUTE_MS;
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** The local wall-clock time HH:MM of an instant in the tenant's timezone. */
function clockOf(at: number, timeZone: string): string {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });
    clockFormats.set(timeZone, format);
  }
  return format.format(new Date(at));
}

/** The instant `minutes` of service time after posting. */
function slaInstant(input: DispatchInput, minutes: number): number {
  return slaDeadline({ from: input.state.postedAt, minutes, timeZone: input.timeZone, serviceHours: input.sla.serviceHours }).getTime();
}

/** `at` itself when inside service hours, else the next opening. */
function inServiceFrom(input: DispatchInput, at: number): number {
  return nextServiceInstant(new Date(at), input.timeZone, input.sla.serviceHours).getTime();
}

/** The tier entered last that the SLA knows (a key it does not know is ignored), or null before any. */
export function currentTierOf(sla: DispatchSla, state: DispatchState): EscalationTier | null {
  for (let index = state.tiersEntered.length - 1; index >= 0; index--) {
    const tier = sla.escalationTiers.find((candidate) => candidate.key === state.tiersEntered[index]);
    if (tier) return tier;
  }
  return null;
}

/** Which helpers the current tier offers to. */
export function poolTierOf(tier: EscalationTier | null): HelperTier {
  if (!tier) return 'friend';
  // The operator's queue has it, and dispatch keeps offering it to every kind of helper meanwhile.
  return tier.target === 'operator' ? 'contractor' : tier.target;
}

/** How many helpers wave `index` (1-based, inside a tier) offers the request to. */
export function waveSize(sla: DispatchSla, index: number): number {
  return sla.dispatch.firstWaveSize + (index - 1) * sla.dispatch.waveGrowth;
}

/** How far wave `index` (1-based, inside a tier) reaches. */
export function waveRadiusKm(sla: DispatchSla, index: number): number {
  return sla.dispatch.initialRadiusKm + (index - 1) * sla.dispatch.radiusStepKm;
}

/** Escalation widens the pool: a tier offers to its own kind of helper and to every kind before it. */
const TIER_ORDER: readonly HelperTier[] = ['friend', 'specialist', 'contractor'];
export function kindsUpTo(kind: HelperTier): readonly HelperTier[] {
  return TIER_ORDER.slice(0, TIER_ORDER.indexOf(kind) + 1);
}

/**
 * Who of the tier's kinds (`kind` and the kinds before it) could take the request within `radiusKm`:
 * within their own reach too, free in its windows, not offered it yet and not excluded.
 */
function reachableWithin(input: DispatchInput, kind: HelperTier, radiusKm: number): DispatchCandidate[] {
  const { state } = input;
  const kinds = kindsUpTo(kind);
  return input.candidates.filter(
    (candidate) =>
      kinds.includes(candidate.tier) &&
      candidate.available &&
      !state.excluded.has(candidate.helperId) &&
      !state.offered.has(candidate.helperId) &&
      candidate.distanceKm <= Math.min(radiusKm, candidate.serviceRadiusKm),
  );
}

/** Who may get an offer in a wave reaching `radiusKm` in the tier offering to `kind`: the reachable below the load cap. */
function eligibleFor(input: DispatchInput, kind: HelperTier, radiusKm: number): DispatchCandidate[] {
  return reachableWithin(input, kind, radiusKm).filter((candidate) => candidate.load < input.sla.dispatch.maxLoad);
}

/**
 * Whether anyone of the tier's kinds could still take the request, within the widest wave's radius.
 * A helper held back only by the load cap counts (their other offers end within minutes); one with
 * no free time in the request's windows does not.
 */
function anyoneLeftIn(input: DispatchInput, kind: HelperTier): boolean {
  return reachableWithin(input, kind, waveRadiusKm(input.sla, input.sla.dispatch.maxWaves)).length > 0;
}

/** The best `size` of the pool by score, then helper id. */
function bestOf(pool: readonly DispatchCandidate[], size: number, input: DispatchInput, radiusKm: number): OfferChoice[] {
  const context = { radiusKm, topLevelRank: input.topLevelRank, maxLoad: input.sla.dispatch.maxLoad, firstResponseMinutes: input.sla.firstResponseMinutes };
  return pool
    .map((candidate) => ({ candidate, score: scoreCandidate(candidate, context) }))
    .sort((a, b) => b.score - a.score || (a.candidate.helperId < b.candidate.helperId ? -1 : a.candidate.helperId > b.candidate.helperId ? 1 : 0))
    .slice(0, size)
    .map(({ candidate, score }, index) => ({ helperId: candidate.helperId, score, rank: index + 1, distanceKm: candidate.distanceKm }));
}

export function decideDispatch(input: DispatchInput): DispatchDecision {
  const { now, sla, state, timeZone } = input;
  const at = now.getTime();
  const settings = sla.dispatch;
  const deadline = slaInstant(input, sla.helpWithinMinutes);

  if (at >= deadline) {
    return {
      kind: 'expire',
      reason: `Nobody had taken the request within ${sla.helpWithinMinutes} minutes of service time after it was posted (the help-within target), so it expires`,
    };
  }

  const tiers = [...sla.escalationTiers].sort((a, b) => a.afterMinutes - b.afterMinutes);
  const due = tiers.find((tier) => !state.tiersEntered.includes(tier.key) && slaInstant(input, tier.afterMinutes) <= at);
  if (due) {
    return {
      kind: 'escalate',
      tier: due,
      early: false,
      reason: `No helper had taken the request within ${due.afterMinutes} minutes of service time after it was posted, so it escalates to ${TARGET_LABELS[due.target]} (tier ${due.key})`,
    };
  }

  const nextTier = tiers.find((tier) => !state.tiersEntered.includes(tier.key));
  const horizon = nextTier ? Math.min(slaInstant(input, nextTier.afterMinutes), deadline) : deadline;
  const until = nextTier
    ? `the ${nextTier.key} tier at service minute ${nextTier.afterMinutes} (${clockOf(horizon, timeZone)})`
    : `the ${sla.helpWithinMinutes}-minute help-within target (${clockOf(horizon, timeZone)})`;
  const tier = currentTierOf(sla, state);
  const kind = poolTierOf(tier);

  const tierWave = state.tierWave;
  if (state.lastWaveAt && tierWave > 0 && state.pending.size > 0) {
    const firstLook = state.lastWaveFirstLook;
    const endsAt = firstLook
      ? slaDeadline({ from: state.lastWaveAt, minutes: settings.firstLookMinutes, timeZone, serviceHours: sla.serviceHours }).getTime()
      : minutesAfter(state.lastWaveAt, settings.waveIntervalMinutes);
    if (at < endsAt) {
      const next = Math.min(inServiceFrom(input, endsAt), horizon);
      return {
        kind: 'wait',
        reason: `Wave ${state.wavesSent}${firstLook ? ' (first look)' : ''} is running with ${state.pending.size} offer${state.pending.size === 1 ? '' : 's'} pending until ${clockOf(endsAt, timeZone)}, so the next look is at ${clockOf(next, timeZone)}`,
        nextCheckAt: new Date(next),
      };
    }
  }

  // Nobody left in this tier who could take it, and nothing pending: the next helper tier now, in service hours.
  const opensAt = inServiceFrom(input, at);
  const nextHelperTier = nextTier && nextTier.target !== 'operator' ? nextTier : null;
  if (nextHelperTier && state.pending.size === 0 && opensAt === at && !anyoneLeftIn(input, kind)) {
    return {
      kind: 'escalate',
      tier: nextHelperTier,
      early: true,
      reason: `No ${TIER_LABELS[kind]} are left who could take the request within ${waveRadiusKm(sla, settings.maxWaves)} km (none free in its windows who was not offered it yet) and no offer is pending, so it escalates to ${TARGET_LABELS[nextHelperTier.target]} (tier ${nextHelperTier.key}) now rather than at service minute ${nextHelperTier.afterMinutes}`,
    };
  }

  if (tierWave >= settings.maxWaves) {
    return {
      kind: 'wait',
      reason: `All ${settings.maxWaves} waves to ${TIER_LABELS[kind]} went out (${state.offered.size} helpers offered, ${state.pending.size} pending), so dispatch waits for ${until}`,
      nextCheckAt: new Date(horizon),
    };
  }

  if (opensAt > at) {
    const next = Math.min(opensAt, horizon);
    return {
      kind: 'wait',
      reason: `Outside service hours (${sla.serviceHours.start}–${sla.serviceHours.end}), so the next wave waits for the opening at ${clockOf(next, timeZone)}`,
      nextCheckAt: new Date(next),
    };
  }

  let index = tierWave + 1;
  let radiusKm = waveRadiusKm(sla, index);
  let pool = eligibleFor(input, kind, radiusKm);
  while (pool.length === 0 && index < settings.maxWaves) {
    index += 1;
    radiusKm = waveRadiusKm(sla, index);
    pool = eligibleFor(input, kind, radiusKm);
  }
  if (pool.length === 0) {
    const next = Math.min(inServiceFrom(input, minutesAfter(at, settings.waveIntervalMinutes)), horizon);
    return {
      kind: 'wait',
      reason: `No ${TIER_LABELS[kind]} are eligible within ${radiusKm} km (0 of ${input.candidates.length} candidates) for wave ${state.wavesSent + 1}, so dispatch looks again at ${clockOf(next, timeZone)}`,
      nextCheckAt: new Date(next),
    };
  }

  const wave = state.wavesSent + (index - tierWave);
  const size = waveSize(sla, index);
  const topLevel = pool.filter((candidate) => candidate.levelRank >= input.topLevelRank);
  const firstLook = state.wavesSent === 0 && state.tiersEntered.length === 0 && settings.firstLookMinutes > 0 && input.topLevelRank > 0 && topLevel.length > 0;
  if (firstLook) {
    const offers = bestOf(topLevel, size, input, radiusKm);
    return {
      kind: 'wave',
      wave,
      tier: kind,
      radiusKm,
      offers,
      firstLook: true,
      reason: `Wave ${wave} is a first look: offered to ${offers.length} of ${topLevel.length} top-level ${TIER_LABELS[kind]} within ${radiusKm} km (${pool.length} eligible in all), the others follow after ${settings.firstLookMinutes} minutes`,
      nextCheckAt: new Date(Math.min(inServiceFrom(input, slaDeadline({ from: now, minutes: settings.firstLookMinutes, timeZone, serviceHours: sla.serviceHours }).getTime()), horizon)),
    };
  }
  const offers = bestOf(pool, size, input, radiusKm);
  return {
    kind: 'wave',
    wave,
    tier: kind,
    radiusKm,
    offers,
    firstLook: false,
    reason: `Wave ${wave} offered the request to the best ${offers.length} of ${pool.length} eligible ${TIER_LABELS[kind]} within ${radiusKm} km`,
    nextCheckAt: new Date(Math.min(inServiceFrom(input, minutesAfter(at, settings.waveIntervalMinutes)), horizon)),
  };
}
