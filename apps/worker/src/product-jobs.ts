// What this worker process runs: the entities its processors map, the domain modules that provide
// their services, the processors, the feeders that fill queues from Postgres, and which outbox event
// becomes which job.
import { BookingModule } from '@quartier/booking';
import { dispatchRoutes, DispatchWorkerModule } from '@quartier/dispatch';
import { HelpersModule } from '@quartier/helpers';
import { incidentRoutes, IncidentsModule } from '@quartier/incidents';
import { NotificationFeeder, notificationRoutes, NotificationsWorkerModule } from '@quartier/notifications';
import { mergeOutboxRoutes, provisioningQueue, routeTo } from '@quartier/platform';
import { identityEntities } from '@quartier/identity';
import { paymentRoutes, PaymentsModule } from '@quartier/payments';
import { ReviewsModule } from '@quartier/reviews';
import { rewardRoutes, RewardsModule } from '@quartier/rewards';
import { TenancyModule, tenancyEntities } from '@quartier/tenancy';
import { DispatchProcessor } from './jobs/dispatch.processor.js';
import { IncidentsProcessor } from './jobs/incidents.processor.js';
import { MaintenanceProcessor } from './jobs/maintenance.processor.js';
import { NotificationsProcessor } from './jobs/notifications.processor.js';
import { PaymentsProcessor } from './jobs/payments.processor.js';
import { ProvisioningProcessor } from './jobs/provisioning.processor.js';
import { RewardsProcessor } from './jobs/rewards.processor.js';
import type { WorkerJobs } from './worker.module.js';

export const productJobs: WorkerJobs = {
  entities: [...tenancyEntities, ...identityEntities],
  imports: [TenancyModule, HelpersModule, BookingModule, ReviewsModule, PaymentsModule, NotificationsWorkerModule, DispatchWorkerModule, IncidentsModule, RewardsModule],
  processors: [ProvisioningProcessor, MaintenanceProcessor, PaymentsProcessor, NotificationsProcessor, DispatchProcessor, IncidentsProcessor, RewardsProcessor],
  feeders: [NotificationFeeder],
  routes: mergeOutboxRoutes(
    {
      'tenant.created': routeTo(provisioningQueue, 'tenant.provision'),
    },
    paymentRoutes,
    notificationRoutes,
    dispatchRoutes,
    incidentRoutes,
    rewardRoutes,
  ),
};
