// Queue `maintenance`: the marketplace's clocks. A BullMQ job scheduler adds one sweep per
// MAINTENANCE_INTERVAL_MS however many workers run; the sweep fans out one job per active tenant,
// so a slow or failing tenant retries on its own and tenants are swept in parallel across workers.
// Every step a tenant job runs is idempotent against the clock: running it twice changes nothing more.
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { AppointmentReminderService, RequestService } from '@quartier/booking';
import { DispatchEngine } from '@quartier/dispatch';
import { PaymentAuthorizationService, ReconciliationService } from '@quartier/payments';
import { VettingService } from '@quartier/helpers';
import { ReviewService } from '@quartier/reviews';
import {
  APP_CONFIG,
  type AppConfig,
  Clock,
  GlobalDatabase,
  type JobHandlers,
  jobOptionsFor,
  type MaintenanceJob,
  maintenanceQueue,
  type QueueProcessor,
  QueueFactory,
  RequestContext,
} from '@quartier/platform';

/** The scheduler's id: upserting it again (every worker start) replaces it instead of adding another. */
export const SWEEP_SCHEDULER_ID = 'marketplace-sweep';
/** Tenant jobs are added in batches of this many, to bound one Redis call. */
const FAN_OUT_BATCH = 500;
/**
 * Sweeps repeat every minute for every tenant and their ids never repeat, so they need none of the
 * long retention that lets outbox jobs deduplicate: an hour of history is enough to look into.
 */
const SWEEP_RETENTION = { removeOnComplete: { age: 3_600, count: 10_000 } };

@Injectable()
export class MaintenanceProcessor implements QueueProcessor<MaintenanceJob>, OnApplicationBootstrap {
  readonly queue = maintenanceQueue;

  readonly handlers: JobHandlers<MaintenanceJob> = {
    'marketplace.sweep': () => this.fanOut(),
    'tenant.sweep': (data) => this.sweepTenant(data.tenantId),
  };

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(QueueFactory) private readonly queues: QueueFactory,
    @Inject(GlobalDatabase) private readonly global: GlobalDatabase,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(VettingService) private readonly vetting: VettingService,
    @Inject(RequestService) private readonly requests: RequestService,
    @Inject(AppointmentReminderService) private readonly reminders: AppointmentReminderService,
    @Inject(ReviewService) private readonly reviews: ReviewService,
    @Inject(PaymentAuthorizationService) private readonly authorizations: PaymentAuthorizationService,
    @Inject(ReconciliationService) private readonly reconciliation: ReconciliationService,
    @Inject(DispatchEngine) private readonly dispatch: DispatchEngine,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues.queue(maintenanceQueue.name).upsertJobScheduler(
      SWEEP_SCHEDULER_ID,
      { every: this.config.MAINTENANCE_INTERVAL_MS },
      { name: 'marketplace.sweep', data: { v: 1, tenantId: null }, opts: jobOptionsFor(maintenanceQueue, 'marketplace.sweep', SWEEP_RETENTION) },
    );
  }

  /** One job per active tenant, its id naming the tenant and the sweep's time so a retried sweep adds none twice. */
  private async fanOut(): Promise<string> {
    const dueAt = this.clock.now().toISOString();
    const tenants = await this.global.run((tx) => tx.query<{ id: string }>(`select id from tenants where status = 'active' order by id`));
    const queue = this.queues.queue(maintenanceQueue.name);
    for (let start = 0; start < tenants.length; start += FAN_OUT_BATCH) {
      await queue.addBulk(
        tenants.slice(start, start + FAN_OUT_BATCH).map((tenant) => ({
          name: 'tenant.sweep',
          data: { v: 1, tenantId: tenant.id, dueAt },
          opts: jobOptionsFor(maintenanceQueue, 'tenant.sweep', { ...SWEEP_RETENTION, jobId: `tenant-sweep.${tenant.id}.${Date.parse(dueAt)}` }),
        })),
      );
    }
    return `${tenants.length} tenants`;
  }

  /** A tenant's due work at the time the job runs, each step in its own transaction. */
  private async sweepTenant(tenantId: string): Promise<string> {
    const ctx = RequestContext.system(tenantId, 'maintenance');
    const now = this.clock.now();
    const vetting = await this.vetting.expireSteps(ctx, { now });
    // Dispatch first: a request whose timer was lost gets its look (and may expire there, with its offers).
    const dispatchLooks = await this.dispatch.lookOverdue(ctx, now);
    const expiredRequests = await this.requests.expireOverdue(ctx, now);
    const closedRequests = await this.requests.closeOverdue(ctx, now);
    const remindedAppointments = await this.reminders.remindDue(ctx, now);
    const publishedReviews = await this.reviews.publishDue(ctx, now);
    const renewedAuthorizations = await this.authorizations.renewDue(ctx, now);
    const nightlyReconciliation = await this.reconciliation.requestNightly(ctx, now);
    return `dispatch looks ${dispatchLooks}, steps expired ${vetting.expiredSteps}, helpers sent back ${vetting.helpersSentBack}, requests expired ${expiredRequests}, closed ${closedRequests}, appointments reminded ${remindedAppointments}, reviews published ${publishedReviews}, authorizations renewed ${renewedAuthorizations}${nightlyReconciliation ? ', nightly reconciliation asked for' : ''}`;
  }
}
