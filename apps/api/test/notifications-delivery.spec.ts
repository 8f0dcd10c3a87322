// Notifications end to end, run by the real worker process from the outbox: a booking tells the
// customer and the helper in their language and the site's brand, by email (a real SMTP server on
// loopback) and in the app; an operator's webhook endpoint gets the event signed, through its
// receiver's failures; a redelivered event sends nothing twice; a bad address fails for good; a
// language the site does not offer falls back to the site's default one.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock, newId, SecretBox } from '@quartier/platform';
import {
  createApprovedHelper,
  createMarketplaceTenant,
  createTestUser,
  EVERY_DAY,
  type MarketplaceTenant,
  SmtpSink,
  startWorkerProcess,
  stopWorkerProcesses,
  swissPlacesTsv,
  type TestUser,
  waitUntil,
  WebhookReceiver,
  type WorkerProcess,
} from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const BOOK = `mutation($input: BookSlotInput!) { bookSlot(input: $input) { id requestId startsAt } }`;
const HOUR = 3_600_000;

interface DeliveryRow {
  id: string;
  event_id: string;
  kind: string;
  channel: string;
  recipient_id: string;
  status: string;
  attempts: number;
  permanent: boolean;
  last_code: string | null;
}

describe('notifications: from the outbox to the mailbox, the app and the operator’s webhook', () => {
  const clock = new FixedClock(new Date(Math.ceil(Date.now() / HOUR) * HOUR));
  let api: TestApi;
  let sink: SmtpSink;
  let receiver: WebhookReceiver;
  let tenant: MarketplaceTenant;
  let customer: TestUser;
  let ana: TestUser;
  let serviceId: string;
  let worker: WorkerProcess;
  const webhookSecret = `whsec_${newId().replaceAll('-', '')}`;

  const deliveriesOf = (eventType: string) =>
    api.db.ownerQuery<DeliveryRow>(
      `select id, event_id, kind, channel, recipient_id, status, attempts, permanent, last_code from notification_deliveries
        where tenant_id = $1 and event_type = $2 order by kind, channel, recipient_id`,
      [tenant.id, eventType],
    );
  const book = async (hoursAhead: number): Promise<{ id: string; requestId: string }> => {
    const response = await api.graphql<{ bookSlot: { id: string; requestId: string } }>({
      host: tenant.slug,
      query: BOOK,
      variables: { input: { helperId: ana.id, serviceId, postalCode: '8001', startsAt: new Date(clock.now().getTime() + hoursAhead * HOUR).toISOString() } },
      token: customer.accessToken,
    });
    expect(response.errors).toBeUndefined();
    return response.data!.bookSlot;
  };

  beforeAll(async () => {
    sink = await SmtpSink.start();
    receiver = await WebhookReceiver.start();
    api = await startTestApi({}, { clock });
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    customer = await createTestUser(api, tenant, { roles: ['customer'], displayName: 'Chiara Keller' });
    ana = await createApprovedHelper(api, tenant, { displayName: 'Ana', postalCode: '8004', radiusKm: 10, skills: [{ serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });
    await api.db.ownerQuery(`update users set locale = 'de' where tenant_id = $1 and id = $2`, [tenant.id, customer.id]);
    await api.db.ownerQuery(`update users set locale = 'en', phone = '+41791234567' where tenant_id = $1 and id = $2`, [tenant.id, ana.id]);
    const secrets = new SecretBox(api.db.config.ENCRYPTION_KEY);
    await api.db.ownerQuery(
      `insert into webhook_endpoints (tenant_id, id, url, event_types, secret_sealed, secret_last4, created_by, created_at, updated_at)
       select $1, $2, $3, array['request.scheduled'], $4, right($5, 4), user_id, now(), now() from user_roles where tenant_id = $1 and role = 'operator_admin' limit 1`,
      [tenant.id, newId(), receiver.url('/quartier'), secrets.seal(`webhook-endpoint-secret:${tenant.id}`, webhookSecret), webhookSecret],
    );
    // No quiet hours on this site, so the helper's SMS is not held until morning (quiet-hours.spec.ts covers that).
    await api.db.ownerQuery(`insert into notification_settings (tenant_id, quiet_hours_start, quiet_hours_end) values ($1, '00:00', '00:00')`, [tenant.id]);
    receiver.failNext(2, 503);
    worker = startWorkerProcess(api.db.config, { SMTP_URL: sink.url, QUEUE_RETRY_BASE_MS: '200', NOTIFY_LEASE_MS: '3000' });
    await worker.ready();
  });
  afterAll(async () => {
    await stopWorkerProcesses();
    await api?.close();
    await sink?.stop();
    await receiver?.stop();
  });

  it('tells the customer (in German) and the helper (in English) of a confirmed booking, by email and in the app', async () => {
    const booked = await book(30);
    await sink.waitForCount(2, 30_000);
    const toCustomer = sink.messages().find((mail) => mail.to.includes(customer.email));
    const toHelper = sink.messages().find((mail) => mail.to.includes(ana.email));
    expect(toCustomer?.text).toContain('Chiara Keller');
    expect(toCustomer?.html).toContain('<html');
    expect(toCustomer?.html).toContain('lang="de"');
    expect(toHelper?.html).toContain('lang="en"');
    expect(toCustomer?.headers['x-quartier-delivery']).toBeTruthy();
    expect(toHelper?.text).toContain('Ana');
    expect(toCustomer?.subject).not.toEqual(toHelper?.subject);
    expect(toCustomer?.from?.name).toBeTruthy();

    const inApp = await waitUntil('both in-app notifications', async () => {
      const rows = await api.db.ownerQuery<{ user_id: string; kind: string; link: string }>(`select user_id, kind, link from notifications where tenant_id = $1 order by kind`, [tenant.id]);
      return rows.length >= 2 ? rows : undefined;
    });
    expect(inApp.map((row) => [row.user_id, row.kind])).toEqual([
      [ana.id, 'booking.assigned'],
      [customer.id, 'booking.confirmed'],
    ]);
    expect(inApp.find((row) => row.user_id === customer.id)?.link).toBe(`/requests/${booked.requestId}`);

    // The helper chose SMS by default, but the site has no SMS account: the text is kept in the log.
    const sms = await waitUntil('the helper’s SMS to be kept', async () => {
      const rows = (await deliveriesOf('request.scheduled')).filter((row) => row.channel === 'sms');
      return rows.length === 1 && rows[0].status === 'kept' ? rows[0] : undefined;
    });
    expect(sms.recipient_id).toBe(ana.id);
  });

  it('delivers the event to the operator’s webhook, signed, after the receiver failed twice', async () => {
    const delivered = await waitUntil('the webhook delivery to succeed', async () => {
      const [row] = (await deliveriesOf('request.scheduled')).filter((delivery) => delivery.channel === 'webhook');
      return row?.status === 'sent' ? row : undefined;
    });
    expect(delivered.attempts).toBe(3);
    const requests = receiver.requests();
    expect(requests).toHaveLength(3);
    expect(receiver.verifiedWith(webhookSecret)).toHaveLength(3);
    expect(receiver.verifiedWith('whsec_not-the-secret')).toHaveLength(0);
    const envelope = JSON.parse(requests[2].body) as { id: string; type: string; tenant: string; data: { requestId: string } };
    expect(envelope).toMatchObject({ id: delivered.event_id, type: 'request.scheduled', tenant: tenant.slug });
    const attempts = await api.db.ownerQuery<{ outcome: string; code: string }>(
      `select outcome, code from notification_attempts where tenant_id = $1 and delivery_id = $2 order by attempt`,
      [tenant.id, delivered.id],
    );
    expect(attempts).toEqual([
      { outcome: 'retry', code: '503' },
      { outcome: 'retry', code: '503' },
      { outcome: 'sent', code: '200' },
    ]);
  });

  it('sends nothing twice when the same event comes back to the inbox', async () => {
    const before = sink.count();
    const [delivery] = await deliveriesOf('request.scheduled');
    const [event] = await api.db.ownerQuery<{ created_at: Date }>(`select created_at from outbox_events where tenant_id = $1 and id = $2`, [tenant.id, delivery.event_id]);
    await api.db.ownerQuery(`insert into notification_inbox (tenant_id, event_id, created_at) values ($1, $2, $3)`, [tenant.id, delivery.event_id, event.created_at]);
    await waitUntil('the inbox to be empty again', async () => {
      const rows = await api.db.ownerQuery(`select 1 from notification_inbox where tenant_id = $1`, [tenant.id]);
      return rows.length === 0 ? true : undefined;
    });
    const rows = await api.db.ownerQuery<{ count: string }>(`select count(*) from notification_deliveries where tenant_id = $1 and event_id = $2`, [tenant.id, delivery.event_id]);
    expect(Number(rows[0].count)).toBe(4);
    expect(sink.count()).toBe(before);
    expect(sink.duplicates()).toEqual([]);
  });

  it('records a refused address as failed for good without retrying it', async () => {
    const other = await createTestUser(api, tenant, { roles: ['customer'], email: `nobody-${Date.now()}@example.test` });
    sink.rejectRecipient(other.email, 550);
    customer = other;
    await book(54);
    const failed = await waitUntil('the refused mail to fail', async () => {
      const row = (await deliveriesOf('request.scheduled')).find((delivery) => delivery.recipient_id === other.id && delivery.channel === 'email');
      return row?.status === 'failed' ? row : undefined;
    });
    expect(failed).toMatchObject({ permanent: true, attempts: 1, last_code: '550' });
  });

  it('writes to a recipient whose language the site does not offer in the site’s default language', async () => {
    // The site now speaks French and German, French first; Italian and English are no longer offered.
    await api.db.ownerQuery(`update tenants set locales = '{fr,de}', default_locale = 'fr' where id = $1`, [tenant.id]);
    const italian = await createTestUser(api, tenant, { roles: ['customer'], displayName: 'Giulia Rossi' });
    await api.db.ownerQuery(`update users set locale = 'it' where tenant_id = $1 and id = $2`, [tenant.id, italian.id]);
    customer = italian;
    const before = sink.count();
    await book(78);
    await sink.waitForCount(before + 2, 30_000);
    const arrived = sink.messages().slice(before);
    const toItalian = arrived.find((mail) => mail.to.includes(italian.email));
    const toHelper = arrived.find((mail) => mail.to.includes(ana.email));
    // Neither Italian (the customer's) nor English (the helper's) is offered: both read French.
    expect(toItalian?.html).toContain('lang="fr"');
    expect(toHelper?.html).toContain('lang="fr"');
    expect(toItalian?.text).toContain('Giulia Rossi');
    const locales = await api.db.ownerQuery<{ recipient_id: string; locale: string }>(
      `select recipient_id, locale from notification_deliveries where tenant_id = $1 and channel = 'email' and recipient_id = any($2::uuid[]) order by created_at desc limit 2`,
      [tenant.id, [italian.id, ana.id]],
    );
    expect(locales.map((row) => row.locale)).toEqual(['fr', 'fr']);
  });
});
