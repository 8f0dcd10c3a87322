// Queue `dispatch`: the engine's looks at a request. The outbox starts one when a request is posted
// or scheduled; the engine sets a delayed timer for its next look (the next wave, the next
// escalation tier, the deadline to start). A timer carries the dispatch step it was set at and its
// job id names request and step, so a timer added twice is one job, and a timer that fires after
// the request moved on (a helper accepted, an earlier look ran) finds another step and does nothing.
import { defineQueue, type OutboxJobData, type OutboxRoutes, routeTo } from '@quartier/platform';

export interface DispatchTimerData {
  v: 1;
  tenantId: string;
  requestId: string;
  /** The request's dispatch step when the timer was set. */
  step: number;
}

export type DispatchJob =
  /** A request was posted or scheduled, or a helper turned it down: look at it now. */
  | { name: 'dispatch.event'; data: OutboxJobData }
  /** A timer the engine set: look at the request if it is still at `step`. */
  | { name: 'dispatch.timer'; data: DispatchTimerData };

export const dispatchQueue = defineQueue<DispatchJob>(
  'dispatch',
  // Looks read and write Postgres only; a few quick retries ride out a failover, and the tenant
  // sweep looks again at any request whose timer was lost.
  {
    'dispatch.event': { attempts: 8, backoffMs: 1_000 },
    'dispatch.timer': { attempts: 8, backoffMs: 1_000 },
  },
  { concurrency: 5 },
);

export const dispatchTimerJobId = (requestId: string, step: number): string => `dispatch-${requestId}-${step}`;

/** Outbox events the dispatch queue acts on. */
export const dispatchRoutes: OutboxRoutes = {
  'request.posted': routeTo(dispatchQueue, 'dispatch.event'),
  'request.scheduled': routeTo(dispatchQueue, 'dispatch.event'),
  // The call found a visit is needed: dispatch looks for someone to come by at once.
  'request.visit_needed': routeTo(dispatchQueue, 'dispatch.event'),
  // A "no" may leave a wave with nobody pending: the next one need not wait for the interval.
  'dispatch.declined': routeTo(dispatchQueue, 'dispatch.event'),
  // A request that ended lets its waiting offers lapse and stops its timer.
  'request.cancelled': routeTo(dispatchQueue, 'dispatch.event'),
  'request.expired': routeTo(dispatchQueue, 'dispatch.event'),
};
