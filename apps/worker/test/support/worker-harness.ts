// Harness of the worker's tests: emits outbox events through the product's TenantDatabase, runs
// real worker processes as children, and reads the queues as BullMQ stores them.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type AppConfig, ConfigModule, DatabaseModule, QueueFactory, RequestContext, TenantDatabase } from '@quartier/platform';
import { clearRedisNamespace, createTestDatabase, type TestDatabase } from '@quartier/testing';
import { Redis } from 'ioredis';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

export interface Emitter {
  /** Commits a transaction that emits one event per aggregate id; returns the event ids. */
  emit(tenantId: string, type: string, aggregateIds: string[]): Promise<string[]>;
  /** Emits inside a transaction that then rolls back; returns the id the event would have had. */
  emitAndRollBack(tenantId: string, type: string, aggregateId: string): Promise<string>;
  close(): Promise<void>;
}

export async function startEmitter(config: AppConfig): Promise<Emitter> {
  @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot({ entities: [] })] })
  class EmitterModule {}
  const app = await NestFactory.createApplicationContext(EmitterModule, { logger: false });
  const db = app.get(TenantDatabase);
  const ctxFor = (tenantId: string) => RequestContext.system(tenantId, 'worker-test');
  return {
    emit: (tenantId, type, aggregateIds) =>
      db.run(ctxFor(tenantId), async (tx) => {
        const ids: string[] = [];
        for (const aggregateId of aggregateIds) ids.push(await tx.emit({ type, aggregateType: 'test', aggregateId }));
        return ids;
      }),
    async emitAndRollBack(tenantId, type, aggregateId) {
      let id = '';
      const rollback = new Error('roll back');
      await db
        .run(ctxFor(tenantId), async (tx) => {
          id = await tx.emit({ type, aggregateType: 'test', aggregateId });
          throw rollback;
        })
        .catch((error: unknown) => {
          if (error !== rollback) throw error;
        });
      return id;
    },
    close: () => app.close(),
  };
}

export interface TestWorkerProcess {
  child: ChildProcess;
  /** Resolves once the child has exited. */
  exited: Promise<void>;
  output(): string;
  ready(): Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

const running = new Set<TestWorkerProcess>();

/** Kills whatever test workers a failed test left behind. */
export async function stopTestWorkers(): Promise<void> {
  await Promise.all([...running].map((worker) => worker.kill('SIGKILL')));
}

/** Runs apps/worker/test/fixtures/test-worker.ts with the test database's configuration. */
export function spawnTestWorker(config: AppConfig, env: Record<string, string>): TestWorkerProcess {
  const configEnv = Object.fromEntries(Object.entries(config).map(([key, value]) => [key, String(value)]));
  const child = spawn(process.execPath, ['--import', './scripts/register.mjs', 'apps/worker/test/fixtures/test-worker.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, ...configEnv, WORKER_PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const worker: TestWorkerProcess = {
    child,
    exited,
    output: () => output,
    ready: () => waitFor(() => output.includes('test-worker ready'), () => `the test worker to start; output:\n${output}`, () => child.exitCode !== null),
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  running.add(worker);
  void exited.then(() => running.delete(worker));
  return worker;
}

/** Polls until `condition` holds; fails with `what` after a generous deadline (never a timing assertion). */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string | (() => string),
  abort: () => boolean = () => false,
  deadlineMs = 90_000,
): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    if (await condition()) return;
    if (abort() || Date.now() > deadline) throw new Error(`Gave up waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Read access to the test's queues, exactly as the worker's BullMQ stores them. */
export function openQueues(config: AppConfig): QueueFactory {
  return new QueueFactory(config);
}

/** What every worker test file sets up: its own database, an event emitter, the queues and Redis. */
export interface WorkerTestbed {
  db: TestDatabase;
  emitter: Emitter;
  queues: QueueFactory;
  redis: Redis;
  /** Stops leftover workers, closes every connection, clears the Redis namespace, drops the database. */
  close(): Promise<void>;
}

export async function openWorkerTestbed(overrides: Record<string, string> = { OUTBOX_POLL_INTERVAL_MS: '50' }): Promise<WorkerTestbed> {
  const db = await createTestDatabase(overrides);
  const emitter = await startEmitter(db.config);
  const queues = openQueues(db.config);
  const redis = new Redis(db.config.REDIS_URL);
  return {
    db,
    emitter,
    queues,
    redis,
    async close() {
      await stopTestWorkers();
      redis.disconnect();
      await emitter.close();
      await queues.close();
      await clearRedisNamespace(db.config.REDIS_URL, db.config.QUEUE_PREFIX);
      await db.drop();
    },
  };
}
