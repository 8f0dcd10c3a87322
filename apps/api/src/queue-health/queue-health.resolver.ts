// Queue health on /platform/graphql: how much work waits, runs, retries and failed, per queue.
import { Query, Resolver } from '@nestjs/graphql';
import { Ctx, PlatformAdminOnly } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { QueueHealthOutput } from './queue-health.output.js';
import { QueueHealthService } from './queue-health.service.js';

@Resolver()
export class QueueHealthResolver {
  constructor(private readonly health: QueueHealthService) {}

  @PlatformAdminOnly()
  @Query(() => [QueueHealthOutput], { description: 'Every job queue of the product with its counts by state.' })
  platformQueueHealth(@Ctx() ctx: RequestContext): Promise<QueueHealthOutput[]> {
    return this.health.countsByQueue(ctx);
  }
}

