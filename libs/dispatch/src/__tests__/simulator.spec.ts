import { describe, expect, it } from '@jest/globals';
import { kindsUpTo } from '../policy/dispatch-policy.js';
import { inServiceHours } from '@quartier/tenancy';
import { gini, nearbySupply, percentile, summarize, supplyBreakdown } from '../simulator/metrics.js';
import { Random } from '../simulator/random.js';
import { anchorScenario, buildScenario, distanceKm, onShift, type Scenario } from '../simulator/scenario.js';
import { runSimulation, type RequestOutcome, type SimulationResult } from '../simulator/simulation.js';

/** A small town and its countryside over one day: a few hundred helpers, about a hundred requests. */
function smallScenario(seed: number): Scenario {
  return buildScenario(anchorScenario({ seed, days: 1, population: 400_000, residentsPerHelper: 2_000, requestsPerMillionPerDay: 250 }));
}

const engineRuns = new Map<number, { scenario: Scenario; result: SimulationResult }>();
function engineRun(seed: number) {
  let run = engineRuns.get(seed);
  if (!run) {
    const scenario = smallScenario(seed);
    run = { scenario, result: runSimulation(scenario, 'engine') };
    engineRuns.set(seed, run);
  }
  return run;
}

function busyAt(result: SimulationResult, helperIndex: number, at: number): boolean {
  return result.busy[helperIndex].some(([from, to]) => from <= at && at < to);
}

describe('dispatch simulator', () => {
  it('builds a region with requests and helpers of every tier', () => {
    const { scenario } = engineRun(7);
    expect(scenario.requests.length).toBeGreaterThan(50);
    expect(new Set(scenario.helpers.map((helper) => helper.tier))).toEqual(new Set(['friend', 'specialist', 'contractor']));
  });

  it('engine: offers only to qualified, available helpers within their radius and the wave’s, each at most once per request', () => {
    for (const seed of [7, 8]) {
      const { scenario, result } = engineRun(seed);
      const helpers = new Map(scenario.helpers.map((helper) => [helper.id, helper]));
      const requests = new Map(scenario.requests.map((request) => [request.id, request]));
      expect(result.offers.length).toBeGreaterThan(scenario.requests.length);
      const pairs = new Set<string>();
      for (const offer of result.offers) {
        const helper = helpers.get(offer.helperId);
        const request = requests.get(offer.requestId);
        if (!helper || !request) throw new Error(`unknown offer ${offer.requestId} → ${offer.helperId}`);
        const km = distanceKm(helper, request);
        // A tier's wave offers to its own kind of helper and the kinds before it (escalation widens the pool).
        expect({ offer, skill: helper.skills[request.service], tier: offer.tier !== null && kindsUpTo(offer.tier).includes(helper.tier), onShift: onShift(helper, offer.at), busy: busyAt(result, helper.index, offer.at) }).toEqual({
          offer,
          skill: true,
          tier: true,
          onShift: true,
          busy: false,
        });
        expect(km).toBeLessThanOrEqual(Math.min(helper.radiusKm, offer.radiusKm));
        const pair = `${offer.requestId}|${offer.helperId}`;
        expect(pairs.has(pair)).toBe(false);
        pairs.add(pair);
      }
    }
  });

  it('broadcast: offers every request to each helper with the skill within their own radius, once', () => {
    const scenario = smallScenario(7);
    const result = runSimulation(scenario, 'broadcast');
    const expected = scenario.requests.reduce(
      (sum, request) => sum + scenario.helpers.filter((helper) => helper.skills[request.service] && distanceKm(helper, request) <= helper.radiusKm).length,
      0,
    );
    expect(result.offers.length).toBe(expected);
    expect(new Set(result.offers.map((offer) => `${offer.requestId}|${offer.helperId}`)).size).toBe(expected);
  });

  it('ends every request helped, with the operator, or expired, through the lifecycle', () => {
    const { result } = engineRun(7);
    const broadcast = runSimulation(smallScenario(7), 'broadcast');
    for (const request of [...result.requests, ...broadcast.requests]) {
      expect(request.statuses[0]).toBe('open');
      const last = request.statuses.at(-1);
      if (request.outcome === 'helped') {
        expect(request.statuses).toContain('in_progress');
        expect(last).toBe('completed');
        expect(request.helpedAt).not.toBeNull();
      } else if (request.outcome === 'operator') {
        expect(last).toBe('escalated');
        expect(request.tiersEntered.at(-1)).toBe('operator');
      } else {
        expect(request.outcome).toBe('expired');
        expect(last).toBe('expired');
      }
    }
    const outcomes = new Set(result.requests.map((request) => request.outcome));
    expect(outcomes.has('helped')).toBe(true);
    expect(broadcast.requests.every((request) => request.tiersEntered.length === 0)).toBe(true);
  });

  it('gives identical results for the same seed and different ones for another', () => {
    const again = runSimulation(smallScenario(7), 'engine');
    expect(again).toEqual(engineRun(7).result);
    const other = engineRun(8).result;
    expect(other.requests.map((request) => request.helpedAt)).not.toEqual(engineRun(7).result.requests.map((request) => request.helpedAt));
    expect(summarize(again, engineRun(7).scenario)).toEqual(summarize(engineRun(7).result, engineRun(7).scenario));
  });

  it('computes its measures as defined', () => {
    expect(gini([1, 1, 1, 1])).toBe(0);
    expect(gini([0, 0, 0, 4])).toBeCloseTo(0.75);
    expect(percentile([5, 1, 4, 2, 3, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([], 50)).toBeNull();
    const a = Random.of(1, 2, 3);
    const b = Random.of(1, 2, 3);
    expect([a.next(), a.next()]).toEqual([b.next(), b.next()]);
    expect(Random.of(1, 2, 4).next()).not.toBe(Random.of(1, 2, 3).next());
  });

  it('engine: sends no offer outside service hours, and requests posted at night get their waves from the opening', () => {
    const { scenario, result } = engineRun(7);
    const { timeZone, sla } = scenario.config;
    const night = scenario.requests.filter((request) => !inServiceHours(new Date(request.postedAt), timeZone, sla.serviceHours));
    expect(night.length).toBeGreaterThan(0);
    expect(result.offers.filter((offer) => !inServiceHours(new Date(offer.at), timeZone, sla.serviceHours))).toEqual([]);
    const nightIds = new Set(night.map((request) => request.id));
    expect(result.offers.some((offer) => nightIds.has(offer.requestId))).toBe(true);
  });

  it('measures "helped within" on the SLA clock, and on the wall clock beside it', () => {
    const scenario = smallScenario(7);
    const request = (id: string, postedAt: string, helpedAt: string): RequestOutcome => ({
      id,
      service: 0,
      postedAt: Date.parse(postedAt),
      firstAcceptedAt: Date.parse(postedAt),
      helpedAt: Date.parse(helpedAt),
      helperId: 'helper-00000',
      outcome: 'helped',
      statuses: ['open'],
      reallocations: 0,
      tiersEntered: [],
      offers: 1,
    });
    const result: SimulationResult = {
      strategy: 'engine',
      // Posted 23:10 in Zurich, helper there 07:30: 30 minutes of service time. Posted 10:00, helper there 11:30.
      requests: [request('night', '2026-01-05T22:10:00Z', '2026-01-06T06:30:00Z'), request('day', '2026-01-06T09:00:00Z', '2026-01-06T10:30:00Z')],
      offers: [],
      busy: [[], []],
      jobs: [1, 1],
    };
    expect(summarize(result, scenario)).toMatchObject({
      helpedWithin1hPct: 50,
      helpedWithin3hPct: 100,
      helpedWithin1hWallPct: 0,
      helpedWithin3hWallPct: 50,
      postedOutsideHoursPct: 50,
      timeToHelpMinutes: { median: 60, count: 2 },
    });
  });

  it('breaks "within 1 h" down by the helpers on shift near each request at posting', () => {
    const { scenario, result } = engineRun(7);
    const radiusKm = scenario.config.sla.dispatch.initialRadiusKm;
    const request = scenario.requests[0];
    const byHand = scenario.helpers.filter(
      (helper) => helper.skills[request.service] && onShift(helper, request.postedAt) && distanceKm(helper, request) <= Math.min(radiusKm, helper.radiusKm),
    ).length;
    expect(nearbySupply(scenario, 0, radiusKm)).toBe(byHand);

    const rows = supplyBreakdown(scenario, [result]);
    expect(rows.map((row) => row.label)).toEqual(['0', '1', '2–3', '4–7', '8 or more']);
    expect(rows.reduce((sum, row) => sum + row.requestsPct, 0)).toBeCloseTo(100, 0);
    // Every request helped within the hour is counted in exactly one bucket.
    const within = rows.reduce((sum, row) => sum + (row.requestsPct * row.within1hPct.engine) / 100, 0);
    expect(within).toBeCloseTo(summarize(result, scenario).helpedWithin1hPct, 0);
  });
});
