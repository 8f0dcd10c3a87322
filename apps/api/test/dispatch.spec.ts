// Dispatch end to end on a clock the test moves, with the worker's engine in the test process: a
// posted request goes out in waves that widen and grow, with each decision and its reason on the
// request's timeline; of many helpers accepting at once exactly one gets it and the others hear
// "already taken"; a "no" sends the next wave at once; a job not started by the reallocation
// deadline is taken back and offered to others at the price already agreed; unanswered requests
// climb the SLA's escalation tiers (specialists, contractor partners, the operator's queue) and
// expire at the help-within target with their offers lapsed. Timers that fire late or twice do nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { FixedClock } from '@quartier/platform';
import { createApprovedHelper, createMarketplaceTenant, createTestUser, EVERY_DAY, swissPlacesTsv, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import { startDispatchEngine, type TestDispatchEngine } from './dispatch-engine.js';
import { startTestApi, type TestApi } from './test-api.js';

const SLA_POLICY = `{ tenantPolicy(kind: SLA) { document } }`;
const UPDATE_SLA = `mutation($document: PolicyDocument!) { updatePolicy(kind: SLA, document: $document) { version } }`;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const POST = `mutation($input: PostRequestInput!) { postRequest(input: $input) { id } }`;
const ACCEPT = `mutation($id: ID!, $startsAt: DateTime) { acceptDispatchOffer(requestId: $id, startsAt: $startsAt) { id helperId startsAt status price { subtotalMinor customerTotalMinor } } }`;
const DECLINE = `mutation($id: ID!) { declineDispatchOffer(requestId: $id, reason: "Not today") { requestId status answeredAt } }`;
const MY_OFFERS = `query($status: DispatchOfferStatus) { myDispatchOffers(status: $status, first: 50) { edges { node { requestId wave status distanceKm description } } } }`;
const DISPATCH = `query($id: ID!) { requestDispatch(requestId: $id) { requestId status wavesSent tiersEntered nextLookAt offers { helperId displayName tier wave tierKey rank distanceKm status reason } } }`;
const REQUEST = `query($id: ID!) { request(id: $id) { id status timeline { event fromStatus toStatus actorKind reason } } }`;
const ASSIGN = `mutation($id: ID!, $helperId: ID!) { assignRequest(requestId: $id, helperId: $helperId, reason: "From the queue") { id helperId status } }`;
const SET_TIER = `mutation($helperId: ID!, $tier: HelperTier!) { setHelperTier(helperId: $helperId, tier: $tier) { helperId tier } }`;

type GqlError = { message: string; extensions?: Record<string, unknown> };
type Dispatched = { helperId: string; displayName: string; tier: string; wave: number; tierKey: string | null; rank: number; distanceKm: number; status: string; reason: string | null };
type Dispatch = { requestId: string; status: string; wavesSent: number; tiersEntered: string[]; nextLookAt: string | null; offers: Dispatched[] };
type Step = { event: string; fromStatus: string | null; toStatus: string; actorKind: string; reason: string | null };
type Appointment = { id: string; helperId: string; startsAt: string; status: string; price: { subtotalMinor: number; customerTotalMinor: number } };

describe('dispatch: waves, first accept, reallocation, escalation and expiry', () => {
  // Tomorrow 07:00 UTC (08:00 or 09:00 in Zürich), inside the default service hours (07:00–22:00),
  // so the SLA's clock runs with the wall clock through every case (each case a day later).
  const clock = new FixedClock(new Date(Math.floor(Date.now() / (24 * HOUR)) * 24 * HOUR + 31 * HOUR));
  let api: TestApi;
  let engine: TestDispatchEngine;
  let tenant: MarketplaceTenant;
  let customer: TestUser;
  let serviceId: string;
  let escalationServiceId: string;
  const helpers: Record<string, TestUser> = {};

  const gql = <T>(query: string, variables: Record<string, unknown>, token?: string) => api.graphql<T>({ host: tenant.slug, query, variables, token });
  const codeOf = (response: { errors?: readonly unknown[] }) => ((response.errors as GqlError[] | undefined)?.[0]?.extensions ?? {}) as Record<string, unknown>;
  const nameOf = (helperId: string) => Object.entries(helpers).find(([, user]) => user.id === helperId)?.[0];

  async function post(service = serviceId): Promise<string> {
    const now = clock.now().getTime();
    const windows = [{ from: new Date(now + MINUTE).toISOString(), to: new Date(now + 8 * HOUR).toISOString() }];
    const response = await gql<{ postRequest: { id: string } }>(POST, { input: { serviceId: service, description: 'The Wi-Fi drops every evening', postalCode: '8001', windows } }, customer.accessToken);
    expect(response.errors).toBeUndefined();
    return response.data!.postRequest.id;
  }

  async function dispatchOf(requestId: string): Promise<Dispatch> {
    const response = await gql<{ requestDispatch: Dispatch }>(DISPATCH, { id: requestId }, tenant.admin.accessToken);
    expect(response.errors).toBeUndefined();
    return response.data!.requestDispatch;
  }

  async function timelineOf(requestId: string): Promise<Step[]> {
    const response = await gql<{ request: { timeline: Step[] } }>(REQUEST, { id: requestId }, tenant.admin.accessToken);
    expect(response.errors).toBeUndefined();
    return response.data!.request.timeline;
  }

  const stepOf = async (requestId: string) => (await api.db.ownerQuery<{ dispatch_step: number }>(`select dispatch_step from requests where id = $1`, [requestId]))[0].dispatch_step;
  const look = (requestId: string, step?: number) => engine.look(tenant.id, requestId, step);
  const wave = (dispatch: Dispatch, number: number) =>
    dispatch.offers
      .filter((offer) => offer.wave === number)
      .map((offer) => nameOf(offer.helperId))
      .sort();
  const accept = (name: string, requestId: string, startsAt?: string) => gql<{ acceptDispatchOffer: Appointment }>(ACCEPT, { id: requestId, startsAt }, helpers[name].accessToken);
  const decline = (name: string, requestId: string) => gql<{ declineDispatchOffer: { status: string } }>(DECLINE, { id: requestId }, helpers[name].accessToken);
  const snapshot = (requestId: string) =>
    api.db.ownerQuery(
      `select (select json_agg(json_build_array(helper_id, wave, status) order by helper_id) from dispatch_offers where request_id = $1) as offers,
              (select count(*) from request_events where request_id = $1) as events,
              (select count(*) from appointments where request_id = $1) as appointments,
              (select status from requests where id = $1) as status`,
      [requestId],
    );

  beforeAll(async () => {
    api = await startTestApi({}, { clock });
    engine = await startDispatchEngine(api.db.config, clock);
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004', '8400', '1200') });
    [serviceId, escalationServiceId] = await tenant.serviceIds({ pricingMode: 'hourly' });
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    const helper = (name: string, postalCode: string, priceMinor: number, service = serviceId) =>
      createApprovedHelper(api, tenant, { displayName: name, postalCode, radiusKm: 30, skills: [{ serviceId: service, priceMinor }], weekdays: EVERY_DAY });
    // Four within 2 km of 8001, three in Winterthur (about 20 km away), one in Geneva (out of reach).
    helpers.anna = await helper('Anna', '8001', 4000);
    helpers.ben = await helper('Ben', '8001', 4200);
    helpers.chiara = await helper('Chiara', '8004', 4400);
    helpers.dario = await helper('Dario', '8004', 4600);
    helpers.eva = await helper('Eva', '8400', 4000);
    helpers.fritz = await helper('Fritz', '8400', 4000);
    helpers.gina = await helper('Gina', '8400', 4000);
    helpers.geneva = await helper('Genève', '1200', 4000);
    // The escalation service: one neighbour, one specialist, one contractor partner.
    helpers.friend = await helper('Friend', '8001', 4000, escalationServiceId);
    helpers.specialist = await helper('Specialist', '8004', 4800, escalationServiceId);
    helpers.contractor = await helper('Contractor', '8400', 5000, escalationServiceId);
    for (const [name, tier] of [['specialist', 'SPECIALIST'], ['contractor', 'CONTRACTOR']] as const) {
      const set = await gql<{ setHelperTier: { tier: string } }>(SET_TIER, { helperId: helpers[name].id, tier }, tenant.admin.accessToken);
      expect(set.data?.setHelperTier.tier).toBe(tier);
    }
  });
  // Each case a day later, with every helper free: the earlier cases' jobs are past and their offers lapsed.
  beforeEach(async () => {
    clock.advance(24 * HOUR);
    await api.db.ownerQuery(`update dispatch_offers set status = 'lapsed' where tenant_id = $1 and status = 'pending'`, [tenant.id]);
  });
  afterAll(async () => {
    await engine?.close();
    await api?.close();
  });

  it('offers a posted request in waves that widen and grow, each decision on the timeline, and ignores a timer that comes late', async () => {
    const requestId = await post();
    const postedAt = clock.now().getTime();
    expect(await look(requestId)).toContain('wave');
    let dispatch = await dispatchOf(requestId);
    // Wave 1: the best 3 within 10 km (defaults: 3 helpers, 10 km, 5 minutes).
    expect(dispatch).toMatchObject({ status: 'OFFERED', wavesSent: 1, tiersEntered: [], nextLookAt: new Date(postedAt + 5 * MINUTE).toISOString() });
    expect(wave(dispatch, 1)).toHaveLength(3);
    expect(wave(dispatch, 1).every((name) => ['anna', 'ben', 'chiara', 'dario'].includes(name!))).toBe(true);
    const mine = await gql<{ myDispatchOffers: { edges: { node: { requestId: string; wave: number; status: string } }[] } }>(MY_OFFERS, { status: 'PENDING' }, helpers[wave(dispatch, 1)[0]!].accessToken);
    expect(mine.data!.myDispatchOffers.edges.map((edge) => edge.node)).toEqual([expect.objectContaining({ requestId, wave: 1, status: 'PENDING' })]);

    // A timer for a step the request has left does nothing, however often it fires.
    const stale = (await stepOf(requestId)) - 1;
    const before = await snapshot(requestId);
    expect(await look(requestId, stale)).toMatch(/^skipped/);
    expect(await snapshot(requestId)).toEqual(before);

    // Wave 2 after 5 minutes: 5 more within 20 km — only the fourth neighbour is left there.
    clock.advance(5 * MINUTE);
    expect(await look(requestId, await stepOf(requestId))).toContain('wave');
    dispatch = await dispatchOf(requestId);
    expect(dispatch.wavesSent).toBe(2);
    expect(wave(dispatch, 2)).toHaveLength(1);
    // Wave 3 reaches Winterthur (30 km); Geneva never.
    clock.advance(5 * MINUTE);
    await look(requestId, await stepOf(requestId));
    dispatch = await dispatchOf(requestId);
    expect(wave(dispatch, 3)).toEqual(['eva', 'fritz', 'gina']);
    expect(dispatch.offers.map((offer) => nameOf(offer.helperId))).not.toContain('geneva');
    expect(new Set(dispatch.offers.map((offer) => offer.helperId)).size).toBe(dispatch.offers.length);

    const timeline = await timelineOf(requestId);
    const dispatchSteps = timeline.filter((step) => step.event === 'offered' || step.event === 'dispatch_wave');
    expect(dispatchSteps.map((step) => [step.event, step.actorKind])).toEqual([
      ['offered', 'SYSTEM'],
      ['dispatch_wave', 'SYSTEM'],
      ['dispatch_wave', 'SYSTEM'],
    ]);
    expect(dispatchSteps.every((step) => (step.reason ?? '').length > 10)).toBe(true);
  });

  it('gives the request to exactly one of many helpers accepting at once; the others hear it is already taken', async () => {
    const requestId = await post();
    // The SLA changes after posting: the request keeps the first-response target it was posted under.
    const policy = await gql<{ tenantPolicy: { document: Record<string, unknown> } }>(SLA_POLICY, {}, tenant.admin.accessToken);
    const posted = policy.data!.tenantPolicy.document;
    expect((await gql(UPDATE_SLA, { document: { ...posted, firstResponseMinutes: 5 } }, tenant.admin.accessToken)).errors).toBeUndefined();
    await look(requestId);
    clock.advance(5 * MINUTE);
    await look(requestId, await stepOf(requestId));
    const offered = (await dispatchOf(requestId)).offers.map((offer) => nameOf(offer.helperId)!);
    expect(offered).toHaveLength(4);
    const answers = await Promise.all([...offered, ...offered].map((name) => accept(name, requestId)));
    expect((await gql(UPDATE_SLA, { document: posted }, tenant.admin.accessToken)).errors).toBeUndefined();
    const won = answers.filter((answer) => !answer.errors);
    expect(won).toHaveLength(1);
    const winner = won[0].data!.acceptDispatchOffer;
    expect(winner.status).toBe('SCHEDULED');
    const losers = answers.filter((answer) => answer.errors).map((answer) => [codeOf(answer).code, codeOf(answer).detail]);
    // The winner's own second try finds their offer accepted; everyone else finds the request taken.
    expect(losers.filter(([, detail]) => detail === 'ALREADY_TAKEN')).toHaveLength(6);
    expect(losers.filter(([, detail]) => detail === 'ILLEGAL_TRANSITION')).toHaveLength(1);
    expect(losers.every(([code]) => code === 'CONFLICT')).toBe(true);

    const after = await snapshot(requestId);
    expect(after[0]).toMatchObject({ appointments: '1', status: 'scheduled' });
    const dispatch = await dispatchOf(requestId);
    expect(dispatch.offers.filter((offer) => offer.status === 'ACCEPTED').map((offer) => offer.helperId)).toEqual([winner.helperId]);
    expect(dispatch.offers.filter((offer) => offer.status === 'TAKEN')).toHaveLength(3);
    const [stats] = await api.db.ownerQuery<{ accepted: number; answered: number }>(`select accepted, answered from helper_dispatch_stats where helper_id = $1`, [winner.helperId]);
    expect(stats.accepted).toBeGreaterThanOrEqual(1);
    // A helper it was never offered to gets the NOT_FOUND of an unknown request.
    expect(codeOf(await accept('geneva', requestId)).code).toBe('NOT_FOUND');
    const timeline = await timelineOf(requestId);
    expect(timeline.filter((step) => step.event === 'accepted')).toEqual([expect.objectContaining({ actorKind: 'HELPER', fromStatus: 'OFFERED', toStatus: 'ACCEPTED' })]);
    const events = await api.db.ownerQuery<{ payload: { helperId: string; firstResponseMinutes: number } }>(
      `select payload from outbox_events where aggregate_id = $1 and type = 'dispatch.accepted'`,
      [requestId],
    );
    expect(events.map((event) => [event.payload.helperId, event.payload.firstResponseMinutes])).toEqual([[winner.helperId, posted.firstResponseMinutes]]);
  });

  it('never offers a request again to a helper who said no, and sends the next wave at once when a whole wave said no', async () => {
    const requestId = await post();
    await look(requestId);
    const first = wave(await dispatchOf(requestId), 1);
    for (const name of first) expect((await decline(name!, requestId)).errors).toBeUndefined();
    // The engine's job for the last "no" (dispatch.declined), well before the 5-minute interval.
    clock.advance(MINUTE);
    await look(requestId);
    const dispatch = await dispatchOf(requestId);
    expect(dispatch.wavesSent).toBe(2);
    expect(dispatch.offers.filter((offer) => offer.wave === 1).every((offer) => offer.status === 'DECLINED')).toBe(true);
    expect(wave(dispatch, 2).some((name) => first.includes(name))).toBe(false);
    // A second "no" on the same offer is refused and changes nothing.
    const again = await decline(first[0]!, requestId);
    expect(codeOf(again)).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION' });
  });

  it('takes back a job not started by the reallocation deadline, offers it to others, and keeps the price the customer agreed to', async () => {
    const requestId = await post();
    await look(requestId);
    const first = wave(await dispatchOf(requestId), 1);
    const starter = first[0]!;
    const startsAt = new Date(clock.now().getTime() + 30 * MINUTE).toISOString();
    const accepted = await accept(starter, requestId, startsAt);
    expect(accepted.errors).toBeUndefined();
    const agreed = accepted.data!.acceptDispatchOffer.price;
    // request.scheduled: the engine watches the start; default reallocation timeout 60 minutes.
    expect(await look(requestId)).toContain('watch');
    expect((await dispatchOf(requestId)).nextLookAt).toBe(new Date(Date.parse(startsAt) + 60 * MINUTE).toISOString());
    clock.advance(89 * MINUTE);
    await look(requestId, await stepOf(requestId));
    expect((await snapshot(requestId))[0]).toMatchObject({ status: 'scheduled' });

    clock.advance(MINUTE);
    expect(await look(requestId, await stepOf(requestId))).toContain('reallocate');
    const dispatch = await dispatchOf(requestId);
    // Looking for a helper again (past the first escalation tier's time by now, so possibly escalated).
    expect(['OFFERED', 'ESCALATED']).toContain(dispatch.status);
    const released = dispatch.offers.find((offer) => nameOf(offer.helperId) === starter)!;
    expect(released).toMatchObject({ status: 'RELEASED' });
    // Those who lost the race may take it now; never the released helper.
    const afterRelease = dispatch.offers.filter((offer) => offer.status === 'PENDING').map((offer) => nameOf(offer.helperId));
    expect(afterRelease.length).toBeGreaterThan(0);
    expect(afterRelease).not.toContain(starter);
    const timeline = await timelineOf(requestId);
    const reallocation = timeline.find((step) => step.event === 'reallocated')!;
    expect(reallocation).toMatchObject({ actorKind: 'SYSTEM', fromStatus: 'SCHEDULED', toStatus: 'OFFERED' });
    expect(reallocation.reason).toContain('60 minutes');
    const [event] = await api.db.ownerQuery<{ details: { releasedHelperId: string } }>(`select details from request_events where request_id = $1 and event = 'reallocated'`, [requestId]);
    expect(event.details.releasedHelperId).toBe(helpers[starter].id);
    const [stats] = await api.db.ownerQuery<{ released: number }>(`select released from helper_dispatch_stats where helper_id = $1`, [helpers[starter].id]);
    expect(stats.released).toBe(1);
    const appointments = await api.db.ownerQuery<{ status: string }>(`select status from appointments where request_id = $1`, [requestId]);
    expect(appointments.map((row) => row.status)).toEqual(['cancelled']);

    // The released helper cannot take it back; another does, at the price already agreed.
    expect(codeOf(await accept(starter, requestId))).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION' });
    const second = await accept(afterRelease[0]!, requestId);
    expect(second.errors).toBeUndefined();
    expect(second.data!.acceptDispatchOffer.price).toEqual(agreed);
  });

  it('climbs the escalation tiers — specialists, contractor partners, the operator’s queue — and the operator assigns a helper', async () => {
    const requestId = await post(escalationServiceId);
    const postedAt = clock.now().getTime();
    await look(requestId);
    expect(wave(await dispatchOf(requestId), 1)).toEqual(['friend']);
    expect((await decline('friend', requestId)).errors).toBeUndefined();
    await look(requestId);
    // Nobody else is a friend in reach and no offer is pending: the specialists' tier is entered at once,
    // not at its 15th minute, since waiting for it could only idle.
    let dispatch = await dispatchOf(requestId);
    expect(dispatch).toMatchObject({ status: 'OFFERED', tiersEntered: ['specialists'] });
    expect(dispatch.offers.filter((offer) => offer.tierKey === 'specialists').map((offer) => nameOf(offer.helperId))).toEqual(['specialist']);
    const [early] = (await timelineOf(requestId)).filter((step) => step.event === 'escalated');
    expect(early.reason).toMatch(/^No friends are left who could take the request within \d+ km .* and no offer is pending, so it escalates to specialist helpers \(tier specialists\) now rather than at service minute 15$/);
    const [recorded] = await api.db.ownerQuery<{ details: { tierKey: string; early: boolean } }>(`select details from request_events where request_id = $1 and event = 'escalated'`, [requestId]);
    expect(recorded.details).toMatchObject({ tierKey: 'specialists', early: true });

    // The specialist's offer is pending: the contractor partners' tier keeps its minute.
    clock.set(new Date(postedAt + 15 * MINUTE));
    await look(requestId, await stepOf(requestId));
    dispatch = await dispatchOf(requestId);
    expect(dispatch.tiersEntered).toEqual(['specialists']);
    expect(Date.parse(dispatch.nextLookAt!)).toBeLessThanOrEqual(postedAt + 30 * MINUTE);

    clock.set(new Date(postedAt + 30 * MINUTE));
    await look(requestId, await stepOf(requestId));
    dispatch = await dispatchOf(requestId);
    expect(dispatch.tiersEntered).toEqual(['specialists', 'contractors']);
    // Escalation widens the pool: the contractor tier offers to contractors and to anyone before them not offered yet.
    expect(dispatch.offers.filter((offer) => offer.tierKey === 'contractors').map((offer) => nameOf(offer.helperId))).toEqual(['contractor']);

    clock.set(new Date(postedAt + 120 * MINUTE));
    await look(requestId, await stepOf(requestId));
    dispatch = await dispatchOf(requestId);
    expect(dispatch).toMatchObject({ status: 'ESCALATED', tiersEntered: ['specialists', 'contractors', 'operator'] });
    // The operator has it; dispatch keeps looking for anyone not offered yet (nobody here) until the help-within target.
    expect(dispatch.nextLookAt).toBe(new Date(postedAt + 125 * MINUTE).toISOString());
    const escalations = (await timelineOf(requestId)).filter((step) => step.event === 'escalated');
    expect(escalations).toHaveLength(3);
    expect(escalations.every((step) => step.actorKind === 'SYSTEM' && (step.reason ?? '').length > 10)).toBe(true);

    const assigned = await gql<{ assignRequest: { helperId: string; status: string } }>(ASSIGN, { id: requestId, helperId: helpers.contractor.id }, tenant.admin.accessToken);
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data!.assignRequest).toMatchObject({ helperId: helpers.contractor.id, status: 'SCHEDULED' });
    dispatch = await dispatchOf(requestId);
    expect(dispatch.offers.find((offer) => nameOf(offer.helperId) === 'contractor')?.status).toBe('ACCEPTED');
    expect(dispatch.offers.find((offer) => nameOf(offer.helperId) === 'specialist')?.status).toBe('TAKEN');
    // Only operators assign, and only requests still looking for a helper.
    expect(codeOf(await gql(ASSIGN, { id: requestId, helperId: helpers.specialist.id }, tenant.admin.accessToken))).toMatchObject({ code: 'CONFLICT', detail: 'ALREADY_TAKEN' });
  });

  it('runs the SLA clock in the site’s service hours: a request posted after closing waits for the morning, its targets counted from the opening', async () => {
    const site = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001'), serviceHours: 'site default' });
    const [siteService] = await site.serviceIds({ pricingMode: 'hourly' });
    const night = await createTestUser(api, site, { roles: ['customer'] });
    await createApprovedHelper(api, site, { displayName: 'Nachtschwärmer', postalCode: '8001', radiusKm: 10, skills: [{ serviceId: siteService, priceMinor: 4000 }], weekdays: EVERY_DAY });
    // 23:10 in Zürich on a January evening (UTC+1): the site's service hours are 07:00–22:00.
    const evening = Date.UTC(new Date(clock.now()).getUTCFullYear() + 1, 0, 14, 22, 10);
    clock.set(new Date(evening));
    const windows = [{ from: new Date(evening + 8 * HOUR).toISOString(), to: new Date(evening + 14 * HOUR).toISOString() }];
    const posted = await api.graphql<{ postRequest: { id: string; expiresAt: string } }>({
      host: site.slug,
      query: `mutation($input: PostRequestInput!) { postRequest(input: $input) { id expiresAt } }`,
      variables: { input: { serviceId: siteService, description: 'Router dead since tonight', postalCode: '8001', windows } },
      token: night.accessToken,
    });
    expect(posted.errors).toBeUndefined();
    const opening = Date.UTC(new Date(evening).getUTCFullYear(), 0, 15, 6, 0); // 07:00 local
    // Help within 180 minutes of service time: 10:00 local; the first answer is due by 07:15.
    expect(posted.data!.postRequest.expiresAt).toBe(new Date(opening + 180 * MINUTE).toISOString());
    const requestId = posted.data!.postRequest.id;
    const [due] = await api.db.ownerQuery<{ first_response_due_at: Date }>(`select first_response_due_at from requests where id = $1`, [requestId]);
    expect(due.first_response_due_at.toISOString()).toBe(new Date(opening + 15 * MINUTE).toISOString());
    // No offers go out at night: dispatch waits for the opening.
    await engine.look(site.id, requestId);
    const [state] = await api.db.ownerQuery<{ dispatch_wave: number; dispatch_next_at: Date; status: string }>(`select dispatch_wave, dispatch_next_at, status from requests where id = $1`, [requestId]);
    expect(state).toMatchObject({ dispatch_wave: 0, status: 'open' });
    expect(state.dispatch_next_at.toISOString()).toBe(new Date(opening).toISOString());
    clock.set(new Date(opening));
    await engine.look(site.id, requestId);
    const [morning] = await api.db.ownerQuery<{ dispatch_wave: number; status: string }>(`select dispatch_wave, status from requests where id = $1`, [requestId]);
    expect(morning).toMatchObject({ dispatch_wave: 1, status: 'offered' });
  });

  it('expires a request nobody took at the help-within target, its waiting offers lapsed and its timer stopped', async () => {
    const requestId = await post();
    const postedAt = clock.now().getTime();
    await look(requestId);
    for (let minute = 5; minute < 180; minute += 5) {
      clock.set(new Date(postedAt + minute * MINUTE));
      await look(requestId, await stepOf(requestId));
    }
    clock.set(new Date(postedAt + 180 * MINUTE));
    await look(requestId, await stepOf(requestId));
    const dispatch = await dispatchOf(requestId);
    expect(dispatch).toMatchObject({ status: 'EXPIRED', nextLookAt: null });
    expect(dispatch.offers.length).toBeGreaterThan(0);
    expect(dispatch.offers.every((offer) => offer.status === 'LAPSED')).toBe(true);
    // The operator tier had it from 120 minutes.
    expect(dispatch.tiersEntered).toEqual(['specialists', 'contractors', 'operator']);
    expect(codeOf(await accept(nameOf(dispatch.offers[0].helperId)!, requestId))).toMatchObject({ code: 'CONFLICT' });
  });

  it('names the service in the helper’s language and says until when an offer can be taken; an answered offer says no time, and past it the offer is refused', async () => {
    const requestId = await post();
    await look(requestId);
    const [request] = await api.db.ownerQuery<{ expires_at: Date; names: Record<string, string> }>(
      `select r.expires_at, s.names from requests r join services s on s.tenant_id = r.tenant_id and s.id = r.service_id where r.id = $1`,
      [requestId],
    );
    const [first, second] = wave(await dispatchOf(requestId), 1);
    type Offer = { requestId: string; serviceId: string; serviceName: string; status: string; expiresAt: string | null };
    const offersOf = async (name: string, locale: string) => {
      const response = await api.graphql<{ myDispatchOffers: { edges: { node: Offer }[] } }>({
        host: tenant.slug,
        query: `{ myDispatchOffers(first: 50) { edges { node { requestId serviceId serviceName status expiresAt } } } }`,
        token: helpers[name!].accessToken,
        headers: { 'accept-language': locale },
      });
      expect(response.errors).toBeUndefined();
      return response.data!.myDispatchOffers.edges.map((edge) => edge.node).find((offer) => offer.requestId === requestId)!;
    };
    for (const locale of ['fr', 'it', 'en', 'de']) {
      expect(await offersOf(first!, locale)).toEqual({
        requestId,
        serviceId,
        serviceName: request.names[locale],
        status: 'PENDING',
        expiresAt: request.expires_at.toISOString(),
      });
    }
    // Declined: nothing left to answer, so no time to answer by.
    const declined = await gql<{ declineDispatchOffer: Offer }>(
      `mutation($id: ID!) { declineDispatchOffer(requestId: $id) { requestId serviceId serviceName status expiresAt } }`,
      { id: requestId },
      helpers[second!].accessToken,
    );
    expect(declined.data?.declineDispatchOffer).toMatchObject({ status: 'DECLINED', expiresAt: null, serviceName: expect.any(String) });
    // At expiresAt the offer is over even before dispatch's next look expires the request.
    clock.set(request.expires_at);
    expect(codeOf(await accept(first!, requestId))).toMatchObject({ code: 'CONFLICT', detail: 'NOT_TAKING_OFFERS' });
    expect(await api.db.ownerQuery(`select 1 from appointments where request_id = $1`, [requestId])).toHaveLength(0);
  });
});
