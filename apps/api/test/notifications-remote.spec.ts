// What remote first help tells people, end to end through the real worker process: a remote-first
// request is offered to a helper far away as a call (no travel) while a helper nearby is offered a
// visit; the call's booking tells the customer the helper will call and the helper to call the
// customer; when the call needs hands on, the customer hears a visit is needed, with the helper's
// note, and the visit booked next says the helper comes by again. A request given up before the
// fan-out of its handover tells nobody.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RequestContext, siteOrigin, TenantDatabase } from '@quartier/platform';
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
} from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SLA = `query { tenantPolicy(kind: SLA) { document } }`;
const UPDATE_SLA = `mutation($document: PolicyDocument!) { updatePolicy(kind: SLA, document: $document) { version } }`;
const UPDATE_SERVICE = `mutation($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { id remoteHelp } }`;
const UPDATE_PROFILE = `mutation($input: UpdateHelperProfileInput!) { updateMyHelperProfile(input: $input) { id offersRemoteHelp } }`;
const POST = `mutation($input: PostRequestInput!) { postRequest(input: $input) { id remoteFirst } }`;
const ACCEPT = `mutation($id: ID!) { acceptDispatchOffer(requestId: $id) { id startsAt mode } }`;
const START = `mutation($id: ID!) { startAppointment(appointmentId: $id) { status } }`;
const NEED_VISIT = `mutation($id: ID!, $note: String) { needVisit(appointmentId: $id, note: $note) { status } }`;
const CANCEL = `mutation($id: ID!) { cancelRequest(requestId: $id) { status } }`;
const MY_NOTIFICATIONS = `{ myNotifications(first: 50) { edges { node { kind title body link } } } }`;
const NOTE = 'The router is dead: it needs replacing on site';

type Notification = { kind: string; title: string; body: string; link: string };

/** `text` matched literally inside a regular expression (service names may hold dots or brackets). */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A date and time as the fan-out writes it for a reader of `locale` on a site in Zürich. */
const swissDate = (locale: string, at: Date | string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Zurich' }).format(new Date(at));

describe('notifications of remote first help', () => {
  let api: TestApi;
  let sink: SmtpSink;
  let tenant: MarketplaceTenant;
  let serviceId: string;
  let names: Record<string, string>;
  let clara: TestUser;
  let geneva: TestUser;
  let anna: TestUser;

  const gql = async <T>(query: string, variables: Record<string, unknown>, user: TestUser): Promise<T> => {
    const response = await api.graphql<T>({ host: tenant.slug, query, variables, token: user.accessToken });
    expect(response.errors).toBeUndefined();
    return response.data as T;
  };
  /** The user's in-app notifications of `kind`, newest first, once there are `count`. */
  const notificationsOf = (user: TestUser, kind: string, count = 1) =>
    waitUntil(`${count} ${kind} notification(s) of ${user.displayName}`, async () => {
      const data = await gql<{ myNotifications: { edges: { node: Notification }[] } }>(MY_NOTIFICATIONS, {}, user);
      const found = data.myNotifications.edges.map((edge) => edge.node).filter((node) => node.kind === kind);
      return found.length >= count ? found : undefined;
    });
  const mailTo = (user: TestUser, subject: string) =>
    waitUntil(`the mail "${subject}" to ${user.displayName}`, async () => sink.messages().find((mail) => mail.to.includes(user.email) && mail.subject === subject));
  const post = async () => {
    const windows = [{ from: new Date(Date.now() + MINUTE).toISOString(), to: new Date(Date.now() + 8 * HOUR).toISOString() }];
    const posted = await gql<{ postRequest: { id: string; remoteFirst: boolean } }>(
      POST,
      { input: { serviceId, description: 'The Wi-Fi drops every evening', postalCode: '8001', windows, remoteFirst: true } },
      clara,
    );
    expect(posted.postRequest.remoteFirst).toBe(true);
    return posted.postRequest.id;
  };
  /** Geneva takes the request's call once dispatch has offered it to her, starts it and finds it needs a visit. */
  const callNeedsVisit = async (requestId: string) => {
    await waitUntil('the call offered to Geneva', async () => {
      const [offer] = await api.db.ownerQuery(`select 1 from dispatch_offers where tenant_id = $1 and request_id = $2 and helper_id = $3 and status = 'pending'`, [
        tenant.id,
        requestId,
        geneva.id,
      ]);
      return offer;
    });
    const call = (await gql<{ acceptDispatchOffer: { id: string; startsAt: string; mode: string } }>(ACCEPT, { id: requestId }, geneva)).acceptDispatchOffer;
    expect(call.mode).toBe('REMOTE');
    // A job may start from 30 minutes before its time; a call is proposed 5 to 10 minutes out.
    expect((await gql<{ startAppointment: { status: string } }>(START, { id: call.id }, geneva)).startAppointment.status).toBe('IN_PROGRESS');
    expect((await gql<{ needVisit: { status: string } }>(NEED_VISIT, { id: call.id, note: NOTE }, geneva)).needVisit.status).toBe('CANCELLED');
    return call;
  };

  beforeAll(async () => {
    sink = await SmtpSink.start();
    api = await startTestApi();
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004', '1200') });
    serviceId = await tenant.serviceId({ pricingMode: 'hourly' });
    [names] = (await api.db.ownerQuery<{ names: Record<string, string> }>(`select names from services where tenant_id = $1 and id = $2`, [tenant.id, serviceId])).map((row) => row.names);
    clara = await createTestUser(api, tenant, { roles: ['customer'], displayName: 'Clara Kunde' });
    const helper = (displayName: string, postalCode: string) =>
      createApprovedHelper(api, tenant, { displayName, postalCode, radiusKm: 20, skills: [{ serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });
    // Geneva (about 225 km away) gives remote help; Anna, next door, comes by.
    geneva = await helper('Genève', '1200');
    anna = await helper('Anna', '8004');
    const setLocale = (user: TestUser, locale: string) => api.db.ownerQuery(`update users set locale = $3 where tenant_id = $1 and id = $2`, [tenant.id, user.id, locale]);
    await setLocale(clara, 'en');
    await setLocale(geneva, 'fr');
    await setLocale(anna, 'en');
    expect((await gql<{ updateMyHelperProfile: { offersRemoteHelp: boolean } }>(UPDATE_PROFILE, { input: { offersRemoteHelp: true } }, geneva)).updateMyHelperProfile.offersRemoteHelp).toBe(true);
    expect((await gql<{ updateService: { remoteHelp: boolean } }>(UPDATE_SERVICE, { id: serviceId, input: { remoteHelp: true } }, tenant.admin)).updateService.remoteHelp).toBe(true);
    // Both helpers in the first wave, at once, and no second wave while the test runs.
    const document = (await gql<{ tenantPolicy: { document: Record<string, unknown> } }>(SLA, {}, tenant.admin)).tenantPolicy.document;
    await gql(
      UPDATE_SLA,
      { document: { ...document, dispatch: { ...(document.dispatch as object), firstWaveSize: 2, waveGrowth: 0, waveIntervalMinutes: 60, firstLookMinutes: 0 } } },
      tenant.admin,
    );
    await startWorkerProcess(api.db.config, { SMTP_URL: sink.url }).ready();
  }, 180_000);

  afterAll(async () => {
    await stopWorkerProcesses();
    await api?.close();
    await sink?.stop();
  });

  it('offers the call as a call and the visit as a visit, books the call as a call, and tells the customer when it needs a visit', async () => {
    const requestId = await post();

    // The offer to call says so, in Geneva's French; Anna next door is offered to come by.
    const [toGeneva] = await notificationsOf(geneva, 'dispatch.offer');
    expect(toGeneva.title).toBe(`Nouvelle demande : appeler un client pour ${names.fr}`);
    expect(toGeneva.body).toMatch(new RegExp(`^Appel pour ${literally(names.fr)} \\(client au NPA 8001\\), sans déplacement, à partir du `));
    const [toAnna] = await notificationsOf(anna, 'dispatch.offer');
    expect(toAnna.title).toBe(`New request nearby: ${names.en}`);
    expect(toAnna.body).toMatch(new RegExp(`^${literally(names.en)} in 8001, wanted from `));

    const call = await callNeedsVisit(requestId);

    // The call's booking: the customer hears Geneva will call, Geneva to call the customer.
    const [confirmed] = await notificationsOf(clara, 'booking.confirmed');
    expect(confirmed).toEqual({
      kind: 'booking.confirmed',
      title: 'Booking confirmed',
      body: `Genève will call you about “${names.en}” on ${swissDate('en-GB', call.startsAt)}.`,
      link: `/requests/${requestId}`,
    });
    const mail = await mailTo(clara, `Booking confirmed: ${names.en} on ${swissDate('en-GB', call.startsAt)}`);
    expect(mail.text).toContain('Genève will call you at the agreed time and help over the phone.');
    expect(mail.text).not.toContain('will come to you');
    const [assigned] = await notificationsOf(geneva, 'booking.assigned');
    expect(assigned.title).toBe(`Nouvel appel : ${names.fr}`);
    expect(assigned.body).toMatch(/^Appelez Clara Kunde le .+ ; le numéro figure sur la page de la mission\.$/);

    // The call needs hands on: the customer hears it, with Geneva's note, by email and in the app.
    const [visitNeeded] = await notificationsOf(clara, 'visit.needed');
    expect(visitNeeded).toEqual({
      kind: 'visit.needed',
      title: `A visit is needed: ${names.en}`,
      body: `The call with Genève showed that “${names.en}” needs a visit. We are finding a helper to come by at the price already agreed and will let you know as soon as someone is booked. Note: ${NOTE}`,
      link: `/requests/${requestId}`,
    });
    const visitMail = await mailTo(clara, `A visit is needed for ${names.en}`);
    expect(visitMail.text).toContain(`Note from Genève: ${NOTE}`);
    expect(visitMail.text).toContain(`${siteOrigin(api.db.config, tenant.slug)}/requests/${requestId}`);

    // Anna takes the visit: this booking says she comes by.
    const visit = (await gql<{ acceptDispatchOffer: { startsAt: string; mode: string } }>(ACCEPT, { id: requestId }, anna)).acceptDispatchOffer;
    expect(visit.mode).toBe('ON_SITE');
    const [latest] = await notificationsOf(clara, 'booking.confirmed', 2);
    expect(latest.body).toBe(`Anna will help you with “${names.en}” on ${swissDate('en-GB', visit.startsAt)}.`);
    const [toAnnaAssigned] = await notificationsOf(anna, 'booking.assigned');
    expect(toAnnaAssigned.title).toBe(`New job: ${names.en}`);
  });

  it('tells nobody of a visit needed when the request was cancelled before the fan-out', async () => {
    const requestId = await post();
    await callNeedsVisit(requestId);
    await waitUntil('the visit needed told', async () => (await notificationsOf(clara, 'visit.needed')).find((notification) => notification.link === `/requests/${requestId}`));
    expect((await gql<{ cancelRequest: { status: string } }>(CANCEL, { id: requestId }, clara)).cancelRequest.status).toBe('CANCELLED');

    // The handover's event once more, as if its fan-out had waited until after the cancellation.
    const [handover] = await api.db.ownerQuery<{ payload: Record<string, unknown> }>(
      `select payload from outbox_events where tenant_id = $1 and type = 'request.visit_needed' and aggregate_id = $2`,
      [tenant.id, requestId],
    );
    const eventId = await api.app
      .get(TenantDatabase)
      .run(RequestContext.system(tenant.id, 'test'), (tx) => tx.emit({ type: 'request.visit_needed', aggregateType: 'request', aggregateId: requestId, payload: handover.payload }));
    await waitUntil(`event ${eventId} to be fanned out`, async () => {
      const [pending] = await api.db.ownerQuery<{ waiting: boolean }>(
        `select exists (select 1 from notification_inbox where tenant_id = $1 and event_id = $2)
             or exists (select 1 from outbox_events where tenant_id = $1 and id = $2 and relayed_at is null) as waiting`,
        [tenant.id, eventId],
      );
      return pending.waiting ? undefined : true;
    });
    expect(await api.db.ownerQuery(`select kind from notifications where tenant_id = $1 and event_id = $2`, [tenant.id, eventId])).toEqual([]);
    expect(await api.db.ownerQuery(`select kind from notification_deliveries where tenant_id = $1 and event_id = $2`, [tenant.id, eventId])).toEqual([]);
  });
});
