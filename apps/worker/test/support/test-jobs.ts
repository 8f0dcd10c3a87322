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

export const pingQueue = defineQueue<PingJob>('test-ping', { 'test.ping': { attempts: 1, backoffMs: 10 } });
export const slowQueue = defineQueue<SlowJob>('test-slow', { 'test.slow': { attempts: 3, backoffMs: 10 } });
export const failingQueue = defineQueue<FailingJob>('test-fail', { 'test.fail': { attempts: 3, backoffMs: 10 } });

export const testRoutes: OutboxRoutes = {
  'test.ping': routeTo(pingQueue, 'test.ping'),
  'test.slow': routeTo(slowQueue, 'test.slow'),
  'test.fail': routeTo(failingQueue, 'test.fail'),
};

/** Redis keys (inside the test's namespace) where processors leave what tests check. */
export const probeKey = (prefix: string, what: 'started' | 'done' | 'attempts', jobId: string) => `${prefix}:probe:${what}:${jobId}`;

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

/** Test worker setups: `relay` only relays (jobs stay queued for inspection), `slow` also runs SlowProcessor. */
export function testJobs(kind: 'relay' | 'slow' | 'failing'): WorkerJobs {
  const processors = { relay: [], slow: [SlowProcessor], failing: [FailingProcessor] }[kind];
  return { entities: [], imports: [], processors, routes: testRoutes };
}
