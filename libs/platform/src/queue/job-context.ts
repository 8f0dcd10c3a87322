// Rebuilds the context a job runs under from its payload (DESIGN invariant 3).
import { UnrecoverableError } from 'bullmq';
import { RequestContext } from '../context/request-context.js';
import type { OutboxJobData } from './queue-contracts.js';

/**
 * The emitting transaction's context when it belongs to the job's tenant; otherwise (an event
 * emitted by platform work that had no tenant yet) a system context for the tenant that keeps the
 * request id, so logs of the request and of its jobs correlate.
 */
export function contextForJob(data: OutboxJobData, systemName: string): RequestContext {
  const stored = data.context;
  if (stored?.tenantId === data.tenantId) return RequestContext.fromJSON(stored);
  if (stored?.tenantId) throw new UnrecoverableError('The job context belongs to another tenant than the job');
  return RequestContext.system(data.tenantId, systemName, stored?.requestId);
}
