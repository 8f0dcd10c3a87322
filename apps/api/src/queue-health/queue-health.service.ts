// The job queues of the whole product and their counts, for the platform console. The list lives here,
// where the API composes the domains; the worker runs the processors of the same queues.
import { Inject, Injectable } from '@nestjs/common';
import { dispatchQueue } from '@quartier/dispatch';
import { incidentsQueue } from '@quartier/incidents';
import { notificationsQueue } from '@quartier/notifications';
import { paymentsQueue } from '@quartier/payments';
import { DEAD_LETTER_QUEUE, ForbiddenError, maintenanceQueue, provisioningQueue, QueueFactory, type RequestContext } from '@quartier/platform';
import { rewardsQueue } from '@quartier/rewards';
import type { QueueHealthOutput } from './queue-health.output.js';

export const PRODUCT_QUEUES: readonly string[] = [
  provisioningQueue.name,
  maintenanceQueue.name,
  paymentsQueue.name,
  notificationsQueue.name,
  dispatchQueue.name,
  incidentsQueue.name,
  rewardsQueue.name,
  DEAD_LETTER_QUEUE,
];

@Injectable()
export class QueueHealthService {
  constructor(@Inject(QueueFactory) private readonly queues: QueueFactory) {}

  async countsByQueue(ctx: RequestContext): Promise<QueueHealthOutput[]> {
    if (ctx.actor.kind !== 'platform_admin') throw new ForbiddenError('Only platform admins see the queues');
    return Promise.all(
      PRODUCT_QUEUES.map(async (name) => {
        const queue = this.queues.queue(name);
        const [counts, paused] = await Promise.all([
          queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed'),
          queue.isPaused(),
        ]);
        return {
          name,
          waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
          active: counts.active ?? 0,
          delayed: counts.delayed ?? 0,
          failed: counts.failed ?? 0,
          completed: counts.completed ?? 0,
          paused,
        };
      }),
    );
  }
}
