// The job end to end, on a clock the test moves: the assigned helper starts an appointment (never
// more than 30 minutes early) and completes it, the customer confirms and the request is closed;
// the customer or the helper disputes, an operator resolves; completed jobs nobody confirmed are
// closed by the platform after the SLA's autoCloseAfterHours. Each step is on the timeline and the
// outbox; the wrong caller, the wrong state and bad input are refused with nothing written.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RequestService } from '@quartier/booking';
import { FixedClock, RequestContext } from '@quartier/platform';
import { createApprovedHelper, createMarketplaceTenant, createTestUser, EVERY_DAY, swissPlacesTsv, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const APPOINTMENT = 'id requestId helperId customerId status startsAt endsAt startedAt completedAt completionNote';
const TIMELINE = 'id status timeline { event fromStatus toStatus actorKind actorId reason }';
const BOOK = `mutation($input: BookSlotInput!) { bookSlot(input: $input) { ${APPOINTMENT} } }`;
const START = `mutation($id: ID!) { startAppointment(appointmentId: $id) { ${APPOINTMENT} } }`;
const COMPLETE = `mutation($id: ID!, $note: String) { completeAppointment(appointmentId: $id, note: $note) { ${APPOINTMENT} } }`;
const ONE = `query($id: ID!) { appointment(id: $id) { ${APPOINTMENT} } }`;
const CONFIRM = `mutation($id: ID!) { confirmCompletion(requestId: $id) { ${TIMELINE} } }`;
const DISPUTE = `mutation($id: ID!, $reason: String!) { disputeRequest(requestId: $id, reason: $reason) { ${TIMELINE} } }`;
const RESOLVE = `mutation($id: ID!, $reason: String!) { resolveDispute(requestId: $id, reason: $reason) { ${TIMELINE} } }`;
const REQUEST = `query($id: ID!) { request(id: $id) { ${TIMELINE} } }`;
const POLICY = `query { tenantPolicy(kind: SLA) { version document } }`;
const UPDATE_POLICY = `mutation($document: PolicyDocument!) { updatePolicy(kind: SLA, document: $document) { version } }`;

type GqlError = { message: string; extensions?: Record<string, unknown> };
type Appointment = { id: string; requestId: string; helperId: string; status: string; startsAt: string; startedAt: string | null; completedAt: string | null; completionNote: string | null };
type Step = { event: string; fromStatus: string | null; toStatus: string; actorKind: string; actorId: string | null; reason: string | null };
type Request = { id: string; status: string; timeline: Step[] };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('appointment progress, completion and disputes', () => {
  // Whole hours, so every slot starts on the hour; the API reads this clock for every rule.
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
  let ana: TestUser;
  let bo: TestUser;
  let serviceId: string;

  const gql = <T>(query: string, variables: Record<string, unknown>, token?: string) => api.graphql<T>({ host: tenant.slug, query, variables, token });
  const errorOf = (response: { errors?: GqlError[] }) => (response.errors as GqlError[])[0].extensions;

  async function book(by: TestUser, helperUser: TestUser, startsAt: string): Promise<Appointment> {
    const response = await gql<{ bookSlot: Appointment }>(BOOK, { input: { helperId: helperUser.id, serviceId, postalCode: '8001', startsAt } }, by.accessToken);
    expect(response.errors).toBeUndefined();
    return response.data!.bookSlot;
  }

  async function start(appointment: Appointment, by: TestUser): Promise<Appointment> {
    setTime(Date.parse(appointment.startsAt) - 5 * MINUTE);
    const response = await gql<{ startAppointment: Appointment }>(START, { id: appointment.id }, by.accessToken);
    expect(response.errors).toBeUndefined();
    return response.data!.startAppointment;
  }

  /** Everything a refused call must leave as it was: the tenant's requests, appointments, timelines and outbox. */
  const snapshot = () =>
    api.db.ownerQuery(
      `select (select json_agg(json_build_array(id, status, last_sequence) order by id) from requests where tenant_id = $1) as requests,
              (select json_agg(json_build_array(id, status, started_at, completed_at, completion_note) order by id) from appointments where tenant_id = $1) as appointments,
              (select count(*) from request_events where tenant_id = $1) as events,
              (select count(*) from outbox_events where tenant_id = $1) as outbox`,
      [tenant.id],
    );
  const outboxOf = async (requestId: string) =>
    (await api.db.ownerQuery<{ type: string }>(`select type from outbox_events where aggregate_id = $1 order by type`, [requestId])).map((row) => row.type);

  beforeAll(async () => {
    api = await startTestApi({}, { clock });
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    other = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich' });
    operator = tenant.admin;
    otherOperator = other.admin;
    serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    stranger = await createTestUser(api, tenant, { roles: ['customer'] });
    // Approved helpers working every day around the clock.
    const skills = [{ serviceId, priceMinor: 4000 }];
    ana = await createApprovedHelper(api, tenant, { displayName: 'Ana', postalCode: '8004', radiusKm: 10, skills, weekdays: EVERY_DAY });
    bo = await createApprovedHelper(api, tenant, { displayName: 'Bo', postalCode: '8001', radiusKm: 10, skills, weekdays: EVERY_DAY });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('lets the assigned helper start (from 30 minutes before) and complete the job, and the customer confirm it', async () => {
    setTime(origin);
    const booked = await book(customer, ana, hoursAhead(24));
    const startsAt = Date.parse(booked.startsAt);
    const untouched = await snapshot();

    setTime(startsAt - 31 * MINUTE);
    const early = await gql(START, { id: booked.id }, ana.accessToken);
    expect(errorOf(early)).toMatchObject({ code: 'CONFLICT', detail: 'TOO_EARLY', field: 'appointmentId' });
    setTime(startsAt - 20 * MINUTE);
    expect(errorOf(await gql(START, { id: booked.id }, bo.accessToken))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await gql(START, { id: booked.id }, customer.accessToken))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await snapshot()).toEqual(untouched);

    const started = await gql<{ startAppointment: Appointment }>(START, { id: booked.id }, ana.accessToken);
    expect(started.errors).toBeUndefined();
    expect(started.data!.startAppointment).toMatchObject({ status: 'IN_PROGRESS', completedAt: null });
    expect(Date.parse(started.data!.startAppointment.startedAt!)).toBe(startsAt - 20 * MINUTE);
    const again = await gql(START, { id: booked.id }, ana.accessToken);
    expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION', from: 'in_progress', event: 'started' });
    const tooSoon = await gql(CONFIRM, { id: booked.requestId }, customer.accessToken);
    expect(errorOf(tooSoon)).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION', from: 'in_progress', event: 'closed' });

    setTime(startsAt + 50 * MINUTE);
    const inProgress = await snapshot();
    expect(errorOf(await gql(COMPLETE, { id: booked.id, note: 'x'.repeat(2001) }, ana.accessToken))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(errorOf(await gql(COMPLETE, { id: booked.id }, bo.accessToken))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await gql(COMPLETE, { id: booked.id }, customer.accessToken))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await snapshot()).toEqual(inProgress);

    const completed = await gql<{ completeAppointment: Appointment }>(COMPLETE, { id: booked.id, note: '  Shelf mounted, two anchors replaced  ' }, ana.accessToken);
    expect(completed.errors).toBeUndefined();
    expect(completed.data!.completeAppointment).toMatchObject({ status: 'COMPLETED', completionNote: 'Shelf mounted, two anchors replaced' });
    expect(Date.parse(completed.data!.completeAppointment.completedAt!)).toBe(startsAt + 50 * MINUTE);

    for (const reader of [customer, ana, operator]) {
      const seen = await gql<{ appointment: Appointment }>(ONE, { id: booked.id }, reader.accessToken);
      expect(seen.data?.appointment).toEqual(completed.data!.completeAppointment);
    }
    for (const outsider of [stranger, bo]) expect(errorOf(await gql(ONE, { id: booked.id }, outsider.accessToken))).toMatchObject({ code: 'NOT_FOUND' });
    const elsewhere = await api.graphql({ host: other.slug, query: ONE, variables: { id: booked.id }, token: otherOperator.accessToken });
    expect(errorOf(elsewhere)).toMatchObject({ code: 'NOT_FOUND' });

    expect(errorOf(await gql(CONFIRM, { id: booked.requestId }, stranger.accessToken))).toMatchObject({ code: 'NOT_FOUND' });
    const confirmed = await gql<{ confirmCompletion: Request }>(CONFIRM, { id: booked.requestId }, customer.accessToken);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmCompletion.status).toBe('CLOSED');
    expect(confirmed.data!.confirmCompletion.timeline.map((step) => [step.event, step.toStatus, step.actorKind, step.actorId])).toEqual([
      ['booked', 'ACCEPTED', 'CUSTOMER', customer.id],
      ['scheduled', 'SCHEDULED', 'SYSTEM', null],
      ['started', 'IN_PROGRESS', 'HELPER', ana.id],
      ['completed', 'COMPLETED', 'HELPER', ana.id],
      ['closed', 'CLOSED', 'CUSTOMER', customer.id],
    ]);
    expect(await outboxOf(booked.requestId)).toEqual(['request.booked', 'request.closed', 'request.completed', 'request.scheduled', 'request.started']);
    const [stored] = await api.db.ownerQuery<{ status: string; completed_at: Date }>(`select status, completed_at from appointments where id = $1`, [booked.id]);
    expect(stored).toEqual({ status: 'completed', completed_at: new Date(startsAt + 50 * MINUTE) });

    const closedAgain = await gql(CONFIRM, { id: booked.requestId }, customer.accessToken);
    expect(errorOf(closedAgain)).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION', from: 'closed' });
  });

  it('lets the customer or the assigned helper dispute with a reason, and an operator resolve it as done', async () => {
    setTime(origin);
    const booked = await book(customer, ana, hoursAhead(30));
    const scheduled = await gql(DISPUTE, { id: booked.requestId, reason: 'Helper did not confirm' }, customer.accessToken);
    expect(errorOf(scheduled)).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION', from: 'scheduled', event: 'disputed' });

    await start(booked, ana);
    const before = await snapshot();
    expect(errorOf(await gql(DISPUTE, { id: booked.requestId, reason: '   ' }, customer.accessToken))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    for (const outsider of [bo, stranger]) {
      expect(errorOf(await gql(DISPUTE, { id: booked.requestId, reason: 'Not mine' }, outsider.accessToken))).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(errorOf(await gql(DISPUTE, { id: booked.requestId, reason: 'Operators settle' }, operator.accessToken))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await snapshot()).toEqual(before);

    const disputed = await gql<{ disputeRequest: Request }>(DISPUTE, { id: booked.requestId, reason: 'The wall is concrete, not what was described' }, ana.accessToken);
    expect(disputed.errors).toBeUndefined();
    expect(disputed.data!.disputeRequest.status).toBe('DISPUTED');
    expect(disputed.data!.disputeRequest.timeline.at(-1)).toEqual({
      event: 'disputed',
      fromStatus: 'IN_PROGRESS',
      toStatus: 'DISPUTED',
      actorKind: 'HELPER',
      actorId: ana.id,
      reason: 'The wall is concrete, not what was described',
    });

    expect(errorOf(await gql(RESOLVE, { id: booked.requestId, reason: 'Fine' }, customer.accessToken))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await gql(RESOLVE, { id: booked.requestId, reason: '' }, operator.accessToken))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const elsewhere = await api.graphql({ host: other.slug, query: RESOLVE, variables: { id: booked.requestId, reason: 'Not ours' }, token: otherOperator.accessToken });
    expect(errorOf(elsewhere)).toMatchObject({ code: 'NOT_FOUND' });

    setTime(Date.parse(booked.startsAt) + 3 * HOUR);
    const resolved = await gql<{ resolveDispute: Request }>(RESOLVE, { id: booked.requestId, reason: 'Customer agreed to the partial job' }, operator.accessToken);
    expect(resolved.errors).toBeUndefined();
    expect(resolved.data!.resolveDispute.status).toBe('CLOSED');
    expect(resolved.data!.resolveDispute.timeline.at(-1)).toMatchObject({ event: 'resolved', toStatus: 'CLOSED', actorKind: 'OPERATOR', actorId: operator.id, reason: 'Customer agreed to the partial job' });
    // The job in progress counts as done and no longer holds the helper's time.
    const appointment = await gql<{ appointment: Appointment }>(ONE, { id: booked.id }, ana.accessToken);
    expect(appointment.data!.appointment).toMatchObject({ status: 'COMPLETED', completedAt: new Date(clock.now()).toISOString() });
    expect(await outboxOf(booked.requestId)).toEqual(expect.arrayContaining(['request.disputed', 'request.resolved']));

    const again = await gql(RESOLVE, { id: booked.requestId, reason: 'Again' }, operator.accessToken);
    expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION', from: 'closed', event: 'resolved' });
  });

  it('lets an operator complete a started job, which its customer may then dispute', async () => {
    setTime(origin);
    const booked = await book(customer, bo, hoursAhead(30));
    const notStarted = await gql(COMPLETE, { id: booked.id }, operator.accessToken);
    expect(errorOf(notStarted)).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION', from: 'scheduled', event: 'completed' });
    await start(booked, bo);
    setTime(Date.parse(booked.startsAt) + HOUR);
    const completed = await gql<{ completeAppointment: Appointment }>(COMPLETE, { id: booked.id, note: 'Closed out by phone with the helper' }, operator.accessToken);
    expect(completed.data?.completeAppointment).toMatchObject({ status: 'COMPLETED', completionNote: 'Closed out by phone with the helper' });
    const disputed = await gql<{ disputeRequest: Request }>(DISPUTE, { id: booked.requestId, reason: 'The shelf is crooked' }, customer.accessToken);
    expect(disputed.data?.disputeRequest.timeline.slice(-2).map((step) => [step.event, step.actorKind])).toEqual([
      ['completed', 'OPERATOR'],
      ['disputed', 'CUSTOMER'],
    ]);
  });

  it('closes completed jobs nobody confirmed once the SLA version they started under allows, as the platform', async () => {
    setTime(origin);
    // Version 1 as stored before the field existed: it reads as 72 hours.
    await api.db.ownerQuery(`update tenant_policies set document = document - 'autoCloseAfterHours' where tenant_id = $1 and kind = 'sla'`, [tenant.id]);
    const olderTerms = await book(customer, ana, hoursAhead(40));

    const current = await gql<{ tenantPolicy: { version: number; document: Record<string, unknown> } }>(POLICY, {}, operator.accessToken);
    const invalid = await gql(UPDATE_POLICY, { document: { ...current.data!.tenantPolicy.document, autoCloseAfterHours: 0 } }, operator.accessToken);
    expect(errorOf(invalid)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document.autoCloseAfterHours' });
    const updated = await gql<{ updatePolicy: { version: number } }>(UPDATE_POLICY, { document: { ...current.data!.tenantPolicy.document, autoCloseAfterHours: 24 } }, operator.accessToken);
    expect(updated.data?.updatePolicy.version).toBe(current.data!.tenantPolicy.version + 1);
    const newerTerms = await book(customer, bo, hoursAhead(40));

    for (const [booked, helperUser] of [[olderTerms, ana], [newerTerms, bo]] as const) {
      await start(booked, helperUser);
      setTime(Date.parse(booked.startsAt) + HOUR);
      expect((await gql(COMPLETE, { id: booked.id }, helperUser.accessToken)).errors).toBeUndefined();
    }
    const completedAt = Date.parse(olderTerms.startsAt) + HOUR;
    const requests = api.app.get(RequestService);
    const system = RequestContext.system(tenant.id, 'auto-close');
    const statusOf = async (booked: Appointment) => (await api.db.ownerQuery<{ status: string }>(`select status from requests where id = $1`, [booked.requestId]))[0].status;

    const asCustomer = RequestContext.create({ tenantId: tenant.id, actor: { kind: 'user', userId: customer.id, sessionId: 'test' }, roles: ['customer'] });
    await expect(requests.closeOverdue(asCustomer, new Date(completedAt + 100 * HOUR))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await requests.closeOverdue(system, new Date(completedAt + 24 * HOUR - 1000))).toBe(0);
    expect(await requests.closeOverdue(system, new Date(completedAt + 24 * HOUR))).toBe(1);
    expect([await statusOf(olderTerms), await statusOf(newerTerms)]).toEqual(['completed', 'closed']);
    expect(await requests.closeOverdue(system, new Date(completedAt + 72 * HOUR - 1000))).toBe(0);
    expect(await requests.closeOverdue(system, new Date(completedAt + 72 * HOUR))).toBe(1);
    expect(await statusOf(olderTerms)).toBe('closed');
    expect(await requests.closeOverdue(system, new Date(completedAt + 100 * HOUR))).toBe(0);

    const seen = await gql<{ request: Request }>(REQUEST, { id: newerTerms.requestId }, customer.accessToken);
    expect(seen.data!.request.timeline.at(-1)).toEqual({ event: 'closed', fromStatus: 'COMPLETED', toStatus: 'CLOSED', actorKind: 'SYSTEM', actorId: null, reason: null });
    expect((await outboxOf(newerTerms.requestId)).filter((type) => type === 'request.closed')).toHaveLength(1);
  });

  it('closes a backlog of unconfirmed jobs a batch at a time, the longest waiting first', async () => {
    const now = clock.now();
    const jobs = 450;
    // Completed 100 to 549 hours ago, inserted at once: the tables' statistics have not caught up.
    const inserted = await api.db.ownerQuery<{ id: string }>(
      `with jobs as (
         select i, gen_random_uuid() as request_id, $5::timestamptz - (i + 100) * interval '1 hour' as starts_at
           from generate_series(0, $6::int - 1) as i
       ), requests as (
         insert into requests (tenant_id, id, customer_id, service_id, description, country_code, postal_code, windows, status, expires_at)
         select $1, request_id, $2, $4, 'Backlog ' || i, 'CH', '8001',
                jsonb_build_array(jsonb_build_object('from', starts_at, 'to', starts_at + interval '1 hour')), 'completed', starts_at
           from jobs returning id
       )
       insert into appointments (tenant_id, id, request_id, helper_id, customer_id, service_id, starts_at, ends_at, currency, subtotal_minor,
                                 customer_fee_minor, customer_total_minor, commission_minor, helper_payout_minor, status, started_at, completed_at)
       select $1, gen_random_uuid(), request_id, $3, $2, $4, starts_at, starts_at + interval '1 hour', 'CHF', 4000, 0, 4000, 800, 3200, 'completed', starts_at,
              starts_at + interval '50 minutes'
         from jobs where exists (select 1 from requests)
       returning request_id as id`,
      [tenant.id, customer.id, ana.id, serviceId, now, jobs],
    );
    expect(inserted).toHaveLength(jobs);
    const requests = api.app.get(RequestService);
    const system = RequestContext.system(tenant.id, 'auto-close');
    const closedOf = async () =>
      api.db.ownerQuery<{ description: string }>(`select description from requests where id = any($1::uuid[]) and status = 'closed' order by description`, [
        inserted.map((row) => row.id),
      ]);

    expect(await requests.closeOverdue(system, now)).toBe(200);
    // The first batch is the 200 that waited longest: completed 349 to 549 hours ago.
    const first = await closedOf();
    expect(first.map((row) => Number(row.description.split(' ')[1])).sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, index) => index + 250));
    expect(await requests.closeOverdue(system, now)).toBe(200);
    expect(await requests.closeOverdue(system, now)).toBe(50);
    expect(await requests.closeOverdue(system, now)).toBe(0);
    expect(await closedOf()).toHaveLength(jobs);
    const [timeline] = await api.db.ownerQuery<{ closed: string }>(
      `select count(*)::text as closed from request_events where request_id = any($1::uuid[]) and event = 'closed' and actor_kind = 'system'`,
      [inserted.map((row) => row.id)],
    );
    expect(timeline.closed).toBe(String(jobs));
  });
});
