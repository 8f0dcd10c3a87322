// Queue `provisioning`: gets a tenant created on the platform API ready to serve (default
// policies, catalog, welcome email). The service is idempotent and says 'skipped' when done before.
import { Inject, Injectable } from '@nestjs/common';
import { contextForJob, type JobHandlers, type ProvisioningJob, provisioningQueue, type QueueProcessor } from '@quartier/platform';
import { TenantProvisioningService } from '@quartier/tenancy';

@Injectable()
export class ProvisioningProcessor implements QueueProcessor<ProvisioningJob> {
  readonly queue = provisioningQueue;

  readonly handlers: JobHandlers<ProvisioningJob> = {
    'tenant.provision': (data) => this.provisioning.provision(contextForJob(data, 'provisioning')),
  };

  constructor(@Inject(TenantProvisioningService) private readonly provisioning: TenantProvisioningService) {}
}
