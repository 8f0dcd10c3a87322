// A queue's name plus, per job type, how hard to try. Definitions are values so producers (the
// outbox relay) and consumers (the worker) agree on one source of truth.
import type { JobContract, ProvisioningJob } from './queue-contracts.js';

export interface JobTypeOptions {
  /** Total runs before the job is dead-lettered. */
  attempts: number;
  /** First retry delay; doubles each attempt, with jitter so a failed dependency is not stampeded. */
  backoffMs: number;
}

export interface QueueDefinition<J extends JobContract = JobContract> {
  readonly name: string;
  readonly jobs: { readonly [N in J['name']]: JobTypeOptions };
  /** Jobs one worker process runs at once on this queue. */
  readonly concurrency: number;
}

export function defineQueue<J extends JobContract>(
  name: string,
  jobs: { [N in J['name']]: JobTypeOptions },
  options: { concurrency?: number } = {},
): QueueDefinition<J> {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`Queue name "${name}" must be kebab-case`);
  return Object.freeze({ name, jobs: Object.freeze({ ...jobs }), concurrency: options.concurrency ?? 5 });
}

export const DEAD_LETTER_QUEUE = 'dead-letter';

export const provisioningQueue = defineQueue<ProvisioningJob>(
  'provisioning',
  // Provisioning waits on the database only; ten attempts from 2 s cover an outage of ~30 minutes.
  { 'tenant.provision': { attempts: 10, backoffMs: 2_000 } },
  { concurrency: 2 },
);
