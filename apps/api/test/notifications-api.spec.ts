// The notifications API on /graphql end to end: people read and mark their own in-app notifications
// and choose their channels; operator admins edit the site's texts (checked before anything is
// stored, previewed in the site's brand, reset to the shipped text), register webhook endpoints
// (the secret shown once) and replay deliveries that ended, never one still on its way.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { newId } from '@quartier/platform';
import { createTestUser, insertTestTenant, type TestUser } from '@quartier/testing';
import { type GraphqlResponse, startTestApi, type TestApi } from './test-api.js';

const PREFERENCES = '{ myNotificationPreferences { kind channels defaultChannels availableChannels customized } }';
const SET_PREFERENCE = `mutation($kind: String!, $channels: [NotificationChannel!]!) {
  setNotificationPreference(kind: $kind, channels: $channels) { kind channels customized } }`;
const TEMPLATE_FIELDS = 'kind channel locale subject body customized variables updatedBy';
const TEMPLATES = `query($kind: String!, $locale: String!) { notificationTemplates(kind: $kind, locale: $locale) { ${TEMPLATE_FIELDS} } }`;
const SAVE_TEMPLATE = `mutation($input: NotificationTemplateInput!) { saveNotificationTemplate(input: $input) { ${TEMPLATE_FIELDS} } }`;
const RESET_TEMPLATE = `mutation($kind: String!, $channel: NotificationChannel!, $locale: String!) {
  resetNotificationTemplate(kind: $kind, channel: $channel, locale: $locale) { ${TEMPLATE_FIELDS} } }`;
const PREVIEW = 'query($input: NotificationTemplateInput!) { previewNotificationTemplate(input: $input) { subject body html } }';
const ENDPOINT_FIELDS = 'id url description eventTypes enabled secretMasked';
const CREATE_ENDPOINT = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { ${ENDPOINT_FIELDS} } secret } }`;
const ENDPOINTS = `{ webhookEndpoints { ${ENDPOINT_FIELDS} } }`;
const MY_NOTIFICATIONS = `query($unreadOnly: Boolean) { myNotifications(first: 10, unreadOnly: $unreadOnly) { edges { node { id title readAt } } pageInfo { hasNextPage } } }`;
const MARK_READ = 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }';
const REPLAY = 'mutation($id: ID!) { replayNotificationDelivery(id: $id) { id status attempts maxAttempts replays lastError permanent } }';

type Template = { kind: string; channel: string; locale: string; subject: string | null; body: string; customized: boolean; variables: string[]; updatedBy: string | null };
type Endpoint = { id: string; url: string; description: string | null; eventTypes: string[]; enabled: boolean; secretMasked: string };

const errorOf = (response: GraphqlResponse) => response.errors?.[0]?.extensions;

describe('notifications API', () => {
  let api: TestApi;
  let tenant: { id: string; slug: string };
  let customer: TestUser;
  let otherCustomer: TestUser;
  let admin: TestUser;

  const gql = <T = Record<string, unknown>>(query: string, user: TestUser, variables?: Record<string, unknown>) => api.graphql<T>({ host: tenant.slug, query, variables, token: user.accessToken });
  const templateRows = () => api.db.ownerQuery<{ kind: string }>(`select kind from notification_templates where tenant_id = $1`, [tenant.id]);

  async function insertNotification(user: TestUser, title: string, createdAt: Date): Promise<string> {
    const id = newId();
    await api.db.ownerQuery(
      `insert into notifications (tenant_id, id, user_id, event_id, kind, title, body, link, created_at) values ($1, $2, $3, $4, 'booking.confirmed', $5, 'Body', '/requests', $6)`,
      [tenant.id, id, user.id, newId(), title, createdAt],
    );
    return id;
  }

  async function insertDelivery(status: string, leased: boolean): Promise<string> {
    const id = newId();
    await api.db.ownerQuery(
      `insert into notification_deliveries (tenant_id, id, event_id, event_type, kind, channel, recipient_id, address, locale, subject, body, status, attempts,
                                            max_attempts, due_at, lease_until, last_error, permanent, created_at, updated_at)
       values ($1, $2, $3, 'request.scheduled', 'booking.confirmed', 'email', $4, $5, 'de', 'Gebucht', 'Hallo', $6, 10, 10, now(),
               case when $7 then now() + interval '1 minute' end, 'Mailbox full', true, now(), now())`,
      [tenant.id, id, newId(), customer.id, customer.email, status, leased],
    );
    return id;
  }

  beforeAll(async () => {
    api = await startTestApi();
    tenant = await insertTestTenant(api.db, { name: 'Alpine Notifications' });
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    otherCustomer = await createTestUser(api, tenant, { roles: ['customer'] });
    admin = await createTestUser(api, tenant, { roles: ['operator_admin'] });
  });
  afterAll(async () => {
    await api.close();
  });

  describe('preferences', () => {
    it('lists the kinds meant for the caller with their defaults, and keeps a choice', async () => {
      const before = await gql<{ myNotificationPreferences: { kind: string; channels: string[]; defaultChannels: string[]; customized: boolean }[] }>(PREFERENCES, customer);
      expect(before.errors).toBeUndefined();
      const kinds = before.data!.myNotificationPreferences.map((preference) => preference.kind);
      expect(kinds).toContain('booking.confirmed');
      expect(kinds).not.toContain('booking.assigned');
      expect(kinds).not.toContain('request.escalated');
      expect(before.data!.myNotificationPreferences.find((preference) => preference.kind === 'booking.confirmed')).toMatchObject({
        channels: ['EMAIL', 'IN_APP'],
        defaultChannels: ['EMAIL', 'IN_APP'],
        customized: false,
      });

      const set = await gql<{ setNotificationPreference: { channels: string[]; customized: boolean } }>(SET_PREFERENCE, customer, { kind: 'booking.confirmed', channels: ['SMS', 'SMS'] });
      expect(set.errors).toBeUndefined();
      expect(set.data!.setNotificationPreference).toEqual({ kind: 'booking.confirmed', channels: ['SMS'], customized: true });

      const after = await gql<{ myNotificationPreferences: { kind: string; channels: string[]; customized: boolean }[] }>(PREFERENCES, customer);
      expect(after.data!.myNotificationPreferences.find((preference) => preference.kind === 'booking.confirmed')).toMatchObject({ channels: ['SMS'], customized: true });
      const untouched = await gql<{ myNotificationPreferences: { kind: string; customized: boolean }[] }>(PREFERENCES, otherCustomer);
      expect(untouched.data!.myNotificationPreferences.find((preference) => preference.kind === 'booking.confirmed')?.customized).toBe(false);
    });

    it.each([
      ['a kind for helpers', 'booking.assigned'],
      ['an unknown kind', 'booking.teleported'],
    ])('refuses %s on kind', async (_case, kind) => {
      const response = await gql(SET_PREFERENCE, customer, { kind, channels: ['EMAIL'] });
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
      expect(await api.db.ownerQuery(`select 1 from notification_preferences where tenant_id = $1 and kind = $2`, [tenant.id, kind])).toEqual([]);
    });
  });

  describe('templates', () => {
    it('refuses an unknown variable naming the body, with nothing written', async () => {
      const response = await gql(SAVE_TEMPLATE, admin, {
        input: { kind: 'booking.confirmed', channel: 'EMAIL', locale: 'de', subject: 'Gebucht', body: 'Hallo {{unknownVariable}}' },
      });
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
      expect(response.errors?.[0]?.message).toContain('unknownVariable');
      expect(await templateRows()).toEqual([]);
    });

    it('refuses a language the site does not offer', async () => {
      await api.db.ownerQuery(`update tenants set locales = '{de,fr}' where id = $1`, [tenant.id]);
      try {
        const response = await gql(SAVE_TEMPLATE, admin, { input: { kind: 'booking.confirmed', channel: 'SMS', locale: 'it', body: 'Prenotato' } });
        expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'locale' });
        expect(await templateRows()).toEqual([]);
      } finally {
        await api.db.ownerQuery(`update tenants set locales = '{de,fr,it,en}' where id = $1`, [tenant.id]);
      }
    });

    it('returns a saved text as customized, and reset brings the shipped text back', async () => {
      const shipped = await gql<{ notificationTemplates: Template[] }>(TEMPLATES, admin, { kind: 'booking.confirmed', locale: 'fr' });
      expect(shipped.errors).toBeUndefined();
      expect(shipped.data!.notificationTemplates.map((template) => [template.channel, template.customized])).toEqual([
        ['EMAIL', false],
        ['SMS', false],
        ['IN_APP', false],
      ]);
      const shippedEmail = shipped.data!.notificationTemplates[0];
      expect(shippedEmail.variables).toEqual(expect.arrayContaining(['siteName', 'recipientName', 'link', 'helperName', 'startsAt']));

      const input = { kind: 'booking.confirmed', channel: 'EMAIL', locale: 'fr', subject: 'C’est réservé : {{serviceName}}', body: 'Bonjour {{recipientName}}, {{helperName}} viendra {{startsAt}}.' };
      const saved = await gql<{ saveNotificationTemplate: Template }>(SAVE_TEMPLATE, admin, { input });
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.saveNotificationTemplate).toMatchObject({ subject: input.subject, body: input.body, customized: true, updatedBy: admin.id });

      const read = await gql<{ notificationTemplates: Template[] }>(TEMPLATES, admin, { kind: 'booking.confirmed', locale: 'fr' });
      expect(read.data!.notificationTemplates.find((template) => template.channel === 'EMAIL')).toMatchObject({ subject: input.subject, body: input.body, customized: true });
      expect(read.data!.notificationTemplates.find((template) => template.channel === 'SMS')?.customized).toBe(false);

      const reset = await gql<{ resetNotificationTemplate: Template }>(RESET_TEMPLATE, admin, { kind: 'booking.confirmed', channel: 'EMAIL', locale: 'fr' });
      expect(reset.errors).toBeUndefined();
      expect(reset.data!.resetNotificationTemplate).toMatchObject({ subject: shippedEmail.subject, body: shippedEmail.body, customized: false, updatedBy: null });
      const again = await gql<{ notificationTemplates: Template[] }>(TEMPLATES, admin, { kind: 'booking.confirmed', locale: 'fr' });
      expect(again.data!.notificationTemplates).toEqual(shipped.data!.notificationTemplates);
      expect(await templateRows()).toEqual([]);
    });

    it('previews a draft with sample values in the site’s colours, storing nothing', async () => {
      const branded = await gql('mutation($input: BrandingInput!) { updateBranding(input: $input) { version } }', admin, {
        input: { displayName: 'Alpenhilfe', primaryColor: '#0a7d4f', accentColor: '#c2410c' },
      });
      expect(branded.errors).toBeUndefined();
      const response = await gql<{ previewNotificationTemplate: { subject: string; body: string; html: string | null } }>(PREVIEW, admin, {
        input: { kind: 'booking.confirmed', channel: 'EMAIL', locale: 'de', subject: '{{serviceName}} bei {{siteName}}', body: 'Preis: {{price}}\n\nAm {{startsAt}}' },
      });
      expect(response.errors).toBeUndefined();
      const preview = response.data!.previewNotificationTemplate;
      expect(preview.subject).toBe('Fensterreinigung bei Alpenhilfe');
      expect(preview.body).toMatch(/Preis: CHF\s84\.00/);
      expect(preview.body).not.toContain('{{');
      expect(preview.html).toContain('#0a7d4f');
      expect(preview.html).toContain('#c2410c');
      expect(preview.html).toContain('Alpenhilfe');
      expect(await templateRows()).toEqual([]);

      const sms = await gql<{ previewNotificationTemplate: { subject: string | null; body: string; html: string | null } }>(PREVIEW, admin, {
        input: { kind: 'booking.confirmed', channel: 'SMS', locale: 'fr', subject: '', body: '{{serviceName}}: {{price}}' },
      });
      expect(sms.data!.previewNotificationTemplate.subject).toBeNull();
      expect(sms.data!.previewNotificationTemplate.html).toBeNull();
      expect(sms.data!.previewNotificationTemplate.body).toMatch(/^Nettoyage de vitres: .*84/);
    });

    it('refuses a preview with an unknown variable in the subject', async () => {
      const response = await gql(PREVIEW, admin, { input: { kind: 'payout.paid', channel: 'IN_APP', locale: 'de', subject: '{{helperName}}', body: 'Betrag {{amount}}' } });
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subject' });
    });
  });

  describe('settings', () => {
    it('keeps the mail server URL sealed and shows it with the password hidden; refuses what is not an SMTP URL', async () => {
      const SETTINGS = 'mutation($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { smtpUrl } }';
      const saved = await gql<{ updateNotificationSettings: { smtpUrl: string } }>(SETTINGS, admin, { input: { smtpUrl: 'smtp://mailer:s3cret@mail.example.ch:587' } });
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.updateNotificationSettings.smtpUrl).toBe('smtp://mailer:••••@mail.example.ch:587');
      const [row] = await api.db.ownerQuery<{ smtp_url_sealed: string }>(`select smtp_url_sealed from notification_settings where tenant_id = $1`, [tenant.id]);
      expect(row.smtp_url_sealed).not.toContain('s3cret');

      const refused = await gql(SETTINGS, admin, { input: { smtpUrl: 'https://mail.example.ch' } });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'smtpUrl' });
      const [kept] = await api.db.ownerQuery<{ smtp_url_redacted: string }>(`select smtp_url_redacted from notification_settings where tenant_id = $1`, [tenant.id]);
      expect(kept.smtp_url_redacted).toBe('smtp://mailer:••••@mail.example.ch:587');
    });
  });

  describe('webhook endpoints', () => {
    it('shows the secret once, then only its last four characters', async () => {
      const created = await gql<{ createWebhookEndpoint: { endpoint: Endpoint; secret: string } }>(CREATE_ENDPOINT, admin, {
        input: { url: 'http://127.0.0.1:4010/hooks', description: 'ERP', eventTypes: ['request.posted', 'payment.captured', 'request.posted'] },
      });
      expect(created.errors).toBeUndefined();
      const { endpoint, secret } = created.data!.createWebhookEndpoint;
      expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);
      expect(endpoint).toMatchObject({ url: 'http://127.0.0.1:4010/hooks', description: 'ERP', eventTypes: ['request.posted', 'payment.captured'], enabled: true });
      expect(endpoint.secretMasked).toBe(`whsec_••••${secret.slice(-4)}`);

      const listed = await gql<{ webhookEndpoints: Endpoint[] }>(ENDPOINTS, admin);
      expect(listed.data!.webhookEndpoints).toEqual([endpoint]);
      expect(JSON.stringify(listed)).not.toContain(secret);
      const [stored] = await api.db.ownerQuery<{ row: string }>(`select row_to_json(w)::text as row from webhook_endpoints w where tenant_id = $1`, [tenant.id]);
      expect(stored.row).not.toContain(secret);

      const rotated = await gql<{ rotateWebhookSecret: { endpoint: Endpoint; secret: string } }>(
        'mutation($id: ID!) { rotateWebhookSecret(id: $id) { endpoint { secretMasked } secret } }',
        admin,
        { id: endpoint.id },
      );
      expect(rotated.data!.rotateWebhookSecret.secret).not.toBe(secret);
      expect(rotated.data!.rotateWebhookSecret.endpoint.secretMasked).toBe(`whsec_••••${rotated.data!.rotateWebhookSecret.secret.slice(-4)}`);

      const removed = await gql<{ deleteWebhookEndpoint: string }>('mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }', admin, { id: endpoint.id });
      expect(removed.data?.deleteWebhookEndpoint).toBe('DELETED');
      expect((await gql<{ webhookEndpoints: Endpoint[] }>(ENDPOINTS, admin)).data!.webhookEndpoints).toEqual([]);
    });

    it.each([
      ['plain http to another host', { url: 'http://erp.example.ch/hooks', eventTypes: ['request.posted'] }, 'url', 'https://'],
      ['an address that is not a URL', { url: 'erp.example.ch/hooks', eventTypes: ['request.posted'] }, 'url', 'https://'],
      ['an unknown event type', { url: 'https://erp.example.ch/hooks', eventTypes: ['request.posted', 'request.teleported'] }, 'eventTypes', 'request.teleported'],
      ['no event type', { url: 'https://erp.example.ch/hooks', eventTypes: [] }, 'eventTypes', 'at least one'],
    ])('refuses %s, with nothing written', async (_case, input, field, mentioned) => {
      const response = await gql(CREATE_ENDPOINT, admin, { input });
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(response.errors?.[0]?.message).toContain(mentioned);
      expect(await api.db.ownerQuery(`select id from webhook_endpoints where tenant_id = $1`, [tenant.id])).toEqual([]);
    });

    it('keeps an endpoint the log refers to, disabled', async () => {
      const created = await gql<{ createWebhookEndpoint: { endpoint: Endpoint } }>(CREATE_ENDPOINT, admin, {
        input: { url: 'https://erp.example.ch/hooks', eventTypes: ['request.posted'] },
      });
      const endpointId = created.data!.createWebhookEndpoint.endpoint.id;
      await api.db.ownerQuery(
        `insert into notification_deliveries (tenant_id, id, event_id, event_type, kind, channel, recipient_id, address, body, status, attempts, max_attempts, due_at, sent_at, created_at, updated_at)
         values ($1, $2, $3, 'request.posted', 'request.posted', 'webhook', $4, 'https://erp.example.ch/hooks', '{}', 'sent', 1, 12, now(), now(), now(), now())`,
        [tenant.id, newId(), newId(), endpointId],
      );
      const removed = await gql<{ deleteWebhookEndpoint: string }>('mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }', admin, { id: endpointId });
      expect(removed.data?.deleteWebhookEndpoint).toBe('DISABLED');
      const listed = await gql<{ webhookEndpoints: Endpoint[] }>(ENDPOINTS, admin);
      expect(listed.data!.webhookEndpoints.map((endpoint) => [endpoint.id, endpoint.enabled])).toEqual([[endpointId, false]]);
    });
  });

  describe('in-app notifications', () => {
    it('lists the caller’s own newest first and marks them read', async () => {
      const older = await insertNotification(customer, 'Older', new Date(Date.now() - 60_000));
      const newer = await insertNotification(customer, 'Newer', new Date());
      await insertNotification(otherCustomer, 'Not yours', new Date());

      const list = await gql<{ myNotifications: { edges: { node: { id: string; title: string; readAt: string | null } }[] } }>(MY_NOTIFICATIONS, customer);
      expect(list.data!.myNotifications.edges.map((edge) => edge.node.title)).toEqual(['Newer', 'Older']);
      expect((await gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', customer)).data?.unreadNotificationCount).toBe(2);

      const marked = await gql<{ markNotificationsRead: number }>(MARK_READ, customer, { ids: [newer] });
      expect(marked.data?.markNotificationsRead).toBe(1);
      const unread = await gql<{ myNotifications: { edges: { node: { id: string } }[] } }>(MY_NOTIFICATIONS, customer, { unreadOnly: true });
      expect(unread.data!.myNotifications.edges.map((edge) => edge.node.id)).toEqual([older]);

      const all = await gql<{ markNotificationsRead: number }>(MARK_READ, customer, { ids: null });
      expect(all.data?.markNotificationsRead).toBe(0);
      expect((await gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', otherCustomer)).data?.unreadNotificationCount).toBe(1);
    });

    it('does not mark another person’s notification, answering like a missing one', async () => {
      const theirs = await insertNotification(otherCustomer, 'Theirs', new Date());
      const mine = await insertNotification(customer, 'Mine', new Date());
      const response = await gql(MARK_READ, customer, { ids: [mine, theirs] });
      const missing = await gql(MARK_READ, customer, { ids: [mine, newId()] });
      expect(errorOf(response)).toMatchObject({ code: 'NOT_FOUND' });
      expect(response.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
      const rows = await api.db.ownerQuery<{ id: string; read_at: Date | null }>(`select id, read_at from notifications where tenant_id = $1 and id = any($2::uuid[])`, [
        tenant.id,
        [mine, theirs],
      ]);
      expect(rows.map((row) => row.read_at)).toEqual([null, null]);
    });
  });

  describe('delivery log', () => {
    it.each(['pending', 'queued', 'sending'])('refuses to replay a %s delivery', async (status) => {
      const id = await insertDelivery(status, status !== 'pending');
      const response = await gql(REPLAY, admin, { id });
      expect(errorOf(response)).toMatchObject({ code: 'CONFLICT', detail: 'DELIVERY_IN_FLIGHT' });
      const [row] = await api.db.ownerQuery<{ status: string; replays: number }>(`select status, replays from notification_deliveries where tenant_id = $1 and id = $2`, [tenant.id, id]);
      expect(row).toEqual({ status, replays: 0 });
    });

    it('puts a failed delivery back in line with a fresh allowance, and shows it in the log', async () => {
      const id = await insertDelivery('failed', false);
      const response = await gql<{ replayNotificationDelivery: Record<string, unknown> }>(REPLAY, admin, { id });
      expect(response.errors).toBeUndefined();
      expect(response.data!.replayNotificationDelivery).toEqual({ id, status: 'PENDING', attempts: 10, maxAttempts: 20, replays: 1, lastError: null, permanent: false });

      const log = await gql<{ notificationLog: { edges: { node: { id: string; status: string } }[] } }>(
        'query($filter: NotificationLogFilter) { notificationLog(first: 5, filter: $filter) { edges { node { id status } } } }',
        admin,
        { filter: { recipientId: customer.id, status: 'PENDING', channel: 'EMAIL' } },
      );
      expect(log.data!.notificationLog.edges.map((edge) => edge.node)).toContainEqual({ id, status: 'PENDING' });
    });
  });
});
