// Operator analytics against a hand-computed scenario. Requests are posted, offered on, chosen,
// started and completed through the product on a clock the test moves; dispatch waves, escalations
// and a reallocation are the platform's steps, taken through the booking services under a system
// context and the dispatch_offers rows the engine would write. Every expected figure below is worked
// out by hand from the timeline in the comments (minutes after T0).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RequestHandoverService, RequestService } from '@quartier/booking';
import { FixedClock, RequestContext, TenantDatabase } from '@quartier/platform';
import { createApprovedHelper, createMarketplaceTenant, createTestUser, EVERY_DAY, swissPlacesTsv, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const DURATION = 'count medianSeconds p90Seconds withinSla slaDecided withinSlaPercent';
const BREAKDOWN = `key posted booked firstResponse { ${DURATION} } timeToHelp { ${DURATION} }`;
const REPORT_FIELDS = `from to serviceId postalArea helperId areaLength generatedAt
  volume { posted booked byStatus { status posted booked } }
  firstResponse { ${DURATION} } timeToHelp { ${DURATION} }
  dispatch { offersAnswered offersAccepted acceptanceRate }
  reallocation { acceptedRequests reallocatedRequests rate }
  escalations { tierKey target requests escalations }
  rating { average count }
  callDeflection { resolvedByHelpers handledByOperator rate }
  leaderboard { rank helperId displayName jobsCompleted averageStars ratingCount medianResponseSeconds dispatchOffersAccepted dispatchOffersAnswered acceptanceRate reallocations }
  byService { ${BREAKDOWN} } byPostalArea { ${BREAKDOWN} }`;
const REPORT = `query($filter: AnalyticsFilterInput!) { operatorAnalytics(filter: $filter) { ${REPORT_FIELDS} } }`;
const CSV = `query($filter: AnalyticsFilterInput!) { operatorAnalyticsCsv(filter: $filter) { filename contentType content } }`;
const POST = `mutation($input: PostRequestInput!) { postRequest(input: $input) { id } }`;
const MAKE = `mutation($id: ID!) { makeOffer(requestId: $id) { id } }`;
const CHOOSE = `mutation($id: ID!, $startsAt: DateTime!) { chooseOffer(offerId: $id, startsAt: $startsAt) { id } }`;
const BOOK = `mutation($input: BookSlotInput!) { bookSlot(input: $input) { id } }`;
const START = `mutation($id: ID!) { startAppointment(appointmentId: $id) { status } }`;
const COMPLETE = `mutation($id: ID!) { completeAppointment(appointmentId: $id) { status } }`;
const CANCEL = `mutation($id: ID!) { cancelRequest(requestId: $id) { status } }`;
const ACCEPT_DISPATCH = `mutation($id: ID!, $startsAt: DateTime) { acceptDispatchOffer(requestId: $id, startsAt: $startsAt) { id } }`;
const DECLINE_DISPATCH = `mutation($id: ID!) { declineDispatchOffer(requestId: $id, reason: "Too far today") { status } }`;
const ASSIGN = `mutation($id: ID!, $helperId: ID!, $startsAt: DateTime) { assignRequest(requestId: $id, helperId: $helperId, startsAt: $startsAt, reason: "Operator queue") { id } }`;
const WRITE_REVIEW = `mutation($id: ID!, $stars: Int!) { writeReview(appointmentId: $id, stars: $stars) { id } }`;
const HIDE_REVIEW = `mutation($id: ID!) { hideReview(reviewId: $id, reason: "Abusive language") { hidden } }`;
const POLICY = `query { tenantPolicy(kind: SLA) { version document } }`;
const UPDATE_POLICY = `mutation($document: PolicyDocument!) { updatePolicy(kind: SLA, document: $document) { version } }`;

type Duration = { count: number; medianSeconds: number | null; p90Seconds: number | null; withinSla: number; slaDecided: number; withinSlaPercent: number | null };
type Leader = {
  rank: number;
  helperId: string;
  displayName: string;
  jobsCompleted: number;
  averageStars: number | null;
  ratingCount: number;
  medianResponseSeconds: number | null;
  dispatchOffersAccepted: number;
  dispatchOffersAnswered: number;
  acceptanceRate: number | null;
  reallocations: number;
};
type Breakdown = { key: string; posted: number; booked: number; firstResponse: Duration; timeToHelp: Duration };
type Report = {
  from: string;
  to: string;
  serviceId: string | null;
  postalArea: string | null;
  helperId: string | null;
  areaLength: number;
  generatedAt: string;
  volume: { posted: number; booked: number; byStatus: { status: string; posted: number; booked: number }[] };
  firstResponse: Duration;
  timeToHelp: Duration;
  dispatch: { offersAnswered: number; offersAccepted: number; acceptanceRate: number | null };
  reallocation: { acceptedRequests: number; reallocatedRequests: number; rate: number | null };
  escalations: { tierKey: string | null; target: string | null; requests: number; escalations: number }[];
  rating: { average: number | null; count: number };
  callDeflection: { resolvedByHelpers: number; handledByOperator: number; rate: number | null };
  leaderboard: Leader[];
  byService: Breakdown[];
  byPostalArea: Breakdown[];
};
type GqlError = { message: string; extensions?: Record<string, unknown> };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('operator analytics', () => {
  // T0 on a whole hour; every step below happens at T0 + some minutes.
  const clock = new FixedClock(new Date(Math.ceil(Date.now() / HOUR) * HOUR + 2 * HOUR));
  const T0 = clock.now().getTime();
  const at = (minutes: number) => clock.set(new Date(T0 + minutes * MINUTE));
  const iso = (minutes: number) => new Date(T0 + minutes * MINUTE).toISOString();
  const period = { from: iso(-60), to: iso(24 * 60) };

  let api: TestApi;
  let tenant: MarketplaceTenant;
  let operator: TestUser;
  let agent: TestUser;
  let customer: TestUser;
  let ana: TestUser;
  let bo: TestUser;
  let cleo: TestUser;
  let wifi: string;
  let tv: string;
  const requests: Record<string, string> = {};

  const gql = <T>(query: string, variables: Record<string, unknown>, token?: string) => api.graphql<T>({ host: tenant.slug, query, variables, token });
  const ok = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const response = await gql<T>(query, variables, token);
    expect(response.errors).toBeUndefined();
    return response.data as T;
  };
  const report = async (filter: Record<string, unknown>, by: TestUser = operator) => (await ok<{ operatorAnalytics: Report }>(REPORT, { filter }, by.accessToken)).operatorAnalytics;
  const errorOf = async (query: string, filter: Record<string, unknown>, by: TestUser) => {
    const response = await gql(query, { filter }, by.accessToken);
    expect(response.data).toBeNull();
    return (response.errors as GqlError[])[0].extensions;
  };

  /** Posts a request at `minute` wanting help from `windowFrom` to `windowTo` minutes after T0. */
  async function post(name: string, minute: number, input: { serviceId?: string; postalCode?: string; windowFrom: number; windowTo: number }) {
    at(minute);
    const windows = [{ from: iso(input.windowFrom), to: iso(input.windowTo) }];
    const data = await ok<{ postRequest: { id: string } }>(
      POST,
      { input: { serviceId: input.serviceId ?? wifi, description: `Request ${name}`, postalCode: input.postalCode ?? '8001', windows } },
      customer.accessToken,
    );
    requests[name] = data.postRequest.id;
    return data.postRequest.id;
  }
  const offer = async (minute: number, requestId: string, by: TestUser) => {
    at(minute);
    return (await ok<{ makeOffer: { id: string } }>(MAKE, { id: requestId }, by.accessToken)).makeOffer.id;
  };
  const appointmentOf = async (requestId: string, helper: TestUser) => {
    const [row] = await api.db.ownerQuery<{ id: string }>(`select id from appointments where request_id = $1 and helper_id = $2 order by created_at desc limit 1`, [requestId, helper.id]);
    return row.id;
  };
  const start = async (minute: number, appointmentId: string, by: TestUser) => {
    at(minute);
    await ok(START, { id: appointmentId }, by.accessToken);
  };
  const complete = async (minute: number, appointmentId: string, by: TestUser) => {
    at(minute);
    await ok(COMPLETE, { id: appointmentId }, by.accessToken);
  };
  const review = async (appointmentId: string, author: TestUser, stars: number) =>
    (await ok<{ writeReview: { id: string } }>(WRITE_REVIEW, { id: appointmentId, stars }, author.accessToken)).writeReview.id;

  /** A platform step on a request's timeline (dispatch wave, escalation), as the dispatch engine takes it. */
  async function platformStep(minute: number, requestId: string, event: 'offered' | 'escalated', details: Record<string, unknown>) {
    at(minute);
    const requestService = api.app.get(RequestService);
    await api.app.get(TenantDatabase).run(RequestContext.system(tenant.id, 'dispatch'), async (tx) => {
      const row = await requestService.lockIn(tx, requestId);
      await requestService.advanceIn(tx, row!, event, { kind: 'system', id: null }, details);
    });
  }
  async function dispatchOffer(requestId: string, helper: TestUser, input: { status: string; offeredAt: number; answeredAt?: number; tierKey?: string }) {
    await api.db.ownerQuery(
      `insert into dispatch_offers (tenant_id, request_id, helper_id, wave, tier_key, rank, score, distance_km, status, offered_at, answered_at)
       values ($1, $2, $3, 1, $4, 1, 0.5, 1, $5, $6, $7)`,
      [tenant.id, requestId, helper.id, input.tierKey ?? null, input.status, iso(input.offeredAt), input.answeredAt === undefined ? null : iso(input.answeredAt)],
    );
  }

  beforeAll(async () => {
    api = await startTestApi({}, { clock });
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    operator = tenant.admin;
    agent = await createTestUser(api, tenant, { roles: ['operator_agent'] });
    customer = await createTestUser(api, tenant, { roles: ['customer'], displayName: 'Anna' });
    wifi = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    tv = await tenant.serviceId({ pricingMode: 'fixed', durationMinutes: 60 });
    const skills = [
      { serviceId: wifi, priceMinor: 4000 },
      { serviceId: tv, priceMinor: 4000 },
    ];
    ana = await createApprovedHelper(api, tenant, { displayName: 'Ana', postalCode: '8001', radiusKm: 10, skills, weekdays: EVERY_DAY });
    bo = await createApprovedHelper(api, tenant, { displayName: 'Bo', postalCode: '8004', radiusKm: 10, skills, weekdays: EVERY_DAY });
    cleo = await createApprovedHelper(api, tenant, { displayName: 'Cleo', postalCode: '8001', radiusKm: 10, skills, weekdays: EVERY_DAY });

    // R0, before the period: posted at −90, never answered.
    await post('R0', -90, { windowFrom: 60, windowTo: 600 });

    // R1 (SLA v1: 15 / 180 min): Ana offers at 10, Bo at 20; the customer picks Ana for 120; she starts at 100, completes at 150.
    const r1 = await post('R1', 0, { windowFrom: 60, windowTo: 600 });
    const anaOffer = await offer(10, r1, ana);
    await offer(20, r1, bo);
    at(30);
    await ok(CHOOSE, { id: anaOffer, startsAt: iso(120) }, customer.accessToken);
    // B1: booked directly on Ana's slot at 480 (booked at 30); she starts at 470 and completes at 530.
    const b1 = (await ok<{ bookSlot: { id: string } }>(BOOK, { input: { helperId: ana.id, serviceId: wifi, postalCode: '8001', startsAt: iso(480) } }, customer.accessToken)).bookSlot.id;
    requests.B1 = (await api.db.ownerQuery<{ request_id: string }>(`select request_id from appointments where id = $1`, [b1]))[0].request_id;

    // R2 at 8004 (SLA v1): Bo offers at 90, is chosen at 100 for 300, starts at 290, completes at 340.
    const r2 = await post('R2', 60, { postalCode: '8004', windowFrom: 120, windowTo: 900 });
    const boOffer = await offer(90, r2, bo);
    at(100);
    await ok(CHOOSE, { id: boOffer, startsAt: iso(300) }, customer.accessToken);
    await start(100, await appointmentOf(r1, ana), ana);

    // At 105 the operator raises the SLA to v2: first response within 30 min, help within 240.
    at(105);
    const current = await ok<{ tenantPolicy: { version: number; document: Record<string, unknown> } }>(POLICY, {}, operator.accessToken);
    expect(current.tenantPolicy.version).toBe(1);
    await ok(UPDATE_POLICY, { document: { ...current.tenantPolicy.document, firstResponseMinutes: 30, helpWithinMinutes: 240 } }, operator.accessToken);

    // R3, the TV service (SLA v2): a dispatch wave to Ana, Bo and Cleo at 120; Bo declines at 125; Ana accepts at 140 for 240
    // (Cleo's offer is taken); Ana has not started at 310 and is released; Cleo accepts at 320 for 340, starts at 330, completes at 400.
    const r3 = await post('R3', 120, { serviceId: tv, windowFrom: 180, windowTo: 900 });
    await platformStep(120, r3, 'offered', { wave: 1 });
    for (const helper of [ana, bo, cleo]) await dispatchOffer(r3, helper, { status: 'pending', offeredAt: 120 });
    at(125);
    await ok(DECLINE_DISPATCH, { id: r3 }, bo.accessToken);
    at(140);
    await ok(ACCEPT_DISPATCH, { id: r3, startsAt: iso(240) }, ana.accessToken);
    await complete(150, await appointmentOf(r1, ana), ana);

    // R4 (SLA v2): a wave to Ana and Cleo at 180 lapses at 240; escalated to specialists at 240 and to the operator at 330;
    // the operator assigns Bo at 340 for 390; Bo starts at 380 and completes at 450.
    const r4 = await post('R4', 180, { windowFrom: 240, windowTo: 900 });
    await dispatchOffer(r4, ana, { status: 'lapsed', offeredAt: 180, answeredAt: 240 });
    await dispatchOffer(r4, cleo, { status: 'lapsed', offeredAt: 180, answeredAt: 240 });
    await platformStep(240, r4, 'escalated', { tierKey: 'specialists', target: 'specialist' });

    // R5 (SLA v2): posted at 240, cancelled by the customer at 250 with no answer.
    const r5 = await post('R5', 240, { windowFrom: 300, windowTo: 900 });
    at(250);
    await ok(CANCEL, { id: r5 }, customer.accessToken);

    await start(290, await appointmentOf(r2, bo), bo);
    // R6 (SLA v2): posted at 300, never answered, expires at 540.
    await post('R6', 300, { windowFrom: 360, windowTo: 1000 });

    at(310);
    const handover = api.app.get(RequestHandoverService);
    const requestService = api.app.get(RequestService);
    const anaR3 = await appointmentOf(r3, ana);
    await api.app.get(TenantDatabase).run(RequestContext.system(tenant.id, 'dispatch'), async (tx) => {
      const row = await requestService.lockIn(tx, r3);
      await handover.takeBackIn(tx, { request: row!, appointmentId: anaR3, reason: 'Not started in time', now: clock.now() });
    });
    await api.db.ownerQuery(`update dispatch_offers set status = 'released' where request_id = $1 and helper_id = $2`, [r3, ana.id]);
    await api.db.ownerQuery(`update dispatch_offers set status = 'pending', answered_at = null where request_id = $1 and status = 'taken'`, [r3]);
    at(320);
    await ok(ACCEPT_DISPATCH, { id: r3, startsAt: iso(340) }, cleo.accessToken);
    await start(330, await appointmentOf(r3, cleo), cleo);

    await platformStep(330, r4, 'escalated', { tierKey: 'operator', target: 'operator' });
    await complete(340, await appointmentOf(r2, bo), bo);
    at(340);
    await ok(ASSIGN, { id: r4, helperId: bo.id, startsAt: iso(390) }, operator.accessToken);
    await start(380, await appointmentOf(r4, bo), bo);
    await complete(400, await appointmentOf(r3, cleo), cleo);
    await complete(450, await appointmentOf(r4, bo), bo);
    await start(470, b1, ana);
    await complete(530, b1, ana);

    at(600);
    await requestService.expireOverdue(RequestContext.system(tenant.id, 'test'), clock.now());

    // Reviews at 700. Published (both sides wrote): R1 Ana 5, R2 Bo 3, B1 Ana 4, R4 Bo 1 (then hidden by the operator).
    // R3: only the customer wrote (Cleo 2), so it stays unpublished.
    at(700);
    for (const [requestName, helper, stars] of [
      ['R1', ana, 5],
      ['R2', bo, 3],
      ['B1', ana, 4],
    ] as const) {
      const appointmentId = await appointmentOf(requests[requestName], helper);
      await review(appointmentId, customer, stars);
      await review(appointmentId, helper, 5);
    }
    const r4Appointment = await appointmentOf(r4, bo);
    const hiddenReview = await review(r4Appointment, customer, 1);
    await review(r4Appointment, bo, 4);
    await ok(HIDE_REVIEW, { id: hiddenReview }, operator.accessToken);
    await review(await appointmentOf(r3, cleo), customer, 2);
    at(720);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('computes every figure of the period from the timelines', async () => {
    const statuses = await api.db.ownerQuery<{ id: string; status: string }>(`select id, status from requests where tenant_id = $1`, [tenant.id]);
    const statusOf = (name: string) => statuses.find((row) => row.id === requests[name])?.status;
    expect(['R0', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'B1'].map(statusOf)).toEqual([
      'expired',
      'completed',
      'completed',
      'completed',
      'completed',
      'cancelled',
      'expired',
      'completed',
    ]);

    const figures = await report(period);
    expect(figures).toMatchObject({ from: period.from, to: period.to, serviceId: null, postalArea: null, helperId: null, areaLength: 2, generatedAt: iso(720) });
    // Posted R1–R6; booked B1; R0 is before the period.
    expect(figures.volume).toEqual({
      posted: 6,
      booked: 1,
      byStatus: [
        { status: 'COMPLETED', posted: 4, booked: 1 },
        { status: 'CANCELLED', posted: 1, booked: 0 },
        { status: 'EXPIRED', posted: 1, booked: 0 },
      ],
    });
    // First answers: R1 10 min (Ana's offer) = 600 s, R2 30 min = 1800 s, R3 20 min (Ana's dispatch acceptance) = 1200 s;
    // R4 was assigned by the operator (not a helper's answer), R5 and R6 had none.
    // Median of [600, 1200, 1800] = 1200; p90: rank 0.9 × 2 = 1.8 → 1200 + 0.8 × 600 = 1680.
    // Within target: R1 10 ≤ 15 yes, R2 30 > 15 no, R3 20 ≤ 30 yes, R4 and R6 missed; R5 was cancelled at 10 min, before its 30 → 2 of 5 = 40 %.
    expect(figures.firstResponse).toEqual({ count: 3, medianSeconds: 1200, p90Seconds: 1680, withinSla: 2, slaDecided: 5, withinSlaPercent: 40 });
    // First starts: R1 100 min = 6000 s, R2 230 min = 13800 s, R3 210 min = 12600 s (Cleo), R4 200 min = 12000 s.
    // Sorted [6000, 12000, 12600, 13800]: median (12000 + 12600) / 2 = 12300; p90: rank 2.7 → 12600 + 0.7 × 1200 = 13440.
    // Within target: R1 100 ≤ 180, R2 230 > 180, R3 210 ≤ 240, R4 200 ≤ 240, R6 missed, R5 cancelled first → 3 of 5 = 60 %.
    expect(figures.timeToHelp).toEqual({ count: 4, medianSeconds: 12300, p90Seconds: 13440, withinSla: 3, slaDecided: 5, withinSlaPercent: 60 });
    // Dispatch offers: R3 Ana released (accepted first), Bo declined, Cleo accepted; R4 Ana and Cleo lapsed → 2 of 5 = 0.4.
    expect(figures.dispatch).toEqual({ offersAnswered: 5, offersAccepted: 2, acceptanceRate: 0.4 });
    // Accepted R1–R4; R3 reallocated → 1 / 4.
    expect(figures.reallocation).toEqual({ acceptedRequests: 4, reallocatedRequests: 1, rate: 0.25 });
    expect(figures.escalations).toEqual([
      { tierKey: 'specialists', target: 'specialist', requests: 1, escalations: 1 },
      { tierKey: 'operator', target: 'operator', requests: 1, escalations: 1 },
    ]);
    // Published, visible customer reviews: 5 (R1), 3 (R2), 4 (B1) → 12 / 3 = 4; the hidden 1 and the unpublished 2 do not count.
    expect(figures.rating).toEqual({ average: 4, count: 3 });
    // Helpers took R1, R2, R3; the operator handled R4 → 3 / 4.
    expect(figures.callDeflection).toEqual({ resolvedByHelpers: 3, handledByOperator: 1, rate: 0.75 });
    // Ana: jobs R1, B1; stars (5 + 4) / 2; answers R1 600 s and R3 1200 s → median 900; dispatch R3 released, R4 lapsed → 1/2; released once.
    // Bo: jobs R2, R4; stars 3; answers R1 1200 s and R2 1800 s (R4 was the operator's assignment) → 1500; dispatch R3 declined → 0/1.
    // Cleo: job R3; no published review; answer R3 at 320 − 120 = 200 min = 12000 s; dispatch R3 accepted, R4 lapsed → 1/2.
    expect(figures.leaderboard).toEqual([
      { rank: 1, helperId: ana.id, displayName: 'Ana', jobsCompleted: 2, averageStars: 4.5, ratingCount: 2, medianResponseSeconds: 900, dispatchOffersAccepted: 1, dispatchOffersAnswered: 2, acceptanceRate: 0.5, reallocations: 1 },
      { rank: 2, helperId: bo.id, displayName: 'Bo', jobsCompleted: 2, averageStars: 3, ratingCount: 1, medianResponseSeconds: 1500, dispatchOffersAccepted: 0, dispatchOffersAnswered: 1, acceptanceRate: 0, reallocations: 0 },
      { rank: 3, helperId: cleo.id, displayName: 'Cleo', jobsCompleted: 1, averageStars: null, ratingCount: 0, medianResponseSeconds: 12000, dispatchOffersAccepted: 1, dispatchOffersAnswered: 2, acceptanceRate: 0.5, reallocations: 0 },
    ]);
    // Agents read the same figures.
    expect(await report(period, agent)).toEqual(figures);
  });

  it('breaks the figures down by service and postal area, adding up to the totals', async () => {
    const figures = await report(period);
    // Wi-fi: posted R1, R2, R4, R5, R6 and booked B1; TV: R3.
    // Wi-fi answers: R1 600 s, R2 1800 s → median 1200; p90: rank 0.9 → 600 + 0.9 × 1200 = 1680. Within: R1 only; decided R1, R2, R4, R6 → 25 %.
    // Wi-fi starts: R1 6000 s, R4 12000 s, R2 13800 s → median 12000; p90: rank 1.8 → 12000 + 0.8 × 1800 = 13440. Within: R1, R4 of R1, R2, R4, R6 → 50 %.
    // TV: R3 answered at 1200 s and started at 12600 s, both within v2.
    expect(figures.byService).toEqual([
      {
        key: wifi,
        posted: 5,
        booked: 1,
        firstResponse: { count: 2, medianSeconds: 1200, p90Seconds: 1680, withinSla: 1, slaDecided: 4, withinSlaPercent: 25 },
        timeToHelp: { count: 3, medianSeconds: 12000, p90Seconds: 13440, withinSla: 2, slaDecided: 4, withinSlaPercent: 50 },
      },
      {
        key: tv,
        posted: 1,
        booked: 0,
        firstResponse: { count: 1, medianSeconds: 1200, p90Seconds: 1200, withinSla: 1, slaDecided: 1, withinSlaPercent: 100 },
        timeToHelp: { count: 1, medianSeconds: 12600, p90Seconds: 12600, withinSla: 1, slaDecided: 1, withinSlaPercent: 100 },
      },
    ]);
    // Areas of two characters: 8001 and 8004 are both "80", which is the whole period.
    expect(figures.byPostalArea).toEqual([{ key: '80', posted: 6, booked: 1, firstResponse: figures.firstResponse, timeToHelp: figures.timeToHelp }]);

    // Areas of four: 8001 has R1, R3, R4, R5, R6 and B1; 8004 has R2.
    // 8001 answers: R1 600 s, R3 1200 s → median 900, p90 600 + 0.9 × 600 = 1140; within R1, R3 of R1, R3, R4, R6 → 50 %.
    // 8001 starts: R1 6000 s, R4 12000 s, R3 12600 s → median 12000, p90 12000 + 0.8 × 600 = 12480; within R1, R3, R4 of 4 → 75 %.
    // 8004: R2's 1800 s answer and 13800 s start, both late under v1.
    const byFour = await report({ ...period, areaLength: 4 });
    expect(byFour.areaLength).toBe(4);
    expect(byFour.byPostalArea).toEqual([
      {
        key: '8001',
        posted: 5,
        booked: 1,
        firstResponse: { count: 2, medianSeconds: 900, p90Seconds: 1140, withinSla: 2, slaDecided: 4, withinSlaPercent: 50 },
        timeToHelp: { count: 3, medianSeconds: 12000, p90Seconds: 12480, withinSla: 3, slaDecided: 4, withinSlaPercent: 75 },
      },
      {
        key: '8004',
        posted: 1,
        booked: 0,
        firstResponse: { count: 1, medianSeconds: 1800, p90Seconds: 1800, withinSla: 0, slaDecided: 1, withinSlaPercent: 0 },
        timeToHelp: { count: 1, medianSeconds: 13800, p90Seconds: 13800, withinSla: 0, slaDecided: 1, withinSlaPercent: 0 },
      },
    ]);
    expect(byFour.byService).toEqual(figures.byService);

    // The breakdowns follow the filter: the TV service is one service row and one area row; a postal-area filter longer
    // than the areas makes the area its own key.
    const tvOnly = await report({ ...period, serviceId: tv });
    expect(tvOnly.byService.map((row) => [row.key, row.posted])).toEqual([[tv, 1]]);
    expect(tvOnly.byPostalArea.map((row) => [row.key, row.posted, row.firstResponse.medianSeconds])).toEqual([['80', 1, 1200]]);
    const area = await report({ ...period, postalArea: '8004' });
    expect(area.byPostalArea.map((row) => [row.key, row.posted, row.booked])).toEqual([['8004', 1, 0]]);
    expect(area.byService.map((row) => [row.key, row.posted, row.timeToHelp.medianSeconds])).toEqual([[wifi, 1, 13800]]);
    expect(await errorOf(REPORT, { ...period, areaLength: 0 }, operator)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'areaLength' });
  });

  it('narrows the figures by service, postal area and helper', async () => {
    // The TV service: R3 only. Answer 1200 s, help 12600 s, both within v2; dispatch on R3: Ana released, Bo declined, Cleo accepted → 2/3.
    const tvOnly = await report({ ...period, serviceId: tv });
    expect(tvOnly).toMatchObject({
      serviceId: tv,
      volume: { posted: 1, booked: 0, byStatus: [{ status: 'COMPLETED', posted: 1, booked: 0 }] },
      firstResponse: { count: 1, medianSeconds: 1200, p90Seconds: 1200, withinSla: 1, slaDecided: 1, withinSlaPercent: 100 },
      timeToHelp: { count: 1, medianSeconds: 12600, p90Seconds: 12600, withinSla: 1, slaDecided: 1, withinSlaPercent: 100 },
      dispatch: { offersAnswered: 3, offersAccepted: 2, acceptanceRate: 0.6667 },
      reallocation: { acceptedRequests: 1, reallocatedRequests: 1, rate: 1 },
      escalations: [],
      rating: { average: null, count: 0 },
      callDeflection: { resolvedByHelpers: 1, handledByOperator: 0, rate: 1 },
    });
    // Cleo completed R3; Ana (released, answered at 1200 s) and Bo (declined) follow with no job, by name.
    expect(tvOnly.leaderboard.map((row) => [row.displayName, row.jobsCompleted, row.medianResponseSeconds, row.acceptanceRate, row.reallocations])).toEqual([
      ['Cleo', 1, 12000, 1, 0],
      ['Ana', 0, 1200, 1, 1],
      ['Bo', 0, null, 0, 0],
    ]);

    // Postal area 8004: R2 only. Answer 1800 s > 15 min and help 13800 s > 180 min under v1 → 0 %; no dispatch; Bo's 3 stars.
    const area = await report({ ...period, postalArea: '8004' });
    expect(area).toMatchObject({
      postalArea: '8004',
      volume: { posted: 1, booked: 0 },
      firstResponse: { count: 1, medianSeconds: 1800, withinSla: 0, slaDecided: 1, withinSlaPercent: 0 },
      timeToHelp: { count: 1, medianSeconds: 13800, withinSla: 0, slaDecided: 1, withinSlaPercent: 0 },
      dispatch: { offersAnswered: 0, offersAccepted: 0, acceptanceRate: null },
      reallocation: { acceptedRequests: 1, reallocatedRequests: 0, rate: 0 },
      rating: { average: 3, count: 1 },
    });
    expect(area.leaderboard).toEqual([
      { rank: 1, helperId: bo.id, displayName: 'Bo', jobsCompleted: 1, averageStars: 3, ratingCount: 1, medianResponseSeconds: 1800, dispatchOffersAccepted: 0, dispatchOffersAnswered: 0, acceptanceRate: null, reallocations: 0 },
    ]);
    // "80" is a prefix of both 8001 and 8004: everything.
    expect((await report({ ...period, postalArea: '80' })).volume).toMatchObject({ posted: 6, booked: 1 });

    // Cleo handled R3 only; her own dispatch offers there: 1 accepted of 1.
    const cleoOnly = await report({ ...period, helperId: cleo.id });
    expect(cleoOnly).toMatchObject({
      helperId: cleo.id,
      volume: { posted: 1, booked: 0 },
      firstResponse: { count: 1, medianSeconds: 1200, withinSlaPercent: 100 },
      timeToHelp: { count: 1, medianSeconds: 12600, withinSlaPercent: 100 },
      dispatch: { offersAnswered: 1, offersAccepted: 1, acceptanceRate: 1 },
      reallocation: { rate: 1 },
      rating: { average: null, count: 0 },
    });
    expect(cleoOnly.leaderboard.map((row) => row.displayName)).toEqual(['Cleo']);
    // Ana handled R1, R3 (released) and B1: 2 posted, 1 booked; her 5 and 4 stars → 4.5.
    expect(await report({ ...period, helperId: ana.id })).toMatchObject({ volume: { posted: 2, booked: 1 }, rating: { average: 4.5, count: 2 } });
  });

  it('reads a request stored without its SLA targets against the SLA version it was posted under, and the current one when it has none', async () => {
    const [stored] = await api.db.ownerQuery<{ sla_policy_version: number | null; first_response_due_at: Date | null; expires_at: Date }>(
      `select sla_policy_version, first_response_due_at, expires_at from requests where id = $1`,
      [requests.R2],
    );
    expect(stored.sla_policy_version).toBe(1);
    // Requests posted since the targets are fixed at posting carry them (the SLA clock's deadlines); older rows do not.
    expect(stored.first_response_due_at).not.toBeNull();
    await api.db.ownerQuery(`update requests set sla_policy_version = null, first_response_due_at = null where id = $1`, [requests.R2]);
    try {
      // R2 now reads v2 (30 / 240 min): its 30-min answer and 230-min help are within → 3 of 5 = 60 % and 4 of 5 = 80 %.
      const figures = await report(period);
      expect(figures.firstResponse).toMatchObject({ withinSla: 3, slaDecided: 5, withinSlaPercent: 60 });
      expect(figures.timeToHelp).toMatchObject({ withinSla: 4, slaDecided: 5, withinSlaPercent: 80 });
    } finally {
      await api.db.ownerQuery(`update requests set sla_policy_version = 1, first_response_due_at = $2 where id = $1`, [requests.R2, stored.first_response_due_at]);
    }
  });

  it('leaves requests whose target has not passed out of the SLA shares', async () => {
    // Read with the clock at 320 (the rows are the whole scenario's): R6, posted at 300, is due an answer at 330 and help at 540,
    // so it is undecided on both; R5 stays out (cancelled first). Answers: R1 yes, R2 no, R3 yes, R4 missed → 2 of 4 = 50 %;
    // help: R1 yes, R2 no, R3 yes, R4 yes → 3 of 4 = 75 %.
    at(320);
    try {
      const early = await report(period);
      expect(early.firstResponse).toMatchObject({ withinSla: 2, slaDecided: 4, withinSlaPercent: 50 });
      expect(early.timeToHelp).toMatchObject({ withinSla: 3, slaDecided: 4, withinSlaPercent: 75 });
    } finally {
      at(720);
    }
  });

  it('answers a period with nothing in it with zeros and nulls', async () => {
    const empty = await report({ from: iso(2 * 24 * 60), to: iso(3 * 24 * 60) });
    const none = { count: 0, medianSeconds: null, p90Seconds: null, withinSla: 0, slaDecided: 0, withinSlaPercent: null };
    expect(empty).toMatchObject({
      volume: { posted: 0, booked: 0, byStatus: [] },
      firstResponse: none,
      timeToHelp: none,
      dispatch: { offersAnswered: 0, offersAccepted: 0, acceptanceRate: null },
      reallocation: { acceptedRequests: 0, reallocatedRequests: 0, rate: null },
      escalations: [],
      rating: { average: null, count: 0 },
      callDeflection: { resolvedByHelpers: 0, handledByOperator: 0, rate: null },
      leaderboard: [],
      byService: [],
      byPostalArea: [],
    });
    // A service of another tenant's or a malformed id matches nothing either.
    expect((await report({ ...period, serviceId: 'not-an-id' })).volume.posted).toBe(0);
  });

  it('refuses a bad period naming the field, and anyone but operators', async () => {
    expect(await errorOf(REPORT, { from: period.to, to: period.from }, operator)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(await errorOf(REPORT, { from: period.from, to: new Date(T0 + 367 * DAY).toISOString() }, operator)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(await errorOf(CSV, { ...period, postalArea: '8'.repeat(21) }, operator)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'postalArea' });
    for (const outsider of [customer, ana]) expect(await errorOf(REPORT, period, outsider)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('exports the same report as CSV', async () => {
    const figures = await report(period);
    const file = (await ok<{ operatorAnalyticsCsv: { filename: string; contentType: string; content: string } }>(CSV, { filter: period }, operator.accessToken)).operatorAnalyticsCsv;
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(file.filename).toMatch(/^analytics_\d{8}T\d{6}Z_\d{8}T\d{6}Z\.csv$/);
    expect(file.content.endsWith('\r\n')).toBe(true);
    expect(file.content.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = file.content.split('\r\n');

    const summary = new Map(lines.slice(2, lines.indexOf('')).map((line) => line.split(',') as [string, string]));
    const text = (value: number | null) => (value === null ? '' : String(value));
    expect(Object.fromEntries(summary)).toEqual({
      period_from: new Date(period.from).toISOString(),
      period_to: new Date(period.to).toISOString(),
      service_id: '',
      postal_area: '',
      helper_id: '',
      area_length: '2',
      posted_requests: '6',
      booked_requests: '1',
      first_response_count: '3',
      first_response_median_seconds: '1200',
      first_response_p90_seconds: '1680',
      first_response_within_sla: '2',
      first_response_sla_decided: '5',
      first_response_within_sla_percent: '40',
      time_to_help_count: '4',
      time_to_help_median_seconds: '12300',
      time_to_help_p90_seconds: '13440',
      helped_within_sla: '3',
      help_sla_decided: '5',
      helped_within_sla_percent: '60',
      dispatch_offers_answered: '5',
      dispatch_offers_accepted: '2',
      dispatch_acceptance_rate: '0.4',
      accepted_requests: '4',
      reallocated_requests: '1',
      reallocation_rate: '0.25',
      average_rating: '4',
      rating_count: '3',
      resolved_by_helpers: '3',
      handled_by_operator: '1',
      call_deflection_rate: '0.75',
      help_started_by_call: '0',
      visits_after_call: '0',
      solved_on_call_rate: '',
    });

    const section = (title: string) => {
      const startAt = lines.indexOf(title);
      const endAt = lines.indexOf('', startAt);
      return lines.slice(startAt + 1, endAt);
    };
    expect(section('Escalations')).toEqual(['tier_key,target,requests,escalations', 'specialists,specialist,1,1', 'operator,operator,1,1']);
    expect(section('Volume by status')).toEqual(['status,posted,booked', 'completed,4,1', 'cancelled,1,0', 'expired,1,0']);
    const [header, ...leaders] = section('Leaderboard');
    expect(header).toBe(
      'rank,helper_id,display_name,jobs_completed,average_stars,rating_count,median_response_seconds,dispatch_offers_accepted,dispatch_offers_answered,acceptance_rate,reallocations',
    );
    expect(leaders).toEqual(
      figures.leaderboard.map((row) =>
        [
          row.rank,
          row.helperId,
          row.displayName,
          row.jobsCompleted,
          text(row.averageStars),
          row.ratingCount,
          text(row.medianResponseSeconds),
          row.dispatchOffersAccepted,
          row.dispatchOffersAnswered,
          text(row.acceptanceRate),
          row.reallocations,
        ].join(','),
      ),
    );
    expect(leaders[0]).toBe(`1,${ana.id},Ana,2,4.5,2,900,1,2,0.5,1`);
    // The breakdowns, their columns named as the summary's metrics.
    const columns =
      'posted_requests,booked_requests,first_response_count,first_response_median_seconds,first_response_p90_seconds,first_response_within_sla,' +
      'first_response_sla_decided,first_response_within_sla_percent,time_to_help_count,time_to_help_median_seconds,time_to_help_p90_seconds,' +
      'helped_within_sla,help_sla_decided,helped_within_sla_percent';
    expect(section('By service')).toEqual([`service_id,${columns}`, `${wifi},5,1,2,1200,1680,1,4,25,3,12000,13440,2,4,50`, `${tv},1,0,1,1200,1200,1,1,100,1,12600,12600,1,1,100`]);
    expect(section('By postal area')).toEqual([`postal_area,${columns}`, '80,6,1,3,1200,1680,2,5,40,4,12300,13440,3,5,60']);
  });
});
