// GraphQL enums of the notifications API; their values are the stored words.
import { registerEnumType } from '@nestjs/graphql';

export enum NotificationChannelValue {
  EMAIL = 'email',
  SMS = 'sms',
  IN_APP = 'in_app',
}
registerEnumType(NotificationChannelValue, {
  name: 'NotificationChannel',
  description: 'How a person hears of something: EMAIL, SMS (to the phone on their account), IN_APP (the list in the app).',
});

export enum DeliveryChannelValue {
  EMAIL = 'email',
  SMS = 'sms',
  WEBHOOK = 'webhook',
}
registerEnumType(DeliveryChannelValue, {
  name: 'NotificationDeliveryChannel',
  description: "Where a delivery goes: EMAIL and SMS to a person, WEBHOOK to one of the site's webhook endpoints.",
});

export enum DeliveryStatusValue {
  PENDING = 'pending',
  QUEUED = 'queued',
  SENDING = 'sending',
  SENT = 'sent',
  KEPT = 'kept',
  FAILED = 'failed',
}
registerEnumType(DeliveryStatusValue, {
  name: 'NotificationDeliveryStatus',
  description:
    'PENDING: waiting for its time (first send, a retry, or after quiet hours); QUEUED / SENDING: on its way; SENT: the provider or receiver accepted it; KEPT: not sent because the site has no mail server or SMS account for it, kept in the log; FAILED: given up (see lastError).',
});

export enum WebhookEndpointRemovalValue {
  DELETED = 'deleted',
  DISABLED = 'disabled',
}
registerEnumType(WebhookEndpointRemovalValue, {
  name: 'WebhookEndpointRemoval',
  description: 'DELETED: the endpoint had no deliveries and is gone; DISABLED: the notification log refers to it, so it is kept, disabled, and receives nothing more.',
});
