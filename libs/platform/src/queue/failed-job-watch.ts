// Dead-letters jobs that failed for good without passing through a handler's catch block in
// JobWorkers — above all a job that kills its worker (crash, OOM kill, process.exit): BullMQ hands
// it back to the queue on each stall and, past the queue's maxStalledCount, marks it so that the next
// worker picking it up fails it ("job stalled more than allowable limit") without calling the handler.
import type { Job, QueueEvents } from 'bullmq';
import type { Logger } from 'pino';
import type { Metrics } from '../observability/metrics.js';
import { copyToDeadLetter, hasDeadLetter } from './dead-letter.js';
import type { QueueFactory } from './queue.factory.js';

/**
 * Failed jobs checked per queue when a worker process starts. BullMQ keeps the failed set newest
 * first, and what this sweep must catch is recent: failures no running process saw.
 */
export const FAILED_SWEEP_LIMIT = 200;

/**
 * The rule: every job of a processed queue that ends in the failed set gets a dead-letter copy,
 * whatever the reason. BullMQ emits `failed` on a queue's event stream only for a final failure (a
 * retry emits `delayed` or `waiting`), so no reason needs parsing: the stalled limit, a start limit,
 * or a catch-block copy that Redis refused are all covered, and a copy the catch block did write
 * makes this a no-op (same dead-letter job id).
 *
 * Coverage: each process reads every processed queue's event stream from the position it had when
 * the process started, before its workers take a job, and keeps that position across reconnects;
 * failures from before that are found by a bounded sweep of the failed set. A failure is missed
 * only if no process was listening when it happened and, by the next start, more than
 * FAILED_SWEEP_LIMIT newer failures piled up in its queue. Because the sweep looks for the copy,
 * an entry is settled by retrying or removing the original failed job: deleting only the
 * dead-letter entry brings it back at the next start while the original is among the newest.
 */
export class FailedJobWatch {
  private readonly events: QueueEvents[] = [];
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly queues: QueueFactory,
    private readonly logger: Logger,
    private readonly metrics: Metrics,
  ) {}

  async start(queueNames: readonly string[]): Promise<void> {
    for (const queue of queueNames) {
      const events = await this.queues.queueEvents(queue);
      events.on('failed', ({ jobId, failedReason }) => this.track(this.deadLetterFailed(queue, jobId, failedReason)));
      events.on('error', (error) => this.logger.error({ queue, err: error }, 'queue events error'));
      this.events.push(events);
    }
    for (const queue of queueNames) this.track(this.sweep(queue));
  }

  /** Stops listening; waits for copies under way. Call once the workers are closed. */
  async close(): Promise<void> {
    await Promise.all(this.events.splice(0).map((events) => events.close()));
    await Promise.all([...this.pending]);
  }

  private async deadLetterFailed(queue: string, jobId: string, failedReason: string): Promise<void> {
    if (await hasDeadLetter(this.queues, queue, jobId)) return;
    const job = await this.queues.queue(queue).getJob(jobId);
    if (!job) {
      this.logger.error({ queue, jobId, reason: failedReason }, 'failed job was removed before it could be dead-lettered');
      return;
    }
    // Retried by hand since it failed: it is not poison (yet).
    if ((await job.getState()) !== 'failed') return;
    await this.copy(queue, job);
  }

  private async sweep(queue: string): Promise<void> {
    const failed = await this.queues.queue(queue).getFailed(0, FAILED_SWEEP_LIMIT - 1);
    let copied = 0;
    for (const job of failed) {
      if (!job.id || (await hasDeadLetter(this.queues, queue, job.id))) continue;
      await this.copy(queue, job);
      copied++;
    }
    this.logger.info({ queue, checked: failed.length, copied }, 'failed jobs checked for dead-letter copies');
  }

  private async copy(queue: string, job: Job): Promise<void> {
    const error = job.failedReason || 'failed without a reason';
    await copyToDeadLetter(this.queues, { queue, job, error, attemptsMade: job.attemptsMade, failedAt: job.finishedOn });
    // Two processes seeing the same failure at the same instant may both count it; the copy stays one.
    this.metrics.jobs.inc({ queue, name: job.name, outcome: 'dead_lettered' });
    const tenantId = (job.data as { tenantId?: string } | undefined)?.tenantId ?? null;
    this.logger.error(
      { queue, job: job.name, jobId: job.id, tenantId, reason: error, attemptsStarted: job.attemptsStarted },
      'job failed for good outside its handler; copied to the dead-letter queue',
    );
  }

  /** A copy that fails here is found again by the next process start's sweep. */
  private track(work: Promise<void>): void {
    const done = work
      .catch((error: unknown) => this.logger.error({ err: error }, 'could not dead-letter a failed job'))
      .finally(() => this.pending.delete(done));
    this.pending.add(done);
  }
}
