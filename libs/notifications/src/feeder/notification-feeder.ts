// Feeds the `notifications` queue from Postgres: events waiting in the inbox become fan-out jobs (which
// also send what is due at once), due deliveries become send jobs. Each round takes a share per tenant
// (round robin over the tenants with work, at most NOTIFY_TENANT_MAX_IN_FLIGHT events and as many
// deliveries in flight per tenant) and only as many as keep
// the queue's waiting list short, so one tenant's flood waits in Postgres and never in front of another
// tenant's messages in Redis. Work handed out is leased; work whose lease ran out (Redis lost it, or
// its worker died) is handed out again under a new job id.
import { Inject, Injectable } from '@nestjs/common';
import { addDeadLetter, APP_CONFIG, type AppConfig, type DeadLetterData, jobOptionsFor, PollingLoop, QueueFactory, SystemDatabase } from '@quartier/platform';
import type { Logger } from 'pino';
import { DELIVERY_BATCH, deliveryJobId, FAN_OUT_BATCH, fanOutJobId, type NotificationJob, notificationsQueue } from '../jobs/notification.jobs.js';

/** Jobs waiting in Redis the feeder tops up to: enough to keep every worker busy between rounds. */
const QUEUE_WINDOW = 200;
/** An event whose fan-out was handed out this often without finishing is set aside (dead-lettered). */
const MAX_FAN_OUT_CLAIMS = 10;
/**
 * A delivery handed out this often without any outcome (its worker died mid-send each time, say on
 * a message that crashes it) fails for good and is dead-lettered, instead of circling forever.
 */
const MAX_HANDOUTS_WITHOUT_OUTCOME = 10;
const ABANDONED_DELIVERY = `sending did not finish after ${MAX_HANDOUTS_WITHOUT_OUTCOME} hand-outs`;
const IDLE_INTERVAL_MS = 200;
const ERROR_BACKOFF_MS = 2_000;

export const NOTIFICATION_FEEDER_LOGGER = Symbol('NOTIFICATION_FEEDER_LOGGER');

interface Handout {
  tenant_id: string;
  id: string;
  count: number;
}

/** Each tenant's work in jobs of up to `size`, in the order it was claimed. */
function batchesOf(rows: readonly Handout[], size: number): Handout[][] {
  const byTenant = new Map<string, Handout[]>();
  for (const row of rows) byTenant.set(row.tenant_id, [...(byTenant.get(row.tenant_id) ?? []), row]);
  const batches: Handout[][] = [];
  for (const tenantRows of byTenant.values()) {
    for (let i = 0; i < tenantRows.length; i += size) batches.push(tenantRows.slice(i, i + size));
  }
  return batches;
}

type BulkJob = { name: NotificationJob['name']; data: NotificationJob['data']; opts: ReturnType<typeof jobOptionsFor> };

@Injectable()
export class NotificationFeeder {
  private loop: PollingLoop | null = null;
  /** Tenants with work in the last round: the next round's share per tenant divides the window among them. */
  private tenantsWithWork = 1;
  private logger: Logger | null = null;

  constructor(
    @Inject(SystemDatabase) private readonly db: SystemDatabase,
    @Inject(QueueFactory) private readonly queues: QueueFactory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  start(logger: Logger): void {
    if (this.loop) return;
    this.logger = logger;
    this.loop = new PollingLoop(async () => (await this.feedOnce()) > 0, {
      idleMs: IDLE_INTERVAL_MS,
      backoffMs: (failures) => Math.min(ERROR_BACKOFF_MS * failures, 30_000),
      onError: (error, failures) => logger.error({ err: error, failures }, 'notification feeder round failed; the work stays in Postgres'),
    });
    this.loop.start();
  }

  /**
   * Called by this process's notification jobs when a delivery ended (a slot of its tenant's share
   * is free) or a fan-out wrote deliveries: the next round starts now rather than after the idle
   * pause, so a tenant at its in-flight limit is topped up as soon as it has room.
   */
  nudge(): void {
    this.loop?.nudge();
  }

  async stop(): Promise<void> {
    await this.loop?.stop();
    this.loop = null;
  }

  /** One round; returns how many jobs it added. Public for tests and benchmarks that drive it by hand. */
  async feedOnce(): Promise<number> {
    const queue = this.queues.queue(notificationsQueue.name);
    const waiting = await queue.getWaitingCount();
    const space = QUEUE_WINDOW - waiting;
    if (space <= 0) return 0;
    const share = Math.max(1, Math.ceil(space / this.tenantsWithWork));
    const now = new Date();
    const leaseUntil = new Date(now.getTime() + this.config.NOTIFY_LEASE_MS);

    const { jobs, tenants, dead, abandoned } = await this.db.run(async (tx) => {
      const events = await tx.query<Handout>(
        `with recursive due (tenant_id) as (
           (select tenant_id from notification_inbox where dead_at is null and (lease_until is null or lease_until < $1) order by tenant_id limit 1)
           union all
           select (select i.tenant_id from notification_inbox i
                    where i.dead_at is null and (i.lease_until is null or i.lease_until < $1) and i.tenant_id > due.tenant_id
                    order by i.tenant_id limit 1)
             from due where due.tenant_id is not null
         )
         select picked.tenant_id, picked.event_id as id, picked.claims + 1 as count
           from due cross join lateral (
             select tenant_id, event_id, claims from notification_inbox i
              where i.tenant_id = due.tenant_id and i.dead_at is null and (i.lease_until is null or i.lease_until < $1)
              order by created_at
              -- The tenant's work in flight: events handed out, and deliveries queued or sending
              -- (a fan-out job sends what it wrote, so its events stay in flight as deliveries).
              limit greatest(0, least($2, $3 - (select count(*) from notification_inbox f
                                                  where f.tenant_id = due.tenant_id and f.dead_at is null and f.lease_until >= $1)
                                              - (select count(*) from notification_deliveries f
                                                  where f.tenant_id = due.tenant_id and f.status in ('queued', 'sending'))))
              for update skip locked
           ) picked
          where due.tenant_id is not null`,
        [now, share, this.config.NOTIFY_TENANT_MAX_IN_FLIGHT],
      );
      const fresh = events.filter((event) => event.count <= MAX_FAN_OUT_CLAIMS);
      const exhausted = events.filter((event) => event.count > MAX_FAN_OUT_CLAIMS);
      if (fresh.length > 0) {
        await tx.query(
          `update notification_inbox i set lease_until = $3, claims = claims + 1
             from unnest($1::uuid[], $2::uuid[]) as picked (tenant_id, event_id)
            where i.tenant_id = picked.tenant_id and i.event_id = picked.event_id`,
          [fresh.map((event) => event.tenant_id), fresh.map((event) => event.id), leaseUntil],
        );
      }
      if (exhausted.length > 0) {
        await tx.query(
          `update notification_inbox i set dead_at = $3, lease_until = null, last_error = 'fan-out did not finish after ${MAX_FAN_OUT_CLAIMS} hand-outs'
             from unnest($1::uuid[], $2::uuid[]) as picked (tenant_id, event_id)
            where i.tenant_id = picked.tenant_id and i.event_id = picked.event_id`,
          [exhausted.map((event) => event.tenant_id), exhausted.map((event) => event.id), now],
        );
      }

      // Deliveries whose lease ran out first (their job is lost or their worker died), then due ones.
      // (A select around the update, so the rows come back as rows whatever the driver does with UPDATE.)
      const expired = await tx.query<Handout & { abandoned: boolean }>(
        `with stale as (
           select tenant_id, id, handouts - attempts >= $3::int as abandoned from notification_deliveries
            where status in ('queued', 'sending') and lease_until < $1
            order by lease_until limit 1000 for update skip locked
         ), handed as (
           update notification_deliveries d
              set status = case when stale.abandoned then 'failed' else 'queued' end,
                  handouts = d.handouts + case when stale.abandoned then 0 else 1 end,
                  lease_until = case when stale.abandoned then null else $2::timestamptz end,
                  failed_at = case when stale.abandoned then $1::timestamptz else d.failed_at end,
                  last_error = case when stale.abandoned then $4::text else d.last_error end,
                  updated_at = $1
             from stale where d.tenant_id = stale.tenant_id and d.id = stale.id
           returning d.tenant_id, d.id, d.handouts as count, stale.abandoned
         )
         select tenant_id, id, count, abandoned from handed`,
        [now, leaseUntil, MAX_HANDOUTS_WITHOUT_OUTCOME, ABANDONED_DELIVERY],
      );
      const due = await tx.query<Handout>(
        `with recursive due (tenant_id) as (
           (select tenant_id from notification_deliveries where status = 'pending' and due_at <= $1 order by tenant_id limit 1)
           union all
           select (select d.tenant_id from notification_deliveries d
                    where d.status = 'pending' and d.due_at <= $1 and d.tenant_id > due.tenant_id
                    order by d.tenant_id limit 1)
             from due where due.tenant_id is not null
         )
         select picked.tenant_id, picked.id, picked.handouts + 1 as count
           from due cross join lateral (
             select tenant_id, id, handouts from notification_deliveries d
              where d.tenant_id = due.tenant_id and d.status = 'pending' and d.due_at <= $1
              order by due_at, id
              limit greatest(0, least($2, $3 - (select count(*) from notification_deliveries f
                                                  where f.tenant_id = due.tenant_id and f.status in ('queued', 'sending'))))
              for update skip locked
           ) picked
          where due.tenant_id is not null`,
        [now, share, this.config.NOTIFY_TENANT_MAX_IN_FLIGHT],
      );
      if (due.length > 0) {
        await tx.query(
          `update notification_deliveries d set status = 'queued', handouts = d.handouts + 1, lease_until = $3
             from unnest($1::uuid[], $2::uuid[]) as picked (tenant_id, id)
            where d.tenant_id = picked.tenant_id and d.id = picked.id`,
          [due.map((row) => row.tenant_id), due.map((row) => row.id), leaseUntil],
        );
      }
      const jobs: BulkJob[] = [
        ...batchesOf(fresh, FAN_OUT_BATCH).map((batch) => ({
          name: 'notification.fan_out' as const,
          data: { v: 2 as const, tenantId: batch[0].tenant_id, events: batch.map((event) => ({ id: event.id, claim: event.count })) },
          opts: jobOptionsFor(notificationsQueue, 'notification.fan_out', { jobId: fanOutJobId(batch[0].id, batch[0].count) }),
        })),
        ...batchesOf([...expired.filter((row) => !row.abandoned), ...due], DELIVERY_BATCH).map((batch) => ({
          name: 'notification.deliver' as const,
          data: { v: 2 as const, tenantId: batch[0].tenant_id, deliveries: batch.map((row) => ({ id: row.id, handout: row.count })) },
          opts: jobOptionsFor(notificationsQueue, 'notification.deliver', { jobId: deliveryJobId(batch[0].id, batch[0].count) }),
        })),
      ];
      const tenants = new Set([...events, ...due].map((row) => row.tenant_id)).size;
      return { jobs, tenants, dead: exhausted, abandoned: expired.filter((row) => row.abandoned) };
    });
    // Added after the commit, so a job never finds its row not yet handed out to it. If Redis refuses
    // them, the rows stay leased and are handed out again when the lease runs out.
    if (jobs.length > 0) await queue.addBulk(jobs);
    this.tenantsWithWork = Math.max(1, tenants);
    for (const event of dead) await this.deadLetterFanOut(event);
    for (const delivery of abandoned) await this.deadLetterDelivery(delivery);
    return jobs.length;
  }

  private async deadLetterDelivery(delivery: Handout): Promise<void> {
    this.logger?.error({ tenantId: delivery.tenant_id, deliveryId: delivery.id }, 'notification delivery failed after repeated hand-outs without an outcome');
    const jobId = deliveryJobId(delivery.id, delivery.count);
    const data: DeadLetterData = {
      v: 1,
      tenantId: delivery.tenant_id,
      queue: notificationsQueue.name,
      name: 'notification.deliver',
      jobId,
      data: { v: 1, tenantId: delivery.tenant_id, deliveryId: delivery.id, handout: delivery.count },
      error: ABANDONED_DELIVERY,
      attemptsMade: MAX_HANDOUTS_WITHOUT_OUTCOME,
      failedAt: new Date().toISOString(),
    };
    await addDeadLetter(this.queues, data);
  }

  private async deadLetterFanOut(event: Handout): Promise<void> {
    this.logger?.error({ tenantId: event.tenant_id, eventId: event.id }, 'notification fan-out set aside after repeated hand-outs');
    const data: DeadLetterData = {
      v: 1,
      tenantId: event.tenant_id,
      queue: notificationsQueue.name,
      name: 'notification.fan_out',
      // The last hand-out's job: the entry is named like every other notification dead letter.
      jobId: fanOutJobId(event.id, event.count),
      data: { v: 1, tenantId: event.tenant_id, eventId: event.id },
      error: `fan-out did not finish after ${MAX_FAN_OUT_CLAIMS} hand-outs`,
      attemptsMade: MAX_FAN_OUT_CLAIMS,
      failedAt: new Date().toISOString(),
    };
    await addDeadLetter(this.queues, data);
  }
}
