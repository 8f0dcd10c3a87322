// `npm run bench:tenancy`: what tenant isolation costs on the hot path. A primary-key lookup
// through /graphql of the real API, three ways, in interleaved rounds of one run:
//   (a) scoped — TenantDatabase.run: transaction, set_config, RLS-protected select, commit;
//   (b) plain  — explicit `where tenant_id = $1 and id = $2` on a table without RLS, pooled, no transaction;
//   (c) cold   — (a) with the host → tenant cache off, so every request also resolves its tenant.
// Writes bench/results/tenancy-<date>.json and bench/results/tenancy-latest.md.
import autocannon, { type Result } from 'autocannon';
import pg from 'pg';
import { fork, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BenchTenant, benchConfig, dropBenchDatabase, prepareBenchDatabase } from './tenancy/bench-database.js';
import type { ParentMessage, ServerMessage } from './tenancy/bench-server.js';
import { describeMachine, median, writeBenchResults } from './bench-measures.js';

// Many short rounds, order rotated each round: a burst of background load hits every variant alike.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 4);
const WARMUP_SECONDS = 3;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const COUNTED_REQUESTS = 200;
const TARGET_RATIO = 1.25;

const root = fileURLToPath(new URL('..', import.meta.url));

type VariantKey = 'a' | 'b' | 'c';
interface Variant {
  key: VariantKey;
  label: string;
  field: 'benchItem' | 'benchItemPlain';
  port: number;
}

interface RoundResult {
  round: number;
  variant: VariantKey;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  roundTripsPerRequest: number;
  /** One-minute load average of the machine when the round started. */
  loadAverage: number;
}

function graphqlBody(field: Variant['field'], id: string): string {
  return JSON.stringify({ query: `query Lookup($id: ID!) { ${field}(id: $id) { id name priceMinor } }`, variables: { id } });
}

/** Each request asks a random tenant (by Host) for one of its own items. */
function randomLookup(variant: Variant, tenants: BenchTenant[]) {
  return (request: { headers?: Record<string, string>; body?: string }) => {
    const tenant = tenants[Math.floor(Math.random() * tenants.length)];
    const id = tenant.itemIds[Math.floor(Math.random() * tenant.itemIds.length)];
    request.headers = { ...request.headers, host: `${tenant.slug}.localhost`, 'content-type': 'application/json' };
    request.body = graphqlBody(variant.field, id);
    return request;
  };
}

function load(variant: Variant, tenants: BenchTenant[], options: { seconds?: number; amount?: number; connections: number }): Promise<Result> {
  return autocannon({
    url: `http://127.0.0.1:${variant.port}`,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds }),
    requests: [{ method: 'POST', path: '/graphql', setupRequest: randomLookup(variant, tenants) }],
    // An answer without the item (an error, or null) counts as a mismatch and fails the run.
    verifyBody: (body) => body.startsWith(`{"data":{"${variant.field}":{"id":`),
  });
}

function failures(result: Result): number {
  return result.errors + result.timeouts + result.non2xx + result.mismatches;
}

class ServerProcess {
  private constructor(private readonly child: ChildProcess) {}

  static async start(): Promise<{ server: ServerProcess; warmPort: number; coldPort: number }> {
    const child = fork(fileURLToPath(new URL('./tenancy/bench-server.ts', import.meta.url)), [], {
      cwd: root,
      execArgv: ['--import', pathToFileURL(`${root}scripts/register.mjs`).href],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const ready = await new Promise<Extract<ServerMessage, { type: 'ready' }>>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`benchmark API exited with code ${code} before listening`)));
      child.once('message', (message: ServerMessage) => (message.type === 'ready' ? resolve(message) : reject(new Error('unexpected message'))));
    });
    child.removeAllListeners('exit');
    return { server: new ServerProcess(child), warmPort: ready.warmPort, coldPort: ready.coldPort };
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

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      this.child.send({ type: 'stop' } satisfies ParentMessage);
      setTimeout(() => this.child.kill('SIGKILL'), 10_000).unref();
    });
  }
}

function postGraphql(port: number, host: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: { host, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve(text));
      },
    )
      .on('error', reject)
      .end(body);
  });
}

/** Refuses to measure anything that does not isolate: another tenant's id must come back null. */
async function checkIsolation(variant: Variant, tenants: BenchTenant[]): Promise<void> {
  const [own, other] = tenants;
  const ask = async (id: string) =>
    JSON.parse(await postGraphql(variant.port, `${own.slug}.localhost`, graphqlBody(variant.field, id))) as {
      data?: Record<string, { id: string } | null>;
    };
  const mine = await ask(own.itemIds[0]);
  const theirs = await ask(other.itemIds[0]);
  if (mine.data?.[variant.field]?.id !== own.itemIds[0] || theirs.data?.[variant.field] !== null) {
    throw new Error(`variant (${variant.key}) does not isolate tenants: ${JSON.stringify({ mine, theirs })}`);
  }
}

async function machine() {
  const client = new pg.Client({ connectionString: benchConfig().DATABASE_URL });
  await client.connect();
  try {
    return await describeMachine(client);
  } finally {
    await client.end();
  }
}

function summarize(rounds: RoundResult[], variant: Variant, exactRoundTrips: number) {
  const mine = rounds.filter((round) => round.variant === variant.key);
  return {
    variant: variant.key,
    label: variant.label,
    requestsPerSecond: Math.round(median(mine.map((round) => round.requestsPerSecond))),
    p50Ms: median(mine.map((round) => round.p50Ms)),
    p99Ms: median(mine.map((round) => round.p99Ms)),
    roundTripsPerRequest: exactRoundTrips,
    roundTripsPerRequestUnderLoad: Number(median(mine.map((round) => round.roundTripsPerRequest)).toFixed(2)),
  };
}

function markdown(report: {
  date: string;
  machine: Awaited<ReturnType<typeof machine>>;
  settings: Record<string, number | string>;
  summary: ReturnType<typeof summarize>[];
  ratio: number;
  pairedRatioMedian: number;
  rounds: RoundResult[];
}): string {
  const loads = report.rounds.map((round) => round.loadAverage);
  const rows = report.summary.map(
    (s) => `| (${s.variant}) ${s.label} | ${s.requestsPerSecond} | ${s.p50Ms} | ${s.p99Ms} | ${s.roundTripsPerRequest} |`,
  );
  const verdict = report.ratio <= TARGET_RATIO ? 'within' : 'over';
  return [
    `# Tenancy benchmark — ${report.date}`,
    '',
    '`npm run bench:tenancy`. A primary-key lookup through `/graphql` of the real API (Fastify, Apollo, guard,',
    `resolver, service), ${report.settings.rounds} interleaved rounds of ${report.settings.roundSeconds} s per variant, ${report.settings.connections} connections; medians of the rounds.`,
    '',
    '| variant | req/s | p50 ms | p99 ms | DB round trips / request |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    '',
    `**(b) / (a) throughput: ${report.ratio.toFixed(2)}×** (target ≤ ${TARGET_RATIO}×: ${verdict} target). Median of the`,
    `per-round ratios: ${report.pairedRatioMedian.toFixed(2)}×. (c) / (a) latency p50: ${(report.summary[2].p50Ms / report.summary[0].p50Ms).toFixed(2)}×.`,
    '',
    'Round trips are counted in the API process: every `query()` node-postgres sends waits for its',
    'ReadyForQuery before the next, so one call is one network round trip. The column is exact, from',
    `${COUNTED_REQUESTS} sequential requests per variant before the timed rounds.`,
    '',
    `Machine: ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGiB} GiB, ${report.machine.platform};`,
    `Node ${report.machine.node}; PostgreSQL ${report.machine.postgres}. Load generator, API and Postgres share the machine;`,
    `its one-minute load average ranged ${Math.min(...loads)}–${Math.max(...loads)} during the rounds (per-round figures in the JSON).`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const [busy] = os.loadavg();
  if (busy > os.cpus().length / 2) {
    console.warn(`The machine is busy (load average ${busy.toFixed(1)} on ${os.cpus().length} cores): expect noisy numbers.`);
  }
  console.log('Preparing quartier_bench (migrate, 4 tenants × 2,000 items)…');
  const tenants = await prepareBenchDatabase({ tenants: 4, itemsPerTenant: 2_000 });
  const { server, warmPort, coldPort } = await ServerProcess.start();
  try {
    const variants: Variant[] = [
      { key: 'a', label: 'tenant transaction + RLS', field: 'benchItem', port: warmPort },
      { key: 'b', label: 'explicit WHERE, no RLS, no transaction', field: 'benchItemPlain', port: warmPort },
      { key: 'c', label: '(a) with tenant cache cold', field: 'benchItem', port: coldPort },
    ];
    for (const variant of variants) await checkIsolation(variant, tenants);

    const exactRoundTrips = new Map<VariantKey, number>();
    for (const variant of variants) {
      await load(variant, tenants, { amount: 50, connections: 1 });
      await server.resetRoundTrips();
      const result = await load(variant, tenants, { amount: COUNTED_REQUESTS, connections: 1 });
      const count = await server.readRoundTrips();
      if (failures(result)) throw new Error(`variant (${variant.key}) failed ${failures(result)} requests while counting`);
      exactRoundTrips.set(variant.key, Number((count / COUNTED_REQUESTS).toFixed(2)));
      console.log(`(${variant.key}) ${variant.label}: ${exactRoundTrips.get(variant.key)} round trips per request`);
    }

    for (const variant of variants) await load(variant, tenants, { seconds: WARMUP_SECONDS, connections: CONNECTIONS });

    const rounds: RoundResult[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const order = variants.map((_, index) => variants[(index + round - 1) % variants.length]);
      for (const variant of order) {
        const loadAverage = os.loadavg()[0];
        await server.resetRoundTrips();
        const result = await load(variant, tenants, { seconds: ROUND_SECONDS, connections: CONNECTIONS });
        const count = await server.readRoundTrips();
        const seconds = (result.finish.getTime() - result.start.getTime()) / 1000;
        const entry: RoundResult = {
          round,
          variant: variant.key,
          requests: result.requests.total,
          seconds,
          requestsPerSecond: result.requests.total / seconds,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          errors: failures(result),
          roundTripsPerRequest: count / Math.max(1, result.requests.total),
          loadAverage: Number(loadAverage.toFixed(2)),
        };
        if (entry.errors) throw new Error(`variant (${variant.key}) failed ${entry.errors} requests in round ${round}`);
        rounds.push(entry);
        console.log(
          `round ${round} (${variant.key}): ${Math.round(entry.requestsPerSecond)} req/s, p50 ${entry.p50Ms} ms, p99 ${entry.p99Ms} ms, load ${entry.loadAverage}`,
        );
      }
    }

    const summary = variants.map((variant) => summarize(rounds, variant, exactRoundTrips.get(variant.key) ?? NaN));
    const [a, b] = summary;
    const ratio = b.requestsPerSecond / a.requestsPerSecond;
    // The same ratio taken inside each round, where (a) and (b) ran seconds apart.
    const rps = (round: number, key: VariantKey) => rounds.find((r) => r.round === round && r.variant === key)?.requestsPerSecond ?? NaN;
    const pairedRatios = Array.from({ length: ROUNDS }, (_, index) => rps(index + 1, 'b') / rps(index + 1, 'a'));
    const date = new Date().toISOString().slice(0, 10);
    const report = {
      date,
      machine: await machine(),
      settings: { rounds: ROUNDS, roundSeconds: ROUND_SECONDS, connections: CONNECTIONS, tenants: tenants.length, itemsPerTenant: 2_000 },
      summary,
      ratio: Number(ratio.toFixed(3)),
      pairedRatioMedian: Number(median(pairedRatios).toFixed(3)),
      pairedRatios: pairedRatios.map((value) => Number(value.toFixed(3))),
      target: TARGET_RATIO,
      rounds,
      totalSeconds: Math.round((Date.now() - started) / 1000),
    };
    writeBenchResults('tenancy', date, report, markdown(report));
  } finally {
    await server.stop();
    await dropBenchDatabase();
  }
}

await main();
