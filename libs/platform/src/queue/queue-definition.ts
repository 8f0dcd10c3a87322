// A queue's name plus, per job type, how hard to try. Definitions are values so producers (the
// outbox relay) and consumers (the worker) agree on one source of truth.
import type { JobContract, MaintenanceJob, ProvisioningJob } from './queue-contracts.js';

export interface JobTypeOptions {
  /** Total runs before the job is dead-lettered. */
  attempts: number;
  /** First retry delay; doubles each attempt, with jitter so a failed dependency is not stampeded. */
  backoffMs: number;
}

/**
 * How a job whose worker died (crash, OOM kill, exit) is noticed and given up on. A running job
 * holds a lock renewed every half `lockDurationMs`; every `stalledIntervalMs` one worker of the
 * fleet hands jobs whose lock expired back to the queue, and fails a job handed back more than
 * `maxStalledCount` times ("job stalled more than allowable limit"), which is then dead-lettered.
 */
export interface StalledJobOptions {
  lockDurationMs: number;
  stalledIntervalMs: number;
  maxStalledCount: number;
}

/** Tolerates a few crashes of a job's worker (deploys, OOM kills) before giving up on the job. */
export const DEFAULT_STALLED_JOB_OPTIONS: StalledJobOptions = Object.freeze({
  lockDurationMs: 30_000,
  stalledIntervalMs: 30_000,
  maxStalledCount: 3,
});

export interface QueueDefinition<J extends JobContract = JobContract> {
  readonly name: string;
  readonly jobs: { readonly [N in J['name']]: JobTypeOptions };
  /** Jobs one worker process runs at once on this queue. */
  readonly concurrency: number;
  readonly stalled: StalledJobOptions;
}

export function defineQueue<J extends JobContract>(
  name: string,
  jobs: { [N in J['name']]: JobTypeOptions },
  options: { concurrency?: number; stalled?: Partial<StalledJobOptions> } = {},
): QueueDefinition<J> {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`Queue name "${name}" must be kebab-case`);
  return Object.freeze({
    name,
    jobs: Object.freeze({ ...jobs }),
    concurrency: options.concurrency ?? 5,
    stalled: Object.freeze({ ...DEFAULT_STALLED_JOB_OPTIONS, ...options.stalled }),
  });
}

export const DEAD_LETTER_QUEUE = 'dead-letter';

export const provisioningQueue = defineQueue<ProvisioningJob>(
  'provisioning',
  // Provisioning waits on the database only; ten attempts from 2 s cover an outage of ~30 minutes.
  { 'tenant.provision': { attempts: 10, backoffMs: 2_000 } },
  { concurrency: 2 },
);

export const maintenanceQueue = defineQueue<MaintenanceJob>(
  'maintenance',
  // A missed sweep is made up by the next one; a failing tenant retries a few times on its own
  // without holding up the others.
  {
    'marketplace.sweep': { attempts: 3, backoffMs: 2_000 },
    'tenant.sweep': { attempts: 5, backoffMs: 2_000 },
  },
  { concurrency: 2 },
);
