// Queue `dispatch`: the engine's looks at posted requests, from the outbox (posted, scheduled, a
// helper's "no") and from its own delayed timers, each under a system context of the request's tenant.
import { Inject, Injectable } from '@nestjs/common';
import { DispatchEngine, type DispatchJob, dispatchQueue } from '@quartier/dispatch';
import { type JobHandlers, type QueueProcessor, RequestContext } from '@quartier/platform';

@Injectable()
export class DispatchProcessor implements QueueProcessor<DispatchJob> {
  readonly queue = dispatchQueue;

  readonly handlers: JobHandlers<DispatchJob> = {
    'dispatch.event': (data) => this.engine.look(RequestContext.system(data.tenantId, 'dispatch', data.context?.requestId), { requestId: data.aggregateId }),
    'dispatch.timer': (data) => this.engine.look(RequestContext.system(data.tenantId, 'dispatch'), { requestId: data.requestId, step: data.step }),
  };

  constructor(@Inject(DispatchEngine) private readonly engine: DispatchEngine) {}
}
