// The outbox relay (DESIGN invariant 4): turns committed outbox events into BullMQ jobs. Only
// committed rows are visible to it, so an event of a rolled-back transaction never becomes a job.
// Enqueue and marking happen in one transaction and the job id is the event id: a relay killed
// between the two leaves the rows pending, the next relay enqueues them again, and BullMQ ignores
// the ids it still holds (see RETENTION), so every event becomes exactly one job.
import type { Logger } from 'pino';
import type { SerializedContext } from '../context/request-context.js';
import type { SystemDatabase } from '../database/tenant-database.js';
import type { Metrics } from '../observability/metrics.js';
import type { OutboxJobData } from '../queue/queue-contracts.js';
import { PollingLoop } from '../queue/polling-loop.js';
import { jobOptionsFor, type QueueFactory } from '../queue/queue.factory.js';
import { isInboxRoute, routesOf, type OutboxRouteTable } from './outbox-routes.js';

export interface OutboxRelayOptions {
  routes: OutboxRouteTable;
  logger: Logger;
  metrics: Metrics;
  pollIntervalMs: number;
  batchSize?: number;
}

interface PendingEvent {
  tenant_id: string;
  id: string;
  type: string;
  aggregate_id: string;
  context: SerializedContext;
  created_at: Date;
  /** The batch's share per tenant. */
  share_size: number;
}

type BulkJob = Parameters<ReturnType<QueueFactory['queue']>['addBulk']>[0][number];

const MAX_ERROR_BACKOFF_MS = 30_000;

export class OutboxRelay {
  private readonly batchSize: number;
  private readonly loop: PollingLoop;
  private readonly inboxListeners: Array<(inboxes: string[]) => void> = [];
  /** Whether the last batch gave some tenant its whole share, so more may be waiting. */
  private shareFilled = false;

  constructor(
    private readonly db: SystemDatabase,
    private readonly queues: QueueFactory,
    private readonly options: OutboxRelayOptions,
  ) {
    this.batchSize = options.batchSize ?? 100;
    // Back to back only while some tenant filled its whole share (it may have more waiting); a batch
    // of stragglers is followed by the poll pause, so a steady trickle of events is relayed in
    // batches rather than one transaction per event.
    this.loop = new PollingLoop(async () => (await this.relayBatch()) > 0 && this.shareFilled, {
      idleMs: options.pollIntervalMs,
      backoffMs: (failures) => Math.min(options.pollIntervalMs * 2 ** failures, MAX_ERROR_BACKOFF_MS),
      onError: (error, failures) => options.logger.error({ err: error, failures }, 'outbox relay failed; the batch stays pending'),
    });
  }

  /**
   * Relays one batch: each tenant's oldest pending events not locked by another relay (replicas
   * share the work through SKIP LOCKED). Returns how many events it settled.
   */
  async relayBatch(): Promise<number> {
    const { relayed, routed, inboxes } = await this.db.run(async (tx) => {
      // An equal share of the batch per tenant with pending events (at least one each), oldest first
      // within a tenant: one tenant's burst waits behind its own events, not in front of everyone
      // else's. The tenants are walked through the pending index one by one (a skip scan), so a
      // batch costs one probe per tenant with work.
      const events = await tx.query<PendingEvent>(
        `with recursive pending (tenant_id) as (
           (select tenant_id from outbox_events where relayed_at is null order by tenant_id limit 1)
           union all
           select (select e.tenant_id from outbox_events e where e.relayed_at is null and e.tenant_id > pending.tenant_id order by e.tenant_id limit 1)
             from pending where pending.tenant_id is not null
         ), tenants as (
           select tenant_id from pending where tenant_id is not null
         ), share as (
           select greatest(1, ceil($1::numeric / nullif(count(*), 0)))::int as size from tenants
         )
         select picked.*, share.size as share_size from tenants cross join share cross join lateral (
           select tenant_id, id, type, aggregate_id, context, created_at from outbox_events e
            where e.tenant_id = tenants.tenant_id and e.relayed_at is null
            order by created_at, id
            limit share.size
            for update skip locked
         ) picked`,
        [this.batchSize],
      );
      const perTenant = new Map<string, number>();
      for (const event of events) perTenant.set(event.tenant_id, (perTenant.get(event.tenant_id) ?? 0) + 1);
      this.shareFilled = events.length > 0 && [...perTenant.values()].some((count) => count >= events[0].share_size);
      if (events.length === 0) return { relayed: 0, routed: 0, inboxes: [] };
      const jobsByQueue = new Map<string, BulkJob[]>();
      const rowsByInbox = new Map<string, PendingEvent[]>();
      for (const event of events) {
        const routes = routesOf(this.options.routes, event.type);
        if (routes.length === 0) {
          this.options.logger.debug({ eventId: event.id, type: event.type, tenantId: event.tenant_id }, 'outbox event has no route');
          continue;
        }
        for (const route of routes) {
          if (isInboxRoute(route)) {
            const rows = rowsByInbox.get(route.inbox) ?? [];
            rows.push(event);
            rowsByInbox.set(route.inbox, rows);
            continue;
          }
          const data: OutboxJobData = {
            v: 1,
            tenantId: event.tenant_id,
            eventId: event.id,
            aggregateId: event.aggregate_id,
            context: event.context,
          };
          const jobs = jobsByQueue.get(route.queue.name) ?? [];
          jobs.push({ name: route.name, data, opts: jobOptionsFor(route.queue, route.name, { jobId: event.id }) });
          jobsByQueue.set(route.queue.name, jobs);
        }
      }
      let routedCount = 0;
      for (const [inbox, rows] of rowsByInbox) {
        // The table name comes from routeToInbox, which admits plain identifiers only.
        await tx.query(
          `insert into ${inbox} (tenant_id, event_id, created_at)
           select * from unnest($1::uuid[], $2::uuid[], $3::timestamptz[])
           on conflict do nothing`,
          [rows.map((row) => row.tenant_id), rows.map((row) => row.id), rows.map((row) => row.created_at)],
        );
        routedCount += rows.length;
      }
      for (const [queue, jobs] of jobsByQueue) {
        await this.queues.queue(queue).addBulk(jobs);
        routedCount += jobs.length;
      }
      await tx.query(
        `update outbox_events set relayed_at = now()
         where (tenant_id, id) in (select * from unnest($1::uuid[], $2::uuid[]))`,
        [events.map((event) => event.tenant_id), events.map((event) => event.id)],
      );
      return { relayed: events.length, routed: routedCount, inboxes: [...rowsByInbox.keys()] };
    });
    if (inboxes.length > 0) for (const listener of this.inboxListeners) listener(inboxes);
    if (routed > 0) this.options.metrics.outboxRelayed.inc(routed);
    if (relayed > 0) this.options.logger.debug({ relayed, routed }, 'outbox batch relayed');
    return relayed;
  }

  /**
   * Calls `listener` after each batch that wrote rows into an inbox table, once committed, with the
   * tables' names: a feeder of that inbox in the same process starts its next round at once instead
   * of at its next poll.
   */
  onInboxWritten(listener: (inboxes: string[]) => void): void {
    this.inboxListeners.push(listener);
  }

  /** Relays until stopped: back to back while there is a backlog, then every poll interval. */
  start(): void {
    this.loop.start();
  }

  /** Lets the batch in progress commit, then returns; nothing more is claimed. */
  stop(): Promise<void> {
    return this.loop.stop();
  }
}
