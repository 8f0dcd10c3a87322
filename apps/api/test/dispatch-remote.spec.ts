// Remote first help end to end, with the worker's engine in the test process on a clock the test
// moves: the operator lets a service start with a call, helpers say they give remote help, and a
// customer's remote-first request is offered as a call to those helpers wherever they live (a
// helper in Geneva for a request in Zürich), while helpers nearby who do not give remote help are
// offered to come by. The call starts the job; when it needs hands on, the helper on the call hands
// it on and dispatch looks for a visit on site at the price already agreed. Bad input changes nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { FixedClock } from '@quartier/platform';
import { createApprovedHelper, createMarketplaceTenant, createTestUser, EVERY_DAY, swissPlacesTsv, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import { startDispatchEngine, type TestDispatchEngine } from './dispatch-engine.js';
import { startTestApi, type TestApi } from './test-api.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const UPDATE_SERVICE = `mutation($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { id remoteHelp } }`;
const SERVICES = `{ services(first: 50) { edges { node { id remoteHelp } } } }`;
const UPDATE_PROFILE = `mutation($input: UpdateHelperProfileInput!) { updateMyHelperProfile(input: $input) { id offersRemoteHelp } }`;
const PUBLIC_HELPER = `query($id: ID!) { helper(id: $id) { id offersRemoteHelp } }`;
const POST = `mutation($input: PostRequestInput!) { postRequest(input: $input) { id remoteFirst } }`;
const ACCEPT = `mutation($id: ID!) { acceptDispatchOffer(requestId: $id) { id helperId startsAt status mode price { subtotalMinor customerTotalMinor } } }`;
const MY_OFFERS = `{ myDispatchOffers(first: 50) { edges { node { requestId mode distanceKm status } } } }`;
const DISPATCH = `query($id: ID!) { requestDispatch(requestId: $id) { round offers { helperId round wave mode distanceKm status } } }`;
const START = `mutation($id: ID!) { startAppointment(appointmentId: $id) { id status mode } }`;
const COMPLETE = `mutation($id: ID!) { completeAppointment(appointmentId: $id, note: "Router reset, all good") { id status mode } }`;
const NEED_VISIT = `mutation($id: ID!, $note: String) { needVisit(appointmentId: $id, note: $note) { id status mode completionNote } }`;
const REASSIGN = `mutation($id: ID!, $helperId: ID!) { reassignAppointment(appointmentId: $id, helperId: $helperId, reason: "Genève is ill") { id helperId mode status } }`;
const ASSIGN = `mutation($id: ID!, $helperId: ID!, $mode: HelpMode) { assignRequest(requestId: $id, helperId: $helperId, mode: $mode) { id helperId mode } }`;
const MAKE_OFFER = `mutation($id: ID!) { makeOffer(requestId: $id) { id } }`;
const OPEN_REQUESTS = `{ openRequestsForMe(first: 50) { edges { node { id } } } }`;
const ANALYTICS = `query($from: DateTime!, $to: DateTime!) { operatorAnalytics(filter: { from: $from, to: $to }) { timeToHelp { count } remoteHelp { startedByCall visitsAfterCall solvedOnCallRate } } }`;
const REQUEST = `query($id: ID!) { request(id: $id) { id status remoteFirst appointmentId expiresAt timeline { event fromStatus toStatus actorKind reason } } }`;

type GqlError = { message: string; extensions?: Record<string, unknown> };
type Offer = { helperId: string; round: number; wave: number; mode: string; distanceKm: number; status: string };
type Appointment = { id: string; helperId: string; startsAt: string; status: string; mode: string; price: { subtotalMinor: number; customerTotalMinor: number } };

describe('remote first help: a call from anywhere, a visit when needed', () => {
  // Tomorrow 07:00 UTC, inside the default service hours; each case a day later.
  const clock = new FixedClock(new Date(Math.floor(Date.now() / (24 * HOUR)) * 24 * HOUR + 31 * HOUR));
  let api: TestApi;
  let engine: TestDispatchEngine;
  let tenant: MarketplaceTenant;
  let customer: TestUser;
  let remoteServiceId: string;
  let onSiteServiceId: string;
  const helpers: Record<string, TestUser> = {};

  const gql = <T>(query: string, variables: Record<string, unknown>, token?: string) => api.graphql<T>({ host: tenant.slug, query, variables, token });
  const errorOf = (response: { errors?: readonly unknown[] }) => ((response.errors as GqlError[] | undefined)?.[0]?.extensions ?? {}) as Record<string, unknown>;
  const nameOf = (helperId: string) => Object.entries(helpers).find(([, user]) => user.id === helperId)?.[0];
  const look = (requestId: string) => engine.look(tenant.id, requestId);
  const countOf = async (table: string) => Number((await api.db.ownerQuery<{ n: string }>(`select count(*) as n from ${table} where tenant_id = $1`, [tenant.id]))[0].n);

  function windows() {
    const now = clock.now().getTime();
    return [{ from: new Date(now + MINUTE).toISOString(), to: new Date(now + 8 * HOUR).toISOString() }];
  }

  async function post(serviceId: string, remoteFirst: boolean): Promise<string> {
    const response = await gql<{ postRequest: { id: string; remoteFirst: boolean } }>(
      POST,
      { input: { serviceId, description: 'The Wi-Fi drops every evening', postalCode: '8001', windows: windows(), remoteFirst } },
      customer.accessToken,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.postRequest.remoteFirst).toBe(remoteFirst);
    return response.data!.postRequest.id;
  }

  async function dispatchOf(requestId: string): Promise<{ round: number; offers: Offer[] }> {
    const response = await gql<{ requestDispatch: { round: number; offers: Offer[] } }>(DISPATCH, { id: requestId }, tenant.admin.accessToken);
    expect(response.errors).toBeUndefined();
    return response.data!.requestDispatch;
  }
  const offersOf = async (requestId: string) => (await dispatchOf(requestId)).offers;

  async function requestOf(requestId: string) {
    const response = await gql<{ request: { status: string; remoteFirst: boolean; appointmentId: string | null; expiresAt: string; timeline: { event: string; fromStatus: string; toStatus: string; actorKind: string; reason: string | null }[] } }>(
      REQUEST,
      { id: requestId },
      tenant.admin.accessToken,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.request;
  }

  /** Posts a remote-first request and has Geneva (far away, giving remote help) take it as a call. */
  async function callTakenByGeneva(): Promise<{ requestId: string; call: Appointment }> {
    const requestId = await post(remoteServiceId, true);
    await look(requestId);
    const accepted = await gql<{ acceptDispatchOffer: Appointment }>(ACCEPT, { id: requestId }, helpers.geneva.accessToken);
    expect(accepted.errors).toBeUndefined();
    return { requestId, call: accepted.data!.acceptDispatchOffer };
  }

  beforeAll(async () => {
    api = await startTestApi({}, { clock });
    engine = await startDispatchEngine(api.db.config, clock);
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004', '1200') });
    [remoteServiceId, onSiteServiceId] = await tenant.serviceIds({ pricingMode: 'hourly' });
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    const helper = (name: string, postalCode: string) =>
      createApprovedHelper(api, tenant, {
        displayName: name,
        postalCode,
        radiusKm: 20,
        skills: [
          { serviceId: remoteServiceId, priceMinor: 4000 },
          { serviceId: onSiteServiceId, priceMinor: 4000 },
        ],
        weekdays: EVERY_DAY,
      });
    // Two neighbours who come by, one neighbour who also calls, and one helper in Geneva (about 225 km away) who calls.
    helpers.anna = await helper('Anna', '8001');
    helpers.ben = await helper('Ben', '8004');
    helpers.carla = await helper('Carla', '8001');
    helpers.geneva = await helper('Genève', '1200');
    for (const name of ['carla', 'geneva']) {
      const updated = await gql<{ updateMyHelperProfile: { offersRemoteHelp: boolean } }>(UPDATE_PROFILE, { input: { offersRemoteHelp: true } }, helpers[name].accessToken);
      expect(updated.data?.updateMyHelperProfile.offersRemoteHelp).toBe(true);
    }
    for (const [id, remoteHelp] of [
      [remoteServiceId, true],
      [onSiteServiceId, false],
    ] as const) {
      const service = await gql<{ updateService: { remoteHelp: boolean } }>(UPDATE_SERVICE, { id, input: { remoteHelp } }, tenant.admin.accessToken);
      expect(service.data?.updateService.remoteHelp).toBe(remoteHelp);
    }
  });
  beforeEach(async () => {
    clock.advance(24 * HOUR);
    await api.db.ownerQuery(`update dispatch_offers set status = 'lapsed' where tenant_id = $1 and status in ('pending', 'taken')`, [tenant.id]);
  });
  afterAll(async () => {
    await engine?.close();
    await api?.close();
  });

  it('shows which services start with a call and which helpers give remote help', async () => {
    const services = await gql<{ services: { edges: { node: { id: string; remoteHelp: boolean } }[] } }>(SERVICES, {}, customer.accessToken);
    const byId = new Map(services.data!.services.edges.map((edge) => [edge.node.id, edge.node.remoteHelp]));
    expect([byId.get(remoteServiceId), byId.get(onSiteServiceId)]).toEqual([true, false]);
    const geneva = await gql<{ helper: { offersRemoteHelp: boolean } }>(PUBLIC_HELPER, { id: helpers.geneva.id }, customer.accessToken);
    const anna = await gql<{ helper: { offersRemoteHelp: boolean } }>(PUBLIC_HELPER, { id: helpers.anna.id }, customer.accessToken);
    expect([geneva.data?.helper.offersRemoteHelp, anna.data?.helper.offersRemoteHelp]).toEqual([true, false]);
  });

  it('refuses a call first on a service that needs a visit, and writes nothing', async () => {
    const before = await countOf('requests');
    const response = await gql(POST, { input: { serviceId: onSiteServiceId, description: 'Mount the TV on the wall', postalCode: '8001', windows: windows(), remoteFirst: true } }, customer.accessToken);
    expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'remoteFirst' });
    expect(await countOf('requests')).toBe(before);
  });

  it('offers a remote-first request as a call to remote helpers anywhere and as a visit to the others nearby', async () => {
    const requestId = await post(remoteServiceId, true);
    expect(await look(requestId)).toContain('wave');
    const offers = await offersOf(requestId);
    const byName = Object.fromEntries(offers.map((offer) => [nameOf(offer.helperId), offer]));
    // The first wave (3 helpers within 10 km) holds Geneva: a call needs no travel.
    expect(Object.keys(byName).sort()).toEqual(['anna', 'carla', 'geneva']);
    expect(byName.geneva).toMatchObject({ wave: 1, mode: 'REMOTE', distanceKm: 0 });
    expect(byName.carla).toMatchObject({ mode: 'REMOTE', distanceKm: 0 });
    expect(byName.anna.mode).toBe('ON_SITE');
    expect(byName.anna.distanceKm).toBeLessThan(2);
    const mine = await gql<{ myDispatchOffers: { edges: { node: { requestId: string; mode: string; distanceKm: number } }[] } }>(MY_OFFERS, {}, helpers.geneva.accessToken);
    expect(mine.data!.myDispatchOffers.edges.map((edge) => edge.node)).toContainEqual(expect.objectContaining({ requestId, mode: 'REMOTE', distanceKm: 0 }));
  });

  it('keeps a request without a call first to helpers who can come by', async () => {
    const requestId = await post(remoteServiceId, false);
    await look(requestId);
    const offers = await offersOf(requestId);
    expect(offers.map((offer) => nameOf(offer.helperId)).sort()).toEqual(['anna', 'ben', 'carla']);
    expect(offers.every((offer) => offer.mode === 'ON_SITE')).toBe(true);
  });

  it('starts the job with the call and closes it when the call solves it', async () => {
    const { requestId, call } = await callTakenByGeneva();
    expect(call).toMatchObject({ helperId: helpers.geneva.id, status: 'SCHEDULED', mode: 'REMOTE' });
    // The call is proposed on the next five-minute mark at least five minutes out.
    const lead = Date.parse(call.startsAt) - clock.now().getTime();
    expect(lead).toBeGreaterThanOrEqual(5 * MINUTE);
    expect(lead).toBeLessThan(10 * MINUTE);
    clock.advance(5 * MINUTE);
    expect((await gql<{ startAppointment: { status: string } }>(START, { id: call.id }, helpers.geneva.accessToken)).data?.startAppointment.status).toBe('IN_PROGRESS');
    const completed = await gql<{ completeAppointment: { status: string; mode: string } }>(COMPLETE, { id: call.id }, helpers.geneva.accessToken);
    expect(completed.data?.completeAppointment).toEqual({ id: call.id, status: 'COMPLETED', mode: 'REMOTE' });
    expect((await requestOf(requestId)).status).toBe('COMPLETED');
  });

  it('hands a call that needs hands on to a new round of offers for a visit on site, at the agreed price', async () => {
    const { requestId, call } = await callTakenByGeneva();
    clock.advance(5 * MINUTE);
    expect((await gql(START, { id: call.id }, helpers.geneva.accessToken)).errors).toBeUndefined();

    // Only the helper on the call (or an operator) hands it on; nothing changes for anyone else.
    const byOther = await gql(NEED_VISIT, { id: call.id }, helpers.anna.accessToken);
    expect(errorOf(byOther).code).toBe('NOT_FOUND');
    const tooLong = await gql(NEED_VISIT, { id: call.id, note: 'x'.repeat(2001) }, helpers.geneva.accessToken);
    expect(errorOf(tooLong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect((await requestOf(requestId)).status).toBe('IN_PROGRESS');

    clock.advance(20 * MINUTE);
    const handed = await gql<{ needVisit: { id: string; status: string; mode: string; completionNote: string } }>(
      NEED_VISIT,
      { id: call.id, note: 'The router is dead: it needs replacing on site' },
      helpers.geneva.accessToken,
    );
    expect(handed.errors).toBeUndefined();
    expect(handed.data!.needVisit).toEqual({ id: call.id, status: 'CANCELLED', mode: 'REMOTE', completionNote: 'The router is dead: it needs replacing on site' });
    const request = await requestOf(requestId);
    expect(request).toMatchObject({ status: 'OFFERED', remoteFirst: false, appointmentId: null });
    expect(request.timeline.at(-1)).toMatchObject({ event: 'visit_needed', fromStatus: 'IN_PROGRESS', toStatus: 'OFFERED', actorKind: 'HELPER', reason: 'The router is dead: it needs replacing on site' });
    // Twice is refused: the call is over.
    expect(errorOf(await gql(NEED_VISIT, { id: call.id }, helpers.geneva.accessToken))).toMatchObject({ code: 'CONFLICT' });

    // The call's round stays as it ended; the visit is a new round, to be offered afresh.
    const callRound = (await dispatchOf(requestId)).offers.map((offer) => [nameOf(offer.helperId), offer.round, offer.status]);
    expect(callRound.sort()).toEqual([
      ['anna', 1, 'TAKEN'],
      ['carla', 1, 'TAKEN'],
      ['geneva', 1, 'ACCEPTED'],
    ]);
    // The engine's job for request.visit_needed: round 2 starts again at the first radius (10 km), with
    // everyone nearby who can come by (Carla too, who offered to call), and nobody in Geneva.
    expect(await look(requestId)).toContain('wave');
    const dispatch = await dispatchOf(requestId);
    expect(dispatch.round).toBe(2);
    const visitRound = dispatch.offers.filter((offer) => offer.round === 2);
    expect(visitRound.map((offer) => nameOf(offer.helperId)).sort()).toEqual(['anna', 'ben', 'carla']);
    expect(visitRound.every((offer) => offer.mode === 'ON_SITE' && offer.status === 'PENDING' && offer.distanceKm < 10)).toBe(true);

    // The price is agreed: no helper may offer another one, and the request is not in their feed of open requests.
    const offersBefore = await countOf('offers');
    expect(errorOf(await gql(MAKE_OFFER, { id: requestId }, helpers.ben.accessToken))).toMatchObject({ code: 'CONFLICT', detail: 'PRICE_AGREED' });
    expect(await countOf('offers')).toBe(offersBefore);
    const feed = await gql<{ openRequestsForMe: { edges: { node: { id: string } }[] } }>(OPEN_REQUESTS, {}, helpers.ben.accessToken);
    expect(feed.data!.openRequestsForMe.edges.map((edge) => edge.node.id)).not.toContain(requestId);

    const visit = await gql<{ acceptDispatchOffer: Appointment }>(ACCEPT, { id: requestId }, helpers.anna.accessToken);
    expect(visit.errors).toBeUndefined();
    expect(visit.data!.acceptDispatchOffer).toMatchObject({ helperId: helpers.anna.id, mode: 'ON_SITE', status: 'SCHEDULED', price: call.price });
    expect((await requestOf(requestId)).appointmentId).toBe(visit.data!.acceptDispatchOffer.id);
    // The call is no one's to take any more.
    expect(errorOf(await gql(ACCEPT, { id: requestId }, helpers.carla.accessToken)).code).toBe('CONFLICT');
  });

  it("counts in the operator's analytics the help that started with a call and the visits that followed", async () => {
    const from = clock.now();
    const solved = await callTakenByGeneva();
    clock.advance(5 * MINUTE);
    expect((await gql(START, { id: solved.call.id }, helpers.geneva.accessToken)).errors).toBeUndefined();
    expect((await gql(COMPLETE, { id: solved.call.id }, helpers.geneva.accessToken)).errors).toBeUndefined();
    clock.advance(HOUR);
    const handedOn = await callTakenByGeneva();
    clock.advance(5 * MINUTE);
    expect((await gql(START, { id: handedOn.call.id }, helpers.geneva.accessToken)).errors).toBeUndefined();
    expect((await gql(NEED_VISIT, { id: handedOn.call.id }, helpers.geneva.accessToken)).errors).toBeUndefined();
    // Posted without a call first and not helped yet: in neither count.
    await post(remoteServiceId, false);
    const report = await gql<{ operatorAnalytics: { timeToHelp: { count: number }; remoteHelp: { startedByCall: number; visitsAfterCall: number; solvedOnCallRate: number } } }>(
      ANALYTICS,
      { from: from.toISOString(), to: new Date(from.getTime() + 24 * HOUR).toISOString() },
      tenant.admin.accessToken,
    );
    expect(report.errors).toBeUndefined();
    expect(report.data!.operatorAnalytics).toEqual({ timeToHelp: { count: 2 }, remoteHelp: { startedByCall: 2, visitsAfterCall: 1, solvedOnCallRate: 0.5 } });
  });

  it('gives the visit its own clock: a call handed on after the help-within target still finds someone to come by', async () => {
    const { requestId, call } = await callTakenByGeneva();
    const postedExpiry = Date.parse((await requestOf(requestId)).expiresAt);
    clock.advance(5 * MINUTE);
    expect((await gql(START, { id: call.id }, helpers.geneva.accessToken)).errors).toBeUndefined();
    // A long call: it ends past the 180 minutes the posting gave (the SLA's clock runs with the wall clock here).
    clock.advance(postedExpiry - clock.now().getTime() + 10 * MINUTE);
    const handedAt = clock.now().getTime();
    expect((await gql(NEED_VISIT, { id: call.id, note: 'Needs a new socket' }, helpers.geneva.accessToken)).errors).toBeUndefined();
    const request = await requestOf(requestId);
    expect(Date.parse(request.expiresAt)).toBe(handedAt + 180 * MINUTE);
    expect(await look(requestId)).toContain('wave');
    const dispatch = await dispatchOf(requestId);
    expect(dispatch.round).toBe(2);
    expect(dispatch.offers.filter((offer) => offer.round === 2).length).toBeGreaterThan(0);
    // The help-within figure keeps the posting's target: the call started in time.
    const [row] = await api.db.ownerQuery<{ help_due_at: Date; expires_at: Date }>(`select help_due_at, expires_at from requests where id = $1`, [requestId]);
    expect([row.help_due_at.getTime(), row.expires_at.getTime()]).toEqual([postedExpiry, handedAt + 180 * MINUTE]);
    const visit = await gql<{ acceptDispatchOffer: Appointment }>(ACCEPT, { id: requestId }, helpers.anna.accessToken);
    expect(visit.errors).toBeUndefined();
    expect(visit.data!.acceptDispatchOffer.mode).toBe('ON_SITE');
  });

  it("tells a helper on a call that there is no trip to announce", async () => {
    const { call } = await callTakenByGeneva();
    const refused = await gql(`mutation($id: ID!) { markOnMyWay(appointmentId: $id) { id } }`, { id: call.id }, helpers.geneva.accessToken);
    expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', detail: 'REMOTE' });
    const [row] = await api.db.ownerQuery<{ on_the_way_at: Date | null }>(`select on_the_way_at from appointments where id = $1`, [call.id]);
    expect(row.on_the_way_at).toBeNull();
  });

  it('keeps a call a call when an operator gives it to another helper: one who gives remote help, wherever they live', async () => {
    const { requestId, call } = await callTakenByGeneva();
    const before = await countOf('appointments');
    const toAnna = await gql(REASSIGN, { id: call.id, helperId: helpers.anna.id }, tenant.admin.accessToken);
    expect(errorOf(toAnna)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'helperId' });
    expect(await countOf('appointments')).toBe(before);
    const toCarla = await gql<{ reassignAppointment: { helperId: string; mode: string; status: string } }>(REASSIGN, { id: call.id, helperId: helpers.carla.id }, tenant.admin.accessToken);
    expect(toCarla.errors).toBeUndefined();
    expect(toCarla.data!.reassignAppointment).toMatchObject({ helperId: helpers.carla.id, mode: 'REMOTE', status: 'SCHEDULED' });
    expect((await requestOf(requestId)).appointmentId).not.toBe(call.id);
  });

  it("lets an operator give a remote-first request from their queue as a call, to a helper who gives remote help", async () => {
    const remote = await post(remoteServiceId, true);
    await look(remote);
    // Geneva is outside the place's area for a visit; as a call, distance does not matter.
    const asVisit = await gql(ASSIGN, { id: remote, helperId: helpers.geneva.id }, tenant.admin.accessToken);
    expect(errorOf(asVisit)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'postalCode' });
    const notRemoteHelper = await gql(ASSIGN, { id: remote, helperId: helpers.anna.id, mode: 'REMOTE' }, tenant.admin.accessToken);
    expect(errorOf(notRemoteHelper)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mode' });
    const asCall = await gql<{ assignRequest: { helperId: string; mode: string } }>(ASSIGN, { id: remote, helperId: helpers.geneva.id, mode: 'REMOTE' }, tenant.admin.accessToken);
    expect(asCall.errors).toBeUndefined();
    expect(asCall.data?.assignRequest).toMatchObject({ helperId: helpers.geneva.id, mode: 'REMOTE' });
    // A request whose customer did not agree to a call is never given as one.
    const visitOnly = await post(remoteServiceId, false);
    await look(visitOnly);
    const refused = await gql(ASSIGN, { id: visitOnly, helperId: helpers.carla.id, mode: 'REMOTE' }, tenant.admin.accessToken);
    expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', detail: 'VISIT_NEEDED' });
    expect((await requestOf(visitOnly)).status).toBe('OFFERED');
  });

  it('refuses to hand on a job that did not start with a call', async () => {
    const requestId = await post(remoteServiceId, false);
    await look(requestId);
    const accepted = await gql<{ acceptDispatchOffer: Appointment }>(ACCEPT, { id: requestId }, helpers.anna.accessToken);
    expect(accepted.data?.acceptDispatchOffer.mode).toBe('ON_SITE');
    const appointmentId = accepted.data!.acceptDispatchOffer.id;
    clock.advance(Date.parse(accepted.data!.acceptDispatchOffer.startsAt) - clock.now().getTime());
    expect((await gql(START, { id: appointmentId }, helpers.anna.accessToken)).errors).toBeUndefined();
    const refused = await gql(NEED_VISIT, { id: appointmentId }, helpers.anna.accessToken);
    expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', detail: 'NOT_REMOTE' });
    expect((await requestOf(requestId)).status).toBe('IN_PROGRESS');
  });
});
