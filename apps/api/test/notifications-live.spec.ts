// Live in-app notifications over graphql-ws on /graphql, against the API listening on a real port and
// the real worker process: a booking's notifications reach exactly their recipients' open
// subscriptions, and no one else's (another customer of the site, a customer of another site).
// Connections are admitted like HTTP requests (host's tenant, bearer token of that tenant, never
// anonymous) and only while that holds; operations keep the endpoint's limits; the API's Redis
// subscriber survives losing its connection, lets go of a site nobody listens to, and shutdown
// closes the sockets.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { tenantAudience } from '@quartier/identity';
import { LiveNotificationFeed, type LiveNotification, NotificationBus, notificationChannelOf } from '@quartier/notifications';
import { FixedClock, newId } from '@quartier/platform';
import {
  createApprovedHelper,
  createMarketplaceTenant,
  createTestPlatformAdmin,
  createTestUser,
  EVERY_DAY,
  insertTestTenant,
  type MarketplaceTenant,
  startWorkerProcess,
  stopWorkerProcesses,
  swissPlacesTsv,
  type TestTenant,
  type TestUser,
  waitUntil,
} from '@quartier/testing';
import type { FormattedExecutionResult } from 'graphql';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { type LiveSubscription, subscribeLive } from './live-client.js';
import { startTestApi, type TestApi } from './test-api.js';

const RECEIVED = `subscription LiveInbox { notificationReceived { notification { id kind title body link createdAt readAt } unreadCount } }`;
const BOOK = `mutation($input: BookSlotInput!) { bookSlot(input: $input) { id requestId startsAt } }`;
const HOUR = 3_600_000;
/** The kind of the messages this file publishes itself to learn that a subscription listens; never a product kind. */
const CHECK = 'live.check';

interface Received {
  notificationReceived: {
    notification: { id: string; kind: string; title: string; body: string; link: string | null; createdAt: string; readAt: string | null };
    unreadCount: number;
  };
}

const notificationsOf = (results: FormattedExecutionResult<Received>[]) => results.map((result) => result.data?.notificationReceived.notification);
const productNotificationsOf = (results: FormattedExecutionResult<Received>[]) => notificationsOf(results).filter((notification) => notification?.kind !== CHECK);

describe('live notifications over graphql-ws', () => {
  const clock = new FixedClock(new Date(Math.ceil(Date.now() / HOUR) * HOUR));
  let api: TestApi;
  let url: string;
  let bus: NotificationBus;
  let alpine: MarketplaceTenant;
  let bravo: TestTenant;
  let customer: TestUser;
  let otherCustomer: TestUser;
  let ana: TestUser;
  let bravoCustomer: TestUser;
  let serviceId: string;
  const opened: Pick<LiveSubscription, 'dispose'>[] = [];

  const listen = (user: TestUser, token = user.accessToken): LiveSubscription<Received> => {
    const subscription = subscribeLive<Received>(url, { host: user.host, token, query: RECEIVED });
    opened.push(subscription);
    return subscription;
  };

  function check(tenantId: string, userId: string, id = newId()): Promise<void> {
    const message: LiveNotification = { id, userId, kind: CHECK, title: 'Check', body: 'Are you listening?', link: null, createdAt: new Date().toISOString() };
    return bus.publish(notificationChannelOf(api.db.config.QUEUE_PREFIX, tenantId), [message]);
  }

  /** graphql-ws does not confirm a subscription: a check message published until one arrives does. */
  async function listening(subscription: LiveSubscription<Received>, tenantId: string, userId: string): Promise<void> {
    await waitUntil('the subscription to receive a check', async () => {
      if (subscription.closed) {
        throw new Error(`The subscription was closed: ${JSON.stringify({ closed: subscription.closed, errors: subscription.errors, completed: subscription.completed, results: subscription.results })}`);
      }
      if (subscription.results.length > 0) return true;
      await check(tenantId, userId);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return undefined;
    });
  }

  /** Everything published before a last check has arrived once that check has. */
  async function drained(subscription: LiveSubscription<Received>, tenantId: string, userId: string): Promise<void> {
    const last = newId();
    await check(tenantId, userId, last);
    await waitUntil('the last check', async () => (notificationsOf(subscription.results).some((notification) => notification?.id === last) ? true : undefined));
  }

  async function liveConnections(): Promise<number> {
    const metrics = (await api.http().get('/metrics')).text;
    return Number(/^quartier_graphql_live_connections(?:\{[^}]*\})? (\d+)$/m.exec(metrics)?.[1]);
  }

  beforeAll(async () => {
    api = await startTestApi({}, { clock });
    url = await api.liveUrl();
    bus = api.app.get(NotificationBus);
    alpine = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    serviceId = await alpine.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    customer = await createTestUser(api, alpine, { roles: ['customer'], displayName: 'Chiara Keller' });
    otherCustomer = await createTestUser(api, alpine, { roles: ['customer'], displayName: 'Luca Meier' });
    ana = await createApprovedHelper(api, alpine, { displayName: 'Ana', postalCode: '8004', radiusKm: 10, skills: [{ serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });
    bravo = await insertTestTenant(api.db, { name: 'Bravo Live' });
    bravoCustomer = await createTestUser(api, bravo, { roles: ['customer'] });
  });
  afterAll(async () => {
    await Promise.all(opened.map((subscription) => subscription.dispose()));
    await stopWorkerProcesses();
    await api?.close();
  });

  it('tells the booking’s customer and helper live, each only their own, and no one else of this or another site', async () => {
    const subscribers = [
      { user: customer, tenantId: alpine.id },
      { user: ana, tenantId: alpine.id },
      { user: otherCustomer, tenantId: alpine.id },
      { user: bravoCustomer, tenantId: bravo.id },
    ].map((subscriber) => ({ ...subscriber, subscription: listen(subscriber.user) }));
    for (const { subscription, tenantId, user } of subscribers) await listening(subscription, tenantId, user.id);

    const worker = startWorkerProcess(api.db.config);
    await worker.ready();
    const booked = await api.graphql<{ bookSlot: { requestId: string } }>({
      host: alpine.slug,
      query: BOOK,
      variables: { input: { helperId: ana.id, serviceId, postalCode: '8001', startsAt: new Date(clock.now().getTime() + 30 * HOUR).toISOString() } },
      token: customer.accessToken,
    });
    expect(booked.errors).toBeUndefined();
    const [toCustomer, toAna] = subscribers;
    await waitUntil('the customer’s live notification', async () => (productNotificationsOf(toCustomer.subscription.results).length > 0 ? true : undefined));
    await waitUntil('the helper’s live notification', async () => (productNotificationsOf(toAna.subscription.results).length > 0 ? true : undefined));
    for (const { subscription, tenantId, user } of subscribers) await drained(subscription, tenantId, user.id);

    const stored = await api.db.ownerQuery<{ id: string; user_id: string; kind: string; title: string; body: string; link: string; created_at: Date }>(
      `select id, user_id, kind, title, body, link, created_at from notifications where tenant_id = $1 order by kind`,
      [alpine.id],
    );
    const storedFor = (user: TestUser) =>
      stored.filter((row) => row.user_id === user.id).map((row) => ({ id: row.id, kind: row.kind, title: row.title, body: row.body, link: row.link, createdAt: row.created_at.toISOString(), readAt: null }));
    expect(storedFor(customer).map((row) => [row.kind, row.link])).toEqual([['booking.confirmed', `/requests/${booked.data!.bookSlot.requestId}`]]);
    expect(productNotificationsOf(toCustomer.subscription.results)).toEqual(storedFor(customer));
    expect(productNotificationsOf(toAna.subscription.results)).toEqual(storedFor(ana));
    expect(storedFor(ana).map((row) => row.kind)).toEqual(['booking.assigned']);
    const unreadWith = (subscription: LiveSubscription<Received>) =>
      subscription.results.filter((result) => result.data?.notificationReceived.notification.kind !== CHECK).map((result) => result.data?.notificationReceived.unreadCount);
    expect(unreadWith(toCustomer.subscription)).toEqual([1]);
    expect(unreadWith(toAna.subscription)).toEqual([1]);
    for (const { subscription } of subscribers.slice(2)) expect(productNotificationsOf(subscription.results)).toEqual([]);
    for (const { subscription } of subscribers) expect(subscription.results.every((result) => result.errors === undefined)).toBe(true);
    // It starts the worker as a child process, which on a loaded machine takes most of a minute alone.
  }, 120_000);

  it('refuses a connection without a token, with a bad one, another site’s or a platform admin’s, and on an unknown or suspended site', async () => {
    const admin = await createTestPlatformAdmin(api, { email: `admin.${newId().slice(-8)}@platform.test`, password: 'Live-Admin-Password-1', displayName: 'Live Admin' });
    const suspended = await insertTestTenant(api.db, { status: 'suspended' });
    const attempts = {
      'no token': subscribeLive(url, { host: alpine.slug, query: RECEIVED }),
      'an empty authorization': subscribeLive(url, { host: alpine.slug, connectionParams: { authorization: '' }, query: RECEIVED }),
      'a bad token': subscribeLive(url, { host: alpine.slug, token: 'not.a.token', query: RECEIVED }),
      'another site’s token': subscribeLive(url, { host: alpine.slug, token: bravoCustomer.accessToken, query: RECEIVED }),
      'a platform admin’s token': subscribeLive(url, { host: alpine.slug, token: admin.accessToken, query: RECEIVED }),
      'an unknown site': subscribeLive(url, { host: 'nowhere-to-be-found.localhost', token: customer.accessToken, query: RECEIVED }),
      'a suspended site': subscribeLive(url, { host: suspended.slug, token: customer.accessToken, query: RECEIVED }),
    };
    opened.push(...Object.values(attempts));
    const outcomes: Record<string, unknown> = {};
    for (const [attempt, subscription] of Object.entries(attempts)) {
      const closed = await subscription.closing();
      outcomes[attempt] = { connected: subscription.connected, results: subscription.results.length, code: closed.code, reason: closed.reason.split(':')[0] };
    }
    const refused = (code: number, reason: string) => ({ connected: false, results: 0, code, reason });
    expect(outcomes).toEqual({
      'no token': refused(4401, 'UNAUTHENTICATED'),
      'an empty authorization': refused(4401, 'UNAUTHENTICATED'),
      'a bad token': refused(4401, 'UNAUTHENTICATED'),
      'another site’s token': refused(4401, 'TENANT_MISMATCH'),
      'a platform admin’s token': refused(4401, 'UNAUTHENTICATED'),
      'an unknown site': refused(4404, 'TENANT_NOT_FOUND'),
      'a suspended site': refused(4403, 'TENANT_SUSPENDED'),
    });
    expect(attempts['no token'].closed?.reason).toContain('connectionParams.authorization');

    // Control: the same socket path admits the site's own customer.
    const admitted = listen(customer);
    await admitted.settled();
    expect(admitted.connected).toBe(true);
  });

  it('serves no WebSocket on other paths', async () => {
    const answer = await new Promise<number>((resolve, reject) => {
      const socket = new WebSocket(url.replace('/graphql', '/platform/graphql'), 'graphql-transport-ws', { headers: { host: `${alpine.slug}.localhost` } });
      socket.on('unexpected-response', (_request, response) => {
        resolve(response.statusCode ?? 0);
        socket.terminate();
      });
      socket.on('open', () => reject(new Error('A WebSocket opened on /platform/graphql')));
      socket.on('error', () => undefined);
    });
    expect(answer).toBe(404);
  });

  it('runs only subscriptions over the socket, within the endpoint’s limits, and counts them', async () => {
    const manyAliases = Array.from({ length: 31 }, (_, index) => `a${index}: unreadCount`).join(' ');
    const cases = {
      query: subscribeLive(url, { host: alpine.slug, token: customer.accessToken, query: '{ unreadNotificationCount }' }),
      mutation: subscribeLive(url, { host: alpine.slug, token: customer.accessToken, query: 'mutation { markNotificationsRead }' }),
      'too many aliases': subscribeLive(url, { host: alpine.slug, token: customer.accessToken, query: `subscription { notificationReceived { ${manyAliases} } }` }),
      'an unknown field': subscribeLive(url, { host: alpine.slug, token: customer.accessToken, query: 'subscription { notificationReceived { nothing } }' }),
      'a bad variable': subscribeLive(url, {
        host: alpine.slug,
        token: customer.accessToken,
        query: 'subscription($counted: Boolean!) { notificationReceived { unreadCount @include(if: $counted) } }',
        variables: { counted: 'seven' },
      }),
      'a syntax error': subscribeLive(url, { host: alpine.slug, token: customer.accessToken, query: 'subscription {' }),
    };
    opened.push(...Object.values(cases));
    const codes: Record<string, unknown> = {};
    for (const [name, subscription] of Object.entries(cases)) {
      await waitUntil(`the ${name} to be refused`, async () => subscription.errors ?? undefined);
      codes[name] = subscription.errors?.map((error) => error.extensions?.code);
      expect(JSON.stringify(subscription.errors)).not.toMatch(/stack|at .*\.ts/);
    }
    expect(codes).toEqual({
      query: ['BAD_REQUEST'],
      mutation: ['BAD_REQUEST'],
      'too many aliases': ['QUERY_TOO_COMPLEX'],
      'an unknown field': ['GRAPHQL_VALIDATION_FAILED'],
      'a bad variable': ['BAD_USER_INPUT'],
      'a syntax error': ['GRAPHQL_PARSE_FAILED'],
    });
    // Refused per operation, on an admitted connection.
    expect(Object.values(cases).every((subscription) => subscription.connected)).toBe(true);

    const subscription = listen(customer);
    await listening(subscription, alpine.id, customer.id);
    const metrics = (await api.http().get('/metrics')).text;
    expect(metrics).toMatch(/quartier_graphql_operations_total\{[^}]*endpoint="tenant"[^}]*operation="LiveInbox"[^}]*outcome="ok"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/quartier_graphql_live_connections\{[^}]*\} [1-9]/);
  });

  it('stops a session’s live notifications when it logs out: the socket closes and nothing more is sent', async () => {
    const leaving = await createTestUser(api, alpine, { roles: ['customer'] });
    const subscription = listen(leaving);
    await listening(subscription, alpine.id, leaving.id);
    const before = subscription.results.length;
    const loggedOut = await api.graphql({ host: alpine.slug, query: 'mutation { logOut }', token: leaving.accessToken });
    expect(loggedOut.errors).toBeUndefined();

    const after = newId();
    await check(alpine.id, leaving.id, after);
    const closed = await subscription.closing();
    expect(closed.code).toBe(4401);
    expect(closed.reason).toMatch(/^UNAUTHENTICATED: This session has ended/);
    expect(subscription.results).toHaveLength(before);
    expect(notificationsOf(subscription.results).map((notification) => notification?.id)).not.toContain(after);
  });

  it('closes the socket with 4401 when the access token expires', async () => {
    const config = api.db.config;
    const shortLived = await new JwtService().signAsync(
      { kind: 'user', sid: newId(), tid: alpine.id, roles: ['customer'] },
      { subject: customer.id, audience: tenantAudience(alpine.id), issuer: config.JWT_ISSUER, algorithm: 'HS256', expiresIn: 2, secret: config.JWT_SECRET },
    );
    const subscription = listen(customer, shortLived);
    await subscription.settled();
    expect(subscription.connected).toBe(true);
    const closed = await subscription.closing();
    expect(closed).toEqual({ code: 4401, reason: 'UNAUTHENTICATED: Token expired' });
  });

  it('keeps delivering after the API’s Redis subscriber connection is cut (ioredis reconnects and subscribes again)', async () => {
    const subscription = listen(otherCustomer);
    await listening(subscription, alpine.id, otherCustomer.id);
    const redis = new Redis(api.db.config.REDIS_URL);
    try {
      const name = api.app.get(LiveNotificationFeed).connectionName;
      const idsNamed = async () =>
        String(await redis.call('CLIENT', 'LIST', 'TYPE', 'pubsub'))
          .split('\n')
          .filter((line) => line.includes(` name=${name} `))
          .map((line) => /\bid=(\d+)/.exec(line)?.[1]);
      const [cut] = await idsNamed();
      expect(cut).toBeDefined();
      await redis.call('CLIENT', 'KILL', 'ID', cut!);

      const afterCut = new Set<string>();
      await waitUntil('a notification published after the cut to arrive', async () => {
        if (notificationsOf(subscription.results).some((notification) => notification && afterCut.has(notification.id))) return true;
        const id = newId();
        afterCut.add(id);
        await check(alpine.id, otherCustomer.id, id);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return undefined;
      });
      const now = await idsNamed();
      expect(now).toHaveLength(1);
      expect(now).not.toContain(cut);
      expect(subscription.closed).toBeNull();
    } finally {
      redis.disconnect();
    }
  });

  it('unsubscribes from a site’s channel once the last subscriber of that site leaves', async () => {
    const site = await insertTestTenant(api.db, { name: 'Quiet Live' });
    const person = await createTestUser(api, site, { roles: ['customer'] });
    const channel = notificationChannelOf(api.db.config.QUEUE_PREFIX, site.id);
    const redis = new Redis(api.db.config.REDIS_URL);
    const listenersOf = async () => Number(((await redis.pubsub('NUMSUB', channel)) as [string, number])[1]);
    try {
      const first = listen(person);
      const second = listen(person);
      await listening(first, site.id, person.id);
      await listening(second, site.id, person.id);
      expect(await listenersOf()).toBe(1);
      // The server has let go of the first connection once the gauge of admitted connections drops.
      const connections = await liveConnections();
      await first.dispose();
      await waitUntil('the first connection to be let go', async () => ((await liveConnections()) === connections - 1 ? true : undefined));
      expect(await listenersOf()).toBe(1);
      await drained(second, site.id, person.id);
      await second.dispose();
      await waitUntil('the channel to be unsubscribed', async () => ((await listenersOf()) === 0 ? true : undefined));
    } finally {
      redis.disconnect();
    }
  });

  it('closes live sockets with 1001 when the API shuts down, so clients reconnect elsewhere', async () => {
    const other = await startTestApi();
    const site = await insertTestTenant(other.db, { name: 'Closing Live' });
    const person = await createTestUser(other, site, { roles: ['customer'] });
    const subscription = subscribeLive<Received>(await other.liveUrl(), { host: site.slug, token: person.accessToken, query: RECEIVED });
    opened.push(subscription);
    await subscription.settled();
    expect(subscription.connected).toBe(true);
    await other.close();
    expect(await subscription.closing()).toEqual({ code: 1001, reason: 'Going away' });
  });
});
