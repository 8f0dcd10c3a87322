// Booking across a daylight-saving change, end to end: a Zürich helper works Sundays 08:00–12:00
// local time. On 2027-03-21 that is 07:00–11:00 UTC (CET); on 2027-03-28, when clocks jump from
// 02:00 to 03:00, it is 06:00–10:00 UTC (CEST). Search, the public availability and direct booking
// must all follow the wall clock, not a fixed UTC offset. The API runs on a clock set before both days.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '@quartier/platform';
import { createApprovedHelper, createMarketplaceTenant, createTestUser, swissPlacesTsv, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const BOOK = `mutation($input: BookSlotInput!) { bookSlot(input: $input) { id startsAt endsAt status } }`;
const AVAILABILITY = `query($id: ID!, $from: String!, $to: String!) { helperAvailability(helperId: $id, from: $from, to: $to) { timezone intervals { start end } } }`;
const SEARCH = `query($serviceId: ID!, $window: SearchWindowInput) {
  searchHelpers(postalCode: "8001", serviceId: $serviceId, window: $window, first: 10) { edges { node { helper { id } nextFreeSlot } } }
}`;

type GqlError = { message: string; extensions?: Record<string, unknown> };

describe('booking across a daylight-saving change (Europe/Zurich)', () => {
  // Monday before the change; both Sundays are inside the search horizon and the booking range.
  const clock = new FixedClock(new Date('2027-03-15T09:00:00.000Z'));
  let api: TestApi;
  let tenant: MarketplaceTenant;
  let customer: TestUser;
  let helper: TestUser;
  let serviceId: string;

  const gql = <T>(query: string, variables: Record<string, unknown>, token?: string) => api.graphql<T>({ host: tenant.slug, query, variables, token });
  const book = (startsAt: string) => gql<{ bookSlot: { id: string; startsAt: string; endsAt: string } }>(BOOK, { input: { helperId: helper.id, serviceId, postalCode: '8001', startsAt } }, customer.accessToken);
  const appointmentCount = async () => Number((await api.db.ownerQuery<{ n: string }>(`select count(*) as n from appointments where tenant_id = $1`, [tenant.id]))[0].n);

  beforeAll(async () => {
    api = await startTestApi({}, { clock });
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001') });
    serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    helper = await createApprovedHelper(api, tenant, {
      displayName: 'Sunday helper',
      postalCode: '8001',
      radiusKm: 10,
      skills: [{ serviceId, priceMinor: 4000 }],
      // ISO weekday 7: Sunday, in the site's time zone.
      weekly: [{ weekday: 7, start: '08:00', end: '12:00' }],
    });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('publishes the Sunday hours at the UTC times of each side of the change', async () => {
    // Local dates: the Saturday before the first Sunday to the second Sunday.
    const response = await gql<{ helperAvailability: { timezone: string; intervals: { start: string; end: string }[] } }>(AVAILABILITY, { id: helper.id, from: '2027-03-20', to: '2027-03-28' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.helperAvailability.timezone).toBe('Europe/Zurich');
    expect(response.data!.helperAvailability.intervals).toEqual([
      { start: '2027-03-21T07:00:00.000Z', end: '2027-03-21T11:00:00.000Z' },
      { start: '2027-03-28T06:00:00.000Z', end: '2027-03-28T10:00:00.000Z' },
    ]);
  });

  it('finds the helper free in a window only on the side of the change where the wall clock says so', async () => {
    // 06:00–07:00 UTC is 07:00–08:00 in winter (before work) but 08:00–09:00 in summer (working).
    const winter = await gql<{ searchHelpers: { edges: unknown[] } }>(SEARCH, { serviceId, window: { from: '2027-03-21T06:00:00.000Z', to: '2027-03-21T07:00:00.000Z' } });
    const summer = await gql<{ searchHelpers: { edges: { node: { helper: { id: string } } }[] } }>(SEARCH, { serviceId, window: { from: '2027-03-28T06:00:00.000Z', to: '2027-03-28T07:00:00.000Z' } });
    expect(winter.errors).toBeUndefined();
    expect(winter.data!.searchHelpers.edges).toEqual([]);
    expect(summer.data!.searchHelpers.edges.map((edge) => edge.node.helper.id)).toEqual([helper.id]);
    const any = await gql<{ searchHelpers: { edges: { node: { nextFreeSlot: string } }[] } }>(SEARCH, { serviceId });
    expect(any.data!.searchHelpers.edges[0].node.nextFreeSlot).toBe('2027-03-21T07:00:00.000Z');
  });

  it('books 08:00 local on the day clocks go forward and refuses the same UTC time a week earlier', async () => {
    const before = await appointmentCount();
    const tooEarly = await book('2027-03-21T06:00:00.000Z');
    expect((tooEarly.errors as GqlError[])[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    // 11:00–12:00 local would run past the end of work on the 28th (10:00 UTC is already noon there).
    const tooLate = await book('2027-03-28T10:00:00.000Z');
    expect((tooLate.errors as GqlError[])[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    expect(await appointmentCount()).toBe(before);

    const summer = await book('2027-03-28T06:00:00.000Z');
    expect(summer.errors).toBeUndefined();
    expect(summer.data!.bookSlot).toMatchObject({ startsAt: '2027-03-28T06:00:00.000Z', endsAt: '2027-03-28T07:00:00.000Z' });
    const winter = await book('2027-03-21T10:00:00.000Z');
    expect(winter.errors).toBeUndefined();
    expect(winter.data!.bookSlot).toMatchObject({ startsAt: '2027-03-21T10:00:00.000Z', endsAt: '2027-03-21T11:00:00.000Z' });

    // Booked hours are no longer offered: not in a search window, not in the public availability.
    const taken = await gql<{ searchHelpers: { edges: unknown[] } }>(SEARCH, { serviceId, window: { from: '2027-03-28T06:00:00.000Z', to: '2027-03-28T07:00:00.000Z' } });
    expect(taken.data!.searchHelpers.edges).toEqual([]);
    const any = await gql<{ searchHelpers: { edges: { node: { nextFreeSlot: string } }[] } }>(SEARCH, { serviceId });
    expect(any.data!.searchHelpers.edges[0].node.nextFreeSlot).toBe('2027-03-21T07:00:00.000Z');
    const free = await gql<{ helperAvailability: { intervals: { start: string; end: string }[] } }>(AVAILABILITY, { id: helper.id, from: '2027-03-20', to: '2027-03-28' });
    expect(free.data!.helperAvailability.intervals).toEqual([
      { start: '2027-03-21T07:00:00.000Z', end: '2027-03-21T10:00:00.000Z' },
      { start: '2027-03-28T07:00:00.000Z', end: '2027-03-28T10:00:00.000Z' },
    ]);
  });
});
