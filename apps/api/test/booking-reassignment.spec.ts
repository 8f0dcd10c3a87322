// Operators at work, end to end: a scheduled appointment moves to another helper who offers the
// service, covers the place and is free (same slot, the price the customer agreed to; the old
// appointment cancelled; the step on the timeline; the job and its disputes the new helper's), a
// helper busy then is refused by the database's exclusion constraint as a CONFLICT on helperId with
// nothing written; and operators find requests by helper, postal code and creation time.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '@quartier/platform';
import { createApprovedHelper, createHelper, createMarketplaceTenant, createTestUser, EVERY_DAY, swissPlacesTsv, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const APPOINTMENT = 'id requestId helperId customerId offerId status startsAt endsAt price { currency subtotalMinor customerFeeMinor customerTotalMinor commissionMinor helperPayoutMinor }';
const BOOK = `mutation($input: BookSlotInput!) { bookSlot(input: $input) { ${APPOINTMENT} } }`;
const REASSIGN = `mutation($id: ID!, $helperId: ID!, $reason: String!) { reassignAppointment(appointmentId: $id, helperId: $helperId, reason: $reason) { ${APPOINTMENT} } }`;
const START = `mutation($id: ID!) { startAppointment(appointmentId: $id) { id status } }`;
const DISPUTE = `mutation($id: ID!) { disputeRequest(requestId: $id, reason: "The job was left half done") { status } }`;
const ONE = `query($id: ID!) { appointment(id: $id) { ${APPOINTMENT} } }`;
const REQUEST = `query($id: ID!) { request(id: $id) { status timeline { event fromStatus toStatus actorKind actorId reason } } }`;
const POST = `mutation($input: PostRequestInput!) { postRequest(input: $input) { id } }`;
const REQUESTS = `query($helperId: ID, $postalCode: String, $from: DateTime, $to: DateTime) {
  requests(helperId: $helperId, postalCode: $postalCode, createdFrom: $from, createdTo: $to, first: 100) { edges { node { id postalCode } } }
}`;

type GqlError = { message: string; extensions?: Record<string, unknown> };
type Price = { currency: string; subtotalMinor: number; customerFeeMinor: number; customerTotalMinor: number; commissionMinor: number; helperPayoutMinor: number };
type Appointment = { id: string; requestId: string; helperId: string; offerId: string | null; status: string; startsAt: string; endsAt: string; price: Price };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('reassigning appointments and finding requests', () => {
  const clock = new FixedClock(new Date(Math.ceil(Date.now() / HOUR) * HOUR));
  const origin = clock.now().getTime();
  const setTime = (at: number) => clock.advance(at - clock.now().getTime());
  const hoursAhead = (hours: number) => new Date(origin + hours * HOUR).toISOString();

  let api: TestApi;
  let tenant: MarketplaceTenant;
  let other: MarketplaceTenant;
  let customer: TestUser;
  let stranger: TestUser;
  let operator: TestUser;
  let otherOperator: TestUser;
  const helpers: Record<string, TestUser> = {};
  let serviceId: string;

  const gql = <T>(query: string, variables: Record<string, unknown>, token?: string) => api.graphql<T>({ host: tenant.slug, query, variables, token });
  const errorOf = (response: { errors?: GqlError[] }) => (response.errors as GqlError[])[0].extensions;

  /** A helper set up through the product, working every day around the clock; approved unless told otherwise. */
  function helper(name: string, input: { postalCode: string; priceMinor: number; approved?: boolean }): Promise<TestUser> {
    const create = input.approved === false ? createHelper : createApprovedHelper;
    return create(api, tenant, { displayName: name, postalCode: input.postalCode, radiusKm: 10, skills: [{ serviceId, priceMinor: input.priceMinor }], weekdays: EVERY_DAY });
  }

  async function book(by: TestUser, helperUser: TestUser, startsAt: string): Promise<Appointment> {
    const response = await gql<{ bookSlot: Appointment }>(BOOK, { input: { helperId: helperUser.id, serviceId, postalCode: '8001', startsAt } }, by.accessToken);
    expect(response.errors).toBeUndefined();
    return response.data!.bookSlot;
  }

  const snapshot = () =>
    api.db.ownerQuery(
      `select (select json_agg(json_build_array(id, status, last_sequence) order by id) from requests where tenant_id = $1) as requests,
              (select json_agg(json_build_array(id, helper_id, status) order by id) from appointments where tenant_id = $1) as appointments,
              (select count(*) from request_events where tenant_id = $1) as events,
              (select count(*) from outbox_events where tenant_id = $1) as outbox`,
      [tenant.id],
    );

  beforeAll(async () => {
    api = await startTestApi({}, { clock });
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004', '1200') });
    other = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich' });
    operator = await createTestUser(api, tenant, { roles: ['operator_agent'] });
    otherOperator = other.admin;
    serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    stranger = await createTestUser(api, tenant, { roles: ['customer'] });
    helpers.ana = await helper('Ana', { postalCode: '8004', priceMinor: 4000 });
    helpers.cy = await helper('Cy', { postalCode: '8001', priceMinor: 4500 });
    helpers.geneva = await helper('Geneva', { postalCode: '1200', priceMinor: 4000 });
    helpers.unvetted = await helper('Unvetted', { postalCode: '8001', priceMinor: 4000, approved: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('moves a scheduled appointment to another helper for the same slot at the agreed price, with the step on the timeline', async () => {
    setTime(origin);
    const booked = await book(customer, helpers.ana, hoursAhead(24));
    const reassign = (token: string, variables: Partial<{ id: string; helperId: string; reason: string }>) =>
      gql<{ reassignAppointment: Appointment }>(REASSIGN, { id: booked.id, helperId: helpers.cy.id, reason: 'Ana is ill', ...variables }, token);

    const before = await snapshot();
    expect(errorOf(await reassign(customer.accessToken, {}))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await reassign(helpers.ana.accessToken, {}))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await reassign(operator.accessToken, { reason: '  ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(errorOf(await reassign(operator.accessToken, { helperId: helpers.ana.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'helperId' });
    // Geneva is approved and offers the service, but is far from the place.
    expect(errorOf(await reassign(operator.accessToken, { helperId: helpers.geneva.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'helperId' });
    expect(errorOf(await reassign(operator.accessToken, { helperId: helpers.unvetted.id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await reassign(operator.accessToken, { id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' }))).toMatchObject({ code: 'NOT_FOUND' });
    const elsewhere = await api.graphql({ host: other.slug, query: REASSIGN, variables: { id: booked.id, helperId: helpers.cy.id, reason: 'Not ours' }, token: otherOperator.accessToken });
    expect(errorOf(elsewhere)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await snapshot()).toEqual(before);

    const moved = await reassign(operator.accessToken, {});
    expect(moved.errors).toBeUndefined();
    const appointment = moved.data!.reassignAppointment;
    expect(appointment).toMatchObject({ requestId: booked.requestId, helperId: helpers.cy.id, offerId: null, status: 'SCHEDULED', startsAt: booked.startsAt, endsAt: booked.endsAt });
    expect(appointment.id).not.toBe(booked.id);
    // Cy's own rate is CHF 45 an hour, Ana's 40: the customer keeps the price they agreed to, to the last fee.
    expect(booked.price.subtotalMinor).toBe(4000);
    expect(appointment.price).toEqual(booked.price);

    const old = await gql<{ appointment: Appointment }>(ONE, { id: booked.id }, operator.accessToken);
    expect(old.data!.appointment).toMatchObject({ helperId: helpers.ana.id, status: 'CANCELLED' });
    const request = await gql<{ request: { status: string; timeline: Record<string, unknown>[] } }>(REQUEST, { id: booked.requestId }, customer.accessToken);
    expect(request.data!.request.status).toBe('SCHEDULED');
    expect(request.data!.request.timeline.at(-1)).toEqual({ event: 'reassigned', fromStatus: 'SCHEDULED', toStatus: 'SCHEDULED', actorKind: 'OPERATOR', actorId: operator.id, reason: 'Ana is ill' });
    const [event] = await api.db.ownerQuery<{ payload: Record<string, unknown> }>(`select payload from outbox_events where aggregate_id = $1 and type = 'request.reassigned'`, [booked.requestId]);
    expect(event.payload).toMatchObject({ appointmentId: appointment.id, helperId: helpers.cy.id, previousAppointmentId: booked.id, previousHelperId: helpers.ana.id });

    // The job is Cy's now: Ana's old appointment cannot be started, Cy's can.
    setTime(Date.parse(booked.startsAt) - 10 * MINUTE);
    const byAna = await gql(START, { id: booked.id }, helpers.ana.accessToken);
    expect(errorOf(byAna)).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION', from: 'cancelled', event: 'started' });
    const byCy = await gql<{ startAppointment: { status: string } }>(START, { id: appointment.id }, helpers.cy.accessToken);
    expect(byCy.data?.startAppointment.status).toBe('IN_PROGRESS');
    const tooLate = await reassign(operator.accessToken, { id: appointment.id, helperId: helpers.ana.id });
    expect(errorOf(tooLate)).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION', from: 'in_progress', event: 'reassigned' });

    // Only the helper holding the job disputes it, whatever the order the appointments were written
    // in says: here Ana's cancelled one carries the later creation time (clocks of two api replicas).
    await api.db.ownerQuery(`update appointments set created_at = created_at + interval '1 hour' where id = $1`, [booked.id]);
    expect(errorOf(await gql(DISPUTE, { id: booked.requestId }, helpers.ana.accessToken))).toMatchObject({ code: 'NOT_FOUND' });
    const disputed = await gql<{ disputeRequest: { status: string } }>(DISPUTE, { id: booked.requestId }, helpers.cy.accessToken);
    expect(disputed.data?.disputeRequest.status).toBe('DISPUTED');
  });

  it('refuses a helper who is busy then with a CONFLICT on helperId, leaving everything as it was', async () => {
    setTime(origin);
    await book(stranger, helpers.cy, hoursAhead(48));
    // Half an hour into Cy's booked hour.
    const booked = await book(customer, helpers.ana, new Date(origin + 48 * HOUR + 30 * MINUTE).toISOString());
    const before = await snapshot();
    const busy = await gql(REASSIGN, { id: booked.id, helperId: helpers.cy.id, reason: 'Ana is ill' }, operator.accessToken);
    expect(errorOf(busy)).toMatchObject({ code: 'CONFLICT', field: 'helperId', detail: 'SLOT_TAKEN' });
    expect(await snapshot()).toEqual(before);
    const still = await gql<{ appointment: Appointment }>(ONE, { id: booked.id }, customer.accessToken);
    expect(still.data!.appointment).toMatchObject({ helperId: helpers.ana.id, status: 'SCHEDULED' });
  });

  it('lets operators find requests by helper, postal code and creation time, and checks the range', async () => {
    // A request Ana was moved off, in this test's own hours.
    setTime(origin);
    const movedOff = await book(customer, helpers.ana, hoursAhead(72));
    const moved = await gql(REASSIGN, { id: movedOff.id, helperId: helpers.cy.id, reason: 'Ana is away' }, operator.accessToken);
    expect(moved.errors).toBeUndefined();
    const post = async (at: number, postalCode: string) => {
      setTime(at);
      const windows = [{ from: new Date(at + 24 * HOUR).toISOString(), to: new Date(at + 26 * HOUR).toISOString() }];
      const response = await gql<{ postRequest: { id: string } }>(POST, { input: { serviceId, description: 'Hang curtains', postalCode, windows } }, customer.accessToken);
      expect(response.errors).toBeUndefined();
      return response.data!.postRequest.id;
    };
    const early = await post(origin + 100 * HOUR, '8001');
    const late = await post(origin + 102 * HOUR, '8004');
    const find = async (variables: Record<string, unknown>) => {
      const response = await gql<{ requests: { edges: { node: { id: string } }[] } }>(REQUESTS, variables, operator.accessToken);
      expect(response.errors).toBeUndefined();
      return response.data!.requests.edges.map((edge) => edge.node.id);
    };

    expect(await find({ postalCode: '8004' })).toEqual(expect.arrayContaining([late]));
    expect(await find({ postalCode: '8004' })).not.toContain(early);
    expect(await find({ from: new Date(origin + 101 * HOUR).toISOString() })).toEqual([late]);
    expect(await find({ from: new Date(origin + 99 * HOUR).toISOString(), to: new Date(origin + 101 * HOUR).toISOString() })).toEqual([early]);
    // Ana keeps the request she was moved off: operators looking into a helper see it.
    const ofAna = await find({ helperId: helpers.ana.id });
    expect(ofAna).toContain(movedOff.requestId);
    expect(ofAna).not.toContain(early);
    expect(await find({ helperId: helpers.geneva.id })).toEqual([]);

    const backwards = await gql(REQUESTS, { from: new Date(origin + 101 * HOUR).toISOString(), to: new Date(origin + 101 * HOUR).toISOString() }, operator.accessToken);
    expect(errorOf(backwards)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'createdTo' });
    expect(errorOf(await gql(REQUESTS, {}, customer.accessToken))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
