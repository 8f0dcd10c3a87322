// Jobs are contracts: one union per queue, whose data carries ids, the tenant and a version, never
// the state itself. Processors look state up by id, so a job stays valid however late it runs.
import type { SerializedContext } from '../context/request-context.js';

/** The shape every job of every queue has. */
export interface JobContract {
  name: string;
  /** `tenantId` is null only for platform-wide jobs that fan out into one job per tenant. */
  data: { v: number; tenantId: string | null };
}

/**
 * Data of a job born from an outbox event: the event and aggregate ids, the tenant, and the context
 * of the transaction that emitted it (DESIGN invariant 3), so the job runs under the same tenant.
 */
export interface OutboxJobData {
  v: 1;
  tenantId: string;
  eventId: string;
  aggregateId: string;
  context: SerializedContext;
}

/** Queue `provisioning`: getting a freshly created tenant ready to serve. */
export type ProvisioningJob = { name: 'tenant.provision'; data: OutboxJobData };

/**
 * Queue `maintenance`: the platform's timers. A scheduler adds `marketplace.sweep` every interval;
 * it fans out one `tenant.sweep` per active tenant, which runs that tenant's due work (expiring
 * vetting steps and unanswered requests, closing settled jobs, publishing reviews whose window
 * closed, renewing card holds about to lapse, asking for the nightly reconciliation) under a system
 * context of the tenant.
 */
export type MaintenanceJob =
  | { name: 'marketplace.sweep'; data: { v: 1; tenantId: null } }
  | { name: 'tenant.sweep'; data: { v: 1; tenantId: string; dueAt: string } };

/** What the dead-letter queue keeps of a job that exhausted its attempts. */
export interface DeadLetterData {
  v: 1;
  tenantId: string | null;
  queue: string;
  name: string;
  jobId: string;
  data: unknown;
  error: string;
  attemptsMade: number;
  failedAt: string;
}

/** Queue `dead-letter`: nothing consumes it; platform admins inspect, fix and replay. */
export type DeadLetterJob = { name: string; data: DeadLetterData };

/** The job of union `J` called `N`. */
export type JobNamed<J extends JobContract, N extends J['name']> = Extract<J, { name: N }>;
