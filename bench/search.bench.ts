// `npm run bench:search`: what the API around helper search costs. The `searchHelpers` GraphQL query
// of the real API (Fastify, Apollo, guard, resolver, HelperSearchService, TenantDatabase) against a
// bare Fastify + pg handler running the same search code and SQL in the same tenant transaction, on
// two generated datasets — 1,000 tenants × 1,000 helpers, and 10 tenants × 20,000 helpers — in
// interleaved rounds of one run, with the same seeded searches.
// Writes bench/results/search-<date>.json and bench/results/search-latest.md.
//   --generate-only   generate (or reuse) the datasets and stop
//   --fresh           drop quartier_bench_search first, so everything is generated again
//   --drop            drop quartier_bench_search (about 4 GB) and stop
import autocannon, { type Result } from 'autocannon';
import pg from 'pg';
import { fork, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import {
  DATASETS,
  type DatasetSpec,
  type DatasetStats,
  datasetTenants,
  dropSearchBenchDatabase,
  prepareSearchDatasets,
  searchBenchConfig,
} from './search/search-dataset.js';
import type { ParentMessage, ServerMessage } from './search/search-server.js';
import { buildWorkload, type SearchRequest } from './search/search-workload.js';
import { describeMachine, machineTicks, median, processCpuMs, round2, writeBenchResults } from './bench-measures.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 5);
const WARMUP_SECONDS = 3;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SEED = Number(process.env.BENCH_SEED ?? 20_261_130);
const WORKLOAD_SIZE = 20_000;
const CHECKED_SEARCHES = 60;
const COUNTED_REQUESTS = 100;
const TARGET_THROUGHPUT = 0.6;
const TARGET_P99 = 2;

const root = fileURLToPath(new URL('..', import.meta.url));

type PathKey = 'graphql' | 'bare';
const PATHS: { key: PathKey; label: string }[] = [
  { key: 'graphql', label: 'GraphQL searchHelpers (real API)' },
  { key: 'bare', label: 'bare Fastify + pg, same search code and SQL' },
];

interface RoundResult {
  round: number;
  dataset: DatasetSpec['key'];
  path: PathKey;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  roundTripsPerRequest: number;
  /** CPU time of the server process (API and baseline share it; only one is loaded at a time). */
  serverCpuMsPerRequest: number;
  /** One-minute load average when the round started. */
  loadAverage: number;
  /** Share of the machine's CPU time that was busy during the round (all processes, ours and others'). */
  machineBusy: number;
}

function load(port: number, requests: SearchRequest[], options: { start: number; seconds?: number; amount?: number; connections: number }): Promise<Result> {
  let next = options.start;
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds }),
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        setupRequest: (request) => {
          const search = requests[next++ % requests.length];
          request.headers = { ...request.headers, host: search.host, 'content-type': 'application/json' };
          request.body = search.body;
          return request;
        },
      },
    ],
    // An answer that is not a page of results (an error, a refusal) fails the run.
    verifyBody: (body) => body.startsWith('{"data":{"searchHelpers":{"edges":'),
  });
}

function failures(result: Result): number {
  return result.errors + result.timeouts + result.non2xx + result.mismatches;
}

class ServerProcess {
  private constructor(readonly child: ChildProcess) {}

  static async start(): Promise<{ server: ServerProcess; ports: Record<PathKey, number> }> {
    const child = fork(fileURLToPath(new URL('./search/search-server.ts', import.meta.url)), [], {
      cwd: root,
      execArgv: ['--import', pathToFileURL(`${root}scripts/register.mjs`).href],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const ready = await new Promise<Extract<ServerMessage, { type: 'ready' }>>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`benchmark server exited with code ${code} before listening`)));
      child.once('message', (message: ServerMessage) => (message.type === 'ready' ? resolve(message) : reject(new Error('unexpected message'))));
    });
    child.removeAllListeners('exit');
    return { server: new ServerProcess(child), ports: { graphql: ready.graphqlPort, bare: ready.barePort } };
  }

  private ask(message: ParentMessage): Promise<number> {
    return new Promise((resolve) => {
      this.child.once('message', (answer: ServerMessage) => resolve(answer.type === 'round-trips' ? answer.count : NaN));
      this.child.send(message);
    });
  }

  resetRoundTrips(): Promise<number> {
    return this.ask({ type: 'reset' });
  }

  readRoundTrips(): Promise<number> {
    return this.ask({ type: 'read' });
  }

  cpuMs(): number {
    return processCpuMs(this.child.pid ?? 0);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      this.child.send({ type: 'stop' } satisfies ParentMessage);
      setTimeout(() => this.child.kill('SIGKILL'), 10_000).unref();
    });
  }
}

function post(port: number, search: SearchRequest): Promise<string> {
  return new Promise((resolve, reject) => {
    httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: { host: search.host, 'content-type': 'application/json', 'content-length': Buffer.byteLength(search.body) },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve(text));
      },
    )
      .on('error', reject)
      .end(search.body);
  });
}

interface Page {
  edges: { cursor: string; node: { nextFreeSlot: string | null } & Record<string, unknown> }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Refuses to measure two paths that do not give the same answers: same helpers, order, cursors,
 * prices, scores and ratings. The next free slot may be "now" for a helper free at this moment, so
 * the two answers, asked milliseconds apart, may differ there by that much and no more.
 */
async function checkSameAnswers(dataset: DatasetSpec['key'], ports: Record<PathKey, number>, requests: SearchRequest[]) {
  let results = 0;
  let empty = 0;
  let windowedResults = 0;
  let windowed = 0;
  for (const search of requests.slice(0, CHECKED_SEARCHES)) {
    const answers: { data?: { searchHelpers: Page }; errors?: unknown }[] = [];
    for (const key of ['graphql', 'bare'] as const) answers.push(JSON.parse(await post(ports[key], search)));
    const [graphql, bare] = answers;
    if (graphql.errors || bare.errors || !graphql.data || !bare.data) {
      throw new Error(`${dataset}: a search failed: ${JSON.stringify({ search: search.body, graphql: graphql.errors, bare: bare.errors })}`);
    }
    const strip = (page: Page) => ({ ...page, edges: page.edges.map((edge) => ({ ...edge, node: { ...edge.node, nextFreeSlot: null } })) });
    const a = graphql.data.searchHelpers;
    const b = bare.data.searchHelpers;
    const slotsAgree = a.edges.every((edge, index) => {
      const [x, y] = [edge.node.nextFreeSlot, b.edges[index]?.node.nextFreeSlot];
      return x === y || (x !== null && y !== null && Math.abs(Date.parse(x) - Date.parse(y)) < 10_000);
    });
    if (!isDeepStrictEqual(strip(a), strip(b)) || !slotsAgree) {
      throw new Error(`${dataset}: the two paths answer differently for ${search.body}:\n${JSON.stringify(a)}\n${JSON.stringify(b)}`);
    }
    results += a.edges.length;
    if (a.edges.length === 0) empty += 1;
    if (search.windowed) {
      windowed += 1;
      windowedResults += a.edges.length;
    }
  }
  const checked = Math.min(CHECKED_SEARCHES, requests.length);
  return {
    checkedSearches: checked,
    resultsPerSearch: round2(results / checked),
    emptyShare: round2(empty / checked),
    resultsPerWindowedSearch: windowed ? round2(windowedResults / windowed) : null,
  };
}

async function machine() {
  const client = new pg.Client({ connectionString: searchBenchConfig().DATABASE_URL });
  await client.connect();
  try {
    return await describeMachine(client);
  } finally {
    await client.end();
  }
}

interface PathSummary {
  dataset: DatasetSpec['key'];
  path: PathKey;
  label: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  roundTripsPerRequest: number;
  serverCpuMsPerRequest: number;
}

interface DatasetVerdict {
  dataset: DatasetSpec['key'];
  /** GraphQL req/s ÷ bare req/s, from the medians of the rounds. */
  throughputRatio: number;
  /** The same ratio taken inside each round, then the median. */
  pairedThroughputRatio: number;
  /** GraphQL p99 ÷ bare p99, from the medians of the rounds. */
  p99Ratio: number;
  pairedP99Ratio: number;
  meetsTarget: boolean;
}

function summarize(rounds: RoundResult[], dataset: DatasetSpec['key'], path: (typeof PATHS)[number], exactRoundTrips: number): PathSummary {
  const mine = rounds.filter((round) => round.dataset === dataset && round.path === path.key);
  return {
    dataset,
    path: path.key,
    label: path.label,
    requestsPerSecond: Math.round(median(mine.map((round) => round.requestsPerSecond))),
    p50Ms: median(mine.map((round) => round.p50Ms)),
    p99Ms: median(mine.map((round) => round.p99Ms)),
    roundTripsPerRequest: exactRoundTrips,
    serverCpuMsPerRequest: round2(median(mine.map((round) => round.serverCpuMsPerRequest))),
  };
}

function verdict(rounds: RoundResult[], summary: PathSummary[], dataset: DatasetSpec['key']): DatasetVerdict {
  const of = (path: PathKey) => summary.find((s) => s.dataset === dataset && s.path === path) as PathSummary;
  const at = (round: number, path: PathKey) => rounds.find((r) => r.round === round && r.dataset === dataset && r.path === path) as RoundResult;
  const roundNumbers = [...new Set(rounds.filter((r) => r.dataset === dataset).map((r) => r.round))];
  const throughputRatio = of('graphql').requestsPerSecond / of('bare').requestsPerSecond;
  const p99Ratio = of('graphql').p99Ms / of('bare').p99Ms;
  return {
    dataset,
    throughputRatio: round2(throughputRatio),
    pairedThroughputRatio: round2(median(roundNumbers.map((n) => at(n, 'graphql').requestsPerSecond / at(n, 'bare').requestsPerSecond))),
    p99Ratio: round2(p99Ratio),
    pairedP99Ratio: round2(median(roundNumbers.map((n) => at(n, 'graphql').p99Ms / at(n, 'bare').p99Ms))),
    meetsTarget: throughputRatio >= TARGET_THROUGHPUT && p99Ratio <= TARGET_P99,
  };
}

type Report = {
  date: string;
  command: string;
  machine: Awaited<ReturnType<typeof machine>>;
  settings: Record<string, number | string>;
  datasets: (DatasetStats & { answers: Awaited<ReturnType<typeof checkSameAnswers>> })[];
  summary: PathSummary[];
  verdicts: DatasetVerdict[];
  rounds: RoundResult[];
  totalSeconds: number;
};

function markdown(report: Report): string {
  const range = (values: number[]) => `${Math.min(...values)}–${Math.max(...values)}`;
  const lines = [
    `# Search benchmark — ${report.date}`,
    '',
    `\`${report.command}\`. The \`searchHelpers\` query of the real API (Fastify, Apollo, guard, resolver, HelperSearchService,`,
    'TenantDatabase) against a bare Fastify + pg handler running the same search code and SQL in the same tenant transaction.',
    `${report.settings.rounds} interleaved rounds of ${report.settings.roundSeconds} s per path and dataset, ${report.settings.connections} connections, the same`,
    `${report.settings.workloadSize} seeded searches (seed ${report.settings.seed}, a quarter with a time window) for both paths; medians of the rounds.`,
    '',
    '| dataset | path | req/s | p50 ms | p99 ms | DB round trips / request | server CPU ms / request |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...report.summary.map(
      (s) => `| ${s.dataset} | ${s.label} | ${s.requestsPerSecond} | ${s.p50Ms} | ${s.p99Ms} | ${s.roundTripsPerRequest} | ${s.serverCpuMsPerRequest} |`,
    ),
    '',
    `| dataset | GraphQL ÷ bare throughput (target ≥ ${TARGET_THROUGHPUT}) | per-round median | GraphQL ÷ bare p99 (target ≤ ${TARGET_P99}) | per-round median | verdict |`,
    '|---|---:|---:|---:|---:|---|',
    ...report.verdicts.map(
      (v) =>
        `| ${v.dataset} | **${v.throughputRatio.toFixed(2)}×** | ${v.pairedThroughputRatio.toFixed(2)}× | **${v.p99Ratio.toFixed(2)}×** | ${v.pairedP99Ratio.toFixed(2)}× | ${v.meetsTarget ? 'meets target' : 'misses target'} |`,
    ),
    '',
    '| dataset | tenants | helpers (approved) | skills | weekly slots | exceptions | places | postal codes | generated in | results / search (windowed) | empty pages |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...report.datasets.map(
      (d) =>
        `| ${d.key} | ${d.tenants} | ${d.helpers} (${d.approvedHelpers}) | ${d.skills} | ${d.weeklySlots} | ${d.exceptions} | ${d.places} | ${d.postalCodes} | ${d.generationSeconds} s${d.generatedNow ? '' : ' (earlier run)'} | ${d.answers.resultsPerSearch} (${d.answers.resultsPerWindowedSearch ?? '–'}) | ${Math.round(d.answers.emptyShare * 100)} % |`,
    ),
    '',
    `Before measuring, both paths answered the first ${report.datasets[0]?.answers.checkedSearches ?? 0} searches of each dataset identically (helpers, order,`,
    'cursors, prices, scores, ratings; the next free slot within 10 s, as it may be "now"). Round trips are counted in the',
    `server process (each node-postgres \`query()\` is one), from ${COUNTED_REQUESTS} sequential searches per path. Latency resolution is 1 ms.`,
    '',
    `Machine: ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGiB} GiB, ${report.machine.platform}; Node ${report.machine.node};`,
    `PostgreSQL ${report.machine.postgres} (shared_buffers ${report.machine.sharedBuffers}). Load generator, server and Postgres share the machine with`,
    `whatever else runs on it: one-minute load average ${range(report.rounds.map((r) => r.loadAverage))} at the start of the rounds, machine CPU busy`,
    `${range(report.rounds.map((r) => Math.round(r.machineBusy * 100)))} % during them (per-round figures in the JSON).`,
    '',
    'What these measurements led to (availability expanded two days at a time while looking for the next free slot), the',
    'numbers before it, and where the time goes now: bench/README.md, "Results and what was done".',
    '',
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const args = new Set(process.argv.slice(2));
  const keys = (process.env.BENCH_SEARCH_DATASETS ?? 'wide,skewed').split(',').map((key) => key.trim()) as DatasetSpec['key'][];
  const specs = keys.map((key) => {
    if (!DATASETS[key]) throw new Error(`Unknown dataset ${key}; use wide and/or skewed`);
    return DATASETS[key];
  });
  if (args.has('--fresh') || args.has('--drop')) await dropSearchBenchDatabase();
  if (args.has('--drop')) return;
  const stats = await prepareSearchDatasets(specs);
  if (args.has('--generate-only')) return;

  const [busy] = os.loadavg();
  if (busy > os.cpus().length / 2) {
    console.warn(`The machine is busy (load average ${busy.toFixed(1)} on ${os.cpus().length} cores): expect noisy numbers; the ratios stay fair.`);
  }
  const today = new Date();
  const workloads = new Map<DatasetSpec['key'], SearchRequest[]>();
  for (const spec of specs) workloads.set(spec.key, buildWorkload(await datasetTenants(spec), { seed: SEED, count: WORKLOAD_SIZE, today }));

  const { server, ports } = await ServerProcess.start();
  try {
    const answers = new Map<DatasetSpec['key'], Awaited<ReturnType<typeof checkSameAnswers>>>();
    for (const spec of specs) {
      answers.set(spec.key, await checkSameAnswers(spec.key, ports, workloads.get(spec.key) as SearchRequest[]));
      console.log(`${spec.key}: both paths give the same answers (${JSON.stringify(answers.get(spec.key))})`);
    }

    const exactRoundTrips = new Map<string, number>();
    for (const spec of specs) {
      for (const path of PATHS) {
        const requests = workloads.get(spec.key) as SearchRequest[];
        await load(ports[path.key], requests, { start: 0, amount: 30, connections: 1 });
        await server.resetRoundTrips();
        const result = await load(ports[path.key], requests, { start: 0, amount: COUNTED_REQUESTS, connections: 1 });
        const count = await server.readRoundTrips();
        if (failures(result)) throw new Error(`${spec.key}/${path.key} failed ${failures(result)} requests while counting`);
        exactRoundTrips.set(`${spec.key}/${path.key}`, round2(count / COUNTED_REQUESTS));
        console.log(`${spec.key} ${path.key}: ${exactRoundTrips.get(`${spec.key}/${path.key}`)} round trips per search`);
      }
      for (const path of PATHS) await load(ports[path.key], workloads.get(spec.key) as SearchRequest[], { start: 0, seconds: WARMUP_SECONDS, connections: CONNECTIONS });
    }

    const rounds: RoundResult[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      // Both paths of a round walk the same stretch of the workload; the order alternates by round.
      const start = (round * 7_919) % WORKLOAD_SIZE;
      for (const spec of specs) {
        const order = round % 2 ? PATHS : [...PATHS].reverse();
        for (const path of order) {
          const loadAverage = os.loadavg()[0];
          const ticks = machineTicks();
          const cpu = server.cpuMs();
          await server.resetRoundTrips();
          const result = await load(ports[path.key], workloads.get(spec.key) as SearchRequest[], { start, seconds: ROUND_SECONDS, connections: CONNECTIONS });
          const count = await server.readRoundTrips();
          const cpuUsed = server.cpuMs() - cpu;
          const after = machineTicks();
          const seconds = (result.finish.getTime() - result.start.getTime()) / 1000;
          const requests = Math.max(1, result.requests.total);
          const entry: RoundResult = {
            round,
            dataset: spec.key,
            path: path.key,
            requests: result.requests.total,
            seconds,
            requestsPerSecond: round2(result.requests.total / seconds),
            p50Ms: result.latency.p50,
            p99Ms: result.latency.p99,
            errors: failures(result),
            roundTripsPerRequest: round2(count / requests),
            serverCpuMsPerRequest: round2(cpuUsed / requests),
            loadAverage: round2(loadAverage),
            machineBusy: round2((after.busy - ticks.busy) / Math.max(1, after.total - ticks.total)),
          };
          if (entry.errors) throw new Error(`${spec.key}/${path.key} failed ${entry.errors} requests in round ${round}`);
          rounds.push(entry);
          console.log(
            `round ${round} ${spec.key} ${path.key}: ${Math.round(entry.requestsPerSecond)} req/s, p50 ${entry.p50Ms} ms, p99 ${entry.p99Ms} ms, ` +
              `${entry.serverCpuMsPerRequest} CPU ms/req, load ${entry.loadAverage}, busy ${Math.round(entry.machineBusy * 100)} %`,
          );
        }
      }
    }

    const summary = specs.flatMap((spec) => PATHS.map((path) => summarize(rounds, spec.key, path, exactRoundTrips.get(`${spec.key}/${path.key}`) ?? NaN)));
    const date = new Date().toISOString().slice(0, 10);
    const report: Report = {
      date,
      command: ['npm run bench:search', ...process.argv.slice(2)].join(' '),
      machine: await machine(),
      settings: { rounds: ROUNDS, roundSeconds: ROUND_SECONDS, connections: CONNECTIONS, seed: SEED, workloadSize: WORKLOAD_SIZE },
      datasets: stats.map((s) => ({ ...s, answers: answers.get(s.key) as Awaited<ReturnType<typeof checkSameAnswers>> })),
      summary,
      verdicts: specs.map((spec) => verdict(rounds, summary, spec.key)),
      rounds,
      totalSeconds: Math.round((Date.now() - started) / 1000),
    };
    writeBenchResults('search', date, report, markdown(report));
  } finally {
    await server.stop();
  }
}

await main();
