// Offers and appointments end to end: a helper offers on a request, the customer chooses it and a
// time, and the request is accepted then scheduled with its timeline; the first choice wins; two
// customers booking the same slot at once get one appointment and one CONFLICT (the database's
// exclusion constraint); times outside the helper's week or the request's windows and helpers
// outside the area are refused with nothing written; cancelling frees the helper's slot.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createApprovedHelper, createMarketplaceTenant, createTestUser, swissPlacesTsv, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const APPOINTMENT_FIELDS = `id requestId helperId customerId serviceId offerId startsAt endsAt status
  price { currency subtotalMinor customerFeeMinor customerTotalMinor commissionMinor helperPayoutMinor }`;
const POST = `mutation($input: PostRequestInput!) { postRequest(input: $input) { id status } }`;
const OFFER = `mutation($id: ID!) { makeOffer(requestId: $id) { id requestId helperId kind priceMinor customerTotalMinor currency status } }`;
const OFFERS = `query($id: ID!) { offers(requestId: $id, first: 10) { edges { node { id helperId status priceMinor } } pageInfo { hasNextPage } } }`;
const CHOOSE = `mutation($id: ID!, $startsAt: DateTime!) { chooseOffer(offerId: $id, startsAt: $startsAt) { ${APPOINTMENT_FIELDS} } }`;
const BOOK = `mutation($input: BookSlotInput!) { bookSlot(input: $input) { ${APPOINTMENT_FIELDS} } }`;
const ONE = `query($id: ID!) { request(id: $id) { id status timeline { sequence fromStatus toStatus event actorKind actorId } } }`;
const MINE = `{ myAppointments(first: 10) { edges { node { id requestId startsAt } } pageInfo { hasNextPage } } }`;

type GqlError = { message: string; extensions?: Record<string, unknown> };
type Appointment = { id: string; requestId: string; helperId: string; customerId: string; offerId: string | null; startsAt: string; endsAt: string; status: string; price: { subtotalMinor: number; customerTotalMinor: number; helperPayoutMinor: number; commissionMinor: number; customerFeeMinor: number } };

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The date (YYYY-MM-DD, UTC) of the first given weekday at least three days ahead. */
function nextWeekday(utcDay: number, skipWeeks = 0): string {
  let day = new Date(Date.now() + 3 * DAY_MS);
  while (day.getUTCDay() !== utcDay) day = new Date(day.getTime() + DAY_MS);
  return new Date(day.getTime() + skipWeeks * 7 * DAY_MS).toISOString().slice(0, 10);
}

describe('offers and appointments', () => {
  let api: TestApi;
  let tenant: MarketplaceTenant;
  let customer: TestUser;
  let rival: TestUser;
  let serviceId: string;
  const helpers: Record<string, TestUser> = {};
  const wednesday = nextWeekday(3);
  const tuesday = nextWeekday(2);
  const thursday = nextWeekday(4);

  const gql = <T>(query: string, variables: Record<string, unknown>, token?: string) => api.graphql<T>({ host: tenant.slug, query, variables, token });

  const post = async (token: string, windows: { from: string; to: string }[]) => {
    const response = await gql<{ postRequest: { id: string } }>(POST, { input: { serviceId, description: 'Mount a shelf', postalCode: '8001', windows } }, token);
    expect(response.errors).toBeUndefined();
    return response.data!.postRequest.id;
  };
  const offer = async (name: string, requestId: string) => {
    const response = await gql<{ makeOffer: { id: string; status: string; kind: string; priceMinor: number } }>(OFFER, { id: requestId }, helpers[name].accessToken);
    expect(response.errors).toBeUndefined();
    return response.data!.makeOffer;
  };
  const counts = async () => {
    const [row] = await api.db.ownerQuery<{ requests: string; appointments: string; offers: string }>(
      `select (select count(*) from requests where tenant_id = $1) as requests, (select count(*) from appointments where tenant_id = $1) as appointments,
              (select count(*) from offers where tenant_id = $1) as offers`,
      [tenant.id],
    );
    return row;
  };

  beforeAll(async () => {
    api = await startTestApi();
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004', '1200') });
    serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    rival = await createTestUser(api, tenant, { roles: ['customer'] });
    // Approved helpers working Tuesdays and Wednesdays (ISO weekdays 2 and 3), the whole day in Zürich.
    const skills = [{ serviceId, priceMinor: 4000 }];
    helpers.Near = await createApprovedHelper(api, tenant, { displayName: 'Near', postalCode: '8004', radiusKm: 10, skills, weekdays: [2, 3] });
    helpers['Also near'] = await createApprovedHelper(api, tenant, { displayName: 'Also near', postalCode: '8001', radiusKm: 5, skills, weekdays: [2, 3] });
    helpers.Geneva = await createApprovedHelper(api, tenant, { displayName: 'Geneva', postalCode: '1200', radiusKm: 20, skills, weekdays: [2, 3] });
  });
  afterAll(async () => {
    await api.close();
  });

  it('offers, chooses and schedules, with every step on the timeline and the outbox; the first choice wins', async () => {
    const requestId = await post(customer.accessToken, [{ from: `${wednesday}T08:00:00.000Z`, to: `${wednesday}T12:00:00.000Z` }]);
    const first = await offer('Near', requestId);
    // An hourly service: the helper's rate (40.00) for the estimated hour.
    expect(first).toMatchObject({ status: 'PENDING', kind: 'ACCEPT', priceMinor: 4000 });
    const second = await offer('Also near', requestId);
    const again = await gql(OFFER, { id: requestId }, helpers.Near.accessToken);
    expect((again.errors as GqlError[])[0].extensions).toMatchObject({ code: 'CONFLICT' });

    const listed = await gql<{ offers: { edges: { node: { id: string } }[] } }>(OFFERS, { id: requestId }, customer.accessToken);
    expect(listed.data!.offers.edges.map((edge) => edge.node.id)).toEqual([first.id, second.id]);
    const notTheirs = await gql(OFFERS, { id: requestId }, rival.accessToken);
    expect((notTheirs.errors as GqlError[])[0].extensions).toMatchObject({ code: 'NOT_FOUND' });

    const startsAt = `${wednesday}T09:00:00.000Z`;
    const chosen = await gql<{ chooseOffer: Appointment }>(CHOOSE, { id: first.id, startsAt }, customer.accessToken);
    expect(chosen.errors).toBeUndefined();
    const appointment = chosen.data!.chooseOffer;
    expect(appointment).toMatchObject({ requestId, helperId: helpers.Near.id, customerId: customer.id, offerId: first.id, status: 'SCHEDULED' });
    expect(Date.parse(appointment.startsAt)).toBe(Date.parse(startsAt));
    expect(Date.parse(appointment.endsAt) - Date.parse(startsAt)).toBe(HOUR_MS);
    const { subtotalMinor, customerFeeMinor, customerTotalMinor, commissionMinor, helperPayoutMinor } = appointment.price;
    expect(subtotalMinor).toBe(4000);
    expect(customerTotalMinor).toBe(subtotalMinor + customerFeeMinor);
    expect(helperPayoutMinor + commissionMinor).toBe(subtotalMinor);

    const seen = await gql<{ request: { status: string; timeline: { event: string; toStatus: string; actorKind: string; actorId: string | null }[] } }>(ONE, { id: requestId }, customer.accessToken);
    expect(seen.data!.request.status).toBe('SCHEDULED');
    expect(seen.data!.request.timeline.map((step) => [step.event, step.toStatus, step.actorKind])).toEqual([
      ['posted', 'OPEN', 'CUSTOMER'],
      ['offered', 'OFFERED', 'SYSTEM'],
      ['accepted', 'ACCEPTED', 'CUSTOMER'],
      ['scheduled', 'SCHEDULED', 'SYSTEM'],
    ]);
    const outbox = await api.db.ownerQuery<{ type: string }>(`select type from outbox_events where aggregate_id = $1`, [requestId]);
    expect(outbox.map((row) => row.type).sort()).toEqual(['request.accepted', 'request.offered', 'request.posted', 'request.scheduled']);

    const late = await gql(CHOOSE, { id: second.id, startsAt: `${wednesday}T10:30:00.000Z` }, customer.accessToken);
    expect((late.errors as GqlError[])[0]).toMatchObject({ message: 'This request is already taken', extensions: { code: 'CONFLICT' } });
    const stored = await api.db.ownerQuery<{ id: string; status: string; decline_reason: string | null }>(`select id, status, decline_reason from offers where request_id = $1 order by created_at, id`, [requestId]);
    expect(stored).toEqual([
      { id: first.id, status: 'chosen', decline_reason: null },
      { id: second.id, status: 'declined', decline_reason: 'The customer chose another offer' },
    ]);
    // The helper who was not chosen hears of it.
    const lapsed = await api.db.ownerQuery<{ type: string }>(`select type from outbox_events where aggregate_id = $1 order by created_at, id`, [second.id]);
    expect(lapsed.map((row) => row.type)).toEqual(['offer.made', 'offer.declined']);
    const appointments = await api.db.ownerQuery(`select 1 from appointments where request_id = $1`, [requestId]);
    expect(appointments).toHaveLength(1);

    for (const user of [customer, helpers.Near]) {
      const mine = await gql<{ myAppointments: { edges: { node: { id: string } }[] } }>(MINE, {}, user.accessToken);
      expect(mine.data!.myAppointments.edges.map((edge) => edge.node.id)).toContain(appointment.id);
    }
    const outsider = await gql<{ myAppointments: { edges: unknown[] } }>(MINE, {}, helpers['Also near'].accessToken);
    expect(outsider.data!.myAppointments.edges).toEqual([]);
  });

  it('gives one of two customers booking the same slot at once the appointment, the other a CONFLICT on startsAt', async () => {
    const slot = (token: string) =>
      gql<{ bookSlot: Appointment }>(BOOK, { input: { helperId: helpers['Also near'].id, serviceId, postalCode: '8001', startsAt: `${tuesday}T09:30:00.000Z` } }, token);
    const before = await counts();
    const answers = await Promise.all([slot(customer.accessToken), slot(rival.accessToken)]);
    const won = answers.filter((answer) => !answer.errors);
    const lost = answers.filter((answer) => answer.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0].errors as GqlError[])[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'startsAt' });
    expect(won[0].data!.bookSlot.status).toBe('SCHEDULED');

    const rows = await api.db.ownerQuery<{ customer_id: string; request_status: string }>(
      `select a.customer_id, r.status as request_status from appointments a join requests r on r.tenant_id = a.tenant_id and r.id = a.request_id
        where a.tenant_id = $1 and a.helper_id = $2 and a.starts_at = $3`,
      [tenant.id, helpers['Also near'].id, `${tuesday}T09:30:00.000Z`],
    );
    expect(rows).toEqual([{ customer_id: won[0].data!.bookSlot.customerId, request_status: 'scheduled' }]);
    // The loser's request and its timeline were rolled back with the refused appointment.
    const after = await counts();
    expect(Number(after.requests)).toBe(Number(before.requests) + 1);
    expect(Number(after.appointments)).toBe(Number(before.appointments) + 1);

    const timeline = await gql<{ request: { timeline: { event: string; toStatus: string }[] } }>(ONE, { id: won[0].data!.bookSlot.requestId }, won[0] === answers[0] ? customer.accessToken : rival.accessToken);
    expect(timeline.data!.request.timeline.map((step) => [step.event, step.toStatus])).toEqual([
      ['booked', 'ACCEPTED'],
      ['scheduled', 'SCHEDULED'],
    ]);

    // An overlapping, not identical, slot of the same helper is taken too.
    const overlapping = await gql(BOOK, { input: { helperId: helpers['Also near'].id, serviceId, postalCode: '8001', startsAt: `${tuesday}T10:00:00.000Z` } }, customer.accessToken);
    expect((overlapping.errors as GqlError[])[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'startsAt' });
  });

  it('refuses times outside the helper’s week or the request’s windows, naming startsAt, and writes nothing', async () => {
    const before = await counts();
    const offDay = await gql(BOOK, { input: { helperId: helpers.Near.id, serviceId, postalCode: '8001', startsAt: `${thursday}T09:00:00.000Z` } }, customer.accessToken);
    expect((offDay.errors as GqlError[])[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    expect(await counts()).toEqual(before);
    const tooFar = await gql(BOOK, { input: { helperId: helpers.Near.id, serviceId, postalCode: '8001', startsAt: `${nextWeekday(3, 3)}T09:00:00.000Z` } }, customer.accessToken);
    expect((tooFar.errors as GqlError[])[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    expect(await counts()).toEqual(before);

    const requestId = await post(rival.accessToken, [{ from: `${wednesday}T13:00:00.000Z`, to: `${wednesday}T15:00:00.000Z` }]);
    const made = await offer('Near', requestId);
    const afterOffer = await counts();
    // Inside the helper's Wednesday, but the hour runs past the request's window.
    const outsideWindow = await gql(CHOOSE, { id: made.id, startsAt: `${wednesday}T14:30:00.000Z` }, rival.accessToken);
    expect((outsideWindow.errors as GqlError[])[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    expect(await counts()).toEqual(afterOffer);
    const seen = await gql<{ request: { status: string; timeline: unknown[] } }>(ONE, { id: requestId }, rival.accessToken);
    expect(seen.data!.request).toMatchObject({ status: 'OFFERED' });
    expect(seen.data!.request.timeline).toHaveLength(2);
  });

  it('frees the helper’s slot when the customer cancels the scheduled request', async () => {
    const input = { helperId: helpers.Near.id, serviceId, postalCode: '8001', startsAt: `${tuesday}T15:00:00.000Z` };
    const booked = await gql<{ bookSlot: Appointment }>(BOOK, { input }, customer.accessToken);
    expect(booked.errors).toBeUndefined();
    const taken = await gql(BOOK, { input }, rival.accessToken);
    expect((taken.errors as GqlError[])[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'startsAt' });

    const cancelled = await gql<{ cancelRequest: { status: string } }>(
      `mutation($id: ID!) { cancelRequest(requestId: $id) { status } }`,
      { id: booked.data!.bookSlot.requestId },
      customer.accessToken,
    );
    expect(cancelled.data?.cancelRequest.status).toBe('CANCELLED');
    const [stored] = await api.db.ownerQuery<{ status: string }>(`select status from appointments where id = $1`, [booked.data!.bookSlot.id]);
    expect(stored.status).toBe('cancelled');
    const rebooked = await gql<{ bookSlot: Appointment }>(BOOK, { input }, rival.accessToken);
    expect(rebooked.errors).toBeUndefined();
    expect(rebooked.data!.bookSlot.customerId).toBe(rival.id);
  });

  it('does not let a helper whose area does not cover the request offer on it', async () => {
    const requestId = await post(customer.accessToken, [{ from: `${wednesday}T08:00:00.000Z`, to: `${wednesday}T12:00:00.000Z` }]);
    const before = await counts();
    const response = await gql(OFFER, { id: requestId }, helpers.Geneva.accessToken);
    expect((response.errors as GqlError[])[0]).toMatchObject({ message: 'The request is outside your service area', extensions: { code: 'FORBIDDEN' } });
    expect(await counts()).toEqual(before);
    const booked = await gql(BOOK, { input: { helperId: helpers.Geneva.id, serviceId, postalCode: '8001', startsAt: `${wednesday}T09:00:00.000Z` } }, customer.accessToken);
    expect((booked.errors as GqlError[])[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'postalCode' });
    expect(await counts()).toEqual(before);
  });

  it("quotes before booking exactly the price bookSlot then fixes, the site's fee included, to anyone", async () => {
    const fee = { fixedMinor: 150, basisPoints: 500 };
    const policy = await gql<{ updatePolicy: { version: number } }>(
      'mutation($document: PolicyDocument!) { updatePolicy(kind: PRICING, document: $document) { version } }',
      { document: { currency: 'CHF', commissionBasisPoints: 2000, customerFee: fee, helperHourlyRate: { minMinor: 3000, maxMinor: 5000 }, fixedPrices: {} } },
      tenant.admin.accessToken,
    );
    expect(policy.errors).toBeUndefined();
    const QUOTE = 'query($h: ID!, $s: ID!) { bookingQuote(helperId: $h, serviceId: $s) { currency subtotalMinor customerFeeMinor customerTotalMinor durationMinutes } }';
    // Anonymous, as the confirm page may be read before logging in: 40.00 for the hour, 1.50 + 5 % fee.
    const quoted = await gql<{ bookingQuote: Record<string, unknown> }>(QUOTE, { h: helpers.Near.id, s: serviceId });
    expect(quoted.data?.bookingQuote).toEqual({ currency: 'CHF', subtotalMinor: 4000, customerFeeMinor: 350, customerTotalMinor: 4350, durationMinutes: 60 });

    const booked = await gql<{ bookSlot: Appointment }>(BOOK, { input: { helperId: helpers.Near.id, serviceId, postalCode: '8001', startsAt: `${nextWeekday(2, 1)}T13:00:00.000Z` } }, customer.accessToken);
    expect(booked.errors).toBeUndefined();
    expect(booked.data!.bookSlot.price).toMatchObject({ subtotalMinor: 4000, customerFeeMinor: 350, customerTotalMinor: 4350 });

    const quoteService = await tenant.serviceId({ pricingMode: 'quote' });
    const onQuote = await gql(QUOTE, { h: helpers.Near.id, s: quoteService });
    expect((onQuote.errors as GqlError[])[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serviceId' });
    const unknown = await gql(QUOTE, { h: customer.id, s: serviceId });
    expect((unknown.errors as GqlError[])[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets a helper who offered on a request read it, and no other helper', async () => {
    const requestId = await post(customer.accessToken, [{ from: `${thursday}T08:00:00.000Z`, to: `${thursday}T12:00:00.000Z` }]);
    await offer('Near', requestId);
    const READ = 'query($id: ID!) { request(id: $id) { id description windows { from to } } }';
    const read = await gql<{ request: { id: string; description: string } }>(READ, { id: requestId }, helpers.Near.accessToken);
    expect(read.data?.request).toMatchObject({ id: requestId, description: 'Mount a shelf' });
    const other = await gql(READ, { id: requestId }, helpers['Also near'].accessToken);
    expect((other.errors as GqlError[])[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});
