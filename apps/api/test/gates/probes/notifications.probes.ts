// Probes of the notifications domain (/graphql): everyone signed in reads and marks their own in-app
// notifications and chooses their channels; operators read the settings, templates, log and webhook
// endpoints, operator admins change them and replay deliveries. Ids and cursors aim at the table
// fixtures' rows (tenant-rows.ts): a notification, a failed webhook delivery and its endpoint.
// Everyone signed in follows their own new notifications live (a subscription over graphql-ws): its
// trigger publishes, through the product's NotificationBus, notifications for the aimed tenant's people
// on that tenant's channel and on the caller's own, then one for the caller, which alone may arrive.
import { type LiveNotification, NotificationBus, notificationChannelOf } from '@quartier/notifications';
import { encodeCursor, newId } from '@quartier/platform';
import type { LiveTrigger } from '../support/live.js';
import type { Caller, FactsGatherer, Probe } from './probe.js';

const SIGNED_IN: Caller[] = ['customer', 'helper', 'operator_agent', 'operator_admin'];
const OPERATORS: Caller[] = ['operator_agent', 'operator_admin'];
const OPERATOR_ADMIN: Caller[] = ['operator_admin'];
const NOTIFICATION_FIELDS = 'id kind title body link createdAt readAt';
const PREFERENCE_FIELDS = 'kind description channels defaultChannels availableChannels customized';
const SETTINGS_FIELDS = 'senderName senderAddress smtpUrl smsAccountSid smsFrom quietHoursStart quietHoursEnd updatedAt';
const TEMPLATE_FIELDS = 'kind channel locale subject body customized variables updatedAt updatedBy';
const DELIVERY_FIELDS = `id eventId eventType kind channel recipientId address locale subject body html status attempts maxAttempts dueAt sentAt failedAt
  lastCode lastError permanent replays createdAt`;
const ATTEMPT_FIELDS = 'attempt startedAt finishedAt outcome code error responseExcerpt';
const ENDPOINT_FIELDS = 'id url description eventTypes enabled secretMasked createdBy createdAt updatedAt';
const page = (fields: string) => `edges { cursor node { ${fields} } } pageInfo { hasNextPage endCursor }`;
const publishToCallerAndAim: LiveTrigger = async ({ api, tenantId, userId, aim }) => {
  const bus = api.app.get(NotificationBus);
  const channelOf = (tenant: string) => notificationChannelOf(api.db.config.QUEUE_PREFIX, tenant);
  const note = (recipient: string, title: string): LiveNotification => ({
    id: newId(),
    userId: recipient,
    kind: 'booking.confirmed',
    title,
    body: `${title} (${recipient})`,
    link: null,
    createdAt: new Date().toISOString(),
  });
  const decoys = () => Object.values(aim.users).map((user) => note(user.id, `For ${aim.name} only`));
  await bus.publish(channelOf(aim.tenantId), decoys());
  await bus.publish(channelOf(tenantId), decoys());
  const own = note(userId, 'For the caller');
  await bus.publish(channelOf(tenantId), [own]);
  return own.id;
};
const DRAFT = { kind: 'booking.confirmed', channel: 'EMAIL', locale: 'de', subject: 'Gebucht: {{serviceName}}', body: 'Hallo {{recipientName}}' };

export const notificationsProbes: Probe[] = [
  {
    endpoint: 'tenant',
    field: 'Query.myNotifications',
    document: `query($after: String) { myNotifications(first: 10, after: $after) { ${page(NOTIFICATION_FIELDS)} } }`,
    variables: (target) => ({ after: target.cursors.myNotifications }),
    foreignIds: true,
    allow: SIGNED_IN,
  },
  {
    endpoint: 'tenant',
    field: 'Query.unreadNotificationCount',
    document: '{ unreadNotificationCount }',
    foreignIds: false,
    allow: SIGNED_IN,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.markNotificationsRead',
    document: 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
    variables: (target) => ({ ids: [target.secrets.notificationId] }),
    foreignIds: true,
    allow: SIGNED_IN,
  },
  {
    endpoint: 'tenant',
    field: 'Subscription.notificationReceived',
    document: `subscription { notificationReceived { notification { ${NOTIFICATION_FIELDS} } unreadCount } }`,
    foreignIds: false,
    allow: SIGNED_IN,
    trigger: publishToCallerAndAim,
  },
  {
    endpoint: 'tenant',
    field: 'Query.myNotificationPreferences',
    document: `{ myNotificationPreferences { ${PREFERENCE_FIELDS} } }`,
    foreignIds: false,
    allow: SIGNED_IN,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.setNotificationPreference',
    document: `mutation { setNotificationPreference(kind: "review.requested", channels: [IN_APP]) { ${PREFERENCE_FIELDS} } }`,
    foreignIds: false,
    allow: SIGNED_IN,
  },
  {
    endpoint: 'tenant',
    field: 'Query.notificationSettings',
    document: `{ notificationSettings { ${SETTINGS_FIELDS} } }`,
    foreignIds: false,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.updateNotificationSettings',
    document: `mutation($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { ${SETTINGS_FIELDS} } }`,
    variables: () => ({ input: { senderName: 'Gate Probe', quietHoursStart: '22:00' } }),
    foreignIds: false,
    allow: OPERATOR_ADMIN,
  },
  {
    endpoint: 'tenant',
    field: 'Query.notificationTemplates',
    document: `{ notificationTemplates(kind: "booking.confirmed", locale: "de") { ${TEMPLATE_FIELDS} } }`,
    foreignIds: false,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.saveNotificationTemplate',
    document: `mutation($input: NotificationTemplateInput!) { saveNotificationTemplate(input: $input) { ${TEMPLATE_FIELDS} } }`,
    variables: () => ({ input: DRAFT }),
    foreignIds: false,
    allow: OPERATOR_ADMIN,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.resetNotificationTemplate',
    document: `mutation { resetNotificationTemplate(kind: "booking.confirmed", channel: EMAIL, locale: "de") { ${TEMPLATE_FIELDS} } }`,
    foreignIds: false,
    allow: OPERATOR_ADMIN,
  },
  {
    endpoint: 'tenant',
    field: 'Query.previewNotificationTemplate',
    document: 'query($input: NotificationTemplateInput!) { previewNotificationTemplate(input: $input) { subject body html } }',
    variables: () => ({ input: DRAFT }),
    foreignIds: false,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.notificationLog',
    document: `query($filter: NotificationLogFilter, $after: String) { notificationLog(filter: $filter, first: 10, after: $after) { ${page(DELIVERY_FIELDS)} } }`,
    variables: (target) => ({ filter: { recipientId: target.secrets.webhookEndpointId }, after: target.cursors.notificationLog }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.notificationDelivery',
    document: `query($id: ID!) { notificationDelivery(id: $id) { delivery { ${DELIVERY_FIELDS} } attempts { ${ATTEMPT_FIELDS} } } }`,
    variables: (target) => ({ id: target.secrets.notificationDeliveryId }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.replayNotificationDelivery',
    document: `mutation($id: ID!) { replayNotificationDelivery(id: $id) { ${DELIVERY_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.notificationDeliveryId }),
    foreignIds: true,
    allow: OPERATOR_ADMIN,
  },
  {
    endpoint: 'tenant',
    field: 'Query.webhookEventTypes',
    document: '{ webhookEventTypes }',
    foreignIds: false,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.webhookEndpoints',
    document: `{ webhookEndpoints { ${ENDPOINT_FIELDS} } }`,
    foreignIds: false,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.createWebhookEndpoint',
    document: `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { ${ENDPOINT_FIELDS} } secret } }`,
    variables: () => ({ input: { url: 'https://hooks.gate.example/quartier', description: 'Gate probe', eventTypes: ['request.posted'] } }),
    foreignIds: false,
    allow: OPERATOR_ADMIN,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.updateWebhookEndpoint',
    document: `mutation($id: ID!, $input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $input) { ${ENDPOINT_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.webhookEndpointId, input: { enabled: false } }),
    foreignIds: true,
    allow: OPERATOR_ADMIN,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.rotateWebhookSecret',
    document: `mutation($id: ID!) { rotateWebhookSecret(id: $id) { endpoint { ${ENDPOINT_FIELDS} } secret } }`,
    variables: (target) => ({ id: target.secrets.webhookEndpointId }),
    foreignIds: true,
    allow: OPERATOR_ADMIN,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.deleteWebhookEndpoint',
    document: 'mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }',
    variables: (target) => ({ id: target.secrets.webhookEndpointId }),
    foreignIds: true,
    allow: OPERATOR_ADMIN,
  },
];

/** The fixture notification, delivery and endpoint, and the cursors the lists hand out for their rows. */
export const gatherNotificationsFacts: FactsGatherer = async ({ api, tenant }) => {
  const key = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  const [notification] = await api.db.ownerQuery<{ id: string; created_key: string }>(
    `select id, ${key('created_at')} as created_key from notifications where tenant_id = $1 order by id limit 1`,
    [tenant.id],
  );
  const [delivery] = await api.db.ownerQuery<{ id: string; recipient_id: string; created_key: string }>(
    `select id, recipient_id, ${key('created_at')} as created_key from notification_deliveries where tenant_id = $1 and channel = 'webhook' order by id limit 1`,
    [tenant.id],
  );
  if (!notification || !delivery) throw new Error('No notification and webhook delivery of the gate target');
  return {
    secrets: { notificationId: notification.id, notificationDeliveryId: delivery.id, webhookEndpointId: delivery.recipient_id },
    cursors: {
      myNotifications: encodeCursor({ t: notification.created_key, id: notification.id }),
      notificationLog: encodeCursor({ t: delivery.created_key, id: delivery.id }),
    },
  };
};
