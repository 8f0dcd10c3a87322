// The one way a job gets into the `dead-letter` queue (DESIGN invariant 4: poison jobs land there with
// their tenant id), whichever path noticed that it failed for good.
import type { Job } from 'bullmq';
import type { DeadLetterData } from './queue-contracts.js';
import type { QueueFactory } from './queue.factory.js';

/** One entry per job and queue: every writer uses this id, so a second copy is a no-op. */
export function deadLetterJobId(queue: string, jobId: string): string {
  return `${queue}-${jobId}`;
}

export async function hasDeadLetter(queues: QueueFactory, queue: string, jobId: string): Promise<boolean> {
  return (await queues.deadLetterQueue().getJob(deadLetterJobId(queue, jobId))) !== undefined;
}

/**
 * Copies `job` of `queue` to the dead-letter queue. Several processes may do so for the same job at
 * once (the failing worker and every worker watching the queue's events); BullMQ ignores an add
 * whose job id is stored already, so the copy stays single.
 */
export async function copyToDeadLetter(
  queues: QueueFactory,
  entry: { queue: string; job: Job; error: string; attemptsMade: number; failedAt?: number },
): Promise<void> {
  const { queue, job } = entry;
  const data: DeadLetterData = {
    v: 1,
    tenantId: (job.data as { tenantId?: string } | undefined)?.tenantId ?? null,
    queue,
    name: job.name,
    jobId: String(job.id),
    data: job.data,
    error: entry.error,
    attemptsMade: entry.attemptsMade,
    failedAt: new Date(entry.failedAt ?? Date.now()).toISOString(),
  };
  await addDeadLetter(queues, data);
}

/**
 * Adds an entry as it is: for work given up outside a BullMQ job's own failure (work handed out from
 * Postgres and abandoned there). The entry's id is deadLetterJobId of its queue and job id.
 */
export async function addDeadLetter(queues: QueueFactory, data: DeadLetterData): Promise<void> {
  // Nothing consumes the dead-letter queue, so entries stay until someone has looked at them.
  await queues.deadLetterQueue().add(data.name, data, { jobId: deadLetterJobId(data.queue, data.jobId) });
}
