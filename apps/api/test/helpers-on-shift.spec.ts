// Helpers on shift now, for the operator's dashboard: approved helpers whose weekly hours, or that
// day's exception, cover the instant, read on a clock the test sets (a Wednesday, 08:00 UTC, then
// 09:30 UTC: in Zurich 09:00 and 10:30, or an hour later in summer).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '@quartier/platform';
import {
  createApprovedHelper,
  createHelper,
  createMarketplaceTenant,
  createTestUser,
  EVERY_DAY,
  swissPlacesTsv,
  type MarketplaceTenant,
  type TestUser,
} from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const ON_SHIFT = `{ helpersOnShift { at count helperIds onJob onJobHelperIds } }`;
const DAY_OFF = `mutation($date: String!) { setMyAvailabilityException(date: $date, dayOff: true) { timezone } }`;
const EXTRA_HOURS = `mutation($date: String!) { setMyAvailabilityException(date: $date, windows: [{ start: "08:00", end: "13:00" }]) { timezone } }`;
const SUSPEND = `mutation($id: ID!) { suspendHelper(helperId: $id, reason: "Complaints under review") { status } }`;
const BOOK = `mutation($input: BookSlotInput!) { bookSlot(input: $input) { id } }`;

type OnShift = { at: string; count: number; helperIds: string[]; onJob: number; onJobHelperIds: string[] };
type GqlError = { message: string; extensions?: Record<string, unknown> };

const HOUR = 3_600_000;
const WEDNESDAY = 3;

/** Wednesday 08:00 UTC, one to two weeks ahead. */
function nextWednesday(): Date {
  const day = new Date(Date.now() + 7 * 24 * HOUR);
  while (day.getUTCDay() !== WEDNESDAY) day.setUTCDate(day.getUTCDate() + 1);
  day.setUTCHours(8, 0, 0, 0);
  return day;
}

describe('helpers on shift', () => {
  const T0 = nextWednesday();
  const clock = new FixedClock(T0);
  const today = T0.toISOString().slice(0, 10);

  let api: TestApi;
  let tenant: MarketplaceTenant;
  let customer: TestUser;
  let ana: TestUser;
  let bo: TestUser;
  let cleo: TestUser;
  let dan: TestUser;
  let eve: TestUser;
  let fay: TestUser;

  const gql = <T>(query: string, variables: Record<string, unknown>, token: string) => api.graphql<T>({ host: tenant.slug, query, variables, token });
  const ok = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const response = await gql<T>(query, variables, token);
    expect(response.errors).toBeUndefined();
    return response.data as T;
  };
  const onShift = async (by: TestUser = tenant.admin) => (await ok<{ helpersOnShift: OnShift }>(ON_SHIFT, {}, by.accessToken)).helpersOnShift;

  beforeAll(async () => {
    api = await startTestApi({}, { clock });
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001') });
    const wifi = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    const skills = [{ serviceId: wifi, priceMinor: 4000 }];
    const helper = (displayName: string, week: { weekdays?: number[]; weekly?: { weekday: number; start: string; end: string }[] }) =>
      createApprovedHelper(api, tenant, { displayName, postalCode: '8001', radiusKm: 10, skills, ...week });
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    // Ana works every day around the clock.
    ana = await helper('Ana', { weekdays: EVERY_DAY });
    // Bo works Wednesday afternoons only.
    bo = await helper('Bo', { weekly: [{ weekday: WEDNESDAY, start: '14:00', end: '18:00' }] });
    // Cleo works every day but has taken today off.
    cleo = await helper('Cleo', { weekdays: EVERY_DAY });
    await ok(DAY_OFF, { date: today }, cleo.accessToken);
    // Dan works every day but is suspended.
    dan = await helper('Dan', { weekdays: EVERY_DAY });
    await ok(SUSPEND, { id: dan.id }, tenant.admin.accessToken);
    // Eve works every day and is booked from 09:00 to 10:00 UTC.
    eve = await helper('Eve', { weekdays: EVERY_DAY });
    await ok(BOOK, { input: { helperId: eve.id, serviceId: wifi, postalCode: '8001', startsAt: new Date(T0.getTime() + HOUR).toISOString() } }, customer.accessToken);
    // Fay works Thursdays only, and this morning as an exception.
    fay = await helper('Fay', { weekly: [{ weekday: 4, start: '08:00', end: '18:00' }] });
    await ok(EXTRA_HOURS, { date: today }, fay.accessToken);
    // Gil works every day but is still being vetted.
    await createHelper(api, tenant, { displayName: 'Gil', postalCode: '8001', radiusKm: 10, skills, weekdays: EVERY_DAY });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('counts approved helpers whose hours or exception cover now, and those on a job apart', async () => {
    const [danProfile] = await api.db.ownerQuery<{ status: string }>(`select status from helper_profiles where user_id = $1`, [dan.id]);
    expect(danProfile.status).toBe('suspended');

    // 08:00 UTC: Eve's job starts at 09:00, so she is free; Bo starts at 14:00 local; Cleo is off; Dan suspended; Gil not approved.
    expect(await onShift()).toEqual({ at: T0.toISOString(), count: 3, helperIds: [ana.id, eve.id, fay.id], onJob: 0, onJobHelperIds: [] });

    // 09:30 UTC: Eve is on her job.
    clock.set(new Date(T0.getTime() + 1.5 * HOUR));
    try {
      expect(await onShift()).toMatchObject({ count: 2, helperIds: [ana.id, fay.id], onJob: 1, onJobHelperIds: [eve.id] });
      // Agents see the same.
      expect(await onShift(await createTestUser(api, tenant, { roles: ['operator_agent'] }))).toMatchObject({ count: 2, onJob: 1 });
      // 13:30 UTC (14:30 or 15:30 in Zurich): Bo's afternoon has begun, Fay's extra morning is over, Eve's job too.
      clock.set(new Date(T0.getTime() + 5.5 * HOUR));
      expect(await onShift()).toMatchObject({ count: 3, helperIds: [ana.id, bo.id, eve.id], onJob: 0 });
    } finally {
      clock.set(T0);
    }
  });

  it('counts a helper again once the day off is taken back', async () => {
    await ok(`mutation($date: String!) { removeMyAvailabilityException(date: $date) { timezone } }`, { date: today }, cleo.accessToken);
    expect((await onShift()).helperIds).toEqual([ana.id, cleo.id, eve.id, fay.id]);
    expect((await onShift()).helperIds).not.toContain(dan.id);
  });

  it('is for operators only', async () => {
    for (const outsider of [customer, ana]) {
      const response = await gql(ON_SHIFT, {}, outsider.accessToken);
      expect(response.data).toBeNull();
      expect((response.errors as GqlError[])[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
