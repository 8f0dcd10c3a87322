// Runs queue processors in this process: structured logs carrying the tenant and job ids, metrics,
// dead-lettering of jobs that exhausted their attempts or kept killing their worker, and a bounded
// graceful stop that hands unfinished jobs back to the queue instead of losing them.
import { UnrecoverableError, WaitingError, type Job, type Worker } from 'bullmq';
import { setMaxListeners } from 'node:events';
import type { Logger } from 'pino';
import type { Metrics } from '../observability/metrics.js';
import { copyToDeadLetter } from './dead-letter.js';
import { FailedJobWatch } from './failed-job-watch.js';
import type { JobContract } from './queue-contracts.js';
import type { QueueDefinition } from './queue-definition.js';
import type { QueueFactory } from './queue.factory.js';

/** What a handler reports: e.g. 'skipped' when there was nothing left to do. */
export type JobOutcome = string | void;

export interface JobRun {
  jobId: string;
  /** 1 on the first run. */
  attempt: number;
  /** Carries queue, job name, job id and tenant id. */
  logger: Logger;
  /** Aborted when the process stops before the job finished; the job is then run again later. */
  signal: AbortSignal;
}

export type JobHandlers<J extends JobContract> = {
  readonly [N in J['name']]: (data: Extract<J, { name: N }>['data'], run: JobRun) => Promise<JobOutcome>;
};

/** One queue's consumer: a handler per job type of the queue's union. */
export interface QueueProcessor<J extends JobContract = JobContract> {
  readonly queue: QueueDefinition<J>;
  readonly handlers: JobHandlers<J>;
}

/** Any processor, whatever its union (handlers are looked up by job name at run time). */
export type AnyQueueProcessor = QueueProcessor<never>;

type LooseHandler = (data: unknown, run: JobRun) => Promise<JobOutcome>;

export class JobWorkers {
  private readonly workers: Worker[] = [];
  private readonly release = new AbortController();
  private readonly failures: FailedJobWatch;

  constructor(
    private readonly queues: QueueFactory,
    private readonly logger: Logger,
    private readonly metrics: Metrics,
  ) {
    this.failures = new FailedJobWatch(queues, logger, metrics);
    // Every running job listens on the shutdown signal: as many listeners as the queues' concurrency
    // adds up to, which is no leak.
    setMaxListeners(0, this.release.signal);
  }

  async start(processors: readonly AnyQueueProcessor[]): Promise<void> {
    // Watching starts before the workers: a job that stalled too often is failed by the first
    // worker that picks it up, possibly right at start, and that failure must be seen.
    await this.failures.start(processors.map((processor) => processor.queue.name));
    for (const processor of processors) {
      const worker = this.queues.worker(processor.queue, (job, token) => this.process(processor, job, token));
      worker.on('error', (error) => this.logger.error({ queue: processor.queue.name, err: error }, 'queue worker error'));
      worker.on('stalled', (jobId) => this.logger.warn({ queue: processor.queue.name, jobId }, 'stalled job handed back to the queue'));
      this.workers.push(worker);
    }
  }

  /**
   * Stops taking jobs and waits up to `timeoutMs` for the running ones. Jobs still running then are
   * moved back to waiting (without spending an attempt) and another worker runs them again; if
   * Redis cannot be reached for that, their lock expires and BullMQ's stalled-job check does it.
   * The failure watch closes last, as the workers may still fail jobs while closing.
   */
  async close(timeoutMs: number): Promise<void> {
    const closing = Promise.all(this.workers.map((worker) => worker.close()));
    if (!(await finishesWithin(closing, timeoutMs))) {
      this.logger.warn({ timeoutMs }, 'jobs still running at shutdown; handing them back to the queue');
      this.release.abort();
      await finishesWithin(closing, 5_000);
    }
    await this.failures.close();
  }

  private async process(processor: AnyQueueProcessor, job: Job, token: string | undefined): Promise<JobOutcome> {
    const queue = processor.queue.name;
    const tenantId = (job.data as { tenantId?: string }).tenantId ?? null;
    const attempt = job.attemptsMade + 1;
    const logger = this.logger.child({ queue, job: job.name, jobId: job.id, tenantId, attempt });
    const handler = (processor.handlers as Record<string, LooseHandler | undefined>)[job.name];
    const released = this.releaseOnShutdown(job, token, logger);
    try {
      if (!handler) throw new UnrecoverableError(`Queue ${queue} has no handler for job ${job.name}`);
      logger.debug('job started');
      const run: JobRun = { jobId: String(job.id), attempt, logger, signal: this.release.signal };
      const outcome = await Promise.race([handler(job.data, run), released.promise]);
      this.metrics.jobs.inc({ queue, name: job.name, outcome: outcome === 'skipped' ? 'skipped' : 'completed' });
      logger.info({ outcome: outcome ?? 'completed' }, 'job completed');
      return outcome;
    } catch (error) {
      if (error instanceof WaitingError) throw error;
      const final = error instanceof UnrecoverableError || attempt >= (job.opts.attempts ?? 1);
      if (final) {
        // Written before BullMQ marks the job failed, so a crash in between cannot lose it.
        const message = error instanceof Error ? error.message : String(error);
        await copyToDeadLetter(this.queues, { queue, job, error: message, attemptsMade: attempt });
        this.metrics.jobs.inc({ queue, name: job.name, outcome: 'dead_lettered' });
        logger.error({ err: error }, 'job failed for good; copied to the dead-letter queue');
      } else {
        this.metrics.jobs.inc({ queue, name: job.name, outcome: 'retried' });
        logger.warn({ err: error }, 'job failed; it will be retried');
      }
      throw error;
    } finally {
      released.dispose();
    }
  }

  private releaseOnShutdown(job: Job, token: string | undefined, logger: Logger): { promise: Promise<never>; dispose(): void } {
    const signal = this.release.signal;
    let onAbort: () => void = () => undefined;
    const promise = new Promise<never>((_, reject) => {
      onAbort = () => {
        job.moveToWait(token).then(
          () => {
            logger.warn('job handed back to the queue at shutdown');
            reject(new WaitingError());
          },
          (error: unknown) => {
            // The lock then expires and the stalled-job check hands the job back instead.
            logger.error({ err: error }, 'could not hand the job back at shutdown');
            reject(new WaitingError());
          },
        );
      };
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    });
    promise.catch(() => undefined);
    return { promise, dispose: () => signal.removeEventListener('abort', onAbort) };
  }
}

async function finishesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([work.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
