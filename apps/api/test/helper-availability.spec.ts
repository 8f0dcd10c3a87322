// Helpers' availability end to end: a helper sets a weekly template and exceptions in the site's
// time zone and reads them back as UTC intervals; overlapping or malformed slots are refused with
// nothing written; the public view shows approved helpers only.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestUser, insertTestTenant, type TestTenant, type TestUser } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const MY_FIELDS = 'timezone weekly { weekday start end } exceptions { date dayOff windows { start end } note } intervals { start end }';
const SET_WEEKLY = `mutation($slots: [WeeklySlotInput!]!) { setMyWeeklyAvailability(slots: $slots) { ${MY_FIELDS} } }`;
const SET_EXCEPTION = `mutation($date: String!, $windows: [AvailabilityWindowInput!], $dayOff: Boolean, $note: String) {
  setMyAvailabilityException(date: $date, windows: $windows, dayOff: $dayOff, note: $note) { ${MY_FIELDS} } }`;
const REMOVE_EXCEPTION = `mutation($date: String!) { removeMyAvailabilityException(date: $date) { ${MY_FIELDS} } }`;
const MINE = `query($from: String!, $to: String!) { myAvailability(from: $from, to: $to) { ${MY_FIELDS} } }`;
const PUBLIC = `query($id: ID!, $from: String!, $to: String!) { helperAvailability(helperId: $id, from: $from, to: $to) { helperId timezone intervals { start end } } }`;

type Mine = { timezone: string; weekly: unknown[]; exceptions: unknown[]; intervals: { start: string; end: string }[] };
type GqlError = { message: string; extensions?: Record<string, unknown> };

/** The first Monday of next January (always winter time in Zurich, UTC+1) and the days after it. */
function winterWeek(): string[] {
  const year = new Date().getUTCFullYear() + 1;
  const first = new Date(Date.UTC(year, 0, 1));
  const monday = new Date(first.getTime() + (((8 - first.getUTCDay()) % 7) * 86_400_000));
  return [0, 1, 2, 3, 4, 5, 6].map((offset) => new Date(monday.getTime() + offset * 86_400_000).toISOString().slice(0, 10));
}

describe('helper availability', () => {
  let api: TestApi;
  let tenant: TestTenant;
  let helper: TestUser;
  const week = winterWeek();
  const [monday, tuesday, wednesday] = week;

  beforeAll(async () => {
    api = await startTestApi();
    tenant = await insertTestTenant(api.db, { timezone: 'Europe/Zurich' });
    helper = await createTestUser(api, tenant, { roles: ['helper'] });
  });
  afterAll(async () => {
    await api.close();
  });

  const gql = <T>(query: string, variables: Record<string, unknown>, token?: string) => api.graphql<T>({ host: tenant.slug, query, variables, token });
  const slotRows = async (helperId: string) =>
    api.db.ownerQuery<{ weekday: number; start_time: string; end_time: string }>(
      `select weekday, start_time::text, end_time::text from helper_weekly_slots where tenant_id = $1 and helper_id = $2 order by weekday, start_time`,
      [tenant.id, helperId],
    );
  const setStatus = (helperId: string, status: string) =>
    api.db.ownerQuery(`update helper_profiles set status = $3 where tenant_id = $1 and user_id = $2`, [tenant.id, helperId, status]);

  it('sets a weekly template and reads it back as UTC intervals in the site time zone', async () => {
    const set = await gql<{ setMyWeeklyAvailability: Mine }>(
      SET_WEEKLY,
      { slots: [{ weekday: 1, start: '09:00', end: '12:00' }, { weekday: 1, start: '13:00', end: '17:00' }, { weekday: 3, start: '08:30', end: '24:00' }] },
      helper.accessToken,
    );
    expect(set.errors).toBeUndefined();
    expect(set.data!.setMyWeeklyAvailability.weekly).toEqual([
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 1, start: '13:00', end: '17:00' },
      { weekday: 3, start: '08:30', end: '24:00' },
    ]);

    const read = await gql<{ myAvailability: Mine }>(MINE, { from: monday, to: week[6] }, helper.accessToken);
    expect(read.errors).toBeUndefined();
    expect(read.data!.myAvailability.timezone).toBe('Europe/Zurich');
    expect(read.data!.myAvailability.intervals).toEqual([
      { start: `${monday}T08:00:00.000Z`, end: `${monday}T11:00:00.000Z` },
      { start: `${monday}T12:00:00.000Z`, end: `${monday}T16:00:00.000Z` },
      { start: `${wednesday}T07:30:00.000Z`, end: `${wednesday}T23:00:00.000Z` },
    ]);
  });

  it('refuses overlapping or malformed slots naming the field, and writes nothing', async () => {
    const before = await slotRows(helper.id);
    expect(before).toHaveLength(3);

    const overlap = await gql(SET_WEEKLY, { slots: [{ weekday: 2, start: '09:00', end: '12:00' }, { weekday: 2, start: '11:00', end: '13:00' }] }, helper.accessToken);
    expect((overlap.errors as GqlError[])[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slots.1.start' });

    const malformed = await gql(SET_WEEKLY, { slots: [{ weekday: 2, start: '09:00', end: '12:00' }, { weekday: 2, start: '9am', end: '13:00' }] }, helper.accessToken);
    expect((malformed.errors as GqlError[])[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slots.1.start' });

    const backwards = await gql(SET_WEEKLY, { slots: [{ weekday: 8, start: '09:00', end: '12:00' }] }, helper.accessToken);
    expect((backwards.errors as GqlError[])[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slots.0.weekday' });

    expect(await slotRows(helper.id)).toEqual(before);
  });

  it('has the database refuse an overlapping slot even when written around the service', async () => {
    await expect(
      api.db.ownerQuery(`insert into helper_weekly_slots (tenant_id, helper_id, weekday, start_time, end_time) values ($1, $2, 1, '11:30', '12:30')`, [tenant.id, helper.id]),
    ).rejects.toThrow(/helper_weekly_slots_no_overlap/);
    await expect(
      api.db.ownerQuery(`insert into helper_weekly_slots (tenant_id, helper_id, weekday, start_time, end_time) values ($1, $2, 2, '12:00', '11:00')`, [tenant.id, helper.id]),
    ).rejects.toThrow(/helper_weekly_slots_ordered/);
    expect(await slotRows(helper.id)).toHaveLength(3);
  });

  it('lets exceptions replace a day or take it off, and removing one restores the template', async () => {
    const off = await gql<{ setMyAvailabilityException: Mine }>(SET_EXCEPTION, { date: monday, dayOff: true, note: 'Holiday' }, helper.accessToken);
    expect(off.errors).toBeUndefined();
    const changed = await gql<{ setMyAvailabilityException: Mine }>(
      SET_EXCEPTION,
      { date: tuesday, windows: [{ start: '18:00', end: '20:00' }] },
      helper.accessToken,
    );
    expect(changed.errors).toBeUndefined();

    const read = await gql<{ myAvailability: Mine }>(MINE, { from: monday, to: wednesday }, helper.accessToken);
    expect(read.data!.myAvailability.exceptions).toEqual([
      { date: monday, dayOff: true, windows: [], note: 'Holiday' },
      { date: tuesday, dayOff: false, windows: [{ start: '18:00', end: '20:00' }], note: '' },
    ]);
    expect(read.data!.myAvailability.intervals).toEqual([
      { start: `${tuesday}T17:00:00.000Z`, end: `${tuesday}T19:00:00.000Z` },
      { start: `${wednesday}T07:30:00.000Z`, end: `${wednesday}T23:00:00.000Z` },
    ]);

    const bad = await gql(SET_EXCEPTION, { date: tuesday, windows: [{ start: '10:00', end: '09:00' }] }, helper.accessToken);
    expect((bad.errors as GqlError[])[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'windows.0.end' });

    expect((await gql(REMOVE_EXCEPTION, { date: monday }, helper.accessToken)).errors).toBeUndefined();
    const after = await gql<{ myAvailability: Mine }>(MINE, { from: monday, to: monday }, helper.accessToken);
    expect(after.data!.myAvailability.intervals).toEqual([
      { start: `${monday}T08:00:00.000Z`, end: `${monday}T11:00:00.000Z` },
      { start: `${monday}T12:00:00.000Z`, end: `${monday}T16:00:00.000Z` },
    ]);
  });

  it('shows the intervals of approved helpers only; others get the NOT_FOUND of an unknown id', async () => {
    const customer = await createTestUser(api, tenant, { roles: ['customer'] });
    const ask = (id: string) => gql<{ helperAvailability: { helperId: string; intervals: unknown[] } }>(PUBLIC, { id, from: monday, to: monday }, customer.accessToken);

    const applicant = await ask(helper.id);
    const unknown = await ask('8f9c1c55-1d52-4d43-9a8e-2b1d2f0d9a11');
    expect((applicant.errors as GqlError[])[0].extensions?.code).toBe('NOT_FOUND');
    expect((applicant.errors as GqlError[])[0]).toEqual((unknown.errors as GqlError[])[0]);

    await setStatus(helper.id, 'approved');
    const approved = await gql<{ helperAvailability: { helperId: string; intervals: unknown[] } }>(PUBLIC, { id: helper.id, from: monday, to: monday });
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.helperAvailability.intervals).toEqual([
      { start: `${monday}T08:00:00.000Z`, end: `${monday}T11:00:00.000Z` },
      { start: `${monday}T12:00:00.000Z`, end: `${monday}T16:00:00.000Z` },
    ]);

    await setStatus(helper.id, 'suspended');
    expect(((await ask(helper.id)).errors as GqlError[])[0]).toEqual((unknown.errors as GqlError[])[0]);
    await setStatus(helper.id, 'approved');
  });

  it('refuses a past, malformed or longer-than-31-days range naming the field', async () => {
    const farEnd = new Date(Date.parse(`${monday}T00:00:00Z`) + 31 * 86_400_000).toISOString().slice(0, 10);
    const cases: Array<[Record<string, string>, string]> = [
      [{ from: '2020-01-06', to: '2020-01-07' }, 'from'],
      [{ from: 'tomorrow', to: monday }, 'from'],
      [{ from: monday, to: '2027-02-30' }, 'to'],
      [{ from: monday, to: farEnd }, 'to'],
      [{ from: tuesday, to: monday }, 'to'],
    ];
    for (const [range, field] of cases) {
      const response = await gql(PUBLIC, { id: helper.id, ...range });
      expect((response.errors as GqlError[])[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});
