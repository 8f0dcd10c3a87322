// Test-only queues, processors and routes for the worker's tests; no product code knows them.
import { Inject, Injectable } from '@nestjs/common';
import {
  defineQueue,
  type JobHandlers,
  type OutboxJobData,
  type OutboxRoutes,
  type QueueProcessor,
  REDIS,
  routeTo,
  APP_CONFIG,
  type AppConfig,
} from '@quartier/platform';
import type { Redis } from 'ioredis';
import type { WorkerJobs } from '../../src/worker.module.js';

export type PingJob = { name: 'test.ping'; data: OutboxJobData };
export type SlowJob = { name: 'test.slow'; data: OutboxJobData };
export type FailingJob = { name: 'test.fail'; data: OutboxJobData };
export type CrashJob = { name: 'test.crash'; data: OutboxJobData };

export const pingQueue = defineQueue<PingJob>('test-ping', { 'test.ping': { attempts: 1, backoffMs: 10 } });
export const slowQueue = defineQueue<SlowJob>('test-slow', { 'test.slow': { attempts: 3, backoffMs: 10 } });
export const failingQueue = defineQueue<FailingJob>('test-fail', { 'test.fail': { attempts: 3, backoffMs: 10 } });
// A worker that died is noticed within a second or two, and the job is given up on at its second stall.
export const crashQueue = defineQueue<CrashJob>(
  'test-crash',
  { 'test.crash': { attempts: 3, backoffMs: 10 } },
  { stalled: { lockDurationMs: 1_000, stalledIntervalMs: 1_000, maxStalledCount: 1 } },
);

export const testRoutes: OutboxRoutes = {
  'test.ping': routeTo(pingQueue, 'test.ping'),
  'test.slow': routeTo(slowQueue, 'test.slow'),
  'test.fail': routeTo(failingQueue, 'test.fail'),
  'test.crash': routeTo(crashQueue, 'test.crash'),
};

/** Redis keys (inside the test's namespace) where processors leave what tests check. */
export const probeKey = (prefix: string, what: 'started' | 'done' | 'attempts' | 'crashes', jobId: string) => `${prefix}:probe:${what}:${jobId}`;

/** Marks the job started, works for TEST_JOB_MS (ignoring the abort signal, like a stuck call), marks it done. */
@Injectable()
export class SlowProcessor implements QueueProcessor<SlowJob> {
  readonly queue = slowQueue;
  readonly handlers: JobHandlers<SlowJob> = {
    'test.slow': async (_data, run) => {
      await this.redis.set(probeKey(this.config.QUEUE_PREFIX, 'started', run.jobId), String(run.attempt));
      await new Promise((resolve) => setTimeout(resolve, Number(process.env.TEST_JOB_MS ?? 1_000)));
      await this.redis.incr(probeKey(this.config.QUEUE_PREFIX, 'done', run.jobId));
      return 'done';
    },
  };
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}
}

/** Fails on every attempt. */
@Injectable()
export class FailingProcessor implements QueueProcessor<FailingJob> {
  readonly queue = failingQueue;
  readonly handlers: JobHandlers<FailingJob> = {
    'test.fail': async (data, run) => {
      await this.redis.incr(probeKey(this.config.QUEUE_PREFIX, 'attempts', run.jobId));
      throw new Error(`the partner API refused aggregate ${data.aggregateId}`);
    },
  };
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}
}

/** Kills the worker process that runs it, like a job that crashes or exhausts memory; never returns. */
@Injectable()
export class CrashProcessor implements QueueProcessor<CrashJob> {
  readonly queue = crashQueue;
  readonly handlers: JobHandlers<CrashJob> = {
    'test.crash': async (_data, run) => {
      await this.redis.incr(probeKey(this.config.QUEUE_PREFIX, 'crashes', run.jobId));
      return process.exit(70);
    },
  };
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}
}

export type TestWorkerKind = 'relay' | 'slow' | 'failing' | 'crash';

/** Test worker setups: `relay` only relays (jobs stay queued for inspection); the others also run their processor. */
export function testJobs(kind: TestWorkerKind): WorkerJobs {
  const processors = { relay: [], slow: [SlowProcessor], failing: [FailingProcessor], crash: [CrashProcessor] }[kind];
  return { entities: [], imports: [], processors, routes: testRoutes };
}
