// Queue `incidents`: one detection per posted request, under a system context of the request's
// tenant (the platform spots incidents, whoever posted); idempotent in the service.
import { Inject, Injectable } from '@nestjs/common';
import { IncidentDetectionService, type IncidentJob, incidentsQueue } from '@quartier/incidents';
import { type JobHandlers, type QueueProcessor, RequestContext } from '@quartier/platform';

@Injectable()
export class IncidentsProcessor implements QueueProcessor<IncidentJob> {
  readonly queue = incidentsQueue;

  readonly handlers: JobHandlers<IncidentJob> = {
    'incident.detect': (data) => this.detection.detect(RequestContext.system(data.tenantId, 'incidents', data.context?.requestId), { requestId: data.aggregateId }),
  };

  constructor(@Inject(IncidentDetectionService) private readonly detection: IncidentDetectionService) {}
}
