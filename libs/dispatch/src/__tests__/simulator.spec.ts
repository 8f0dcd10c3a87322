import { describe, expect, it } from '@jest/globals';
import { REQUEST_TRANSITIONS } from '@quartier/booking';
import { kindsUpTo } from '../policy/dispatch-policy.js';
import { inServiceHours } from '@quartier/tenancy';
import { gini, nearbySupply, percentile, summarize, supplyBreakdown } from '../simulator/metrics.js';
import { Random } from '../simulator/random.js';
import { anchorScenario, buildScenario, distanceKm, onShift, type Scenario, type ScenarioConfig, type SimRequest } from '../simulator/scenario.js';
import { runSimulation, STRATEGIES, type RequestOutcome, type SimulationResult, type Strategy } from '../simulator/simulation.js';

const MINUTE_MS = 60_000;

/** A small town and its countryside over one day: a few hundred helpers, about a hundred requests. */
function smallScenario(seed: number, overrides: Partial<ScenarioConfig> = {}): Scenario {
  return buildScenario(anchorScenario({ seed, days: 1, population: 400_000, residentsPerHelper: 2_000, requestsPerMillionPerDay: 250, ...overrides }));
}

const broadcastRuns = new Map<number, SimulationResult>();
function broadcastRun(seed: number): SimulationResult {
  let result = broadcastRuns.get(seed);
  if (!result) {
    result = runSimulation(engineRun(seed).scenario, 'broadcast');
    broadcastRuns.set(seed, result);
  }
  return result;
}

function runOf(strategy: Strategy, seed: number): SimulationResult {
  return strategy === 'engine' ? engineRun(seed).result : broadcastRun(seed);
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
        // A call has no travel: remote offers go to remote helpers wherever they live (checked below).
        if (!offer.remote) expect(km).toBeLessThanOrEqual(Math.min(helper.radiusKm, offer.radiusKm));
        const pair = `${offer.requestId}|${offer.helperId}|${offer.visit}`;
        expect(pairs.has(pair)).toBe(false);
        pairs.add(pair);
      }
    }
  });

  it('broadcast: offers every request to each helper with the skill within their own radius, and a remote-first one to every remote helper too, once', () => {
    const { scenario } = engineRun(7);
    const result = broadcastRun(7);
    const first = result.offers.filter((offer) => !offer.visit);
    const expected = scenario.requests.reduce(
      (sum, request) =>
        sum +
        scenario.helpers.filter(
          (helper) => helper.skills[request.service] && ((request.remoteFirst && helper.offersRemoteHelp) || distanceKm(helper, request) <= helper.radiusKm),
        ).length,
      0,
    );
    expect(first.length).toBe(expected);
    expect(new Set(first.map((offer) => `${offer.requestId}|${offer.helperId}`)).size).toBe(expected);
    // A visit goes to everyone on site in reach at once, the caller included when they live in reach.
    const outcomes = new Map(result.requests.map((request) => [request.id, request]));
    const visits = result.offers.filter((offer) => offer.visit);
    expect(visits.length).toBeGreaterThan(0);
    for (const request of scenario.requests) {
      const offered = visits.filter((offer) => offer.requestId === request.id).map((offer) => offer.helperId);
      if (offered.length === 0) continue;
      expect(outcomes.get(request.id)?.visitNeededAt).not.toBeNull();
      const inReach = scenario.helpers.filter((helper) => helper.skills[request.service] && distanceKm(helper, request) <= helper.radiusKm).map((helper) => helper.id);
      expect(offered).toEqual(inReach);
    }
  });

  it('ends every request helped, with the operator, or expired, through the lifecycle', () => {
    const { result } = engineRun(7);
    const broadcast = broadcastRun(7);
    const legal = new Set(REQUEST_TRANSITIONS.map((row) => `${row.from}>${row.to}`));
    for (const request of [...result.requests, ...broadcast.requests]) {
      expect(request.statuses[0]).toBe('open');
      const moves = request.statuses.slice(1).map((status, index) => `${request.statuses[index]}>${status}`);
      expect(moves.filter((move) => !legal.has(move))).toEqual([]);
      // Back from help under way to offers only when the call ended with a visit needed, and then once.
      expect(moves.filter((move) => move === 'in_progress>offered').length).toBe(request.visitNeededAt === null ? 0 : 1);
      const last = request.statuses.at(-1);
      if (request.outcome === 'helped') {
        expect(request.statuses).toContain('in_progress');
        expect(last).toBe('completed');
        expect(request.helpedAt).not.toBeNull();
        // Completed after a visit needed only when the visitor came.
        expect(request.visitNeededAt === null || request.visitAt !== null).toBe(true);
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
      remoteFirst: false,
      call: false,
      visitNeededAt: null,
      visitAt: null,
      visitHelperId: null,
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
      helpedWithin1h: 1,
      helpedWithin3h: 2,
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

  it('remote first: calls go only to remote helpers with the skill, only for remote-first requests and before any visit needed', () => {
    for (const strategy of STRATEGIES) {
      for (const seed of [7, 8]) {
        const { scenario } = engineRun(seed);
        const result = runOf(strategy, seed);
        const helpers = new Map(scenario.helpers.map((helper) => [helper.id, helper]));
        const requests = new Map(scenario.requests.map((request) => [request.id, request]));
        const outcomes = new Map(result.requests.map((request) => [request.id, request]));
        const remote = result.offers.filter((offer) => offer.remote);
        expect(remote.length).toBeGreaterThan(0);
        for (const offer of result.offers) {
          const helper = helpers.get(offer.helperId);
          const request = requests.get(offer.requestId);
          const outcome = outcomes.get(offer.requestId);
          if (!helper || !request || !outcome) throw new Error(`unknown offer ${offer.requestId} → ${offer.helperId}`);
          const beforeVisit = outcome.visitNeededAt === null || offer.at < outcome.visitNeededAt;
          if (offer.remote) {
            expect({ offer, remoteHelper: helper.offersRemoteHelp, skill: helper.skills[request.service], remoteFirst: request.remoteFirst, beforeVisit }).toEqual({
              offer,
              remoteHelper: true,
              skill: true,
              remoteFirst: true,
              beforeVisit: true,
            });
          } else if (request.remoteFirst && !offer.visit) {
            // On site before any call: only helpers who do not take calls (the others got the call).
            expect({ offer, remoteHelper: helper.offersRemoteHelp }).toEqual({ offer, remoteHelper: false });
          }
          expect(offer.visit).toBe(!beforeVisit);
        }
      }
    }
  });

  it('remote first: after a visit is needed the request gets only on-site offers within reach, and the visit is recorded beside the call', () => {
    for (const strategy of STRATEGIES) {
      const { scenario } = engineRun(7);
      const result = runOf(strategy, 7);
      const helpers = new Map(scenario.helpers.map((helper) => [helper.id, helper]));
      const requests = new Map(scenario.requests.map((request) => [request.id, request]));
      const visitNeeded = result.requests.filter((request) => request.visitNeededAt !== null);
      expect(visitNeeded.length).toBeGreaterThan(0);
      expect(visitNeeded.some((request) => request.visitAt !== null)).toBe(true);
      for (const request of visitNeeded) {
        // Only a call that could not solve it asks for a visit; help counts from the call.
        expect({ id: request.id, remoteFirst: request.remoteFirst, call: request.call, solvedByCall: requests.get(request.id)?.solvedByCall }).toEqual({
          id: request.id,
          remoteFirst: true,
          call: true,
          solvedByCall: false,
        });
        expect(request.helpedAt).toBeLessThan(request.visitNeededAt as number);
        if (request.visitAt !== null) expect(request.visitAt).toBeGreaterThan(request.visitNeededAt as number);
        const visits = result.offers.filter((offer) => offer.requestId === request.id && offer.visit);
        for (const offer of visits) {
          const helper = helpers.get(offer.helperId);
          if (!helper) throw new Error(`unknown helper ${offer.helperId}`);
          expect(offer.remote).toBe(false);
          expect(offer.at).toBeGreaterThanOrEqual(request.visitNeededAt as number);
          expect(distanceKm(helper, requests.get(request.id) as SimRequest)).toBeLessThanOrEqual(Math.min(helper.radiusKm, offer.radiusKm));
        }
      }
      // A request a call solved, or that was never remote first, needs no visit and gets no visit offers.
      const withVisitOffers = new Set(result.offers.filter((offer) => offer.visit).map((offer) => offer.requestId));
      expect([...withVisitOffers].filter((id) => !visitNeeded.some((request) => request.id === id))).toEqual([]);
    }
  });

  it('remote first: a call starts at the first start the site proposes after the acceptance, and a call solves only what a call can', () => {
    const { scenario, result } = engineRun(7);
    const requests = new Map(scenario.requests.map((request) => [request.id, request]));
    const calls = result.requests.filter((request) => request.call);
    expect(calls.length).toBeGreaterThan(0);
    for (const request of calls) {
      const helpedAt = request.helpedAt as number;
      expect(helpedAt % (5 * MINUTE_MS)).toBe(0);
      expect(helpedAt - (request.firstAcceptedAt as number)).toBeGreaterThanOrEqual(5 * MINUTE_MS);
      if (request.outcome === 'helped' && request.visitNeededAt === null) expect(requests.get(request.id)?.solvedByCall).toBe(true);
    }
    // Hands-on services never start with a call.
    const handsOn = new Set(scenario.config.services.flatMap((service, index) => (service.remoteHelp ? [] : [index])));
    expect(scenario.requests.filter((request) => handsOn.has(request.service) && request.remoteFirst)).toEqual([]);
  });

  it('remote first: with no customer keeping the call there is no remote offer, and the run is the one without remote help at all', () => {
    const none = smallScenario(7, { remoteFirstShare: 0 });
    const withoutCapability = smallScenario(7, {
      services: anchorScenario().services.map((service) => ({ ...service, remoteHelp: false, remoteResolves: 0 })),
    });
    expect(none.requests.some((request) => request.remoteFirst)).toBe(false);
    for (const strategy of STRATEGIES) {
      const result = runSimulation(none, strategy);
      expect(result.offers.filter((offer) => offer.remote || offer.visit)).toEqual([]);
      expect(result.requests.filter((request) => request.call || request.visitNeededAt !== null)).toEqual([]);
      expect(result).toEqual(runSimulation(withoutCapability, strategy));
    }
  });

  it('remote first: a higher share turns more of the same requests remote-first and leaves the region and the arrivals as they were', () => {
    const lower = smallScenario(7, { remoteFirstShare: 0.3 });
    const higher = smallScenario(7, { remoteFirstShare: 0.8 });
    const ids = (scenario: Scenario) => scenario.requests.filter((request) => request.remoteFirst).map((request) => request.id);
    expect(ids(lower).length).toBeLessThan(ids(higher).length);
    expect(ids(lower).filter((id) => !ids(higher).includes(id))).toEqual([]);
    const place = (scenario: Scenario) => scenario.requests.map(({ x, y, service, postedAt, solvedByCall }) => ({ x, y, service, postedAt, solvedByCall }));
    expect(place(lower)).toEqual(place(higher));
    expect(lower.helpers).toEqual(higher.helpers);
  });

  it('remote first: the broadcast gives identical results for the same seed', () => {
    expect(runSimulation(smallScenario(7), 'broadcast')).toEqual(broadcastRun(7));
  });
});
