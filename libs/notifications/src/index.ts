export { NotificationsModule, NotificationsTenantApiModule, NotificationsWorkerModule } from './notifications.module.js';
export {
  COMMON_VARIABLES,
  kindDefinition,
  NOTIFICATION_KINDS,
  NOTIFICATION_LOCALES,
  USER_CHANNELS,
  variablesOf,
  type NotificationKind,
  type NotificationKindDefinition,
  type NotificationLocale,
  type UserChannel,
} from './catalog/notification-kinds.js';
export { NOTIFIABLE_EVENT_TYPES, WEBHOOK_EVENT_TYPES } from './catalog/notification-rules.js';
export { DeliveryFailure } from './channels/delivery-failure.js';
export { Mailer, type OutgoingEmail, type SentReceipt } from './channels/mailer.js';
export { SmsSender, type OutgoingSms } from './channels/sms-sender.js';
export { WebhookSender, type OutgoingWebhook, type WebhookResponse } from './channels/webhook-sender.js';
export { SmtpMailer } from './channels/smtp-mailer.js';
export { TwilioSmsSender } from './channels/twilio-sms-sender.js';
export { HttpWebhookSender } from './channels/http-webhook-sender.js';
export { signWebhook, verifyWebhookSignature, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_DELIVERY_HEADER, WEBHOOK_EVENT_HEADER } from './channels/webhook-signature.js';
export { sendableAt, type QuietHours } from './quiet-hours.js';
export { NotificationSettingsService, NOTIFICATION_SECRET_PURPOSES, type NotificationSettingsView } from './settings/notification-settings.service.js';
export { NotificationFanOutService, DELIVERY_MAX_ATTEMPTS, type FanOutResult } from './fan-out/notification-fan-out.service.js';
export { NotificationDeliveryService } from './delivery/notification-delivery.service.js';
export { NotificationFeeder } from './feeder/notification-feeder.js';
export { NotificationBus, notificationChannelOf, type LiveNotification } from './in-app/notification-bus.js';
export { LiveNotificationFeed, LIVE_BUFFER_LIMIT } from './in-app/live-notification-feed.js';
export { notificationsQueue, notificationRoutes, deliveryJobId, fanOutJobId, type NotificationJob, NOTIFICATION_INBOX } from './jobs/notification.jobs.js';
export { InAppNotificationsService, type InAppNotificationView } from './in-app/in-app-notifications.service.js';
export { NotificationPreferencesService, type NotificationPreferenceView } from './preferences/notification-preferences.service.js';
export { NotificationTemplatesService, type NotificationTemplateView, type TemplateDraft, type TemplatePreview } from './editing/notification-templates.service.js';
export { NotificationLogService, type NotificationDeliveryView, type NotificationAttemptView, type NotificationLogFilter } from './log/notification-log.service.js';
export { WebhookEndpointsService, type WebhookEndpointView, type WebhookEndpointWithSecret, type WebhookEndpointRemoval } from './webhooks/webhook-endpoints.service.js';
