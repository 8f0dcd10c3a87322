// `npm run sim`: the dispatch engine against a naive broadcast on the same seeded synthetic region at
// the reference launch's density (one helper per 8,700 residents). Flags: --seed N, --days N,
// --population N. Prints the table and writes bench/results/sim-<date>.json and sim-latest.md.
// "Helped within 1 h / 3 h" is measured on the SLA's clock (minutes of service hours since posting).
import { anchorScenario, buildScenario, type Scenario } from '../libs/dispatch/src/simulator/scenario.js';
import { summarize, supplyBreakdown, type StrategyMetrics, type SupplyRow } from '../libs/dispatch/src/simulator/metrics.js';
import { runSimulation, STRATEGIES } from '../libs/dispatch/src/simulator/simulation.js';
import { writeBenchResults } from './bench-measures.js';

const TARGET_WITHIN_1H = 85;
const TARGET_WITHIN_3H = 97;

function flag(name: string): number | undefined {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return undefined;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

function orDash(value: number | null): string {
  return value === null ? '—' : String(value);
}

function tableOf(scenario: Scenario, engine: StrategyMetrics, broadcast: StrategyMetrics, supply: readonly SupplyRow[]): string {
  const rows: [string, (metrics: StrategyMetrics) => string][] = [
    ['requests', (m) => String(m.requests)],
    ['helped within 1 h of service time (SLA clock)', (m) => `${m.helpedWithin1hPct} %`],
    ['helped within 3 h of service time (SLA clock)', (m) => `${m.helpedWithin3hPct} %`],
    ['helped within 1 h / 3 h on the wall clock', (m) => `${m.helpedWithin1hWallPct} % / ${m.helpedWithin3hWallPct} %`],
    ['helped at all', (m) => `${m.helpedPct} %`],
    ['posted outside service hours', (m) => `${m.postedOutsideHoursPct} %`],
    ['first response (accepted), median / p90 service min', (m) => `${orDash(m.firstResponseMinutes.median)} / ${orDash(m.firstResponseMinutes.p90)}`],
    ['time to help (helper starts), median / p90 service min', (m) => `${orDash(m.timeToHelpMinutes.median)} / ${orDash(m.timeToHelpMinutes.p90)}`],
    ['reallocations', (m) => String(m.reallocations)],
    ...scenario.config.sla.escalationTiers.map((tier): [string, (metrics: StrategyMetrics) => string] => [
      `escalated to ${tier.key} (after ${tier.afterMinutes} service min)`,
      (m) => String(m.escalations[tier.key] ?? 0),
    ]),
    ['left with the operator (escalated, not helped)', (m) => String(m.withOperator)],
    ['expired', (m) => String(m.expired)],
    ['offers sent per request', (m) => String(m.offersPerRequest)],
    ['Gini of jobs across helpers', (m) => String(m.jobsGini)],
    ['helpers with at least one job', (m) => `${m.helpersWithJobs} of ${scenario.helpers.length}`],
  ];
  const { config } = scenario;
  const meets = (m: StrategyMetrics) => m.helpedWithin1hPct >= TARGET_WITHIN_1H && m.helpedWithin3hPct >= TARGET_WITHIN_3H;
  const better =
    engine.helpedWithin1hPct > broadcast.helpedWithin1hPct && engine.helpedWithin3hPct > broadcast.helpedWithin3hPct && engine.jobsGini < broadcast.jobsGini;
  return [
    `# Dispatch simulator — seed ${config.seed}`,
    '',
    `\`npm run sim\`. ${config.population.toLocaleString('en')} residents on ${Math.round(scenario.sideKm)} × ${Math.round(scenario.sideKm)} km (${scenario.towns.length} towns, ` +
      `${Math.round(config.urbanShare * 100)} % in towns), ${scenario.helpers.length} helpers (one per ${config.residentsPerHelper.toLocaleString('en')} residents), ` +
      `${config.days} days of arrivals (${config.requestsPerMillionPerDay} requests per million residents per day), default SLA policy ` +
      `(help within ${config.sla.helpWithinMinutes} min, tiers ${config.sla.escalationTiers.map((tier) => `${tier.key}@${tier.afterMinutes}`).join(', ')}, ` +
      `reallocation after ${config.sla.reallocationTimeoutMinutes} min, service hours ${config.sla.serviceHours.start}–${config.sla.serviceHours.end} ${config.timeZone}). ` +
      `"Helped" is the helper starting on site (travel included); "within 1 h / 3 h" counts minutes of service time from posting (the SLA's clock: ` +
      `a request posted at night starts at the next opening), as the SLA does.`,
    '',
    '| | engine (waves) | broadcast to everyone |',
    '|---|---:|---:|',
    ...rows.map(([label, cell]) => `| ${label} | ${cell(engine)} | ${cell(broadcast)} |`),
    '',
    `**Target** (≥ ${TARGET_WITHIN_1H} % within 1 h, ≥ ${TARGET_WITHIN_3H} % within 3 h, better than the broadcast on both and on Gini): ` +
      `engine ${meets(engine) ? 'meets the levels' : 'misses the levels'}, ${better ? 'beats' : 'does not beat'} the broadcast on all three.`,
    '',
    `**Within 1 h by the supply at posting**: helpers with the skill, on shift, living within ${config.sla.dispatch.initialRadiusKm} km (the first wave's radius) ` +
      'when the request was posted.',
    '',
    '| helpers on shift nearby | share of requests | engine within 1 h | broadcast within 1 h |',
    '|---|---:|---:|---:|',
    ...supply.map((row) => `| ${row.label} | ${row.requestsPct} % | ${row.within1hPct.engine} % | ${row.within1hPct.broadcast} % |`),
    '',
    'Scenario and model: bench/README.md, "Simulator".',
    '',
  ].join('\n');
}

function main(): void {
  const config = anchorScenario({
    ...(flag('seed') !== undefined ? { seed: flag('seed') } : {}),
    ...(flag('days') !== undefined ? { days: flag('days') } : {}),
    ...(flag('population') !== undefined ? { population: flag('population') } : {}),
  });
  const scenario = buildScenario(config);
  const results = STRATEGIES.map((strategy) => runSimulation(scenario, strategy));
  const [engine, broadcast] = results.map((result) => summarize(result, scenario));
  const supply = supplyBreakdown(scenario, results);
  const { startsAt, ...settings } = config;
  const report = {
    seed: config.seed,
    scenario: { ...settings, startsAt: startsAt.toISOString(), sideKm: Math.round(scenario.sideKm), towns: scenario.towns.length, helpers: scenario.helpers.length },
    engine,
    broadcast,
    supply,
  };
  writeBenchResults('sim', new Date().toISOString().slice(0, 10), report, tableOf(scenario, engine, broadcast, supply));
}

main();
