// An operator's webhook endpoint that keeps failing, end to end: registered through the operator
// API, fed by a real booking through the outbox and the real worker process, retried with backoff
// (signed each time, same delivery id and body), marked failed once its attempts are spent and
// copied to the dead-letter queue with the tenant id, then replayed from the operator API and
// delivered once the receiver is back. And a delivery whose sends never finish is given up too.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEAD_LETTER_QUEUE, FixedClock, newId, QueueFactory } from '@quartier/platform';
import {
  createApprovedHelper,
  createMarketplaceTenant,
  createTestUser,
  EVERY_DAY,
  type MarketplaceTenant,
  startWorkerProcess,
  stopWorkerProcesses,
  swissPlacesTsv,
  type TestUser,
  waitUntil,
  WebhookReceiver,
} from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const HOUR = 3_600_000;
const WEBHOOK_ATTEMPTS = 12;
const CREATE_ENDPOINT = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } secret } }`;
const LOG = `query($filter: NotificationLogFilter) { notificationLog(first: 10, filter: $filter) { edges { node { id status attempts maxAttempts eventType lastCode } } } }`;
const DETAIL = `query($id: ID!) { notificationDelivery(id: $id) { delivery { id status attempts maxAttempts replays lastCode lastError permanent } attempts { attempt outcome code } } }`;
const REPLAY = 'mutation($id: ID!) { replayNotificationDelivery(id: $id) { id status attempts maxAttempts replays } }';

interface Detail {
  delivery: { id: string; status: string; attempts: number; maxAttempts: number; replays: number; lastCode: string | null; lastError: string | null; permanent: boolean };
  attempts: { attempt: number; outcome: string; code: string | null }[];
}

describe('webhooks: retries, given up, replayed', () => {
  // The start of this hour: the API dates a replay with it, and the worker (on the real clock) must find it due.
  const clock = new FixedClock(new Date(Math.floor(Date.now() / HOUR) * HOUR));
  let api: TestApi;
  let receiver: WebhookReceiver;
  let tenant: MarketplaceTenant;
  let customer: TestUser;
  let helper: TestUser;
  let serviceId: string;
  let queues: QueueFactory;

  const operator = <T>(query: string, variables: Record<string, unknown> = {}) => api.graphql<T>({ host: tenant.slug, query, variables, token: tenant.admin.accessToken });
  const detailOf = async (id: string): Promise<Detail> => {
    const response = await operator<{ notificationDelivery: Detail }>(DETAIL, { id });
    expect(response.errors).toBeUndefined();
    return response.data!.notificationDelivery;
  };
  /** A delivery's dead letters, once there is one: the entry is added just after the failure commits (Postgres keeps the record). */
  const deadLettersOf = (deliveryId: string) =>
    waitUntil(`a dead letter for delivery ${deliveryId}`, async () => {
      const entries = (await queues.queue(DEAD_LETTER_QUEUE).getJobs(['waiting']))
        .map((job) => job.data as { tenantId: string; queue: string; error: string; data: { deliveryId: string } })
        .filter((entry) => entry.data.deliveryId === deliveryId);
      return entries.length > 0 ? entries : undefined;
    });

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    api = await startTestApi({}, { clock });
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    helper = await createApprovedHelper(api, tenant, { displayName: 'Ana', postalCode: '8004', radiusKm: 10, skills: [{ serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });
    queues = new QueueFactory(api.db.config);
    // Retries from 10 ms apart instead of 30 s, doubling each time, so all 12 fit in the suite (about 20 s).
    await startWorkerProcess(api.db.config, { QUEUE_RETRY_BASE_MS: '10' }).ready();
  });

  afterAll(async () => {
    await stopWorkerProcesses();
    await queues?.close();
    await api?.close();
    await receiver?.stop();
  });

  it('retries a failing receiver, gives up after the last attempt, and delivers the same event on replay', async () => {
    const created = await operator<{ createWebhookEndpoint: { endpoint: { id: string }; secret: string } }>(CREATE_ENDPOINT, {
      input: { url: receiver.url('/quartier-events'), eventTypes: ['request.scheduled'], description: 'Dispatch system' },
    });
    expect(created.errors).toBeUndefined();
    const { endpoint, secret } = created.data!.createWebhookEndpoint;
    receiver.respondWith(500);

    const booked = await api.graphql<{ bookSlot: { requestId: string } }>({
      host: tenant.slug,
      query: `mutation($input: BookSlotInput!) { bookSlot(input: $input) { requestId } }`,
      variables: { input: { helperId: helper.id, serviceId, postalCode: '8001', startsAt: new Date(clock.now().getTime() + 30 * HOUR).toISOString() } },
      token: customer.accessToken,
    });
    expect(booked.errors).toBeUndefined();

    const failed = await waitUntil('the webhook delivery to be given up', async () => {
      const log = await operator<{ notificationLog: { edges: { node: { id: string; status: string } }[] } }>(LOG, { filter: { channel: 'WEBHOOK', recipientId: endpoint.id } });
      const node = log.data?.notificationLog.edges[0]?.node;
      return node?.status === 'FAILED' ? node : undefined;
    }, 120_000);

    const given = await detailOf(failed.id);
    expect(given.delivery).toMatchObject({ status: 'FAILED', attempts: WEBHOOK_ATTEMPTS, maxAttempts: WEBHOOK_ATTEMPTS, lastCode: '500', permanent: false, replays: 0 });
    expect(given.attempts.map((attempt) => attempt.outcome)).toEqual([...Array<string>(WEBHOOK_ATTEMPTS - 1).fill('retry'), 'failed']);
    // Every attempt reached the receiver, signed with the endpoint's secret, with the same delivery id and body.
    const tries = receiver.requests();
    expect(tries).toHaveLength(WEBHOOK_ATTEMPTS);
    expect(receiver.verifiedWith(secret)).toHaveLength(WEBHOOK_ATTEMPTS);
    expect(new Set(tries.map((request) => request.body)).size).toBe(1);
    expect(new Set(tries.map((request) => request.headers['quartier-delivery'])).size).toBe(1);
    const envelope = JSON.parse(tries[0].body) as { type: string; tenant: string; data: { requestId: string } };
    expect(envelope).toMatchObject({ type: 'request.scheduled', tenant: tenant.slug, data: { requestId: booked.data!.bookSlot.requestId } });
    // The retries backed off: each wait at least as long as the one before it, give or take the jitter.
    const gaps = tries.slice(1).map((request, i) => request.receivedAt.getTime() - tries[i].receivedAt.getTime());
    expect(gaps[gaps.length - 1]).toBeGreaterThan(gaps[0]);

    // Platform admins see it in the dead-letter queue, with the tenant.
    expect(await deadLettersOf(failed.id)).toEqual([
      expect.objectContaining({ tenantId: tenant.id, queue: 'notifications', data: expect.objectContaining({ deliveryId: failed.id }) }),
    ]);

    // The receiver is back; the operator replays the delivery.
    receiver.respondWith(204);
    const replayed = await operator<{ replayNotificationDelivery: { status: string; replays: number; maxAttempts: number } }>(REPLAY, { id: failed.id });
    expect(replayed.errors).toBeUndefined();
    expect(replayed.data!.replayNotificationDelivery).toMatchObject({ status: 'PENDING', replays: 1, maxAttempts: 2 * WEBHOOK_ATTEMPTS });
    const sent = await waitUntil('the replayed delivery to be sent', async () => {
      const detail = await detailOf(failed.id);
      return detail.delivery.status === 'SENT' ? detail : undefined;
    });
    expect(sent.delivery).toMatchObject({ attempts: WEBHOOK_ATTEMPTS + 1, lastCode: '204', lastError: null, replays: 1 });
    expect(sent.attempts.at(-1)).toMatchObject({ attempt: WEBHOOK_ATTEMPTS + 1, outcome: 'sent', code: '204' });
    const all = receiver.requests();
    expect(all).toHaveLength(WEBHOOK_ATTEMPTS + 1);
    expect(all.at(-1)?.body).toBe(tries[0].body);
    expect(all.at(-1)?.headers['quartier-delivery']).toBe(tries[0].headers['quartier-delivery']);
    expect(receiver.verifiedWith(secret)).toHaveLength(WEBHOOK_ATTEMPTS + 1);

    // A delivery that was sent cannot be sent twice by accident: replaying it again is a deliberate, counted act.
    const again = await operator<{ replayNotificationDelivery: { replays: number } }>(REPLAY, { id: failed.id });
    expect(again.data?.replayNotificationDelivery.replays).toBe(2);
  }, 300_000);

  it('gives up a delivery handed out ten times without any outcome, and dead-letters it', async () => {
    // As a worker dying mid-send ten times in a row leaves it: sending, its lease long run out, no attempt recorded.
    const id = newId();
    await api.db.ownerQuery(
      `insert into notification_deliveries (tenant_id, id, event_id, event_type, kind, channel, recipient_id, address, locale, subject, body,
         status, attempts, handouts, max_attempts, due_at, lease_until, created_at, updated_at)
       values ($1, $2, $3, 'request.scheduled', 'booking.confirmed', 'email', $4, $5, 'de', 'Gebucht', 'Ihre Buchung ist bestätigt.',
         'sending', 0, 10, 10, now(), now() - interval '1 minute', now(), now())`,
      [tenant.id, id, newId(), customer.id, customer.email],
    );
    const given = await waitUntil('the abandoned delivery to fail', async () => {
      const detail = await detailOf(id);
      return detail.delivery.status === 'FAILED' ? detail : undefined;
    });
    expect(given.delivery).toMatchObject({ attempts: 0, permanent: false, lastError: 'sending did not finish after 10 hand-outs' });
    expect(given.attempts).toEqual([]);
    expect(await deadLettersOf(id)).toEqual([expect.objectContaining({ tenantId: tenant.id, error: 'sending did not finish after 10 hand-outs' })]);
  });
});
