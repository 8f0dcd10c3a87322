// Money around remote first help, run by the real worker process from the outbox: the call's booking
// opens the payment as any booking does; when the call hands on to a visit and the visit's round finds
// nobody before its own expiry, the request expires and the payment is released, nothing charged.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RequestService } from '@quartier/booking';
import { FixedClock, RequestContext } from '@quartier/platform';
import {
  createApprovedHelper,
  createMarketplaceTenant,
  createTestUser,
  EVERY_DAY,
  type MarketplaceTenant,
  middayZone,
  startWorkerProcess,
  stopWorkerProcesses,
  swissPlacesTsv,
  type TestUser,
  waitUntil,
  type WorkerProcess,
} from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const UPDATE_SERVICE = `mutation($id: ID!) { updateService(id: $id, input: { remoteHelp: true }) { remoteHelp } }`;
const UPDATE_PROFILE = `mutation { updateMyHelperProfile(input: { offersRemoteHelp: true }) { offersRemoteHelp } }`;
const POST = `mutation($input: PostRequestInput!) { postRequest(input: $input) { id } }`;
const MY_OFFERS = `{ myDispatchOffers(status: PENDING, first: 10) { edges { node { requestId mode } } } }`;
const ACCEPT = `mutation($id: ID!) { acceptDispatchOffer(requestId: $id) { id mode } }`;
const START = `mutation($id: ID!) { startAppointment(appointmentId: $id) { status } }`;
const NEED_VISIT = `mutation($id: ID!) { needVisit(appointmentId: $id, note: "Needs a new socket") { status } }`;
const REQUEST = `query($id: ID!) { request(id: $id) { status expiresAt } }`;

describe('payments of remote first help', () => {
  // The worker runs on the real clock: the API's starts there too.
  const clock = new FixedClock(new Date());
  let api: TestApi;
  let worker: WorkerProcess;
  let tenant: MarketplaceTenant;
  let customer: TestUser;
  let geneva: TestUser;
  let serviceId: string;

  const gql = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const response = await api.graphql<T>({ host: tenant.slug, query, variables, token });
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const paymentOf = (requestId: string, status: string) =>
    waitUntil(`the payment of ${requestId} to be ${status}`, async () => {
      const [row] = await api.db.ownerQuery<{ id: string; status: string; captured_minor: number }>(`select id, status, captured_minor from payments where tenant_id = $1 and request_id = $2`, [
        tenant.id,
        requestId,
      ]);
      return row?.status === status ? row : undefined;
    });

  beforeAll(async () => {
    api = await startTestApi({}, { clock });
    tenant = await createMarketplaceTenant(api, { timezone: middayZone(clock.now()), places: swissPlacesTsv('8001', '1200') });
    serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    await gql(UPDATE_SERVICE, { id: serviceId }, tenant.admin.accessToken);
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    // The only helper for the service lives in Geneva, out of reach for a visit in Zürich.
    geneva = await createApprovedHelper(api, tenant, { displayName: 'Genève', postalCode: '1200', radiusKm: 20, skills: [{ serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });
    await gql(UPDATE_PROFILE, {}, geneva.accessToken);
    worker = startWorkerProcess(api.db.config);
    await worker.ready();
  }, 120_000);
  afterAll(async () => {
    await stopWorkerProcesses();
    await api?.close();
  });

  it('releases the payment when the visit after a call finds nobody and the request expires', async () => {
    const now = clock.now().getTime();
    const { postRequest } = await gql<{ postRequest: { id: string } }>(
      POST,
      { input: { serviceId, description: 'The Wi-Fi drops every evening', postalCode: '8001', windows: [{ from: new Date(now + MINUTE).toISOString(), to: new Date(now + 6 * HOUR).toISOString() }], remoteFirst: true } },
      customer.accessToken,
    );
    const requestId = postRequest.id;
    // The worker's dispatch offers the call to Geneva.
    await waitUntil('the call offered to Geneva', async () => {
      const offers = await gql<{ myDispatchOffers: { edges: { node: { requestId: string; mode: string } }[] } }>(MY_OFFERS, {}, geneva.accessToken);
      return offers.myDispatchOffers.edges.find((edge) => edge.node.requestId === requestId && edge.node.mode === 'REMOTE');
    });
    const { acceptDispatchOffer: call } = await gql<{ acceptDispatchOffer: { id: string; mode: string } }>(ACCEPT, { id: requestId }, geneva.accessToken);
    expect(call.mode).toBe('REMOTE');
    const held = await paymentOf(requestId, 'authorized');

    clock.advance(5 * MINUTE);
    await gql(START, { id: call.id }, geneva.accessToken);
    await gql(NEED_VISIT, { id: call.id }, geneva.accessToken);
    // Nobody can come by: the worker's dispatch finds no friend left for the visit and enters the next
    // helper tier at once (the early tier), where nobody can come either.
    const request = await waitUntil('the visit round escalated at once', async () => {
      const read = await gql<{ request: { status: string; expiresAt: string } }>(REQUEST, { id: requestId }, customer.accessToken);
      return read.request.status === 'ESCALATED' ? read.request : undefined;
    });
    // Past the visit round's own expiry, the sweep expires the request.
    clock.set(new Date(Date.parse(request.expiresAt) + MINUTE));
    // (The sweep leaves a request the worker's dispatch holds locked for its next run.)
    const sweep = () => api.app.get(RequestService).expireOverdue(RequestContext.system(tenant.id, 'test'), clock.now());
    await waitUntil('the sweep to expire the request', async () => ((await sweep()) === 1 ? true : undefined));
    expect((await gql<{ request: { status: string } }>(REQUEST, { id: requestId }, customer.accessToken)).request.status).toBe('EXPIRED');

    const released = await paymentOf(requestId, 'released');
    expect(released).toMatchObject({ id: held.id, captured_minor: 0 });
    const ledger = await api.db.ownerQuery(`select 1 from ledger_transactions where tenant_id = $1 and business_key like '%' || $2`, [tenant.id, held.id]);
    expect(ledger).toEqual([]);
  }, 120_000);
});
