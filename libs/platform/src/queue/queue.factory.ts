// Builds BullMQ queues and workers from the process configuration, with Quartier's retention,
// retry and key-layout rules applied in one place.
import { Queue, QueueEvents, Worker, type JobsOptions, type Processor, type RedisOptions, type WorkerOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../config/config.js';
import type { JobContract } from './queue-contracts.js';
import { DEAD_LETTER_QUEUE, type JobTypeOptions, type QueueDefinition } from './queue-definition.js';

const HOUR_S = 3_600;

/**
 * Finished jobs are kept long enough that a job id doubles as a deduplication key: the outbox relay
 * uses the event id as job id, and BullMQ ignores an add whose id is still stored. A relay that
 * crashed after enqueueing but before committing re-relays within seconds of restarting, far inside
 * three days; the count cap bounds Redis memory (~1 KiB per job) under bursts. Past the window a
 * duplicate is still harmless, because every processor is idempotent by a business key.
 */
export const RETENTION = {
  completed: { age: 3 * 24 * HOUR_S, count: 100_000 },
  failed: { age: 14 * 24 * HOUR_S, count: 100_000 },
} as const;

/** Fraction of each backoff delay that is randomized. */
export const BACKOFF_JITTER = 0.5;

/** No retry waits longer than this, however many attempts failed: a dependency back up is used within minutes. */
export const MAX_RETRY_DELAY_MS = 15 * 60_000;

/** The backoff type of every Quartier job, computed by `retryDelayMs` in the workers. */
const BACKOFF_TYPE = 'capped-exponential';

/**
 * The wait before retry `attemptsMade` + 1: the base doubled per failed attempt, capped, with up to
 * BACKOFF_JITTER of it taken off at random so failed jobs do not all come back at once.
 */
export function retryDelayMs(attemptsMade: number, baseMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(MAX_RETRY_DELAY_MS, baseMs * 2 ** Math.max(0, attemptsMade - 1));
  return Math.round(exponential * (1 - BACKOFF_JITTER * random()));
}

/**
 * The Redis queue name. The braces are a Redis Cluster hash tag: all keys of one queue
 * (`<prefix>:{<name>}:wait`, `…:active`, …) hash to the same slot, which BullMQ's Lua scripts
 * require, while different queues spread over the cluster. The prefix (QUEUE_PREFIX) stays outside
 * the tag so each test can own a namespace.
 */
export function redisQueueName(name: string): string {
  return `{${name}}`;
}

/** Connection options from REDIS_URL. BullMQ opens (and closes) its own connections from them. */
export function bullConnection(url: string): RedisOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    // BullMQ's blocking commands must wait out a Redis restart instead of failing.
    maxRetriesPerRequest: null,
  };
}

/** Options of one job of type `name` on `definition`'s queue. */
export function jobOptionsFor(
  definition: { readonly name: string; readonly jobs: Readonly<Record<string, JobTypeOptions>> },
  name: string,
  extra: JobsOptions = {},
): JobsOptions {
  const type = definition.jobs[name];
  if (!type) throw new Error(`Queue ${definition.name} has no job type ${name}`);
  return {
    attempts: type.attempts,
    backoff: { type: BACKOFF_TYPE, delay: type.backoffMs },
    removeOnComplete: RETENTION.completed,
    removeOnFail: RETENTION.failed,
    ...extra,
  };
}

export class QueueFactory {
  private readonly queues = new Map<string, Queue>();

  constructor(private readonly config: AppConfig) {}

  /** The producer side of a queue; one instance per queue and process. */
  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(redisQueueName(name), {
        connection: bullConnection(this.config.REDIS_URL),
        prefix: this.config.QUEUE_PREFIX,
      });
      this.queues.set(name, queue);
    }
    return queue;
  }

  deadLetterQueue(): Queue {
    return this.queue(DEAD_LETTER_QUEUE);
  }

  /** Adds one job with its type's attempts, backoff and retention. */
  async add<J extends JobContract, N extends J['name']>(
    definition: QueueDefinition<J>,
    name: N,
    data: Extract<J, { name: N }>['data'],
    options: { jobId?: string } = {},
  ): Promise<string> {
    const job = await this.queue(definition.name).add(name, data, jobOptionsFor(definition, name, options));
    return String(job.id);
  }

  /** A consumer of `definition`'s queue; the caller owns it and must close it. */
  worker(definition: QueueDefinition, processor: Processor, options: Partial<WorkerOptions> = {}): Worker {
    return new Worker(redisQueueName(definition.name), processor, {
      connection: bullConnection(this.config.REDIS_URL),
      prefix: this.config.QUEUE_PREFIX,
      concurrency: definition.concurrency,
      lockDuration: this.config.QUEUE_LOCK_DURATION_MS ?? definition.stalled.lockDurationMs,
      stalledInterval: this.config.QUEUE_LOCK_DURATION_MS ?? definition.stalled.stalledIntervalMs,
      maxStalledCount: definition.stalled.maxStalledCount,
      settings: {
        backoffStrategy: (attemptsMade: number, type?: string, _error?: Error, job?: { opts: JobsOptions }) => {
          const base = typeof job?.opts.backoff === 'object' ? (job.opts.backoff.delay ?? 1_000) : 1_000;
          if (type !== BACKOFF_TYPE) return base;
          return retryDelayMs(attemptsMade, this.config.QUEUE_RETRY_BASE_MS ?? base);
        },
      },
      ...options,
    });
  }

  /**
   * A reader of `name`'s event stream (jobs failed, completed, … by any process), starting right
   * after the newest event stored now: nothing emitted from this call on is missed, also across
   * reconnects, because QueueEvents keeps its stream position and resumes from it. (Its default,
   * `$`, would skip whatever happens before its first read and during a reconnect before any
   * event.) The caller owns it and must close it.
   */
  async queueEvents(name: string): Promise<QueueEvents> {
    const queue = this.queue(name);
    // BullMQ's typed client interface leaves out XREVRANGE; the client is the ioredis instance it
    // opened from bullConnection.
    const client = (await queue.getBackend().client) as unknown as Pick<Redis, 'xrevrange'>;
    const [newest] = await client.xrevrange(queue.keys.events, '+', '-', 'COUNT', 1);
    return new QueueEvents(redisQueueName(name), {
      connection: bullConnection(this.config.REDIS_URL),
      prefix: this.config.QUEUE_PREFIX,
      lastEventId: newest?.[0] ?? '0',
    });
  }

  async close(): Promise<void> {
    const queues = [...this.queues.values()];
    this.queues.clear();
    await Promise.all(queues.map((queue) => queue.close()));
  }
}
