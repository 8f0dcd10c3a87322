// A discrete-event run of one strategy over a scenario, on a simulated clock. Requests move through
// the real request lifecycle (`transition` of @quartier/booking); the engine strategy asks the real
// dispatch policy (`decideDispatch`) at the moments the engine would (posting, each timer, a
// decline, a reallocation), the broadcast baseline offers every request to every helper in reach at
// once. Helpers answer both the same way: after a lognormal delay, when on shift and free; less
// often the further the job and the more offers they already have pending; sometimes they accept
// and never come, and the request is reallocated after the SLA's timeout.
//
// Remote first help: a remote-first request goes to helpers with the skill who offer remote help,
// wherever they live in the region (as the product does, at 0 km: no travel), and to the usual
// on-site candidates who do not. A call starts at the product's first proposable start; when it
// cannot solve the problem the caller says a visit is needed (`visit_needed`) and the request goes
// back to dispatch as an on-site request, its SLA clock still running from the posting.
import { TAKING_OFFERS, transition, type RequestActorKind, type RequestEvent, type RequestStatus } from '@quartier/booking';
import { earliestProposableStart } from '../dispatch-candidates.js';
import { decideDispatch } from '../policy/dispatch-policy.js';
import { slaDeadline } from '@quartier/tenancy';
import type { DispatchCandidate, DispatchInput, HelperTier } from '../policy/dispatch-types.js';
import { Random } from './random.js';
import { distanceKm, nextOnShift, onShift, travelMinutes, type HelperHistory, type Scenario, type SimHelper, type SimRequest } from './scenario.js';

const MINUTE_MS = 60_000;
const WEEK_MS = 7 * 24 * 60 * MINUTE_MS;
/** Decisions one look takes at most (escalations chain into the tier's first wave), as the engine. */
const MAX_STEPS_PER_LOOK = 8;
/** The engine reads candidates no further away than this, whatever the waves would reach. */
const MAX_REACH_KM = 100;
const WORK_SIGMA = 0.3;

export type Strategy = 'engine' | 'broadcast';
export const STRATEGIES: readonly Strategy[] = ['engine', 'broadcast'];

export type RequestOutcomeKind = 'helped' | 'operator' | 'expired';

export interface RequestOutcome {
  id: string;
  service: number;
  postedAt: number;
  firstAcceptedAt: number | null;
  /** When help started: the helper's call for a remote-first request, the helper on site otherwise. */
  helpedAt: number | null;
  /** Who started the help (the caller for a remote-first request). */
  helperId: string | null;
  /** How the request ended: `helped` is completed (on the call or on site), the others as before. */
  outcome: RequestOutcomeKind;
  remoteFirst: boolean;
  /** Help started with a helper's call (a remote-first request can also be taken by an on-site helper). */
  call: boolean;
  /** When the call ended with the caller saying a visit is needed, null when none was. */
  visitNeededAt: number | null;
  /** When the visiting helper started on site, null without a visit. */
  visitAt: number | null;
  visitHelperId: string | null;
  /** Every status the request took, in order, starting with `open`. */
  statuses: RequestStatus[];
  reallocations: number;
  tiersEntered: string[];
  offers: number;
}

export interface OfferRecord {
  requestId: string;
  helperId: string;
  at: number;
  /** The tier the wave offered to (null for the broadcast, which has no tiers). */
  tier: HelperTier | null;
  wave: number;
  /** How far the wave reached (the broadcast: each helper's own radius). */
  radiusKm: number;
  /** An offer to call (remote help, at any distance) rather than to come. */
  remote: boolean;
  /** Made after the call ended with a visit needed. */
  visit: boolean;
}

export interface SimulationResult {
  strategy: Strategy;
  requests: RequestOutcome[];
  offers: OfferRecord[];
  /** Per helper (by index): the intervals [accepted, free) they were taken by a job. */
  busy: [number, number][][];
  /** Per helper (by index): jobs started. */
  jobs: number[];
}

type OfferStatus = 'pending' | 'accepted' | 'declined' | 'taken' | 'lapsed' | 'released';

/** The first dispatch of a request, and the dispatch for a visit after a call that could not solve it. */
type Round = 'first' | 'visit';

interface Offer {
  helper: number;
  /** 0 for a call: no travel. */
  km: number;
  remote: boolean;
  round: Round;
  status: OfferStatus;
  attempt: number;
  offeredAt: number;
  random: Random;
}

interface Reach {
  helper: SimHelper;
  km: number;
  /** Reached as a remote helper: a call, at 0 km. */
  remote: boolean;
}

interface RequestRun {
  request: SimRequest;
  status: RequestStatus;
  statuses: RequestStatus[];
  step: number;
  wavesSent: number;
  tierWave: number;
  lastWaveAt: number | null;
  lastWaveFirstLook: boolean;
  tiersEntered: string[];
  offers: Map<number, Offer>;
  pending: Set<number>;
  excluded: Set<number>;
  /** The current round's candidates; `onSite` is the visit's. */
  reach: Reach[];
  onSite: Reach[];
  round: Round;
  firstAcceptedAt: number | null;
  helpedAt: number | null;
  helper: number | null;
  starter: number | null;
  call: boolean;
  visitNeededAt: number | null;
  visitAt: number | null;
  visitHelper: number | null;
  reallocations: number;
  outcome: RequestOutcomeKind | null;
  offersSent: number;
  /** When the current round's SLA clock started: the posting, then the call that handed on to a visit. */
  roundStartedAt: number;
  deadline: number;
}

interface HelperRun {
  busyUntil: number;
  pending: number;
  acceptedAt: number[];
  history: HelperHistory;
  jobs: number;
  busy: [number, number][];
}

type Event =
  | { kind: 'post'; request: number }
  | { kind: 'look'; request: number; step: number }
  | { kind: 'answer'; request: number; helper: number; attempt: number; round: Round }
  | { kind: 'start'; request: number; helper: number; call: boolean }
  | { kind: 'complete'; request: number; helper: number; call: boolean }
  | { kind: 'no-show'; request: number; helper: number }
  | { kind: 'deadline'; request: number };

interface Scheduled {
  at: number;
  seq: number;
  event: Event;
}

/** A binary heap of events by time, then by the order they were scheduled (so runs are reproducible). */
class EventQueue {
  private readonly heap: Scheduled[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(at: number, event: Event): void {
    const item = { at, seq: this.seq++, event };
    const heap = this.heap;
    heap.push(item);
    let index = heap.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!before(heap[index], heap[parent])) break;
      [heap[index], heap[parent]] = [heap[parent], heap[index]];
      index = parent;
    }
  }

  pop(): Scheduled {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop() as Scheduled;
    if (heap.length > 0) {
      heap[0] = last;
      let index = 0;
      for (;;) {
        const left = 2 * index + 1;
        const right = left + 1;
        let smallest = index;
        if (left < heap.length && before(heap[left], heap[smallest])) smallest = left;
        if (right < heap.length && before(heap[right], heap[smallest])) smallest = right;
        if (smallest === index) break;
        [heap[index], heap[smallest]] = [heap[smallest], heap[index]];
        index = smallest;
      }
    }
    return top;
  }
}

function before(a: Scheduled, b: Scheduled): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

export function runSimulation(scenario: Scenario, strategy: Strategy): SimulationResult {
  return new Simulation(scenario, strategy).run();
}

class Simulation {
  private readonly queue = new EventQueue();
  private readonly requests: RequestRun[];
  private readonly helpers: HelperRun[];
  private readonly offers: OfferRecord[] = [];
  private now = 0;

  constructor(
    private readonly scenario: Scenario,
    private readonly strategy: Strategy,
  ) {
    const { sla } = scenario.config;
    const maxReach = Math.min(MAX_REACH_KM, sla.dispatch.initialRadiusKm + (sla.dispatch.maxWaves - 1) * sla.dispatch.radiusStepKm);
    this.helpers = scenario.helpers.map((helper) => ({ busyUntil: -Infinity, pending: 0, acceptedAt: [], history: { ...helper.history }, jobs: 0, busy: [] }));
    this.requests = scenario.requests.map((request) => {
      const onSite: Reach[] = [];
      const first: Reach[] = [];
      for (const helper of scenario.helpers) {
        if (!helper.skills[request.service]) continue;
        const km = distanceKm(helper, request);
        // The engine reads the pool the waves can reach; the broadcast goes as far as each helper does.
        const inReach = km <= helper.radiusKm && (strategy === 'broadcast' || km <= maxReach);
        if (inReach) onSite.push({ helper, km, remote: false });
        // A remote-first request: remote helpers anywhere (a call), the others as usual.
        if (request.remoteFirst && helper.offersRemoteHelp) first.push({ helper, km: 0, remote: true });
        else if (request.remoteFirst && inReach) first.push({ helper, km, remote: false });
      }
      return {
        request,
        status: 'open',
        statuses: ['open'],
        step: 0,
        wavesSent: 0,
        tierWave: 0,
        lastWaveAt: null,
        lastWaveFirstLook: false,
        tiersEntered: [],
        offers: new Map(),
        pending: new Set(),
        excluded: new Set(),
        reach: request.remoteFirst ? first : onSite,
        onSite,
        round: 'first',
        firstAcceptedAt: null,
        helpedAt: null,
        helper: null,
        starter: null,
        call: false,
        visitNeededAt: null,
        visitAt: null,
        visitHelper: null,
        reallocations: 0,
        outcome: null,
        offersSent: 0,
        // Both strategies give up at the help-within target on the SLA's clock (service hours).
        roundStartedAt: request.postedAt,
        deadline: slaDeadline({ from: new Date(request.postedAt), minutes: sla.helpWithinMinutes, timeZone: scenario.config.timeZone, serviceHours: sla.serviceHours }).getTime(),
      };
    });
  }

  run(): SimulationResult {
    for (const run of this.requests) this.queue.push(run.request.postedAt, { kind: 'post', request: run.request.index });
    while (this.queue.size > 0) {
      const { at, event } = this.queue.pop();
      this.now = at;
      this.handle(event);
    }
    return {
      strategy: this.strategy,
      requests: this.requests.map((run) => this.outcomeOf(run)),
      offers: this.offers,
      busy: this.helpers.map((helper) => helper.busy),
      jobs: this.helpers.map((helper) => helper.jobs),
    };
  }

  private outcomeOf(run: RequestRun): RequestOutcome {
    if (!run.outcome) throw new Error(`Request ${run.request.id} never ended (status ${run.status})`);
    return {
      id: run.request.id,
      service: run.request.service,
      postedAt: run.request.postedAt,
      firstAcceptedAt: run.firstAcceptedAt,
      helpedAt: run.helpedAt,
      helperId: this.idOf(run.starter),
      outcome: run.outcome,
      remoteFirst: run.request.remoteFirst,
      call: run.call,
      visitNeededAt: run.visitNeededAt,
      visitAt: run.visitAt,
      visitHelperId: this.idOf(run.visitHelper),
      statuses: run.statuses,
      reallocations: run.reallocations,
      tiersEntered: run.tiersEntered,
      offers: run.offersSent,
    };
  }

  private idOf(helper: number | null): string | null {
    return helper === null ? null : this.scenario.helpers[helper].id;
  }

  private handle(event: Event): void {
    const run = this.requests[event.request];
    switch (event.kind) {
      case 'post':
        if (this.strategy === 'engine') this.look(run);
        else this.broadcast(run);
        return;
      case 'look':
        if (event.step === run.step) this.look(run);
        return;
      case 'answer':
        this.answer(run, event.helper, event.attempt, event.round);
        return;
      case 'start':
        this.move(run, 'started', 'helper');
        if (run.round === 'first') {
          run.helpedAt = this.now;
          run.starter = event.helper;
          run.call = event.call;
        } else {
          run.visitAt = this.now;
          run.visitHelper = event.helper;
        }
        this.helpers[event.helper].jobs++;
        return;
      case 'complete':
        if (event.call && !run.request.solvedByCall) {
          this.visitNeeded(run);
          return;
        }
        this.move(run, 'completed', 'helper');
        run.outcome = 'helped';
        return;
      case 'no-show':
        this.release(run, event.helper);
        return;
      case 'deadline':
        // A round's own deadline only: the first round's timer does nothing to a visit round.
        if (TAKING_OFFERS.includes(run.status) && this.now >= run.deadline) this.end(run, 'expired');
        return;
    }
  }

  /** Moves the request along the lifecycle table, as the given actor. */
  private move(run: RequestRun, event: RequestEvent, actor: RequestActorKind): void {
    run.status = transition(run.status, event, actor);
    run.statuses.push(run.status);
  }

  private available(index: number, at: number): boolean {
    return this.helpers[index].busyUntil <= at && onShift(this.scenario.helpers[index], at);
  }

  private candidateOf(reach: Reach): DispatchCandidate {
    const { helper, km } = reach;
    const run = this.helpers[helper.index];
    const history = run.history;
    const settled = history.accepted + history.declined + history.lapsed;
    const weekAgo = this.now - WEEK_MS;
    return {
      helperId: helper.id,
      tier: helper.tier,
      levelRank: helper.levelRank,
      distanceKm: km,
      serviceRadiusKm: helper.radiusKm,
      rating: history.reviewCount > 0 ? history.starsSum / history.reviewCount : null,
      reviewCount: history.reviewCount,
      load: run.pending + (run.busyUntil > this.now ? 1 : 0),
      available: this.available(helper.index, this.now),
      acceptanceRate: settled > 0 ? history.accepted / settled : null,
      responseMinutes: history.answered > 0 ? history.responseMinutesSum / history.answered : null,
      reliability: history.accepted > 0 ? Math.max(0, 1 - history.released / history.accepted) : null,
      recentJobs: run.acceptedAt.filter((at) => at > weekAgo).length,
    };
  }

  private inputOf(run: RequestRun): DispatchInput {
    const ids = (indexes: Iterable<number>) => new Set([...indexes].map((index) => this.scenario.helpers[index].id));
    return {
      now: new Date(this.now),
      timeZone: this.scenario.config.timeZone,
      sla: this.scenario.config.sla,
      state: {
        postedAt: new Date(run.roundStartedAt),
        wavesSent: run.wavesSent,
        lastWaveAt: run.lastWaveAt === null ? null : new Date(run.lastWaveAt),
        offered: ids(run.offers.keys()),
        excluded: ids(run.excluded),
        tiersEntered: run.tiersEntered,
        pending: ids(run.pending),
        tierWave: run.tierWave,
        lastWaveFirstLook: run.lastWaveFirstLook,
      },
      candidates: run.reach.map((reach) => this.candidateOf(reach)),
      topLevelRank: this.scenario.topLevelRank,
    };
  }

  /** The engine's look: decisions until one leaves the request waiting or done, the next look as a timer. */
  private look(run: RequestRun): void {
    run.step++;
    for (let step = 0; step < MAX_STEPS_PER_LOOK && TAKING_OFFERS.includes(run.status) && !run.outcome; step++) {
      const decision = decideDispatch(this.inputOf(run));
      if (decision.kind === 'escalate') {
        run.tiersEntered = [...run.tiersEntered, decision.tier.key];
        run.tierWave = 0;
        this.move(run, 'escalated', 'system');
        continue;
      }
      if (decision.kind === 'expire') {
        const current = this.scenario.config.sla.escalationTiers.find((tier) => tier.key === run.tiersEntered.at(-1));
        this.end(run, current?.target === 'operator' ? 'operator' : 'expired');
        return;
      }
      if (decision.kind === 'wave') {
        const byId = new Map(run.reach.map((reach) => [reach.helper.id, reach]));
        for (const offer of decision.offers) {
          const reach = byId.get(offer.helperId) as Reach;
          this.offer(run, reach, decision.tier, decision.wave, decision.radiusKm);
        }
        // As the engine counts them: waves sent in the tier (a widened wave is one wave).
        run.tierWave += 1;
        run.wavesSent = decision.wave;
        run.lastWaveAt = this.now;
        run.lastWaveFirstLook = decision.firstLook;
        if (run.status !== 'offered') this.move(run, 'offered', 'system');
      }
      this.queue.push(decision.nextCheckAt.getTime(), { kind: 'look', request: run.request.index, step: run.step });
      return;
    }
  }

  /** The baseline: everyone in reach gets the request at once; it expires at the help-within target. */
  private broadcast(run: RequestRun): void {
    this.move(run, 'offered', 'system');
    for (const reach of run.reach) this.offer(run, reach, null, 1, reach.helper.radiusKm);
    this.queue.push(run.deadline, { kind: 'deadline', request: run.request.index });
  }

  private offer(run: RequestRun, reach: Reach, tier: HelperTier | null, wave: number, radiusKm: number): void {
    const index = reach.helper.index;
    const attempt = 1;
    const random = this.answerRandom(run, index, attempt);
    run.offers.set(index, { helper: index, km: reach.km, remote: reach.remote, round: run.round, status: 'pending', attempt, offeredAt: this.now, random });
    run.pending.add(index);
    run.offersSent++;
    this.helpers[index].pending++;
    this.helpers[index].history.offered++;
    this.offers.push({ requestId: run.request.id, helperId: reach.helper.id, at: this.now, tier, wave, radiusKm, remote: reach.remote, visit: run.round === 'visit' });
    this.queue.push(this.now + this.responseDelay(reach.helper, random), { kind: 'answer', request: run.request.index, helper: index, attempt, round: run.round });
  }

  /** A helper's draws for an offer: the first round keeps the streams it always had, a visit has its own. */
  private answerRandom(run: RequestRun, helper: number, attempt: number): Random {
    return Random.of(this.scenario.config.seed, run.round === 'first' ? 3 : 7, run.request.index, helper, attempt);
  }

  private responseDelay(helper: SimHelper, random: Random): number {
    return Math.round(random.lognormal(helper.responseMedianMinutes, this.scenario.config.responseSigma) * MINUTE_MS);
  }

  private leavePending(run: RequestRun, offer: Offer, status: OfferStatus): void {
    offer.status = status;
    run.pending.delete(offer.helper);
    this.helpers[offer.helper].pending--;
  }

  /** A helper looks at an offer: later when busy or off shift; then ignores it, declines or accepts. */
  private answer(run: RequestRun, index: number, attempt: number, round: Round): void {
    const offer = run.offers.get(index);
    if (!offer || offer.status !== 'pending' || offer.attempt !== attempt || offer.round !== round) return;
    const helper = this.scenario.helpers[index];
    const helperRun = this.helpers[index];
    if (!this.available(index, this.now)) {
      const free = nextOnShift(helper, Math.max(this.now, helperRun.busyUntil));
      if (free !== null) this.queue.push(free + this.responseDelay(helper, offer.random), { kind: 'answer', request: run.request.index, helper: index, attempt, round });
      return;
    }
    // Drawn in this order every time, so an answer is the same draw under both strategies.
    const answers = offer.random.chance(helper.answers);
    const acceptDraw = offer.random.next();
    if (!answers) return;
    const config = this.scenario.config;
    const others = helperRun.pending - 1;
    const acceptance = helper.acceptance / (1 + offer.km / helper.distanceToleranceKm) / (1 + config.floodPenalty * others);
    helperRun.history.answered++;
    helperRun.history.responseMinutesSum += (this.now - offer.offeredAt) / MINUTE_MS;
    if (acceptDraw < acceptance) {
      this.accept(run, offer);
      return;
    }
    this.leavePending(run, offer, 'declined');
    run.excluded.add(index);
    helperRun.history.declined++;
    if (this.strategy === 'engine') this.look(run);
  }

  /** First accept wins: the others' offers are taken, the job is scheduled for when the helper gets there (a call: the first proposable start). */
  private accept(run: RequestRun, offer: Offer): void {
    const index = offer.helper;
    const helper = this.scenario.helpers[index];
    const helperRun = this.helpers[index];
    this.move(run, 'accepted', 'helper');
    this.leavePending(run, offer, 'accepted');
    for (const other of run.offers.values()) if (other.status === 'pending') this.leavePending(run, other, 'taken');
    run.step++;
    run.firstAcceptedAt ??= this.now;
    run.helper = index;
    helperRun.history.accepted++;
    helperRun.acceptedAt.push(this.now);
    const config = this.scenario.config;
    const startsAt = offer.remote ? earliestProposableStart(new Date(this.now)).getTime() : this.now + Math.round(travelMinutes(config, offer.km) * MINUTE_MS);
    this.move(run, 'scheduled', 'helper');
    const comes = !offer.random.chance(helper.noShow);
    const medianMinutes = offer.remote ? config.callMinutes : config.services[run.request.service].workMinutes;
    const workMs = Math.round(offer.random.lognormal(medianMinutes, WORK_SIGMA) * MINUTE_MS);
    if (comes) {
      helperRun.busyUntil = startsAt + workMs;
      this.queue.push(startsAt, { kind: 'start', request: run.request.index, helper: index, call: offer.remote });
      this.queue.push(startsAt + workMs, { kind: 'complete', request: run.request.index, helper: index, call: offer.remote });
    } else {
      // They keep the time free for it, then forget: nobody is there at the agreed start.
      helperRun.busyUntil = startsAt;
      this.queue.push(startsAt + config.sla.reallocationTimeoutMinutes * MINUTE_MS, { kind: 'no-show', request: run.request.index, helper: index });
    }
    helperRun.busy.push([this.now, helperRun.busyUntil]);
  }

  /** Not started by the agreed start plus the timeout: the helper is released, the request goes back to dispatch. */
  private release(run: RequestRun, index: number): void {
    const offer = run.offers.get(index) as Offer;
    this.move(run, 'reallocated', 'system');
    offer.status = 'released';
    run.excluded.add(index);
    run.helper = null;
    run.reallocations++;
    this.helpers[index].history.released++;
    // Those who lost the race may take it now: their offers are pending again.
    for (const other of run.offers.values()) {
      if (other.status !== 'taken') continue;
      other.status = 'pending';
      other.attempt++;
      other.random = this.answerRandom(run, other.helper, other.attempt);
      run.pending.add(other.helper);
      this.helpers[other.helper].pending++;
      const helper = this.scenario.helpers[other.helper];
      this.queue.push(this.now + this.responseDelay(helper, other.random), { kind: 'answer', request: run.request.index, helper: other.helper, attempt: other.attempt, round: run.round });
    }
    if (this.strategy === 'engine') this.look(run);
    else if (this.now >= run.deadline) this.end(run, 'expired');
  }

  /**
   * The call could not solve it: back to dispatch for a visit on site. The call's offers are over (the
   * caller's is done), so the visit is a new round: on-site candidates only, the caller among them
   * when they live within reach, nobody offered or excluded yet, waves from the first radius of the
   * tier the request is in. Tiers entered carry on; the round's clock starts now (the next tiers and the
   * help-within deadline count from the hand-on), as the engine's `needVisit` does.
   */
  private visitNeeded(run: RequestRun): void {
    this.move(run, 'visit_needed', 'helper');
    run.visitNeededAt = this.now;
    run.round = 'visit';
    run.reach = run.onSite;
    run.offers = new Map();
    run.pending = new Set();
    run.excluded = new Set();
    run.helper = null;
    run.tierWave = 0;
    run.lastWaveAt = null;
    run.lastWaveFirstLook = false;
    run.roundStartedAt = this.now;
    const { sla } = this.scenario.config;
    run.deadline = slaDeadline({ from: new Date(this.now), minutes: sla.helpWithinMinutes, timeZone: this.scenario.config.timeZone, serviceHours: sla.serviceHours }).getTime();
    if (this.strategy === 'engine') {
      this.look(run);
      return;
    }
    this.queue.push(run.deadline, { kind: 'deadline', request: run.request.index });
    for (const reach of run.reach) this.offer(run, reach, null, 1, reach.helper.radiusKm);
  }

  /** The request found nobody: expired, or left with the operator; offers still open lapse. */
  private end(run: RequestRun, outcome: Exclude<RequestOutcomeKind, 'helped'>): void {
    if (outcome === 'expired') this.move(run, 'expired', 'system');
    run.outcome = outcome;
    run.step++;
    for (const offer of run.offers.values()) {
      if (offer.status !== 'pending') continue;
      this.leavePending(run, offer, 'lapsed');
      this.helpers[offer.helper].history.lapsed++;
    }
  }
}
