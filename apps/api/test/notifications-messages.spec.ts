// What a conversation and a started job tell people, end to end through the real worker process: a
// message tells the other side in the app (never its sender), in their language, with the start of
// what was written and a link to where they answer; email or SMS only for someone who chose them,
// nothing for someone who muted it. A helper's reply reaches the customer's live subscription with a
// link to the request, which the request page reloads on. A started job tells the customer in the app
// and by SMS, like "on the way". A message already read, or a start the job has moved past, when the
// fan-out runs tells nobody.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type LiveNotification, NotificationBus, notificationChannelOf } from '@quartier/notifications';
import { newId, RequestContext, siteOrigin, TenantDatabase } from '@quartier/platform';
import {
  createApprovedHelper,
  createMarketplaceTenant,
  createTestUser,
  EVERY_DAY,
  FakeSmsProvider,
  type MarketplaceTenant,
  SmtpSink,
  startWorkerProcess,
  stopWorkerProcesses,
  swissPlacesTsv,
  type TestUser,
  waitUntil,
} from '@quartier/testing';
import { type LiveSubscription, subscribeLive } from './live-client.js';
import { startTestApi, type TestApi } from './test-api.js';

const MINUTE = 60_000;
const SEND = `mutation($requestId: ID!, $helperId: ID, $body: String!) { sendMessage(requestId: $requestId, helperId: $helperId, body: $body) { id } }`;
const MARK_READ = `mutation($requestId: ID!, $helperId: ID) { markConversationRead(requestId: $requestId, helperId: $helperId) { unreadCount } }`;
const PREFER = `mutation($kind: String!, $channels: [NotificationChannel!]!) { setNotificationPreference(kind: $kind, channels: $channels) { channels } }`;
const SETTINGS = `mutation($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { smsAccountSid } }`;
const MY_NOTIFICATIONS = `{ myNotifications(first: 50) { edges { node { kind title body link } } } }`;
const RECEIVED = `subscription { notificationReceived { notification { id kind title body link } unreadCount } }`;
/** The kind of the messages this file publishes itself to learn that a subscription listens; never a product kind. */
const CHECK = 'live.check';

const SMS_ACCOUNT = { accountSid: `AC${'c3'.repeat(16)}`, authToken: 'd4'.repeat(16), from: '+41445550100' };
const CLARA_PHONE = '+41791110011';
const ANA_PHONE = '+41792220022';

type Notification = { kind: string; title: string; body: string; link: string };
interface Received {
  notificationReceived: { notification: Notification & { id: string }; unreadCount: number };
}

describe('notifications of messages and of a started job', () => {
  let api: TestApi;
  let sink: SmtpSink;
  let sms: FakeSmsProvider;
  let tenant: MarketplaceTenant;
  let clara: TestUser;
  let ana: TestUser;
  let names: Record<string, string>;
  let requestId: string;
  let appointmentId: string;
  const opened: LiveSubscription<Received>[] = [];

  const gql = async <T>(query: string, variables: Record<string, unknown>, user: TestUser): Promise<T> => {
    const response = await api.graphql<T>({ host: tenant.slug, query, variables, token: user.accessToken });
    expect(response.errors).toBeUndefined();
    return response.data as T;
  };
  const send = async (user: TestUser, body: string, helperId?: string) =>
    (await gql<{ sendMessage: { id: string } }>(SEND, { requestId, helperId, body }, user)).sendMessage.id;
  /** The event a message wrote, once the worker has fanned it out (no longer waiting to be relayed or in the inbox). */
  const fannedOut = async (where: string, values: unknown[]) => {
    const [event] = await api.db.ownerQuery<{ id: string }>(`select id from outbox_events where tenant_id = $1 and ${where}`, [tenant.id, ...values]);
    expect(event).toBeDefined();
    await waitUntil(`event ${event.id} to be fanned out`, async () => {
      const [pending] = await api.db.ownerQuery<{ waiting: boolean }>(
        `select exists (select 1 from notification_inbox where tenant_id = $1 and event_id = $2)
             or exists (select 1 from outbox_events where tenant_id = $1 and id = $2 and relayed_at is null) as waiting`,
        [tenant.id, event.id],
      );
      return pending.waiting ? undefined : true;
    });
    return event.id;
  };
  const toldOf = (eventId: string) =>
    api.db.ownerQuery<{ user_id: string; kind: string }>(`select user_id, kind from notifications where tenant_id = $1 and event_id = $2 order by kind`, [tenant.id, eventId]);
  const deliveriesOf = (eventId: string) =>
    api.db.ownerQuery<{ channel: string; recipient_id: string }>(`select channel, recipient_id from notification_deliveries where tenant_id = $1 and event_id = $2`, [tenant.id, eventId]);
  /** The user's in-app notifications of `kind`, as they read them, once there are `count`. */
  const notificationsOf = (user: TestUser, kind: string, count = 1) =>
    waitUntil(`${count} ${kind} notification(s) of ${user.displayName}`, async () => {
      const data = await gql<{ myNotifications: { edges: { node: Notification }[] } }>(MY_NOTIFICATIONS, {}, user);
      const found = data.myNotifications.edges.map((edge) => edge.node).filter((node) => node.kind === kind);
      return found.length >= count ? found : undefined;
    });
  const emitAs = (type: string, aggregateType: string, aggregateId: string, payload: Record<string, unknown>) =>
    api.app.get(TenantDatabase).run(RequestContext.system(tenant.id, 'test'), (tx) => tx.emit({ type, aggregateType, aggregateId, payload }));

  beforeAll(async () => {
    sink = await SmtpSink.start();
    sms = await FakeSmsProvider.start();
    sms.addAccount(SMS_ACCOUNT.accountSid, SMS_ACCOUNT.authToken);
    api = await startTestApi();
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    const serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    [names] = (await api.db.ownerQuery<{ names: Record<string, string> }>(`select names from services where tenant_id = $1 and id = $2`, [tenant.id, serviceId])).map((row) => row.names);
    clara = await createTestUser(api, tenant, { roles: ['customer'], displayName: 'Clara Kunde' });
    ana = await createApprovedHelper(api, tenant, { displayName: 'Ana', postalCode: '8004', radiusKm: 10, skills: [{ serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });
    const setLocale = (user: TestUser, locale: string, phone: string) =>
      api.db.ownerQuery(`update users set locale = $3, phone = $4 where tenant_id = $1 and id = $2`, [tenant.id, user.id, locale, phone]);
    await setLocale(clara, 'de', CLARA_PHONE);
    await setLocale(ana, 'fr', ANA_PHONE);
    // The site's own SMS account, and no quiet hours, so a text goes out whatever the hour.
    await gql(SETTINGS, { input: { sms: SMS_ACCOUNT, quietHoursStart: '00:00', quietHoursEnd: '00:00' } }, tenant.admin);
    // A job in ten minutes: Ana may start it at once.
    const booked = await gql<{ bookSlot: { id: string; requestId: string } }>(
      `mutation($input: BookSlotInput!) { bookSlot(input: $input) { id requestId } }`,
      { input: { helperId: ana.id, serviceId, postalCode: '8001', startsAt: new Date(Date.now() + 10 * MINUTE).toISOString() } },
      clara,
    );
    ({ id: appointmentId, requestId } = booked.bookSlot);
    await startWorkerProcess(api.db.config, { SMTP_URL: sink.url, SMS_API_URL: sms.baseUrl }).ready();
  }, 180_000);

  afterAll(async () => {
    await Promise.all(opened.map((subscription) => subscription.dispose()));
    await stopWorkerProcesses();
    await api?.close();
    await sink?.stop();
    await sms?.stop();
  });

  it('tells the helper of the customer’s message in the app, in their language, and not the customer', async () => {
    const messageId = await send(clara, 'Bonjour Ana, le routeur est à la cave, à côté de la machine à laver.', ana.id);

    const [forAna] = await notificationsOf(ana, 'message.received');
    expect(forAna).toEqual({
      kind: 'message.received',
      title: 'Nouveau message de Clara Kunde',
      body: `${names.fr} : « Bonjour Ana, le routeur est à la cave, à côté de la machine à laver. »`,
      link: `/helper/jobs/${requestId}`,
    });
    const eventId = await fannedOut(`type = 'message.sent' and aggregate_id = $2`, [messageId]);
    expect(await toldOf(eventId)).toEqual([{ user_id: ana.id, kind: 'message.received' }]);
    // In the app only: a conversation would flood an inbox or a phone.
    expect(await deliveriesOf(eventId)).toEqual([]);
  });

  it('brings the helper’s reply to the customer’s open subscription, linking to the request page', async () => {
    const bus = api.app.get(NotificationBus);
    const live = subscribeLive<Received>(await api.liveUrl(), { host: tenant.slug, token: clara.accessToken, query: RECEIVED });
    opened.push(live);
    // graphql-ws does not confirm a subscription: a check message published until one arrives does.
    await waitUntil('the subscription to listen', async () => {
      if (live.closed) throw new Error(`The subscription was closed: ${JSON.stringify(live.closed)}`);
      if (live.results.length > 0) return true;
      const check: LiveNotification = { id: newId(), userId: clara.id, kind: CHECK, title: 'Check', body: 'Listening?', link: null, createdAt: new Date().toISOString() };
      await bus.publish(notificationChannelOf(api.db.config.QUEUE_PREFIX, tenant.id), [check]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return undefined;
    });

    const reply = `Parfait, merci ! J’apporte aussi un câble réseau de dix mètres pour la chambre d’amis, au cas où le Wi-Fi n’y arrive pas bien, et un répéteur si besoin.`;
    const messageId = await send(ana, reply);
    const received = await waitUntil('the reply on the customer’s subscription', async () =>
      live.results.map((result) => result.data?.notificationReceived).find((one) => one?.notification.kind === 'message.received'),
    );
    expect(received.notification).toMatchObject({ title: 'Neue Nachricht von Ana', link: `/requests/${requestId}` });
    // Long messages are cut after a word, on one line; the whole message is on the request page.
    expect(received.notification.body).toBe(
      `${names.de}: «Parfait, merci ! J’apporte aussi un câble réseau de dix mètres pour la chambre d’amis, au cas où le Wi-Fi n’y arrive pas bien, et un…»`,
    );
    expect(received.unreadCount).toBeGreaterThanOrEqual(1);
    const [inList] = await notificationsOf(clara, 'message.received');
    expect(inList).toEqual({ kind: 'message.received', title: received.notification.title, body: received.notification.body, link: `/requests/${requestId}` });

    // The sender hears nothing of their own message.
    const eventId = await fannedOut(`type = 'message.sent' and aggregate_id = $2`, [messageId]);
    expect(await toldOf(eventId)).toEqual([{ user_id: clara.id, kind: 'message.received' }]);
  });

  it('follows each person’s choice: email for someone who asked for it, nothing for someone who muted it', async () => {
    await gql(PREFER, { kind: 'message.received', channels: ['EMAIL', 'IN_APP'] }, clara);
    await gql(PREFER, { kind: 'message.received', channels: [] }, ana);

    const fromAna = await send(ana, 'Je sonne en bas dans dix minutes.');
    const mail = await waitUntil('the mail to Clara', async () => sink.messages().find((one) => one.to.includes(clara.email) && one.subject === `Neue Nachricht von Ana zu ${names.de}`));
    expect(mail.text).toContain(`Ana hat Ihnen zu «${names.de}» geschrieben:\n\n«Je sonne en bas dans dix minutes.»`);
    expect(mail.text).toContain(`${siteOrigin(api.db.config, tenant.slug)}/requests/${requestId}`);
    const toClara = await fannedOut(`type = 'message.sent' and aggregate_id = $2`, [fromAna]);
    expect((await deliveriesOf(toClara)).map((row) => [row.channel, row.recipient_id])).toEqual([['email', clara.id]]);

    const fromClara = await send(clara, 'Merci, à tout de suite.', ana.id);
    const toAna = await fannedOut(`type = 'message.sent' and aggregate_id = $2`, [fromClara]);
    expect(await toldOf(toAna)).toEqual([]);
    expect(await deliveriesOf(toAna)).toEqual([]);
    await gql(PREFER, { kind: 'message.received', channels: ['IN_APP'] }, ana);
  });

  it('tells the customer the job started, in the app and by SMS, and nobody else', async () => {
    await gql(`mutation($id: ID!) { startAppointment(appointmentId: $id) { status } }`, { id: appointmentId }, ana);

    const [started] = await notificationsOf(clara, 'appointment.started');
    expect(started).toEqual({ kind: 'appointment.started', title: 'Ana hat begonnen', body: `Ana hat mit «${names.de}» begonnen.`, link: `/requests/${requestId}` });
    // Her reminder of the job, due now, may come by SMS too.
    const text = await waitUntil('the SMS to Clara', async () => sms.messages().find((one) => one.to === CLARA_PHONE && one.body.includes('begonnen')));
    expect(text.accountSid).toBe(SMS_ACCOUNT.accountSid);
    expect(text.body).toMatch(new RegExp(`: Ana hat mit der Arbeit für ${names.de.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} begonnen\\.$`));
    expect(text.body.length).toBeLessThanOrEqual(160);

    const eventId = await fannedOut(`type = 'request.started' and aggregate_id = $2`, [requestId]);
    expect(await toldOf(eventId)).toEqual([{ user_id: clara.id, kind: 'appointment.started' }]);
    expect((await deliveriesOf(eventId)).map((row) => [row.channel, row.recipient_id])).toEqual([['sms', clara.id]]);
  });

  it('tells nobody of a message already read, or of a start the job has moved past, when the fan-out runs', async () => {
    const messageId = await send(clara, 'Ana, la porte est ouverte.', ana.id);
    await fannedOut(`type = 'message.sent' and aggregate_id = $2`, [messageId]);
    await gql(MARK_READ, { requestId }, ana);
    // The same message announced again once Ana has read it (an event late in the queue): no news.
    const late = await emitAs('message.sent', 'message', messageId, { messageId, requestId, helperId: ana.id, senderId: clara.id, recipientId: ana.id });
    await fannedOut(`id = $2`, [late]);
    expect(await toldOf(late)).toEqual([]);

    await gql(`mutation($id: ID!) { completeAppointment(appointmentId: $id) { status } }`, { id: appointmentId }, ana);
    await notificationsOf(clara, 'request.completed');
    const stale = await emitAs('request.started', 'request', requestId, { requestId, customerId: clara.id, appointmentId, helperId: ana.id });
    await fannedOut(`id = $2`, [stale]);
    expect(await toldOf(stale)).toEqual([]);
    expect(await deliveriesOf(stale)).toEqual([]);
  });
});
