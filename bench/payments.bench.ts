// `npm run bench:payments`: what Quartier's capture path costs against a bare BullMQ worker. The same
// batch of `payment.capture` jobs (completed jobs whose card payments are authorized at a fake Stripe
// on loopback) is consumed two ways, in interleaved rounds of one run:
//   (a) Quartier — the worker as apps/worker builds it: JobWorkers, PaymentsProcessor, PaymentFlowService
//       (key stored and committed before the call, row locks, tenant transactions, ledger service, outbox);
//   (b) bare     — `new Worker(...)` from bullmq with the same concurrency, the same Stripe call and the
//       same rows written (the key first, then one plain transaction), without the framework around them.
// Writes bench/results/payments-<date>.json and bench/results/payments-latest.md.
import { idempotencyKeys, type PaymentJob, paymentsQueue, StripeAccountService } from '@quartier/payments';
import { type AppConfig, DEAD_LETTER_QUEUE, jobOptionsFor, type OutboxJobData, QueueFactory, RequestContext } from '@quartier/platform';
import type { QueueEvents } from 'bullmq';
import pg from 'pg';
import Stripe from 'stripe';
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BARE_QUEUE, type BareCaptureWorker, startBareCaptureWorker } from './payments/bare-capture-worker.js';
import type { FakeMessage, FakeRequest } from './payments/fake-stripe-server.js';
import {
  AMOUNT_MINOR,
  APPLICATION_FEE_MINOR,
  type AuthorizedJob,
  BOOKING,
  type BenchMarketplace,
  dropPaymentsBenchDatabase,
  insertAuthorizedJobs,
  insertPayoutAccount,
  paymentsBenchConfig,
  preparePaymentsBenchDatabase,
} from './payments/payments-database.js';
import { startQuartierCaptureWorker } from './payments/quartier-capture-worker.js';
import { describeMachine, machineTicks, median, processCpuMs, round2, writeBenchResults } from './bench-measures.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const JOBS = Number(process.env.BENCH_JOBS ?? 1_000);
/**
 * Unrecorded rounds per variant before measuring. (a) runs far more code than (b), and V8 keeps
 * optimizing it for a few thousand jobs: its worker CPU per job went 2.49 → 1.82 → 1.65 ms over the
 * first three rounds after a 200-job warm-up, then stayed; the target is about the steady state.
 */
const WARMUP_ROUNDS = Number(process.env.BENCH_WARMUP_ROUNDS ?? 2);
/** Payment intents created at once while preparing a round (setup only, never timed). */
const SETUP_CONCURRENCY = 16;
const ROUND_TIMEOUT_MS = 180_000;
const TARGET_RATIO = 0.8;
const SECRET_KEY = `sk_test_quartierbench${randomBytes(8).toString('hex')}`;
const WEBHOOK_SECRET = `whsec_quartierbench${randomBytes(8).toString('hex')}`;

const root = fileURLToPath(new URL('..', import.meta.url));

type VariantKey = 'quartier' | 'bare';
const VARIANTS: { key: VariantKey; label: string; queue: string }[] = [
  { key: 'quartier', label: 'Quartier capture processor (JobWorkers + PaymentsProcessor)', queue: paymentsQueue.name },
  { key: 'bare', label: 'bare BullMQ worker, same Stripe call and rows', queue: BARE_QUEUE },
];

interface RoundResult {
  round: number;
  variant: VariantKey;
  jobs: number;
  seconds: number;
  jobsPerSecond: number;
  /** Statements node-postgres sent from this process during the round, per job (the relay's included for (a)). */
  roundTripsPerJob: number;
  /** CPU time of this process (the worker measured; the other one is idle) per job. */
  workerCpuMsPerJob: number;
  /** CPU time of the Postgres backends of the benchmark database per job (backends that started during the round count whole). */
  postgresCpuMsPerJob: number;
  /** CPU time of the fake Stripe's process per job. */
  fakeCpuMsPerJob: number;
  /** Attempts that failed and were retried (none expected). */
  retries: number;
  /** One-minute load average when the round started. */
  loadAverage: number;
  /** Share of the machine's CPU time that was busy during the round (all processes). */
  machineBusy: number;
}

/** CPU used so far by the Postgres backends serving the benchmark database (Postgres runs on this machine). */
async function backendsCpuMs(owner: pg.Client): Promise<Map<number, number>> {
  const { rows } = await owner.query<{ pid: number }>(`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`);
  return new Map(rows.map((row) => [row.pid, processCpuMs(row.pid)]));
}

// Every query() of node-postgres is one round trip (it waits for ReadyForQuery before the next).
let roundTrips = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
  roundTrips += 1;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

class FakeStripeProcess {
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
    child.on('message', (message: FakeMessage) => {
      if (message.type === 'ready') return;
      const pending = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.type === 'answer') pending?.resolve(message.value);
      else pending?.reject(new Error(`fake Stripe: ${message.error}`));
    });
  }

  static async start(): Promise<FakeStripeProcess> {
    const child = fork(fileURLToPath(new URL('./payments/fake-stripe-server.ts', import.meta.url)), [], {
      cwd: root,
      execArgv: ['--import', pathToFileURL(`${root}scripts/register.mjs`).href],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`fake Stripe exited with code ${code} before listening`)));
      child.once('message', (message: FakeMessage) => (message.type === 'ready' ? resolve(message.url) : reject(new Error('unexpected message'))));
    });
    child.removeAllListeners('exit');
    return new FakeStripeProcess(child, url);
  }

  addPlatform(secretKey: string): Promise<unknown> {
    return this.ask({ type: 'add-platform', secretKey });
  }

  completeOnboarding(accountId: string): Promise<unknown> {
    return this.ask({ type: 'complete-onboarding', accountId });
  }

  /** Of these intents: how many exist, succeeded, and were really captured exactly once. */
  async captures(paymentIntentIds: string[]): Promise<{ found: number; succeeded: number; capturedOnce: number }> {
    return (await this.ask({ type: 'captures', paymentIntentIds })) as { found: number; succeeded: number; capturedOnce: number };
  }

  async cpuMs(): Promise<number> {
    return (await this.ask({ type: 'cpu' })) as number;
  }

  private ask(request: WithoutId<FakeRequest>): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.send({ ...request, id });
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      void this.ask({ type: 'stop' });
      setTimeout(() => this.child.kill('SIGKILL'), 10_000).unref();
    });
  }
}

/** Runs `work` over `items` with at most `limit` in flight. */
async function inParallel<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]);
      }
    }),
  );
  return results;
}

interface Bench {
  config: AppConfig;
  marketplace: BenchMarketplace;
  destination: string;
  stripe: Stripe;
  owner: pg.Client;
  queues: QueueFactory;
  events: Record<VariantKey, QueueEvents>;
  fake: FakeStripeProcess;
}

/**
 * `count` completed jobs with their payments authorized: a real payment intent at the fake for
 * each (manual capture, the helper's account as transfer destination, the marketplace's share as
 * application fee), made with the authorization's own idempotency key, then the rows in one statement.
 */
async function prepareJobs(bench: Bench, count: number): Promise<AuthorizedJob[]> {
  const { tenantId } = bench.marketplace;
  const drafts = Array.from({ length: count }, () => ({ requestId: randomUUID(), appointmentId: randomUUID(), paymentId: randomUUID() }));
  const jobs = await inParallel(drafts, SETUP_CONCURRENCY, async (draft): Promise<AuthorizedJob> => {
    const authorizeKey = idempotencyKeys.authorize(tenantId, draft.paymentId, 1);
    const intent = await bench.stripe.paymentIntents.create(
      {
        amount: AMOUNT_MINOR,
        currency: BOOKING.currency.toLowerCase(),
        capture_method: 'manual',
        confirm: true,
        payment_method: 'pm_card_visa',
        allowed_payment_method_types: ['card'],
        description: `Quartier booking ${draft.requestId}`,
        metadata: { tenantId, paymentId: draft.paymentId, requestId: draft.requestId, generation: '1' },
        application_fee_amount: APPLICATION_FEE_MINOR,
        transfer_data: { destination: bench.destination },
      },
      { idempotencyKey: authorizeKey },
    );
    if (intent.status !== 'requires_capture') throw new Error(`payment intent ${intent.id} is ${intent.status}, not requires_capture`);
    return { ...draft, paymentIntentId: intent.id, authorizeKey };
  });
  await insertAuthorizedJobs(bench.owner, bench.marketplace, bench.destination, jobs);
  return jobs;
}

/** Resolves when every one of `jobIds` has completed on the queue; counts failed attempts on the way. */
function completionOf(events: QueueEvents, jobIds: Set<string>): { done: Promise<void>; retries: () => number; stop: () => void } {
  let remaining = jobIds.size;
  let retries = 0;
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const onCompleted = ({ jobId }: { jobId: string }) => {
    if (jobIds.delete(jobId) && --remaining === 0) finish();
  };
  const onFailed = ({ jobId }: { jobId: string }) => {
    if (jobIds.has(jobId)) retries += 1;
  };
  events.on('completed', onCompleted);
  events.on('failed', onFailed);
  return {
    done,
    retries: () => retries,
    stop: () => {
      events.off('completed', onCompleted);
      events.off('failed', onFailed);
    },
  };
}

/** Refuses a round whose variant did not do the whole work: every payment captured once, at the fake and in the ledger. */
async function checkRound(bench: Bench, variant: VariantKey, jobs: AuthorizedJob[]): Promise<void> {
  const paymentIds = jobs.map((job) => job.paymentId);
  const { rows } = await bench.owner.query<Record<string, string>>(
    `select (select count(*) from payments where tenant_id = $1 and id = any($2::uuid[]) and status = 'captured' and captured_minor = amount_minor)::text as captured,
            (select count(*) from ledger_transactions t where t.tenant_id = $1
               and t.business_key = any(select k || ':' || id from unnest($2::uuid[]) as id, unnest(array['capture', 'application_fee', 'helper_payable']) as k))::text as movements,
            (select count(*) from (select 1 from ledger_postings p join ledger_transactions t on t.tenant_id = p.tenant_id and t.id = p.transaction_id
               where p.tenant_id = $1 and t.business_key = any(select 'capture:' || id from unnest($2::uuid[]) as id)
               group by p.transaction_id having sum(p.amount_minor) <> 0) u)::text as unbalanced,
            (select count(*) from payment_operations where tenant_id = $1 and payment_id = any($2::uuid[]) and operation = 'capture' and status = 'succeeded')::text as operations`,
    [bench.marketplace.tenantId, paymentIds],
  );
  const at = await bench.fake.captures(jobs.map((job) => job.paymentIntentId));
  const n = String(jobs.length);
  const ok = rows[0].captured === n && rows[0].movements === String(3 * jobs.length) && rows[0].unbalanced === '0' && rows[0].operations === n;
  if (!ok || at.capturedOnce !== jobs.length || at.succeeded !== jobs.length) {
    throw new Error(`(${variant}) did not capture every payment exactly once: ${JSON.stringify({ database: rows[0], stripe: at, jobs: jobs.length })}`);
  }
}

/** Waits until the relay has settled the outbox events the captures wrote (outside the timing). */
async function outboxSettled(bench: Bench): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const { rows } = await bench.owner.query<{ n: string }>(`select count(*)::text as n from outbox_events where relayed_at is null`);
    if (rows[0].n === '0') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the outbox relay did not settle the events of the round');
}

async function runRound(bench: Bench, round: number, variant: VariantKey, jobs: AuthorizedJob[]): Promise<RoundResult> {
  const definition = VARIANTS.find((v) => v.key === variant) as (typeof VARIANTS)[number];
  const { tenantId } = bench.marketplace;
  const context = RequestContext.system(tenantId, 'bench:payments').toJSON();
  const bulk = jobs.map((job) => {
    const data: OutboxJobData = { v: 1, tenantId, eventId: randomUUID(), aggregateId: job.requestId, context };
    return { name: 'payment.capture' satisfies PaymentJob['name'], data, opts: jobOptionsFor(paymentsQueue, 'payment.capture', { jobId: data.eventId }) };
  });
  const completion = completionOf(bench.events[variant], new Set(bulk.map((job) => job.opts.jobId as string)));
  const loadAverage = os.loadavg()[0];
  const ticks = machineTicks();
  const fakeCpu = await bench.fake.cpuMs();
  const backends = await backendsCpuMs(bench.owner);
  const cpu = process.cpuUsage();
  roundTrips = 0;
  const started = performance.now();
  await bench.queues.queue(definition.queue).addBulk(bulk);
  let timer: NodeJS.Timeout | undefined;
  const finished = await Promise.race([completion.done.then(() => true), new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ROUND_TIMEOUT_MS)))]);
  const seconds = (performance.now() - started) / 1000;
  const trips = roundTrips;
  const used = process.cpuUsage(cpu);
  const after = machineTicks();
  clearTimeout(timer);
  completion.stop();
  if (!finished) throw new Error(`(${variant}) did not finish ${jobs.length} jobs within ${ROUND_TIMEOUT_MS / 1000} s in round ${round}`);
  const fakeCpuUsed = (await bench.fake.cpuMs()) - fakeCpu;
  let postgresCpuUsed = 0;
  for (const [pid, ms] of await backendsCpuMs(bench.owner)) postgresCpuUsed += ms - (backends.get(pid) ?? 0);
  await checkRound(bench, variant, jobs);
  await outboxSettled(bench);
  return {
    round,
    variant,
    jobs: jobs.length,
    seconds: round2(seconds),
    jobsPerSecond: round2(jobs.length / seconds),
    roundTripsPerJob: round2(trips / jobs.length),
    workerCpuMsPerJob: round2((used.user + used.system) / 1000 / jobs.length),
    postgresCpuMsPerJob: round2(postgresCpuUsed / jobs.length),
    fakeCpuMsPerJob: round2(fakeCpuUsed / jobs.length),
    retries: completion.retries(),
    loadAverage: round2(loadAverage),
    machineBusy: round2((after.busy - ticks.busy) / Math.max(1, after.total - ticks.total)),
  };
}

function summarize(rounds: RoundResult[], variant: (typeof VARIANTS)[number]) {
  const mine = rounds.filter((round) => round.variant === variant.key);
  return {
    variant: variant.key,
    label: variant.label,
    jobsPerSecond: Math.round(median(mine.map((round) => round.jobsPerSecond))),
    roundTripsPerJob: round2(median(mine.map((round) => round.roundTripsPerJob))),
    workerCpuMsPerJob: round2(median(mine.map((round) => round.workerCpuMsPerJob))),
    postgresCpuMsPerJob: round2(median(mine.map((round) => round.postgresCpuMsPerJob))),
    fakeCpuMsPerJob: round2(median(mine.map((round) => round.fakeCpuMsPerJob))),
    retries: mine.reduce((sum, round) => sum + round.retries, 0),
  };
}

type Report = {
  date: string;
  command: string;
  machine: Awaited<ReturnType<typeof describeMachine>>;
  settings: { rounds: number; jobsPerRound: number; warmupJobs: number; concurrency: number; databasePoolSize: number; logLevel: string };
  summary: ReturnType<typeof summarize>[];
  ratio: number;
  pairedRatioMedian: number;
  pairedRatios: number[];
  target: number;
  meetsTarget: boolean;
  rounds: RoundResult[];
  totalSeconds: number;
};

function markdown(report: Report): string {
  const range = (values: number[]) => `${Math.min(...values)}–${Math.max(...values)}`;
  return [
    `# Payments benchmark — ${report.date}`,
    '',
    `\`${report.command}\`. ${report.settings.jobsPerRound} \`payment.capture\` jobs per round and variant (completed jobs whose card payments are`,
    'authorized at the fake Stripe on loopback, in a process of its own), added in bulk; timed from the first add to the last job',
    `completed. ${report.settings.rounds} interleaved rounds (order alternating), fresh payments every round, concurrency ${report.settings.concurrency}`,
    `(\`paymentsQueue.concurrency\`) for both, database pool ${report.settings.databasePoolSize}, LOG_LEVEL ${report.settings.logLevel}; medians of the rounds.`,
    '',
    '| variant | jobs/s | DB round trips / job | worker CPU ms / job | Postgres CPU ms / job | fake Stripe CPU ms / job | retried attempts |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...report.summary.map(
      (s) => `| (${s.variant === 'quartier' ? 'a' : 'b'}) ${s.label} | ${s.jobsPerSecond} | ${s.roundTripsPerJob} | ${s.workerCpuMsPerJob} | ${s.postgresCpuMsPerJob} | ${s.fakeCpuMsPerJob} | ${s.retries} |`,
    ),
    '',
    `**(a) / (b) throughput: ${report.ratio.toFixed(2)}×** (target ≥ ${report.target}×: ${report.meetsTarget ? 'meets target' : 'misses target'}). Median of the`,
    `per-round ratios: ${report.pairedRatioMedian.toFixed(2)}× (${report.pairedRatios.map((r) => r.toFixed(2)).join(', ')}).`,
    '',
    'After every round, both variants are checked to have done the whole work: every payment of the round captured for its',
    'full amount, its three ledger movements recorded and balanced, its capture operation succeeded, and every payment',
    'intent captured exactly once at the fake. Round trips are the statements node-postgres sent from the worker process',
    "during the round (for (a) the outbox relay's included), per job.",
    '',
    `Machine: ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGiB} GiB, ${report.machine.platform}; Node ${report.machine.node};`,
    `PostgreSQL ${report.machine.postgres} (shared_buffers ${report.machine.sharedBuffers}, synchronous_commit ${report.machine.synchronousCommit}).`,
    `Worker, fake Stripe, Redis and Postgres share the machine with whatever else runs on it: one-minute load average`,
    `${range(report.rounds.map((r) => r.loadAverage))} at the start of the rounds, machine CPU busy ${range(report.rounds.map((r) => Math.round(r.machineBusy * 100)))} % during them (per-round figures in the JSON).`,
    '',
    'What the numbers say about where (a) spends its time: bench/README.md, `npm run bench:payments`.',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const [busy] = os.loadavg();
  if (busy > os.cpus().length / 2) {
    console.warn(`The machine is busy (load average ${busy.toFixed(1)} on ${os.cpus().length} cores): expect noisy numbers; the ratio stays fair.`);
  }
  const fake = await FakeStripeProcess.start();
  const config = paymentsBenchConfig({ STRIPE_API_URL: fake.url });
  const queues = new QueueFactory(config);
  let quartier: Awaited<ReturnType<typeof startQuartierCaptureWorker>> | undefined;
  let bare: BareCaptureWorker | undefined;
  let owner: pg.Client | undefined;
  const events: Partial<Record<VariantKey, QueueEvents>> = {};
  try {
    console.log(`Preparing quartier_bench_payments (migrate, one marketplace)…`);
    const marketplace = await preparePaymentsBenchDatabase(config);
    for (const name of [paymentsQueue.name, BARE_QUEUE, DEAD_LETTER_QUEUE]) await queues.queue(name).obliterate({ force: true });
    owner = new pg.Client({ connectionString: config.DATABASE_URL });
    await owner.connect();

    await fake.addPlatform(SECRET_KEY);
    quartier = await startQuartierCaptureWorker(config);
    const operator = RequestContext.create({
      tenantId: marketplace.tenantId,
      actor: { kind: 'user', userId: marketplace.operatorId, sessionId: randomUUID() },
      roles: ['operator_admin'],
    });
    await quartier.get(StripeAccountService).connect(operator, { publishableKey: 'pk_test_quartierbenchcardform01', secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET });

    // The same client options as the product's (PaymentGateways.clientFor).
    const address = new URL(fake.url);
    const stripeOptions: Stripe.StripeConfig = {
      host: address.hostname,
      port: address.port,
      protocol: 'http',
      maxNetworkRetries: 0,
      timeout: config.STRIPE_TIMEOUT_MS,
      telemetry: false,
    };
    const stripe = new Stripe(SECRET_KEY, stripeOptions);
    const account = await stripe.accounts.create({
      type: 'express',
      country: 'CH',
      email: 'helper@bench-payments.example',
      capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
    });
    await fake.completeOnboarding(account.id);
    await insertPayoutAccount(owner, marketplace, account.id);
    bare = startBareCaptureWorker({ config, stripe: new Stripe(SECRET_KEY, stripeOptions), concurrency: paymentsQueue.concurrency });

    for (const variant of VARIANTS) {
      events[variant.key] = await queues.queueEvents(variant.queue);
      await events[variant.key]?.waitUntilReady();
    }
    const bench: Bench = { config, marketplace, destination: account.id, stripe, owner, queues, events: events as Record<VariantKey, QueueEvents>, fake };

    // Warm-up: JIT, pools and Stripe connections of both variants, not recorded.
    for (let warmup = 1; warmup <= WARMUP_ROUNDS; warmup++) {
      for (const variant of VARIANTS) {
        const result = await runRound(bench, 0, variant.key, await prepareJobs(bench, JOBS));
        console.log(`warm-up ${warmup} (${variant.key}): ${Math.round(result.jobsPerSecond)} jobs/s`);
      }
    }

    const rounds: RoundResult[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const order = round % 2 ? VARIANTS : [...VARIANTS].reverse();
      const batches = new Map<VariantKey, AuthorizedJob[]>();
      for (const variant of order) batches.set(variant.key, await prepareJobs(bench, JOBS));
      await owner.query('vacuum analyze payments, ledger_transactions, ledger_postings, payment_operations, outbox_events');
      for (const variant of order) {
        const entry = await runRound(bench, round, variant.key, batches.get(variant.key) as AuthorizedJob[]);
        rounds.push(entry);
        console.log(
          `round ${round} (${variant.key}): ${Math.round(entry.jobsPerSecond)} jobs/s in ${entry.seconds} s, ${entry.roundTripsPerJob} round trips/job, ` +
            `${entry.workerCpuMsPerJob} worker / ${entry.postgresCpuMsPerJob} Postgres / ${entry.fakeCpuMsPerJob} fake CPU ms/job, retries ${entry.retries}, load ${entry.loadAverage}, busy ${Math.round(entry.machineBusy * 100)} %`,
        );
      }
    }
    if ((await queues.queue(DEAD_LETTER_QUEUE).count()) > 0) throw new Error('a capture job was dead-lettered');

    const summary = VARIANTS.map((variant) => summarize(rounds, variant));
    const rate = (round: number, key: VariantKey) => rounds.find((r) => r.round === round && r.variant === key)?.jobsPerSecond ?? NaN;
    const pairedRatios = Array.from({ length: ROUNDS }, (_, index) => round2(rate(index + 1, 'quartier') / rate(index + 1, 'bare')));
    const ratio = median(rounds.filter((r) => r.variant === 'quartier').map((r) => r.jobsPerSecond)) / median(rounds.filter((r) => r.variant === 'bare').map((r) => r.jobsPerSecond));
    const date = new Date().toISOString().slice(0, 10);
    const report: Report = {
      date,
      command: 'npm run bench:payments',
      machine: await describeMachine(owner),
      settings: {
        rounds: ROUNDS,
        jobsPerRound: JOBS,
        warmupJobs: WARMUP_ROUNDS * JOBS,
        concurrency: paymentsQueue.concurrency,
        databasePoolSize: config.DATABASE_POOL_SIZE,
        logLevel: config.LOG_LEVEL,
      },
      summary,
      ratio: Number(ratio.toFixed(3)),
      pairedRatioMedian: round2(median(pairedRatios)),
      pairedRatios,
      target: TARGET_RATIO,
      meetsTarget: ratio >= TARGET_RATIO,
      rounds,
      totalSeconds: Math.round((Date.now() - started) / 1000),
    };
    writeBenchResults('payments', date, report, markdown(report));
  } finally {
    for (const queueEvents of Object.values(events)) await queueEvents?.close();
    await bare?.close();
    await quartier?.close();
    for (const name of [paymentsQueue.name, BARE_QUEUE, DEAD_LETTER_QUEUE]) await queues.queue(name).obliterate({ force: true }).catch(() => undefined);
    await queues.close();
    await owner?.end();
    await fake.stop();
    await dropPaymentsBenchDatabase();
  }
}

await main();
