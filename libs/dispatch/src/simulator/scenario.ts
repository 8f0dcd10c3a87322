// A synthetic region for the dispatch simulator: residents in towns and countryside on a square map,
// helpers living where people live (with a tier, skills, a service radius, shifts, habits and a
// history), and requests arriving as Poisson processes per service with an hour-of-day profile.
// Everything is drawn from the seed: the same config gives the same region and the same requests.
// Remote first help (a helper's call before any visit) is drawn from streams of its own, so a run
// without it draws exactly what it drew before the capability existed.
import { defaultPolicy, type PolicyTenant } from '@quartier/tenancy';
import type { DispatchSla, HelperTier } from '../policy/dispatch-types.js';
import { Random } from './random.js';

const MINUTE_MS = 60_000;
/** The simulated operator: the SLA and rewards policies are the defaults a new site gets. */
const SIMULATED_SITE: PolicyTenant = { name: 'Simulated Telecom', currency: 'CHF', locales: ['en'], defaultLocale: 'en' };
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export interface ServiceMix {
  key: string;
  /** Share of the requests. */
  share: number;
  /** Median minutes of work on site. */
  workMinutes: number;
  /** The operator's catalog flag: help with this service may start with a helper's call. */
  remoteHelp: boolean;
  /** Chance a call alone solves a request (the rest need a visit after it); 0 where remote help is off. */
  remoteResolves: number;
}

/** What one tier's helpers are like; ranges are drawn uniformly per helper. */
export interface TierProfile {
  share: number;
  radiusKm: readonly [number, number];
  /** Chance to accept an offer they answer, nearby and not flooded. */
  acceptance: readonly [number, number];
  /** Chance to answer an offer at all (the rest let it lapse). */
  answers: readonly [number, number];
  /** Median minutes from seeing an offer to answering it (lognormal, σ = responseSigma). */
  responseMinutes: readonly [number, number];
  /** Chance a helper has each service's skill (at least one always). */
  skillChance: number;
  /** Acceptance is divided by 1 + km ÷ this (Infinity: distance does not matter to them). */
  distanceToleranceKm: number;
  /** Share of the tier's helpers who offer remote help (calls anywhere in the region). */
  remoteShare: number;
}

export interface ScenarioConfig {
  seed: number;
  /** Days of arrivals; the run goes on until every request has ended. */
  days: number;
  population: number;
  residentsPerHelper: number;
  /** Sets the map's size: side = √(population ÷ density). */
  residentsPerKm2: number;
  /** Share of residents living in towns (the rest spread over the countryside). */
  urbanShare: number;
  /** Average town size: sets how many towns there are (sizes follow Zipf's law). */
  residentsPerTown: number;
  requestsPerMillionPerDay: number;
  /** Relative request rate for each local hour 0–23. */
  hourProfile: readonly number[];
  services: readonly ServiceMix[];
  tiers: Record<HelperTier, TierProfile>;
  responseSigma: number;
  /** Share of helpers who often accept and then do not come, and how often they do not. */
  flakyShare: number;
  flakyNoShow: readonly [number, number];
  /** Everyone else's chance to accept and not come. */
  noShow: readonly [number, number];
  /** A flooded helper accepts less: acceptance ÷ (1 + floodPenalty × their other pending offers). */
  floodPenalty: number;
  /** Travel: minutes = travelBaseMinutes + km ÷ travelKmh × 60. */
  travelKmh: number;
  travelBaseMinutes: number;
  /** Past offers of a helper before the run (uniform up to this): their history, rating and level. */
  maxPastOffers: number;
  /** Chance a customer on a remote-capable service keeps "a helper calls me first" (the site offers it checked). */
  remoteFirstShare: number;
  /** Median minutes of a remote call (lognormal, the same shape as work on site). */
  callMinutes: number;
  sla: DispatchSla & { reallocationTimeoutMinutes: number };
  /** The site's IANA timezone: service hours and the SLA's clock are its local time. */
  timeZone: string;
  /** A Monday, midnight local time in `timeZone`; days, shifts and the hour profile count from it (24-hour days). */
  startsAt: Date;
}

export interface Point {
  x: number;
  y: number;
}

export interface HelperHistory {
  offered: number;
  accepted: number;
  declined: number;
  lapsed: number;
  released: number;
  answered: number;
  responseMinutesSum: number;
  reviewCount: number;
  starsSum: number;
  points: number;
}

export interface SimHelper extends Point {
  index: number;
  id: string;
  tier: HelperTier;
  skills: readonly boolean[];
  radiusKm: number;
  acceptance: number;
  answers: number;
  responseMedianMinutes: number;
  noShow: number;
  distanceToleranceKm: number;
  /** Gives remote help: takes calls for remote-first requests at any distance. */
  offersRemoteHelp: boolean;
  /** On-shift intervals [start, end) in epoch ms, ascending. */
  shifts: readonly (readonly [number, number])[];
  /** What the platform knew of them when the run started. */
  history: HelperHistory;
  levelRank: number;
}

export interface SimRequest extends Point {
  index: number;
  id: string;
  service: number;
  postedAt: number;
  /** The customer accepted a helper's call first (only on services with remote help). */
  remoteFirst: boolean;
  /** Whether a call solves this request's problem, whoever calls (drawn for every request, used for remote-first ones). */
  solvedByCall: boolean;
}

export interface Town extends Point {
  residents: number;
  spreadKm: number;
}

export interface Scenario {
  config: ScenarioConfig;
  sideKm: number;
  towns: readonly Town[];
  helpers: readonly SimHelper[];
  requests: readonly SimRequest[];
  topLevelRank: number;
  startMs: number;
  endMs: number;
}

/** Requests by hour of day for in-home tech help: waking hours, peaks at lunch and after work. */
export const HOME_HELP_HOURS: readonly number[] = [
  0.15, 0.08, 0.05, 0.05, 0.05, 0.1, 0.3, 0.7, 1.1, 1.4, 1.5, 1.5, 1.3, 1.3, 1.4, 1.4, 1.5, 1.6, 1.7, 1.7, 1.4, 1.0, 0.6, 0.3,
];

/** The reference launch: 8.7 M residents, one helper per 8,700, the default SLA policy. */
export function anchorScenario(overrides: Partial<ScenarioConfig> = {}): ScenarioConfig {
  const sla = defaultPolicy('sla', SIMULATED_SITE);
  return {
    seed: 20_260_105,
    days: 7,
    population: 8_700_000,
    residentsPerHelper: 8_700,
    residentsPerKm2: 210,
    urbanShare: 0.74,
    residentsPerTown: 45_000,
    requestsPerMillionPerDay: 40,
    hourProfile: HOME_HELP_HOURS,
    services: [
      { key: 'wifi', share: 0.35, workMinutes: 60, remoteHelp: true, remoteResolves: 0.7 },
      { key: 'tv', share: 0.25, workMinutes: 60, remoteHelp: true, remoteResolves: 0.6 },
      { key: 'mobile', share: 0.25, workMinutes: 45, remoteHelp: true, remoteResolves: 0.8 },
      // Hands-on installs: no call can do them.
      { key: 'smart-home', share: 0.15, workMinutes: 90, remoteHelp: false, remoteResolves: 0 },
    ],
    tiers: {
      friend: { share: 0.85, radiusKm: [8, 25], acceptance: [0.25, 0.7], answers: [0.6, 0.95], responseMinutes: [2, 12], skillChance: 0.75, distanceToleranceKm: 15, remoteShare: 0.5 },
      specialist: { share: 0.12, radiusKm: [20, 40], acceptance: [0.4, 0.8], answers: [0.7, 0.95], responseMinutes: [3, 10], skillChance: 1, distanceToleranceKm: 25, remoteShare: 0.8 },
      contractor: {
        share: 0.03,
        radiusKm: [40, 70],
        acceptance: [0.75, 0.95],
        answers: [0.9, 0.98],
        responseMinutes: [5, 15],
        skillChance: 1,
        distanceToleranceKm: Number.POSITIVE_INFINITY,
        remoteShare: 0.8,
      },
    },
    responseSigma: 0.8,
    flakyShare: 0.1,
    flakyNoShow: [0.1, 0.3],
    noShow: [0, 0.04],
    floodPenalty: 0.25,
    travelKmh: 30,
    travelBaseMinutes: 10,
    maxPastOffers: 300,
    remoteFirstShare: 0.7,
    callMinutes: 25,
    sla: {
      firstResponseMinutes: sla.firstResponseMinutes,
      helpWithinMinutes: sla.helpWithinMinutes,
      reallocationTimeoutMinutes: sla.reallocationTimeoutMinutes,
      escalationTiers: sla.escalationTiers,
      dispatch: sla.dispatch,
      serviceHours: sla.serviceHours,
    },
    // Winter: no daylight-saving change within the run, so 24-hour days from local midnight stay local.
    timeZone: 'Europe/Zurich',
    startsAt: new Date('2026-01-04T23:00:00Z'),
    ...overrides,
  };
}

export function distanceKm(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

export function travelMinutes(config: ScenarioConfig, km: number): number {
  return config.travelBaseMinutes + (km / config.travelKmh) * 60;
}

/** Whether the helper is on shift at `at`. */
export function onShift(helper: SimHelper, at: number): boolean {
  return helper.shifts.some(([start, end]) => start <= at && at < end);
}

/** The earliest moment from `at` on at which the helper is on shift, null when no shift is left. */
export function nextOnShift(helper: SimHelper, at: number): number | null {
  for (const [start, end] of helper.shifts) {
    if (at < end) return Math.max(start, at);
  }
  return null;
}

function clampTo(value: number, side: number): number {
  return Math.min(side, Math.max(0, value));
}

function placeResident(random: Random, towns: readonly Town[], townWeights: readonly number[], config: ScenarioConfig, sideKm: number): Point {
  if (towns.length > 0 && random.chance(config.urbanShare)) {
    const town = towns[random.weighted(townWeights)];
    return { x: clampTo(random.normal(town.x, town.spreadKm), sideKm), y: clampTo(random.normal(town.y, town.spreadKm), sideKm) };
  }
  return { x: random.uniform(0, sideKm), y: random.uniform(0, sideKm) };
}

type ShiftPattern = 'evenings' | 'daytime' | 'flexible' | 'late' | 'office' | 'firm';

/** A day's shift for a pattern: [start hour, end hour] pairs, or none that day. */
function shiftHours(pattern: ShiftPattern, weekend: boolean, random: Random): [number, number][] {
  const jitter = () => random.int(-1, 1);
  switch (pattern) {
    case 'evenings':
      if (weekend) return random.chance(0.7) ? [[9 + jitter(), 21 + jitter()]] : [];
      return random.chance(0.8) ? [[16 + jitter(), 22 + jitter()]] : [];
    case 'daytime':
      return random.chance(weekend ? 0.5 : 0.75) ? [[8 + jitter(), 20 + jitter()]] : [];
    case 'flexible': {
      if (!random.chance(0.85)) return [];
      const first = random.int(7, 12);
      const second = random.int(first + 5, 19);
      return [
        [first, first + 4],
        [second, second + 4],
      ];
    }
    case 'late':
      return random.chance(0.7) ? [[18, 25]] : [];
    case 'office':
      if (weekend) return random.chance(0.5) ? [[9, 18]] : [];
      return random.chance(0.85) ? [[8, 20]] : [];
    case 'firm':
      return random.chance(0.95) ? [[7, 21]] : [];
  }
}

function patternOf(tier: HelperTier, random: Random): ShiftPattern {
  if (tier === 'contractor') return 'firm';
  if (tier === 'specialist') return 'office';
  const patterns: ShiftPattern[] = ['evenings', 'daytime', 'flexible', 'late'];
  return patterns[random.weighted([0.42, 0.3, 0.23, 0.05])];
}

/** The level the rewards policy gives for the points: the last threshold reached. */
function levelRankOf(points: number, thresholds: readonly number[]): number {
  let rank = 0;
  thresholds.forEach((threshold, index) => {
    if (points >= threshold) rank = index;
  });
  return rank;
}

function pastOf(random: Random, config: ScenarioConfig, helper: Omit<SimHelper, 'history' | 'levelRank' | 'offersRemoteHelp'>, quality: number): HelperHistory {
  const offered = random.int(0, config.maxPastOffers);
  const answered = random.binomial(offered, helper.answers);
  // Past offers were at all distances and loads: take an average discount on acceptance.
  const accepted = random.binomial(answered, helper.acceptance * 0.7);
  const released = random.binomial(accepted, helper.noShow);
  const completed = accepted - released;
  const reviewCount = random.binomial(completed, 0.6);
  let starsSum = 0;
  let fiveStars = 0;
  for (let index = 0; index < reviewCount; index++) {
    const stars = Math.min(5, Math.max(1, Math.round(random.normal(quality, 0.6))));
    starsSum += stars;
    if (stars === 5) fiveStars++;
  }
  const { pointsPerEvent } = defaultPolicy('rewards', SIMULATED_SITE);
  const points = pointsPerEvent.jobCompleted * completed + pointsPerEvent.fiveStarReview * fiveStars;
  const meanResponse = helper.responseMedianMinutes * Math.exp((config.responseSigma * config.responseSigma) / 2);
  return {
    offered,
    accepted,
    declined: answered - accepted,
    lapsed: offered - answered,
    released,
    answered,
    responseMinutesSum: answered * meanResponse * random.uniform(0.8, 1.2),
    reviewCount,
    starsSum,
    points,
  };
}

export function buildScenario(config: ScenarioConfig): Scenario {
  const random = Random.of(config.seed, 1);
  const sideKm = Math.sqrt(config.population / config.residentsPerKm2);
  const townCount = Math.max(1, Math.round((config.population * config.urbanShare) / config.residentsPerTown));
  const harmonic = Array.from({ length: townCount }, (_, index) => 1 / (index + 1));
  const harmonicSum = harmonic.reduce((sum, value) => sum + value, 0);
  const towns: Town[] = harmonic.map((weight) => {
    const residents = (config.population * config.urbanShare * weight) / harmonicSum;
    return { x: random.uniform(0.05, 0.95) * sideKm, y: random.uniform(0.05, 0.95) * sideKm, residents, spreadKm: 1 + 2.5 * Math.sqrt(residents / 100_000) };
  });
  const townWeights = towns.map((town) => town.residents);

  const startMs = config.startsAt.getTime();
  const endMs = startMs + config.days * DAY_MS;
  const thresholds = defaultPolicy('rewards', SIMULATED_SITE).levels.map((level) => level.minPoints);
  const helperCount = Math.max(1, Math.round(config.population / config.residentsPerHelper));
  const tierKeys: HelperTier[] = ['friend', 'specialist', 'contractor'];
  const helpers: SimHelper[] = [];
  const remoteHelpers = Random.of(config.seed, 4);
  for (let index = 0; index < helperCount; index++) {
    const tier = tierKeys[random.weighted(tierKeys.map((key) => config.tiers[key].share))];
    const profile = config.tiers[tier];
    const home = placeResident(random, towns, townWeights, config, sideKm);
    const skills = config.services.map(() => random.chance(profile.skillChance));
    if (!skills.some(Boolean)) skills[random.int(0, skills.length - 1)] = true;
    const flaky = tier === 'friend' && random.chance(config.flakyShare);
    const pattern = patternOf(tier, random);
    const shifts: [number, number][] = [];
    // One day before the first arrival and three after the last: requests near the ends see real shifts.
    for (let day = -1; day < config.days + 3; day++) {
      const dayStart = startMs + day * DAY_MS;
      const weekday = (((day % 7) + 7) % 7) as number;
      for (const [from, to] of shiftHours(pattern, weekday >= 5, random)) shifts.push([dayStart + from * HOUR_MS, dayStart + to * HOUR_MS]);
    }
    shifts.sort((a, b) => a[0] - b[0]);
    const base = {
      index,
      id: `helper-${String(index).padStart(5, '0')}`,
      x: home.x,
      y: home.y,
      tier,
      skills,
      radiusKm: Math.round(random.uniform(...profile.radiusKm)),
      acceptance: random.uniform(...profile.acceptance),
      answers: random.uniform(...profile.answers),
      responseMedianMinutes: random.uniform(...profile.responseMinutes),
      noShow: flaky ? random.uniform(...config.flakyNoShow) : random.uniform(...config.noShow),
      distanceToleranceKm: profile.distanceToleranceKm,
      shifts,
    };
    const quality = Math.min(5, Math.max(3, random.normal(4.7, 0.25)));
    const history = pastOf(random, config, base, quality);
    const offersRemoteHelp = remoteHelpers.chance(profile.remoteShare);
    helpers.push({ ...base, offersRemoteHelp, history, levelRank: levelRankOf(history.points, thresholds) });
  }

  const requests: SimRequest[] = [];
  const meanWeight = config.hourProfile.reduce((sum, weight) => sum + weight, 0) / config.hourProfile.length;
  const maxWeight = Math.max(...config.hourProfile);
  const arrivals = Random.of(config.seed, 2);
  const posted: { at: number; service: number }[] = [];
  config.services.forEach((service, serviceIndex) => {
    const perMinute = ((config.requestsPerMillionPerDay * config.population) / 1_000_000) * service.share / (24 * 60);
    const peak = (perMinute * maxWeight) / meanWeight;
    // Thinning: candidates at the peak rate, each kept with the hour's share of the peak.
    for (let at = startMs + arrivals.exponential(peak) * MINUTE_MS; at < endMs; at += arrivals.exponential(peak) * MINUTE_MS) {
      const hour = Math.floor(((at - startMs) % DAY_MS) / HOUR_MS);
      if (arrivals.chance(config.hourProfile[hour] / maxWeight)) posted.push({ at: Math.round(at / 1000) * 1000, service: serviceIndex });
    }
  });
  posted.sort((a, b) => a.at - b.at || a.service - b.service);
  // Both draws for every request, whatever its service and the share: a higher share turns more of
  // the same requests remote-first, and each keeps whether a call would solve it.
  const remoteChoices = Random.of(config.seed, 5);
  posted.forEach(({ at, service }, index) => {
    const place = placeResident(arrivals, towns, townWeights, config, sideKm);
    const keepsCall = remoteChoices.next() < config.remoteFirstShare;
    const solvedByCall = remoteChoices.next() < config.services[service].remoteResolves;
    requests.push({
      index,
      id: `request-${String(index).padStart(6, '0')}`,
      x: place.x,
      y: place.y,
      service,
      postedAt: at,
      remoteFirst: config.services[service].remoteHelp && keepsCall,
      solvedByCall,
    });
  });

  return { config, sideKm, towns, helpers, requests, topLevelRank: thresholds.length - 1, startMs, endMs };
}
