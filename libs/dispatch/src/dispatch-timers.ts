// The engine's next looks as delayed BullMQ jobs, added after the look's transaction committed (a
// timer never finds its step not yet written). The job id names request and step, so adding one
// twice is one job; if Redis refuses, the request keeps its next look in Postgres and the tenant
// sweep looks at it once it is overdue.
import { Inject, Injectable } from '@nestjs/common';
import { Clock, jobOptionsFor, QueueFactory } from '@quartier/platform';
import { dispatchQueue, dispatchTimerJobId } from './jobs/dispatch.jobs.js';

export interface DispatchTimer {
  tenantId: string;
  requestId: string;
  step: number;
  at: Date;
}

@Injectable()
export class DispatchTimers {
  constructor(
    @Inject(QueueFactory) private readonly queues: QueueFactory,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async set(timers: readonly DispatchTimer[]): Promise<void> {
    if (timers.length === 0) return;
    const now = this.clock.now().getTime();
    await this.queues.queue(dispatchQueue.name).addBulk(
      timers.map((timer) => ({
        name: 'dispatch.timer',
        data: { v: 1 as const, tenantId: timer.tenantId, requestId: timer.requestId, step: timer.step },
        opts: jobOptionsFor(dispatchQueue, 'dispatch.timer', { jobId: dispatchTimerJobId(timer.requestId, timer.step), delay: Math.max(0, timer.at.getTime() - now) }),
      })),
    );
  }
}
