// What this worker process runs: the entities its processors map, the domain modules that provide
// their services, the processors, and which outbox event becomes which job.
import { BookingModule } from '@quartier/booking';
import { HelpersModule } from '@quartier/helpers';
import { mergeOutboxRoutes, provisioningQueue, routeTo } from '@quartier/platform';
import { identityEntities } from '@quartier/identity';
import { paymentRoutes, PaymentsModule } from '@quartier/payments';
import { ReviewsModule } from '@quartier/reviews';
import { TenancyModule, tenancyEntities } from '@quartier/tenancy';
import { MaintenanceProcessor } from './jobs/maintenance.processor.js';
import { PaymentsProcessor } from './jobs/payments.processor.js';
import { ProvisioningProcessor } from './jobs/provisioning.processor.js';
import type { WorkerJobs } from './worker.module.js';

export const productJobs: WorkerJobs = {
  entities: [...tenancyEntities, ...identityEntities],
  imports: [TenancyModule, HelpersModule, BookingModule, ReviewsModule, PaymentsModule],
  processors: [ProvisioningProcessor, MaintenanceProcessor, PaymentsProcessor],
  routes: mergeOutboxRoutes(
    {
      'tenant.created': routeTo(provisioningQueue, 'tenant.provision'),
    },
    paymentRoutes,
  ),
};
