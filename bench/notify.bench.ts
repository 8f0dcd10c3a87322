// `npm run bench:notify`: notifications per second end to end against a bare BullMQ worker sending
// the same mails. The same batch of mails (one per helper) goes out two ways, in interleaved rounds
// of one run, to one SMTP sink on loopback:
//   (a) Quartier — the worker as apps/worker builds it: an approval event per helper written to the
//       outbox, the relay into the notification inbox, the feeder, the fan-out (rule, preferences,
//       template, branded layout, delivery rows), the feeder again, the delivery (claim, send, record);
//   (b) bare     — `new Worker(...)` from bullmq with the same concurrency, each job a mail rendered
//       beforehand, sent through a nodemailer pool with the product's transport options.
// Writes bench/results/notify-<date>.json and bench/results/notify-latest.md.
import { TenantDatabase, newId, jobOptionsFor, QueueFactory, RequestContext, siteOrigin, DEAD_LETTER_QUEUE, type AppConfig } from '@quartier/platform';
import { notificationsQueue } from '@quartier/notifications';
import { TenantPolicyService } from '@quartier/tenancy';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { QueueEvents } from 'bullmq';
import pg from 'pg';
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BARE_QUEUE, type BareMail, type BareMailWorker, startBareMailWorker } from './notify/bare-mail-worker.js';
import {
  dropNotifyBenchDatabase,
  insertApprovalEvents,
  NOTIFY_BENCH_SLUG,
  notifyBenchConfig,
  type NotifyMarketplace,
  prepareNotifyBenchDatabase,
} from './notify/notify-database.js';
import { PostgresCpuMeter } from './notify/postgres-cpu-meter.js';
import { startQuartierNotifyWorker } from './notify/quartier-notify-worker.js';
import { renderApprovalMails, type RenderedMail } from './notify/rendered-mails.js';
import type { SinkMessage, SinkRequest, SinkTally } from './notify/smtp-sink-server.js';
import { describeMachine, machineTicks, median, processCpuMs, round2, writeBenchResults } from './bench-measures.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const NOTIFICATIONS = Number(process.env.BENCH_NOTIFICATIONS ?? 2_000);
/** Unrecorded rounds per variant before measuring: JIT, pools and SMTP connections of both warm up. */
const WARMUP_ROUNDS = Number(process.env.BENCH_WARMUP_ROUNDS ?? 2);
const ROUND_TIMEOUT_MS = 180_000;
/** How long the last deliveries may take to be recorded (or the last jobs to complete) after the N-th mail arrived. */
const SETTLE_TIMEOUT_MS = 60_000;
const TARGET_RATIO = 0.8;

const root = fileURLToPath(new URL('..', import.meta.url));

type VariantKey = 'quartier' | 'bare';
const VARIANTS: { key: VariantKey; label: string; queue: string }[] = [
  { key: 'quartier', label: 'Quartier: outbox → relay → feeder → fan-out → feeder → delivery', queue: notificationsQueue.name },
  { key: 'bare', label: 'bare BullMQ worker, mails rendered beforehand', queue: BARE_QUEUE },
];

interface RoundResult {
  round: number;
  variant: VariantKey;
  notifications: number;
  /** From the insert of the events (a) or the first add (b) to the N-th mail at the sink. */
  seconds: number;
  notificationsPerSecond: number;
  /** Statements node-postgres sent from this process during the round, per notification (relay and feeder included for (a)). */
  statementsPerNotification: number;
  /** CPU time of this process (the worker measured; the other variant idles in it) per notification. */
  workerCpuMsPerNotification: number;
  /** CPU time of the Postgres backends of the benchmark database per notification (sampled, see notify/postgres-cpu-meter.ts). */
  postgresCpuMsPerNotification: number;
  /** CPU time of the SMTP sink's process per notification. */
  sinkCpuMsPerNotification: number;
  /** Job attempts that failed and were retried (none expected). */
  retries: number;
  /** One-minute load average when the round started. */
  loadAverage: number;
  /** Share of the machine's CPU time that was busy during the round (all processes). */
  machineBusy: number;
}

/** Epoch milliseconds, as precise as the process clock allows (comparable with the sink's). */
function nowMs(): number {
  return performance.timeOrigin + performance.now();
}

// Every query() of node-postgres is one round trip (it waits for ReadyForQuery before the next).
// The benchmark's own owner connection (inserting events, sampling backends, checking) is not counted.
let statements = 0;
const uncounted = new WeakSet<pg.Client>();
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
  if (!uncounted.has(this)) statements += 1;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

class SinkProcess {
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly rounds = new Map<number, { resolve: (at: number) => void; reject: (error: Error) => void }>();

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    readonly pid: number,
  ) {
    child.on('message', (message: SinkMessage) => {
      if (message.type === 'ready') return;
      if (message.type === 'arrived' || message.type === 'late') {
        const round = this.rounds.get(message.round);
        this.rounds.delete(message.round);
        if (message.type === 'arrived') round?.resolve(message.at);
        else round?.reject(new Error(`SMTP sink: ${message.error}`));
        return;
      }
      const pending = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.type === 'answer') pending?.resolve(message.value);
      else pending?.reject(new Error(`SMTP sink: ${message.error}`));
    });
  }

  static async start(): Promise<SinkProcess> {
    const child = fork(fileURLToPath(new URL('./notify/smtp-sink-server.ts', import.meta.url)), [], {
      cwd: root,
      execArgv: ['--import', pathToFileURL(`${root}scripts/register.mjs`).href],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const ready = await new Promise<Extract<SinkMessage, { type: 'ready' }>>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`SMTP sink exited with code ${code} before listening`)));
      child.once('message', (message: SinkMessage) => (message.type === 'ready' ? resolve(message) : reject(new Error('unexpected message'))));
    });
    child.removeAllListeners('exit');
    return new SinkProcess(child, ready.url, ready.pid);
  }

  /** Forgets what arrived so far and resolves with the epoch time the `count`-th mail from now on arrives. */
  async expect(count: number): Promise<{ arrived: Promise<number> }> {
    const round = (await this.ask({ type: 'expect', count, timeoutMs: ROUND_TIMEOUT_MS })) as number;
    const arrived = new Promise<number>((resolve, reject) => this.rounds.set(round, { resolve, reject }));
    return { arrived };
  }

  async tally(): Promise<SinkTally> {
    return (await this.ask({ type: 'tally' })) as SinkTally;
  }

  cpuMs(): number {
    return processCpuMs(this.pid);
  }

  private ask(request: WithoutId<SinkRequest>): Promise<unknown> {
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

interface Bench {
  config: AppConfig;
  marketplace: NotifyMarketplace;
  owner: pg.Client;
  queues: QueueFactory;
  events: Record<VariantKey, QueueEvents>;
  sink: SinkProcess;
  meter: PostgresCpuMeter;
  mails: Map<string, RenderedMail>;
  /** What each recipient read in the first round; every later round of either variant must match it. */
  reference: Record<string, string> | null;
}

/** Counts failed attempts of jobs on a queue while a round runs. */
function failuresOn(events: QueueEvents): { count: () => number; stop: () => void } {
  let failed = 0;
  const onFailed = () => (failed += 1);
  events.on('failed', onFailed);
  return { count: () => failed, stop: () => events.off('failed', onFailed) };
}

async function waitUntil(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what} within ${SETTLE_TIMEOUT_MS / 1000} s`);
}

/** Refuses a round in which a recipient got no mail, several, or other words than in the first round. */
function checkMails(bench: Bench, variant: VariantKey, tally: SinkTally): void {
  const expected = bench.marketplace.recipients.map((recipient) => recipient.email);
  const wrong = expected.filter((email) => !(email in tally.byRecipient) || tally.byRecipient[email] === 'several');
  const n = expected.length;
  if (tally.received !== n || tally.distinctMessageIds !== n || tally.withoutMessageId !== 0 || tally.duplicates.length > 0 || wrong.length > 0) {
    const { byRecipient: _, ...counts } = tally;
    throw new Error(`(${variant}) the sink did not get every mail exactly once: ${JSON.stringify({ ...counts, expected: n, missingOrRepeated: wrong.slice(0, 5) })}`);
  }
  if (!bench.reference) {
    bench.reference = tally.byRecipient;
    return;
  }
  const reference = bench.reference;
  const differing = expected.filter((email) => tally.byRecipient[email] !== reference[email]);
  if (differing.length > 0) throw new Error(`(${variant}) ${differing.length} recipients read other words than in the first round, e.g. ${differing[0]}`);
}

/** Refuses an (a) round unless each event made exactly one email delivery, sent at the first attempt, and nothing else. */
async function checkDeliveries(bench: Bench, eventIds: string[]): Promise<void> {
  const { rows } = await bench.owner.query<Record<string, string>>(
    `select (select count(*) from notification_deliveries where tenant_id = $1 and event_id = any($2::uuid[]))::text as deliveries,
            (select count(*) from notification_deliveries where tenant_id = $1 and event_id = any($2::uuid[]) and channel = 'email' and status = 'sent' and attempts = 1)::text as sent,
            (select count(*) from notifications where tenant_id = $1 and event_id = any($2::uuid[]))::text as in_app,
            (select count(*) from notification_inbox where tenant_id = $1 and event_id = any($2::uuid[]))::text as inbox`,
    [bench.marketplace.tenantId, eventIds],
  );
  const n = String(eventIds.length);
  const row = rows[0];
  if (row.deliveries !== n || row.sent !== n || row.in_app !== '0' || row.inbox !== '0') {
    throw new Error(`(quartier) the events did not each make exactly one email, sent: ${JSON.stringify({ ...row, events: eventIds.length })}`);
  }
}

async function runRound(bench: Bench, round: number, variant: VariantKey): Promise<RoundResult> {
  const { marketplace, sink } = bench;
  const n = marketplace.recipients.length;
  const definition = VARIANTS.find((v) => v.key === variant) as (typeof VARIANTS)[number];
  const queue = bench.queues.queue(definition.queue);
  // The baseline's jobs are built before the clock starts: the mails were rendered once, each job only gets its own Message-ID.
  const domain = bench.config.MAIL_FROM_ADDRESS.split('@')[1];
  const bulk =
    variant === 'bare'
      ? marketplace.recipients.map((recipient) => {
          const id = newId();
          const data: BareMail = { ...(bench.mails.get(recipient.id) as RenderedMail), messageId: `<${id}@${domain}>`, headers: { 'X-Quartier-Delivery': id } };
          return { name: 'mail.send', data, opts: jobOptionsFor(notificationsQueue, 'notification.deliver', { jobId: id }) };
        })
      : [];
  const failures = failuresOn(bench.events[variant]);
  const { arrived } = await sink.expect(n);

  const loadAverage = os.loadavg()[0];
  const ticks = machineTicks();
  const sinkCpu = sink.cpuMs();
  await bench.meter.start();
  const cpu = process.cpuUsage();
  statements = 0;
  const started = nowMs();
  const eventIds = variant === 'quartier' ? await insertApprovalEvents(bench.owner, marketplace, marketplace.recipients) : [];
  if (variant === 'bare') await queue.addBulk(bulk);
  let timer: NodeJS.Timeout | undefined;
  const finishedAt = await Promise.race([arrived, new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ROUND_TIMEOUT_MS + 1_000)))]);
  const used = process.cpuUsage(cpu);
  const count = statements;
  const after = machineTicks();
  const sinkCpuUsed = sink.cpuMs() - sinkCpu;
  const postgresCpuUsed = await bench.meter.stop();
  clearTimeout(timer);
  if (finishedAt === null) throw new Error(`(${variant}) ${n} mails did not arrive within ${ROUND_TIMEOUT_MS / 1000} s in round ${round}`);
  const seconds = (finishedAt - started) / 1000;

  // Untimed: the last outcomes are recorded (a) or the last jobs completed (b), then everything is checked.
  if (variant === 'quartier') {
    await waitUntil('(quartier) the deliveries were not all recorded', async () => {
      const { rows } = await bench.owner.query<{ open: string }>(
        `select count(*)::text as open from notification_deliveries where tenant_id = $1 and event_id = any($2::uuid[]) and status not in ('sent', 'failed', 'kept')`,
        [marketplace.tenantId, eventIds],
      );
      return rows[0].open === '0';
    });
    await checkDeliveries(bench, eventIds);
  } else {
    await waitUntil('(bare) the jobs did not all complete', async () => {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      return Object.values(counts).every((value) => value === 0);
    });
  }
  failures.stop();
  checkMails(bench, variant, await sink.tally());
  await queue.clean(0, 100_000, 'completed');

  return {
    round,
    variant,
    notifications: n,
    seconds: round2(seconds),
    notificationsPerSecond: round2(n / seconds),
    statementsPerNotification: round2(count / n),
    workerCpuMsPerNotification: round2((used.user + used.system) / 1000 / n),
    postgresCpuMsPerNotification: round2(postgresCpuUsed / n),
    sinkCpuMsPerNotification: round2(sinkCpuUsed / n),
    retries: failures.count(),
    loadAverage: round2(loadAverage),
    machineBusy: round2((after.busy - ticks.busy) / Math.max(1, after.total - ticks.total)),
  };
}

function summarize(rounds: RoundResult[], variant: (typeof VARIANTS)[number]) {
  const mine = rounds.filter((round) => round.variant === variant.key);
  const of = (pick: (round: RoundResult) => number) => round2(median(mine.map(pick)));
  return {
    variant: variant.key,
    label: variant.label,
    notificationsPerSecond: Math.round(median(mine.map((round) => round.notificationsPerSecond))),
    statementsPerNotification: of((round) => round.statementsPerNotification),
    workerCpuMsPerNotification: of((round) => round.workerCpuMsPerNotification),
    postgresCpuMsPerNotification: of((round) => round.postgresCpuMsPerNotification),
    sinkCpuMsPerNotification: of((round) => round.sinkCpuMsPerNotification),
    retries: mine.reduce((sum, round) => sum + round.retries, 0),
  };
}

type Report = {
  date: string;
  command: string;
  machine: Awaited<ReturnType<typeof describeMachine>>;
  settings: {
    rounds: number;
    notificationsPerRound: number;
    warmupRounds: number;
    concurrency: number;
    tenantMaxInFlight: number;
    databasePoolSize: number;
    databasePoolMaxUses: number;
    outboxPollIntervalMs: number;
    logLevel: string;
  };
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
  const s = report.settings;
  return [
    `# Notifications benchmark — ${report.date}`,
    '',
    `\`${report.command}\`. ${s.notificationsPerRound} notifications per round and variant, one email each to ${s.notificationsPerRound} distinct helpers`,
    "(`helper.vetting_approved` → `application.approved`, the helpers' preference email only), timed from the insert of the",
    'outbox events (a) or the first job added (b) to the last mail at the SMTP sink (a process of its own).',
    `${s.rounds} interleaved rounds (order alternating) after ${s.warmupRounds} unrecorded warm-up rounds per variant; concurrency ${s.concurrency}`,
    `(\`notificationsQueue.concurrency\`) for both, NOTIFY_TENANT_MAX_IN_FLIGHT ${s.tenantMaxInFlight}, OUTBOX_POLL_INTERVAL_MS ${s.outboxPollIntervalMs},`,
    `database pool ${s.databasePoolSize} (replaced after ${s.databasePoolMaxUses} uses), LOG_LEVEL ${s.logLevel}; medians of the rounds.`,
    '',
    '| variant | notifications/s | DB statements / notification | worker CPU ms / notification | Postgres CPU ms / notification | sink CPU ms / notification | retried attempts |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...report.summary.map(
      (x) =>
        `| (${x.variant === 'quartier' ? 'a' : 'b'}) ${x.label} | ${x.notificationsPerSecond} | ${x.statementsPerNotification} | ${x.workerCpuMsPerNotification} | ${x.postgresCpuMsPerNotification} | ${x.sinkCpuMsPerNotification} | ${x.retries} |`,
    ),
    '',
    `**(a) / (b) throughput: ${report.ratio.toFixed(2)}×** (target ≥ ${report.target}×: ${report.meetsTarget ? 'meets target' : 'misses target'}). Median of the`,
    `per-round ratios: ${report.pairedRatioMedian.toFixed(2)}× (${report.pairedRatios.map((r) => r.toFixed(2)).join(', ')}).`,
    '',
    'After every round the sink must have received every mail exactly once (one per recipient, distinct Message-IDs, none',
    'repeated), each recipient the same sender, subject, text and HTML as in the first round of the run (so both variants',
    "sent the same mails), and for (a) every event one email delivery, `sent` at its first attempt, with no in-app row.",
    "Statements are node-postgres queries sent from the worker process during the round (for (a) the relay's and the",
    "feeder's included). Postgres CPU is sampled every 200 ms over the benchmark database's backends (a lower bound).",
    '',
    `Machine: ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGiB} GiB, ${report.machine.platform}; Node ${report.machine.node};`,
    `PostgreSQL ${report.machine.postgres} (shared_buffers ${report.machine.sharedBuffers}, synchronous_commit ${report.machine.synchronousCommit}).`,
    'Worker, sink, Redis and Postgres share the machine with whatever else runs on it: one-minute load average',
    `${range(report.rounds.map((r) => r.loadAverage))} at the start of the rounds, machine CPU busy ${range(report.rounds.map((r) => Math.round(r.machineBusy * 100)))} % during them (per-round figures in the JSON).`,
    '',
    'What the numbers say about where (a) spends its time: bench/README.md, `npm run bench:notify`.',
    '',
  ].join('\n');
}

/** The site's branding as the fan-out reads it, for rendering the baseline's mails. */
async function brandingOf(app: NestFastifyApplication, tenantId: string) {
  const policies = app.get(TenantPolicyService);
  return app.get(TenantDatabase).run(RequestContext.system(tenantId, 'bench:notify'), (tx) => policies.currentDocumentIn(tx, 'branding'));
}

async function main(): Promise<void> {
  const started = Date.now();
  const [busy] = os.loadavg();
  if (busy > os.cpus().length / 2) {
    console.warn(`The machine is busy (load average ${busy.toFixed(1)} on ${os.cpus().length} cores): expect noisy numbers; the ratio stays fair.`);
  }
  const sink = await SinkProcess.start();
  const config = notifyBenchConfig({ SMTP_URL: sink.url });
  const queues = new QueueFactory(config);
  let quartier: NestFastifyApplication | undefined;
  let bare: BareMailWorker | undefined;
  let owner: pg.Client | undefined;
  let meterClient: pg.Client | undefined;
  const events: Partial<Record<VariantKey, QueueEvents>> = {};
  try {
    console.log(`Preparing quartier_bench_notify (migrate, one site with ${NOTIFICATIONS} helpers)…`);
    const marketplace = await prepareNotifyBenchDatabase(config, NOTIFICATIONS);
    for (const name of [notificationsQueue.name, BARE_QUEUE, DEAD_LETTER_QUEUE]) await queues.queue(name).obliterate({ force: true });
    owner = new pg.Client({ connectionString: config.DATABASE_URL });
    meterClient = new pg.Client({ connectionString: config.DATABASE_URL });
    for (const client of [owner, meterClient]) {
      uncounted.add(client);
      await client.connect();
    }
    const { rows: ownerBackend } = await owner.query<{ pid: number }>('select pg_backend_pid() as pid');

    quartier = await startQuartierNotifyWorker(config);
    const mails = renderApprovalMails({ config, marketplace, branding: await brandingOf(quartier, marketplace.tenantId), origin: siteOrigin(config, NOTIFY_BENCH_SLUG) });
    bare = startBareMailWorker({ config, smtpUrl: sink.url, concurrency: notificationsQueue.concurrency });

    for (const variant of VARIANTS) {
      events[variant.key] = await queues.queueEvents(variant.queue);
      await events[variant.key]?.waitUntilReady();
    }
    const bench: Bench = {
      config,
      marketplace,
      owner,
      queues,
      events: events as Record<VariantKey, QueueEvents>,
      sink,
      meter: new PostgresCpuMeter(meterClient, [ownerBackend[0].pid]),
      mails,
      reference: null,
    };
    // Untimed, between rounds: what autovacuum does in production (this machine's Postgres runs without it).
    const vacuum = () => owner?.query('vacuum analyze outbox_events, notification_inbox, notification_deliveries, notification_attempts');

    for (let warmup = 1; warmup <= WARMUP_ROUNDS; warmup++) {
      for (const variant of VARIANTS) {
        await vacuum();
        const result = await runRound(bench, 0, variant.key);
        console.log(`warm-up ${warmup} (${variant.key}): ${Math.round(result.notificationsPerSecond)} notifications/s`);
      }
    }

    const rounds: RoundResult[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const order = round % 2 ? VARIANTS : [...VARIANTS].reverse();
      for (const variant of order) {
        await vacuum();
        const entry = await runRound(bench, round, variant.key);
        rounds.push(entry);
        console.log(
          `round ${round} (${variant.key}): ${Math.round(entry.notificationsPerSecond)} notifications/s in ${entry.seconds} s, ${entry.statementsPerNotification} statements/notification, ` +
            `${entry.workerCpuMsPerNotification} worker / ${entry.postgresCpuMsPerNotification} Postgres / ${entry.sinkCpuMsPerNotification} sink CPU ms/notification, ` +
            `retries ${entry.retries}, load ${entry.loadAverage}, busy ${Math.round(entry.machineBusy * 100)} %`,
        );
      }
    }
    if ((await queues.queue(DEAD_LETTER_QUEUE).count()) > 0) throw new Error('a notification job was dead-lettered');

    const summary = VARIANTS.map((variant) => summarize(rounds, variant));
    const rate = (round: number, key: VariantKey) => rounds.find((r) => r.round === round && r.variant === key)?.notificationsPerSecond ?? NaN;
    const pairedRatios = Array.from({ length: ROUNDS }, (_, index) => round2(rate(index + 1, 'quartier') / rate(index + 1, 'bare')));
    const ratio =
      median(rounds.filter((r) => r.variant === 'quartier').map((r) => r.notificationsPerSecond)) / median(rounds.filter((r) => r.variant === 'bare').map((r) => r.notificationsPerSecond));
    const date = new Date().toISOString().slice(0, 10);
    const report: Report = {
      date,
      command: 'npm run bench:notify',
      machine: await describeMachine(owner),
      settings: {
        rounds: ROUNDS,
        notificationsPerRound: NOTIFICATIONS,
        warmupRounds: WARMUP_ROUNDS,
        concurrency: notificationsQueue.concurrency,
        tenantMaxInFlight: config.NOTIFY_TENANT_MAX_IN_FLIGHT,
        databasePoolSize: config.DATABASE_POOL_SIZE,
        databasePoolMaxUses: config.DATABASE_POOL_MAX_USES,
        outboxPollIntervalMs: config.OUTBOX_POLL_INTERVAL_MS,
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
    writeBenchResults('notify', date, report, markdown(report));
  } finally {
    for (const queueEvents of Object.values(events)) await queueEvents?.close();
    await bare?.close();
    await quartier?.close();
    for (const name of [notificationsQueue.name, BARE_QUEUE, DEAD_LETTER_QUEUE]) await queues.queue(name).obliterate({ force: true }).catch(() => undefined);
    await queues.close();
    await owner?.end();
    await meterClient?.end();
    await sink.stop();
    await dropNotifyBenchDatabase();
  }
}

await main();
