// `npm run sim`: the dispatch engine against a naive broadcast on the same seeded synthetic region at
// the reference launch's density (one helper per 8,700 residents), with remote first help. Flags:
// --seed N, --days N, --population N, --remote-first-share P (0–1), --sensitivity-days N, and
// --seeds A,B,… (the same scenario on further seeds, both strategies, counted in requests). Prints the
// table and writes bench/results/sim-<date>.json and sim-latest.md, with the engine's sensitivity to
// the share of customers keeping the call. "Helped within 1 h / 3 h" is measured on the SLA's clock (minutes of
// service hours since posting); help starts with the helper's call for a remote-first request.
import { anchorScenario, buildScenario, type Scenario, type ScenarioConfig } from '../libs/dispatch/src/simulator/scenario.js';
import { percent, summarize, supplyBreakdown, type StrategyMetrics, type SupplyRow } from '../libs/dispatch/src/simulator/metrics.js';
import { runSimulation, STRATEGIES } from '../libs/dispatch/src/simulator/simulation.js';
import { writeBenchResults } from './bench-measures.js';

const TARGET_WITHIN_1H = 85;
const TARGET_WITHIN_3H = 97;
/** Shares of customers keeping "a helper calls me first" the engine is also run with. */
const REMOTE_FIRST_SHARES = [0, 0.25, 0.5, 0.7, 0.9];

function flag(name: string): number | undefined {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return undefined;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

function shareFlag(name: string): number | undefined {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return undefined;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new Error(`--${name} needs a share from 0 to 1`);
  return value;
}

interface SensitivityRow {
  remoteFirstShare: number;
  days: number;
  helpedWithin1hPct: number;
  helpedWithin3hPct: number;
  jobsGini: number;
}

function seedsFlag(): number[] {
  const index = process.argv.indexOf('--seeds');
  if (index < 0) return [];
  const seeds = (process.argv[index + 1] ?? '').split(',').map(Number);
  if (seeds.length === 0 || seeds.some((seed) => !Number.isInteger(seed) || seed <= 0)) throw new Error('--seeds needs positive whole numbers separated by commas');
  return seeds;
}

/** Requests helped within 1 h and 3 h of service time, counted (not rounded to a percent), and the Gini. */
interface SeedCounts {
  within1h: number;
  within3h: number;
  jobsGini: number;
}

interface SeedRow {
  seed: number;
  requests: number;
  engine: SeedCounts;
  broadcast: SeedCounts;
}

function countsOf(metrics: StrategyMetrics): SeedCounts {
  return { within1h: metrics.helpedWithin1h, within3h: metrics.helpedWithin3h, jobsGini: metrics.jobsGini };
}

/** The same scenario on other seeds: both strategies, counted. */
function seedRowsOf(config: ScenarioConfig, seeds: readonly number[]): SeedRow[] {
  return seeds.map((seed) => {
    const scenario = buildScenario({ ...config, seed });
    const [engine, broadcast] = STRATEGIES.map((strategy) => summarize(runSimulation(scenario, strategy), scenario));
    return { seed, requests: engine.requests, engine: countsOf(engine), broadcast: countsOf(broadcast) };
  });
}

type Verdict = 'better' | 'level with it' | 'worse';

/** The engine's figure against the broadcast's. */
function verdictOf(ours: number, theirs: number, lowerIsBetter = false): Verdict {
  if (ours === theirs) return 'level with it';
  return ours > theirs !== lowerIsBetter ? 'better' : 'worse';
}

function seedsSection(rows: readonly SeedRow[]): string[] {
  if (rows.length === 0) return [];
  const ahead = (pick: (counts: SeedCounts) => number, lowerIsBetter = false) =>
    rows.filter((row) => verdictOf(pick(row.engine), pick(row.broadcast), lowerIsBetter) === 'better').length;
  const total = (pick: (counts: SeedCounts) => number, side: 'engine' | 'broadcast') => rows.reduce((sum, row) => sum + pick(row[side]), 0).toLocaleString('en');
  const within3h = (counts: SeedCounts) => counts.within3h;
  const within1h = (counts: SeedCounts) => counts.within1h;
  return [
    `**Other seeds** (the same scenario; requests helped, engine vs broadcast): the engine is ahead within 1 h on ${ahead(within1h)} of ${rows.length}, ` +
      `within 3 h on ${ahead(within3h)} of ${rows.length}, on Gini on ${ahead((counts) => counts.jobsGini, true)} of ${rows.length}; ` +
      `in all, ${total(within1h, 'engine')} vs ${total(within1h, 'broadcast')} within 1 h and ${total(within3h, 'engine')} vs ${total(within3h, 'broadcast')} within 3 h.`,
    '',
    '| seed | requests | within 1 h | within 3 h | Gini |',
    '|---:|---:|---:|---:|---:|',
    ...rows.map(
      (row) =>
        `| ${row.seed} | ${row.requests} | ${row.engine.within1h} vs ${row.broadcast.within1h} | ${row.engine.within3h} vs ${row.broadcast.within3h} | ${row.engine.jobsGini} vs ${row.broadcast.jobsGini} |`,
    ),
    '',
  ];
}

function orDash(value: number | null): string {
  return value === null ? '—' : String(value);
}

function tableOf(
  scenario: Scenario,
  engine: StrategyMetrics,
  broadcast: StrategyMetrics,
  supply: readonly SupplyRow[],
  sensitivity: readonly SensitivityRow[],
  seeds: readonly SeedRow[],
): string {
  const rows: [string, (metrics: StrategyMetrics) => string][] = [
    ['requests', (m) => String(m.requests)],
    ['helped within 1 h of service time (SLA clock)', (m) => `${m.helpedWithin1hPct} % (${m.helpedWithin1h})`],
    ['helped within 3 h of service time (SLA clock)', (m) => `${m.helpedWithin3hPct} % (${m.helpedWithin3h})`],
    ['helped within 1 h / 3 h on the wall clock', (m) => `${m.helpedWithin1hWallPct} % / ${m.helpedWithin3hWallPct} %`],
    ['helped at all', (m) => `${m.helpedPct} %`],
    ['posted outside service hours', (m) => `${m.postedOutsideHoursPct} %`],
    ['first response (accepted), median / p90 service min', (m) => `${orDash(m.firstResponseMinutes.median)} / ${orDash(m.firstResponseMinutes.p90)}`],
    ['time to help (call or helper on site starts), median / p90 service min', (m) => `${orDash(m.timeToHelpMinutes.median)} / ${orDash(m.timeToHelpMinutes.p90)}`],
    ['reallocations', (m) => String(m.reallocations)],
    ...scenario.config.sla.escalationTiers.map((tier): [string, (metrics: StrategyMetrics) => string] => [
      `escalated to ${tier.key} (after ${tier.afterMinutes} service min)`,
      (m) => String(m.escalations[tier.key] ?? 0),
    ]),
    ['left with the operator (escalated, help never started)', (m) => String(m.withOperator)],
    ['expired (help never started)', (m) => String(m.expired)],
    ['remote first (customer accepted a call)', (m) => `${m.remoteFirstPct} % (${m.remoteFirst})`],
    ['… help started with a call, of remote first', (m) => `${percent(m.calls, m.remoteFirst)} % (${m.calls})`],
    ['… solved on the call, of remote first', (m) => `${m.solvedOnCallPct} % (${m.solvedOnCall})`],
    ['… visit needed after the call, of remote first', (m) => `${m.visitNeededPct} % (${m.visitNeeded})`],
    ['visit on site within 3 h of the call (SLA clock, from its end), of those needing one', (m) => `${m.visitWithin3hOfCallPct} %`],
    ['call to visit, median / p90 service min', (m) => `${orDash(m.callToVisitMinutes.median)} / ${orDash(m.callToVisitMinutes.p90)}`],
    ['visit never came (expired or with the operator)', (m) => String(m.visitsMissed)],
    ['offers sent per request', (m) => String(m.offersPerRequest)],
    ['Gini of jobs across helpers', (m) => String(m.jobsGini)],
    ['helpers with at least one job', (m) => `${m.helpersWithJobs} of ${scenario.helpers.length}`],
  ];
  const { config } = scenario;
  const meets = (m: StrategyMetrics) => m.helpedWithin1hPct >= TARGET_WITHIN_1H && m.helpedWithin3hPct >= TARGET_WITHIN_3H;
  // Each comparison with the broadcast on its own: better, level or worse.
  const comparisons = [
    { name: 'within 1 h', ours: engine.helpedWithin1hPct, theirs: broadcast.helpedWithin1hPct, lowerIsBetter: false },
    { name: 'within 3 h', ours: engine.helpedWithin3hPct, theirs: broadcast.helpedWithin3hPct, lowerIsBetter: false },
    { name: 'on Gini', ours: engine.jobsGini, theirs: broadcast.jobsGini, lowerIsBetter: true },
  ].map((one) => ({ ...one, verdict: verdictOf(one.ours, one.theirs, one.lowerIsBetter) }));
  const better = comparisons.every((one) => one.verdict === 'better');
  return [
    `# Dispatch simulator — seed ${config.seed}`,
    '',
    `\`npm run sim\`. ${config.population.toLocaleString('en')} residents on ${Math.round(scenario.sideKm)} × ${Math.round(scenario.sideKm)} km (${scenario.towns.length} towns, ` +
      `${Math.round(config.urbanShare * 100)} % in towns), ${scenario.helpers.length} helpers (one per ${config.residentsPerHelper.toLocaleString('en')} residents), ` +
      `${config.days} days of arrivals (${config.requestsPerMillionPerDay} requests per million residents per day), default SLA policy ` +
      `(help within ${config.sla.helpWithinMinutes} min, tiers ${config.sla.escalationTiers.map((tier) => `${tier.key}@${tier.afterMinutes}`).join(', ')}, ` +
      `reallocation after ${config.sla.reallocationTimeoutMinutes} min, service hours ${config.sla.serviceHours.start}–${config.sla.serviceHours.end} ${config.timeZone}). ` +
      `"Helped" is help starting: the helper's call for a remote-first request (at the first start the site proposes, five-minute marks at least 5 min ahead), ` +
      `the helper on site otherwise (travel included); a visit after a call does not move it. "Within 1 h / 3 h" counts minutes of service time from posting (the SLA's clock: ` +
      `a request posted at night starts at the next opening), as the SLA does. Remote first: ${config.services.filter((service) => service.remoteHelp).map((service) => `${service.key} (call solves ${Math.round(service.remoteResolves * 100)} %)`).join(', ')}; ` +
      `${Math.round(config.remoteFirstShare * 100)} % of their customers keep the call; remote helpers: friends ${Math.round(config.tiers.friend.remoteShare * 100)} %, ` +
      `specialists ${Math.round(config.tiers.specialist.remoteShare * 100)} %, contractors ${Math.round(config.tiers.contractor.remoteShare * 100)} %; calls last ${config.callMinutes} min (median).`,
    '',
    '| | engine (waves) | broadcast to everyone |',
    '|---|---:|---:|',
    ...rows.map(([label, cell]) => `| ${label} | ${cell(engine)} | ${cell(broadcast)} |`),
    '',
    `**Target** (≥ ${TARGET_WITHIN_1H} % within 1 h, ≥ ${TARGET_WITHIN_3H} % within 3 h, better than the broadcast on both and on Gini): ` +
      `engine ${meets(engine) ? 'meets the levels' : 'misses the levels'}, ${better ? 'beats' : 'does not beat'} the broadcast on all three: ${comparisons.map((one) => `${one.verdict} ${one.name} (${one.ours} vs ${one.theirs})`).join(', ')}.`,
    '',
    ...seedsSection(seeds),
    `**Within 1 h by the supply at posting**: helpers with the skill, on shift, living within ${config.sla.dispatch.initialRadiusKm} km (the first wave's radius) ` +
      'when the request was posted.',
    '',
    '| helpers on shift nearby | share of requests | engine within 1 h | broadcast within 1 h |',
    '|---|---:|---:|---:|',
    ...supply.map((row) => `| ${row.label} | ${row.requestsPct} % | ${row.within1hPct.engine} % | ${row.within1hPct.broadcast} % |`),
    '',
    sensitivityCaption(config, sensitivity),
    '',
    '| customers keeping the call | engine within 1 h | within 3 h | Gini |',
    '|---:|---:|---:|---:|',
    ...sensitivity.map(
      (row) =>
        `| ${row.remoteFirstShare}${row.remoteFirstShare === config.remoteFirstShare ? ' (default)' : ''} | ${row.helpedWithin1hPct} % | ${row.helpedWithin3hPct} % | ${row.jobsGini} |`,
    ),
    '',
    'Scenario and model: bench/README.md, "Simulator".',
    '',
  ].join('\n');
}

function sensitivityCaption(config: ScenarioConfig, rows: readonly SensitivityRow[]): string {
  const shorter = rows.some((row) => row.days !== config.days);
  return (
    `**Engine by the share of customers keeping "a helper calls me first"** (same seed; everything else as above` +
    (shorter ? `; ${rows.find((row) => row.days !== config.days)?.days} days of arrivals instead of ${config.days} to keep the run short, the default row included` : '') +
    '):'
  );
}

/** The engine alone at each share; the scenario's own share reuses the main run when the days are the same. */
function sensitivityOf(config: ScenarioConfig, engine: StrategyMetrics, days: number): SensitivityRow[] {
  return REMOTE_FIRST_SHARES.map((remoteFirstShare) => {
    const metrics =
      remoteFirstShare === config.remoteFirstShare && days === config.days
        ? engine
        : (() => {
            const scenario = buildScenario({ ...config, remoteFirstShare, days });
            return summarize(runSimulation(scenario, 'engine'), scenario);
          })();
    return { remoteFirstShare, days, helpedWithin1hPct: metrics.helpedWithin1hPct, helpedWithin3hPct: metrics.helpedWithin3hPct, jobsGini: metrics.jobsGini };
  });
}

function main(): void {
  const remoteFirstShare = shareFlag('remote-first-share');
  const config = anchorScenario({
    ...(flag('seed') !== undefined ? { seed: flag('seed') } : {}),
    ...(flag('days') !== undefined ? { days: flag('days') } : {}),
    ...(flag('population') !== undefined ? { population: flag('population') } : {}),
    ...(remoteFirstShare !== undefined ? { remoteFirstShare } : {}),
  });
  const scenario = buildScenario(config);
  const results = STRATEGIES.map((strategy) => runSimulation(scenario, strategy));
  const [engine, broadcast] = results.map((result) => summarize(result, scenario));
  const supply = supplyBreakdown(scenario, results);
  const sensitivity = sensitivityOf(config, engine, flag('sensitivity-days') ?? config.days);
  const seeds = seedRowsOf(config, seedsFlag());
  const { startsAt, ...settings } = config;
  const report = {
    seed: config.seed,
    scenario: { ...settings, startsAt: startsAt.toISOString(), sideKm: Math.round(scenario.sideKm), towns: scenario.towns.length, helpers: scenario.helpers.length },
    engine,
    broadcast,
    supply,
    sensitivity,
    seeds,
  };
  writeBenchResults('sim', new Date().toISOString().slice(0, 10), report, tableOf(scenario, engine, broadcast, supply, sensitivity, seeds));
}

main();
