import { Module } from '@nestjs/common';
import { TenancyModule } from '@quartier/tenancy';
import { NotificationChannels } from './delivery/notification-channels.js';
import { NotificationDeliveryService } from './delivery/notification-delivery.service.js';
import { NotificationFanOutService } from './fan-out/notification-fan-out.service.js';
import { NotificationFeeder } from './feeder/notification-feeder.js';
import { NotificationBus } from './in-app/notification-bus.js';
import { NotificationSettingsService } from './settings/notification-settings.service.js';
import { NotificationTemplatesResolver } from './editing/notification-templates.resolver.js';
import { NotificationTemplatesService } from './editing/notification-templates.service.js';
import { InAppNotificationsService } from './in-app/in-app-notifications.service.js';
import { LiveNotificationFeed } from './in-app/live-notification-feed.js';
import { LiveNotificationsResolver } from './live-notifications.resolver.js';
import { NotificationLogResolver } from './log/notification-log.resolver.js';
import { NotificationLogService } from './log/notification-log.service.js';
import { MyNotificationsResolver } from './my-notifications.resolver.js';
import { NotificationPreferencesResolver } from './preferences/notification-preferences.resolver.js';
import { NotificationPreferencesService } from './preferences/notification-preferences.service.js';
import { NotificationSettingsResolver } from './settings/notification-settings.resolver.js';
import { WebhookEndpointsResolver } from './webhooks/webhook-endpoints.resolver.js';
import { WebhookEndpointsService } from './webhooks/webhook-endpoints.service.js';

const services = [
  NotificationSettingsService,
  NotificationBus,
  InAppNotificationsService,
  NotificationPreferencesService,
  NotificationTemplatesService,
  NotificationLogService,
  WebhookEndpointsService,
];

/** Services of the notifications domain, for apps and other domain modules. */
@Module({ imports: [TenancyModule], providers: [...services], exports: services })
export class NotificationsModule {}

/** Worker-side work (fan-out, sending, the queue's feeder), which needs the queues and the channel adapters. */
const workerServices = [NotificationFanOutService, NotificationDeliveryService, NotificationChannels, NotificationFeeder];

@Module({ imports: [TenancyModule, NotificationsModule], providers: workerServices, exports: [...workerServices, NotificationsModule] })
export class NotificationsWorkerModule {}

/** Resolvers served on /graphql, and the API's one Redis subscriber for live notifications. */
@Module({
  imports: [NotificationsModule],
  providers: [LiveNotificationFeed, MyNotificationsResolver, LiveNotificationsResolver, NotificationPreferencesResolver, NotificationSettingsResolver, NotificationTemplatesResolver, NotificationLogResolver, WebhookEndpointsResolver],
})
export class NotificationsTenantApiModule {}
