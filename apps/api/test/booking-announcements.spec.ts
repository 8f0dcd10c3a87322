// What booking tells customers and helpers about through the outbox, on a clock the test moves: every
// offer a helper makes, the assigned helper saying they are on their way (from two hours before the
// job until it ends, once per quarter of an hour), and the platform's day-ahead reminder of each
// scheduled appointment, sent once. Wrong callers and wrong times are refused with nothing written.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AppointmentReminderService } from '@quartier/booking';
import { FixedClock, RequestContext } from '@quartier/platform';
import { createApprovedHelper, createMarketplaceTenant, createTestUser, EVERY_DAY, swissPlacesTsv, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const APPOINTMENT = 'id requestId helperId customerId status startsAt endsAt onTheWayAt startedAt';
const POST = `mutation($input: PostRequestInput!) { postRequest(input: $input) { id status } }`;
const MAKE = `mutation($id: ID!) { makeOffer(requestId: $id) { id requestId helperId priceMinor currency } }`;
const REQUEST = `query($id: ID!) { request(id: $id) { status timeline { event } } }`;
const BOOK = `mutation($input: BookSlotInput!) { bookSlot(input: $input) { ${APPOINTMENT} } }`;
const ON_MY_WAY = `mutation($id: ID!) { markOnMyWay(appointmentId: $id) { ${APPOINTMENT} } }`;
const START = `mutation($id: ID!) { startAppointment(appointmentId: $id) { ${APPOINTMENT} } }`;
const ONE = `query($id: ID!) { appointment(id: $id) { ${APPOINTMENT} } }`;
const CANCEL = `mutation($id: ID!) { cancelRequest(requestId: $id, reason: "Plans changed") { status } }`;

type GqlError = { message: string; extensions?: Record<string, unknown> };
type Offer = { id: string; requestId: string; helperId: string; priceMinor: number; currency: string };
type Appointment = { id: string; requestId: string; helperId: string; customerId: string; status: string; startsAt: string; endsAt: string; onTheWayAt: string | null; startedAt: string | null };
type OutboxRow = { aggregate_type: string; aggregate_id: string; payload: Record<string, unknown> };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('booking announcements: offers made, helpers on their way, reminders', () => {
  // Whole hours, so every slot starts on the hour; the API reads this clock for every rule.
  const clock = new FixedClock(new Date(Math.ceil(Date.now() / HOUR) * HOUR));
  const origin = clock.now().getTime();
  const setTime = (at: number) => clock.advance(at - clock.now().getTime());
  const hoursAhead = (hours: number) => new Date(origin + hours * HOUR).toISOString();

  let api: TestApi;
  let tenant: MarketplaceTenant;
  let remindedSite: MarketplaceTenant;
  let customer: TestUser;
  let ana: TestUser;
  let bo: TestUser;
  let serviceId: string;

  const errorOf = (response: { errors?: GqlError[] }) => (response.errors as GqlError[] | undefined)?.[0]?.extensions;
  const gql = <T>(query: string, variables: Record<string, unknown>, token?: string, site: MarketplaceTenant = tenant) =>
    api.graphql<T>({ host: site.slug, query, variables, token });

  /** The tenant's outbox events of one type, oldest first. */
  const outbox = (site: MarketplaceTenant, type: string) =>
    api.db.ownerQuery<OutboxRow>(`select aggregate_type, aggregate_id, payload from outbox_events where tenant_id = $1 and type = $2 order by id`, [site.id, type]);

  /** Everything a refused call must leave as it was: the site's appointments and its outbox. */
  const snapshot = () =>
    api.db.ownerQuery(
      `select (select json_agg(json_build_array(id, status, on_the_way_at, reminded_at) order by id) from appointments where tenant_id = $1) as appointments,
              (select count(*) from outbox_events where tenant_id = $1) as outbox`,
      [tenant.id],
    );

  async function book(site: MarketplaceTenant, input: { by: TestUser; helper: TestUser; serviceId: string; startsAt: string }): Promise<Appointment> {
    const variables = { input: { helperId: input.helper.id, serviceId: input.serviceId, postalCode: '8001', startsAt: input.startsAt } };
    const response = await gql<{ bookSlot: Appointment }>(BOOK, variables, input.by.accessToken, site);
    expect(response.errors).toBeUndefined();
    return response.data!.bookSlot;
  }

  beforeAll(async () => {
    api = await startTestApi({}, { clock });
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    const skills = [{ serviceId, priceMinor: 4000 }];
    ana = await createApprovedHelper(api, tenant, { displayName: 'Ana', postalCode: '8004', radiusKm: 10, skills, weekdays: EVERY_DAY });
    bo = await createApprovedHelper(api, tenant, { displayName: 'Bo', postalCode: '8001', radiusKm: 10, skills, weekdays: EVERY_DAY });
    // Reminders count every appointment of a site, so they get a site of their own.
    remindedSite = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('tells the customer of every offer, not only the one that moves the request to offered', async () => {
    setTime(origin);
    const windows = [{ from: hoursAhead(24), to: hoursAhead(28) }];
    const posted = await gql<{ postRequest: { id: string } }>(POST, { input: { serviceId, description: 'Mount a TV on the wall', postalCode: '8001', windows } }, customer.accessToken);
    expect(posted.errors).toBeUndefined();
    const requestId = posted.data!.postRequest.id;

    const offers: Offer[] = [];
    for (const helperUser of [ana, bo]) {
      const made = await gql<{ makeOffer: Offer }>(MAKE, { id: requestId }, helperUser.accessToken);
      expect(made.errors).toBeUndefined();
      offers.push(made.data!.makeOffer);
    }
    const events = (await outbox(tenant, 'offer.made')).filter((event) => event.payload.requestId === requestId);
    expect(events).toEqual(
      offers.map((offer) => ({
        aggregate_type: 'offer',
        aggregate_id: offer.id,
        payload: { offerId: offer.id, requestId, helperId: offer.helperId, customerId: customer.id, priceMinor: offer.priceMinor, currency: offer.currency },
      })),
    );
    expect(offers.map((offer) => [offer.helperId, offer.priceMinor])).toEqual([
      [ana.id, 4000],
      [bo.id, 4000],
    ]);

    // The request itself moved once.
    const request = await gql<{ request: { status: string; timeline: { event: string }[] } }>(REQUEST, { id: requestId }, customer.accessToken);
    expect(request.data!.request.status).toBe('OFFERED');
    expect(request.data!.request.timeline.map((step) => step.event)).toEqual(['posted', 'offered']);

    // A refused second offer from the same helper tells nobody anything.
    const again = await gql(MAKE, { id: requestId }, ana.accessToken);
    expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', detail: 'ALREADY_OFFERED' });
    expect((await outbox(tenant, 'offer.made')).filter((event) => event.payload.requestId === requestId)).toHaveLength(2);
  });

  it('lets the assigned helper say they are on their way, from two hours before until the end, once per quarter hour', async () => {
    setTime(origin);
    const booked = await book(tenant, { by: customer, helper: ana, serviceId, startsAt: hoursAhead(30) });
    const startsAt = Date.parse(booked.startsAt);
    const onTheWay = async () => (await outbox(tenant, 'appointment.helper_on_the_way')).filter((event) => event.aggregate_id === booked.id);
    const untouched = await snapshot();

    setTime(startsAt - 2 * HOUR - MINUTE);
    expect(errorOf(await gql(ON_MY_WAY, { id: booked.id }, ana.accessToken))).toMatchObject({
      code: 'CONFLICT',
      field: 'appointmentId',
      detail: 'TOO_EARLY',
      announceableFrom: new Date(startsAt - 2 * HOUR).toISOString(),
    });
    setTime(startsAt - 90 * MINUTE);
    expect(errorOf(await gql(ON_MY_WAY, { id: booked.id }, bo.accessToken))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await gql(ON_MY_WAY, { id: booked.id }, customer.accessToken))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await snapshot()).toEqual(untouched);

    const announced = await gql<{ markOnMyWay: Appointment }>(ON_MY_WAY, { id: booked.id }, ana.accessToken);
    expect(announced.errors).toBeUndefined();
    expect(announced.data!.markOnMyWay).toMatchObject({ id: booked.id, status: 'SCHEDULED', onTheWayAt: new Date(startsAt - 90 * MINUTE).toISOString() });
    expect(await onTheWay()).toEqual([
      { aggregate_type: 'appointment', aggregate_id: booked.id, payload: { appointmentId: booked.id, requestId: booked.requestId, helperId: ana.id, customerId: customer.id } },
    ]);
    // The customer sees it on the appointment.
    const seen = await gql<{ appointment: Appointment }>(ONE, { id: booked.id }, customer.accessToken);
    expect(seen.data!.appointment.onTheWayAt).toBe(new Date(startsAt - 90 * MINUTE).toISOString());

    // A second tap within 15 minutes is the same announcement.
    setTime(startsAt - 76 * MINUTE);
    const repeated = await gql<{ markOnMyWay: Appointment }>(ON_MY_WAY, { id: booked.id }, ana.accessToken);
    expect(repeated.data!.markOnMyWay).toEqual(announced.data!.markOnMyWay);
    expect(await onTheWay()).toHaveLength(1);

    // Later, held up on the way, the helper says it again and the customer hears it again.
    setTime(startsAt - 60 * MINUTE);
    const later = await gql<{ markOnMyWay: Appointment }>(ON_MY_WAY, { id: booked.id }, ana.accessToken);
    expect(later.data!.markOnMyWay.onTheWayAt).toBe(new Date(startsAt - 60 * MINUTE).toISOString());
    expect(await onTheWay()).toHaveLength(2);

    setTime(startsAt - 10 * MINUTE);
    expect((await gql(START, { id: booked.id }, ana.accessToken)).errors).toBeUndefined();
    const started = await snapshot();
    expect(errorOf(await gql(ON_MY_WAY, { id: booked.id }, ana.accessToken))).toMatchObject({ code: 'CONFLICT', detail: 'NOT_SCHEDULED', status: 'in_progress' });
    expect(await snapshot()).toEqual(started);
  });

  it('refuses an appointment that has ended or was cancelled', async () => {
    setTime(origin);
    const missed = await book(tenant, { by: customer, helper: bo, serviceId, startsAt: hoursAhead(40) });
    const cancelled = await book(tenant, { by: customer, helper: ana, serviceId, startsAt: hoursAhead(44) });
    expect((await gql(CANCEL, { id: cancelled.requestId }, customer.accessToken)).errors).toBeUndefined();

    setTime(Date.parse(missed.endsAt));
    const before = await snapshot();
    expect(errorOf(await gql(ON_MY_WAY, { id: missed.id }, bo.accessToken))).toMatchObject({ code: 'CONFLICT', detail: 'TOO_LATE', endedAt: missed.endsAt });
    setTime(Date.parse(cancelled.startsAt) - HOUR);
    expect(errorOf(await gql(ON_MY_WAY, { id: cancelled.id }, ana.accessToken))).toMatchObject({ code: 'CONFLICT', detail: 'NOT_SCHEDULED', status: 'cancelled' });
    expect(await snapshot()).toEqual(before);
  });

  it('reminds each scheduled appointment once, within the day before it starts, as the platform', async () => {
    setTime(origin);
    const siteServiceId = await remindedSite.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    const siteCustomer = await createTestUser(api, remindedSite, { roles: ['customer'] });
    const skills = [{ serviceId: siteServiceId, priceMinor: 4000 }];
    const cleo = await createApprovedHelper(api, remindedSite, { displayName: 'Cleo', postalCode: '8004', radiusKm: 10, skills, weekdays: EVERY_DAY });
    const dan = await createApprovedHelper(api, remindedSite, { displayName: 'Dan', postalCode: '8001', radiusKm: 10, skills, weekdays: EVERY_DAY });

    const bookAt = (helperUser: TestUser, hours: number) => book(remindedSite, { by: siteCustomer, helper: helperUser, serviceId: siteServiceId, startsAt: hoursAhead(hours) });
    const soon = await bookAt(cleo, 12);
    const tomorrow = await bookAt(dan, 23);
    const dayAfter = await bookAt(cleo, 30);
    const called = await bookAt(dan, 6);
    expect((await gql(CANCEL, { id: called.requestId }, siteCustomer.accessToken, remindedSite)).errors).toBeUndefined();

    const reminders = api.app.get(AppointmentReminderService);
    const system = RequestContext.system(remindedSite.id, 'reminders');
    const reminded = async () => (await outbox(remindedSite, 'appointment.reminder_due')).map((event) => event.aggregate_id);
    const asCustomer = RequestContext.create({ tenantId: remindedSite.id, actor: { kind: 'user', userId: siteCustomer.id, sessionId: 'test' }, roles: ['customer'] });
    await expect(reminders.remindDue(asCustomer, clock.now())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await reminded()).toEqual([]);

    // The cancelled one and the one more than a day away are not due.
    expect(await reminders.remindDue(system, clock.now())).toBe(2);
    expect(await outbox(remindedSite, 'appointment.reminder_due')).toEqual(
      [soon, tomorrow].map((appointment) => ({
        aggregate_type: 'appointment',
        aggregate_id: appointment.id,
        payload: { appointmentId: appointment.id, requestId: appointment.requestId, helperId: appointment.helperId, customerId: siteCustomer.id, startsAt: appointment.startsAt },
      })),
    );
    // Sweeping again reminds nobody twice.
    expect(await reminders.remindDue(system, clock.now())).toBe(0);

    // Booked after a sweep, less than a day ahead: the next sweep reminds it.
    const lastMinute = await bookAt(dan, 3);
    setTime(origin + HOUR);
    expect(await reminders.remindDue(system, clock.now())).toBe(1);
    expect(await reminders.remindDue(system, clock.now())).toBe(0);
    expect(await reminded()).toEqual([soon.id, tomorrow.id, lastMinute.id]);

    // Seven hours on, the day-after appointment is within a day too; one that began before any sweep saw it is not reminded late.
    const unswept = await bookAt(cleo, 5);
    setTime(origin + 7 * HOUR);
    expect(await reminders.remindDue(system, clock.now())).toBe(1);
    expect(await reminders.remindDue(system, clock.now())).toBe(0);
    expect(await reminded()).toEqual([soon.id, tomorrow.id, lastMinute.id, dayAfter.id]);
    const stored = await api.db.ownerQuery<{ id: string; reminded_at: Date | null }>(`select id, reminded_at from appointments where tenant_id = $1 and id = any($2::uuid[]) order by starts_at`, [
      remindedSite.id,
      [unswept.id, dayAfter.id],
    ]);
    expect(stored).toEqual([
      { id: unswept.id, reminded_at: null },
      { id: dayAfter.id, reminded_at: new Date(origin + 7 * HOUR) },
    ]);
  });
});
