// What a simulated run comes to, per strategy: how many were helped how fast, what it took
// (offers, reallocations, escalations) and how evenly the work was spread (Gini of jobs per helper).
// "Within 1 h / 3 h" is on the SLA's clock: minutes of service hours from posting to the helper
// starting, as the SLA counts them; the wall-clock figures are given beside them. Help starts with the
// helper's call for a remote-first request, with the helper on site otherwise; what became of the
// calls (solved, or a visit needed and how soon it came) is counted beside.
import { inServiceHours, slaMinutesBetween } from '@quartier/tenancy';
import { distanceKm, onShift, type Scenario } from './scenario.js';
import type { SimulationResult, Strategy } from './simulation.js';

const MINUTE_MS = 60_000;

export interface Spread {
  median: number | null;
  p90: number | null;
  /** How many requests the figures are over. */
  count: number;
}

export interface StrategyMetrics {
  strategy: Strategy;
  requests: number;
  /** Percent of all requests whose helper started within 60 / 180 minutes of service time after posting (the SLA's clock). */
  helpedWithin1hPct: number;
  helpedWithin3hPct: number;
  /** The same as counts of requests. */
  helpedWithin1h: number;
  helpedWithin3h: number;
  /** The same on the wall clock: within 60 / 180 real minutes of posting, nights included. */
  helpedWithin1hWallPct: number;
  helpedWithin3hWallPct: number;
  helpedPct: number;
  /** Percent of all requests posted outside service hours. */
  postedOutsideHoursPct: number;
  /** Minutes of service time from posting to the first acceptance, over requests that had one. */
  firstResponseMinutes: Spread;
  /** Minutes of service time from posting to the helper starting, over helped requests. */
  timeToHelpMinutes: Spread;
  reallocations: number;
  /** Requests that entered each escalation tier, by tier key. */
  escalations: Record<string, number>;
  /** Requests left with the operator's queue (escalated, help never started). */
  withOperator: number;
  /** Requests that expired with help never started. */
  expired: number;
  /** Requests whose customer accepted a helper's call first, and their percent of all requests. */
  remoteFirst: number;
  remoteFirstPct: number;
  /** Remote-first requests whose help started with a call (the others were taken by an on-site helper, or by nobody). */
  calls: number;
  /** Remote-first requests a call solved, and their percent of the remote-first ones. */
  solvedOnCall: number;
  solvedOnCallPct: number;
  /** Remote-first requests whose call ended with a visit needed, and their percent of the remote-first ones. */
  visitNeeded: number;
  visitNeededPct: number;
  /** Percent of the requests needing a visit whose visitor started within 180 minutes of service time after the call ended. */
  visitWithin3hOfCallPct: number;
  /** Minutes of service time from the end of the call to the visitor starting, over the visits that came. */
  callToVisitMinutes: Spread;
  /** Requests needing a visit that nobody came to (expired, or left with the operator). */
  visitsMissed: number;
  offersPerRequest: number;
  /** Gini coefficient of jobs started across all helpers (0: everyone the same, 1: one helper did all). */
  jobsGini: number;
  /** Helpers who did at least one job. */
  helpersWithJobs: number;
}

/** The p-th percentile (0–100) by nearest rank, null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Gini coefficient of non-negative values: 0 when all are equal (or all zero). */
export function gini(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  if (sorted.length === 0 || total === 0) return 0;
  const weighted = sorted.reduce((sum, value, index) => sum + (index + 1) * value, 0);
  return (2 * weighted) / (sorted.length * total) - (sorted.length + 1) / sorted.length;
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;
}

function spreadOf(minutes: readonly number[]): Spread {
  const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
  return { median: round1(median(minutes)), p90: round1(percentile(minutes, 90)), count: minutes.length };
}

export function summarize(result: SimulationResult, scenario: Scenario): StrategyMetrics {
  const requests = result.requests;
  const { timeZone, sla } = scenario.config;
  const slaMinutes = (from: number, to: number) => slaMinutesBetween(new Date(from), new Date(to), timeZone, sla.serviceHours);
  const helped = requests.filter((request) => request.helpedAt !== null);
  const minutesToHelp = helped.map((request) => slaMinutes(request.postedAt, request.helpedAt as number));
  const within1h = minutesToHelp.filter((minutes) => minutes <= 60).length;
  const within3h = minutesToHelp.filter((minutes) => minutes <= 180).length;
  const wallMinutesToHelp = helped.map((request) => ((request.helpedAt as number) - request.postedAt) / MINUTE_MS);
  const minutesToAccept = requests.filter((request) => request.firstAcceptedAt !== null).map((request) => slaMinutes(request.postedAt, request.firstAcceptedAt as number));
  const outsideHours = requests.filter((request) => !inServiceHours(new Date(request.postedAt), timeZone, sla.serviceHours)).length;
  const escalations: Record<string, number> = Object.fromEntries(scenario.config.sla.escalationTiers.map((tier) => [tier.key, 0]));
  for (const request of requests) for (const key of request.tiersEntered) escalations[key] = (escalations[key] ?? 0) + 1;
  const offers = requests.reduce((sum, request) => sum + request.offers, 0);
  const remoteFirst = requests.filter((request) => request.remoteFirst);
  const calls = remoteFirst.filter((request) => request.call);
  const solvedOnCall = calls.filter((request) => request.outcome === 'helped' && request.visitNeededAt === null).length;
  const visitNeeded = requests.filter((request) => request.visitNeededAt !== null);
  const visited = visitNeeded.filter((request) => request.visitAt !== null);
  const minutesToVisit = visited.map((request) => slaMinutes(request.visitNeededAt as number, request.visitAt as number));
  return {
    strategy: result.strategy,
    requests: requests.length,
    helpedWithin1hPct: percent(within1h, requests.length),
    helpedWithin3hPct: percent(within3h, requests.length),
    helpedWithin1h: within1h,
    helpedWithin3h: within3h,
    helpedWithin1hWallPct: percent(wallMinutesToHelp.filter((minutes) => minutes <= 60).length, requests.length),
    helpedWithin3hWallPct: percent(wallMinutesToHelp.filter((minutes) => minutes <= 180).length, requests.length),
    helpedPct: percent(minutesToHelp.length, requests.length),
    postedOutsideHoursPct: percent(outsideHours, requests.length),
    firstResponseMinutes: spreadOf(minutesToAccept),
    timeToHelpMinutes: spreadOf(minutesToHelp),
    reallocations: requests.reduce((sum, request) => sum + request.reallocations, 0),
    escalations,
    withOperator: requests.filter((request) => request.outcome === 'operator' && request.helpedAt === null).length,
    expired: requests.filter((request) => request.outcome === 'expired' && request.helpedAt === null).length,
    remoteFirst: remoteFirst.length,
    remoteFirstPct: percent(remoteFirst.length, requests.length),
    calls: calls.length,
    solvedOnCall,
    solvedOnCallPct: percent(solvedOnCall, remoteFirst.length),
    visitNeeded: visitNeeded.length,
    visitNeededPct: percent(visitNeeded.length, remoteFirst.length),
    visitWithin3hOfCallPct: percent(minutesToVisit.filter((minutes) => minutes <= 180).length, visitNeeded.length),
    callToVisitMinutes: spreadOf(minutesToVisit),
    visitsMissed: visitNeeded.length - visited.length,
    offersPerRequest: requests.length === 0 ? 0 : Math.round((10 * offers) / requests.length) / 10,
    jobsGini: Math.round(1000 * gini(result.jobs)) / 1000,
    helpersWithJobs: result.jobs.filter((jobs) => jobs > 0).length,
  };
}

/** Supply buckets: helpers with the skill, on shift at posting, living within the first wave's radius (and their own). */
export const SUPPLY_BUCKETS = [
  { label: '0', min: 0, max: 0 },
  { label: '1', min: 1, max: 1 },
  { label: '2–3', min: 2, max: 3 },
  { label: '4–7', min: 4, max: 7 },
  { label: '8 or more', min: 8, max: Number.POSITIVE_INFINITY },
] as const;

export interface SupplyRow {
  label: string;
  /** Percent of all requests in the bucket. */
  requestsPct: number;
  /** Percent of the bucket's requests helped within 1 h of service time, per strategy. */
  within1hPct: Record<Strategy, number>;
}

/** How many helpers with the request's skill were on shift within `radiusKm` (and their own radius) when it was posted. */
export function nearbySupply(scenario: Scenario, requestIndex: number, radiusKm: number): number {
  const request = scenario.requests[requestIndex];
  return scenario.helpers.filter((helper) => {
    const km = distanceKm(helper, request);
    return helper.skills[request.service] && km <= radiusKm && km <= helper.radiusKm && onShift(helper, request.postedAt);
  }).length;
}

/**
 * Within 1 h by the supply a request found at posting: where few helpers are on shift nearby, no
 * order of offers helps within the hour, so this shows what dispatch can and cannot reach.
 */
export function supplyBreakdown(scenario: Scenario, results: readonly SimulationResult[]): SupplyRow[] {
  const { timeZone, sla } = scenario.config;
  const supply = scenario.requests.map((request) => nearbySupply(scenario, request.index, sla.dispatch.initialRadiusKm));
  return SUPPLY_BUCKETS.map((bucket) => {
    const inBucket = supply.flatMap((count, index) => (count >= bucket.min && count <= bucket.max ? [index] : []));
    const within1hPct = Object.fromEntries(
      results.map((result) => {
        const helped = inBucket.filter((index) => {
          const outcome = result.requests[index];
          return outcome.helpedAt !== null && slaMinutesBetween(new Date(outcome.postedAt), new Date(outcome.helpedAt), timeZone, sla.serviceHours) <= 60;
        }).length;
        return [result.strategy, percent(helped, inBucket.length)];
      }),
    ) as Record<Strategy, number>;
    return { label: bucket.label, requestsPct: percent(inBucket.length, supply.length), within1hPct };
  });
}
