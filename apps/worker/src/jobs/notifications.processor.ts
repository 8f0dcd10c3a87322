// Queue `notifications`: fan-outs and sends, under a system context of the job's tenant. The feeder
// adds the jobs; each looks its work up in Postgres and skips what another run already did.
import { Inject, Injectable } from '@nestjs/common';
import {
  type LiveNotification,
  NotificationBus,
  notificationChannelOf,
  NotificationDeliveryService,
  NotificationFanOutService,
  NotificationFeeder,
  type NotificationJob,
  notificationsQueue,
} from '@quartier/notifications';
import { APP_CONFIG, type AppConfig, type JobHandlers, type QueueProcessor, RequestContext } from '@quartier/platform';

@Injectable()
export class NotificationsProcessor implements QueueProcessor<NotificationJob> {
  readonly queue = notificationsQueue;

  readonly handlers: JobHandlers<NotificationJob> = {
    'notification.fan_out': async (data, run) => {
      const eventIds = data.v === 2 ? data.events.map((event) => event.id) : [data.eventId];
      const ctx = RequestContext.system(data.tenantId, 'notifications');
      const result = await this.fanOut.fanOut(ctx, eventIds);
      if (result.inApp.length > 0) {
        const live: LiveNotification[] = result.inApp.map((n) => ({ id: n.id, userId: n.userId, kind: n.kind, title: n.title, body: n.body, link: n.link, createdAt: n.createdAt.toISOString() }));
        // Stored already; a lost live message only delays what the recipient sees until they reload.
        await this.bus.publish(notificationChannelOf(this.config.QUEUE_PREFIX, data.tenantId), live).catch((error: unknown) => run.logger.warn({ err: error }, 'live notification not published'));
      }
      // The first attempts of what is due now go out from this job: no second job, no wait for a feeder round.
      // Were it to die here, their leases run out and the feeder hands them out again.
      const sent = result.sendNow.length > 0 ? await this.delivery.sendClaimed(ctx, result.sendNow, run.signal) : null;
      if (result.deliveries > 0) this.feeder.nudge();
      return sent ? `${result.outcome}; sent at once: ${sent}` : result.outcome;
    },
    'notification.deliver': async (data, run) => {
      const deliveries = data.v === 2 ? data.deliveries : [{ id: data.deliveryId, handout: data.handout }];
      const outcome = await this.delivery.deliver(RequestContext.system(data.tenantId, 'notifications'), { deliveries, signal: run.signal });
      // The deliveries left their tenant's in-flight share (or were stale copies): let the feeder top up.
      this.feeder.nudge();
      return outcome;
    },
  };

  constructor(
    @Inject(NotificationFanOutService) private readonly fanOut: NotificationFanOutService,
    @Inject(NotificationDeliveryService) private readonly delivery: NotificationDeliveryService,
    @Inject(NotificationBus) private readonly bus: NotificationBus,
    @Inject(NotificationFeeder) private readonly feeder: NotificationFeeder,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}
}
