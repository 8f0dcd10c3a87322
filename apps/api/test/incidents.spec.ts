// Incidents end to end, on a clock the test moves: operators post requests for customers (agent or
// API channel); alike requests of one service in one postal area, from every channel, within the
// SLA policy's window open one incident (also when detected side by side, and through the real
// worker); unlike texts, other areas and other services stay out; old requests leave the window.
// A known outage tells customers posting there and pauses paid bookings (bookSlot, chooseOffer)
// with nothing written, until the operator closes it. Wrong states and ids are refused.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { IncidentDetectionService } from '@quartier/incidents';
import { FixedClock, RequestContext } from '@quartier/platform';
import {
  createApprovedHelper,
  createMarketplaceTenant,
  createTestUser,
  EVERY_DAY,
  startWorkerProcess,
  stopWorkerProcesses,
  swissPlacesTsv,
  waitUntil,
  type MarketplaceTenant,
  type TestUser,
} from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const REQUEST = 'id customerId channel status knownOutage { incidentId message since } timeline { event actorKind actorId }';
const POST = `mutation($input: PostRequestInput!) { postRequest(input: $input) { ${REQUEST} } }`;
const POST_FOR = `mutation($input: PostRequestOnBehalfInput!) { postRequestOnBehalf(input: $input) { ${REQUEST} } }`;
const ONE_REQUEST = `query($id: ID!) { request(id: $id) { ${REQUEST} } }`;
const INCIDENT = `id serviceId countryCode area status outcome title summary requestCount openedAt knownAt knownBy closedAt closedBy closeNote
  message { text de fr it en } requests { id description postalCode channel createdAt similarity }`;
const INCIDENTS = `query($status: IncidentStatus, $first: Int, $after: String) {
  incidents(status: $status, first: $first, after: $after) { edges { node { ${INCIDENT} } } pageInfo { hasNextPage endCursor } }
}`;
const ONE_INCIDENT = `query($id: ID!) { incident(id: $id) { ${INCIDENT} } }`;
const MARK = `mutation($id: ID!, $message: OutageMessageInput!) { markIncidentKnownOutage(id: $id, message: $message) { ${INCIDENT} } }`;
const CLOSE = `mutation($id: ID!, $note: String) { closeIncident(id: $id, note: $note) { ${INCIDENT} } }`;
const BOOK = `mutation($input: BookSlotInput!) { bookSlot(input: $input) { id status } }`;
const MAKE_OFFER = `mutation($id: ID!) { makeOffer(requestId: $id) { id } }`;
const CHOOSE = `mutation($id: ID!, $startsAt: DateTime!) { chooseOffer(offerId: $id, startsAt: $startsAt) { id status } }`;
const POLICY = `query { tenantPolicy(kind: SLA) { version document } }`;
const UPDATE_POLICY = `mutation($document: PolicyDocument!) { updatePolicy(kind: SLA, document: $document) { version } }`;

type GqlError = { message: string; extensions?: Record<string, unknown> };
type Request = { id: string; customerId: string; channel: string; status: string; knownOutage: { incidentId: string; message: string; since: string } | null; timeline: { event: string; actorKind: string; actorId: string }[] };
type IncidentRequest = { id: string; description: string; postalCode: string; channel: string; similarity: number };
type Incident = { id: string; serviceId: string; area: string; status: string; outcome: string | null; title: string; requestCount: number; knownBy: string | null; closedBy: string | null; requests: IncidentRequest[] };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const INTERNET = ['Internet down since this morning', 'no internet, router blinking red', 'Router red, internet down', 'Router blinking, no internet at all'];

describe('incidents: detection, known outages and the pause of paid bookings', () => {
  const clock = new FixedClock(new Date(Math.ceil(Date.now() / HOUR) * HOUR));
  const origin = clock.now().getTime();
  let api: TestApi;
  let tenant: MarketplaceTenant;
  let other: MarketplaceTenant;
  let customers: TestUser[];
  let agent: TestUser;
  let backend: TestUser;
  let helper: TestUser;
  let otherCustomer: TestUser;
  /** Services of the detection scenarios, one each; `bookable` (hourly, an hour) is the one booked and paused. */
  let services: string[];
  let bookable: string;

  const gql = <T>(query: string, variables: Record<string, unknown>, token?: string, headers?: Record<string, string>) =>
    api.graphql<T>({ host: tenant.slug, query, variables, token, headers });
  const errorOf = (response: { errors?: GqlError[] }) => (response.errors as GqlError[] | undefined)?.[0]?.extensions;
  const windows = () => [{ from: new Date(clock.now().getTime() + 24 * HOUR).toISOString(), to: new Date(clock.now().getTime() + 30 * HOUR).toISOString() }];
  const detect = (requestId: string) => api.app.get(IncidentDetectionService).detect(RequestContext.system(tenant.id, 'test'), { requestId });

  async function post(by: TestUser, serviceId: string, description: string, postalCode = '8001'): Promise<Request> {
    const response = await gql<{ postRequest: Request }>(POST, { input: { serviceId, description, postalCode, windows: windows() } }, by.accessToken);
    expect(response.errors).toBeUndefined();
    return response.data!.postRequest;
  }

  async function postFor(by: TestUser, customer: TestUser, channel: 'AGENT' | 'API', serviceId: string, description: string, postalCode = '8001'): Promise<Request> {
    const response = await gql<{ postRequestOnBehalf: Request }>(POST_FOR, { input: { customerId: customer.id, channel, serviceId, description, postalCode, windows: windows() } }, by.accessToken);
    expect(response.errors).toBeUndefined();
    return response.data!.postRequestOnBehalf;
  }

  async function incidentsOf(serviceId: string): Promise<Incident[]> {
    const response = await gql<{ incidents: { edges: { node: Incident }[] } }>(INCIDENTS, { first: 100 }, tenant.admin.accessToken);
    expect(response.errors).toBeUndefined();
    return response.data!.incidents.edges.map((edge) => edge.node).filter((incident) => incident.serviceId === serviceId);
  }

  const snapshot = () =>
    api.db.ownerQuery(
      `select (select count(*) from requests where tenant_id = $1) as requests,
              (select count(*) from appointments where tenant_id = $1) as appointments,
              (select json_agg(json_build_array(id, status) order by id) from offers where tenant_id = $1) as offers,
              (select json_agg(json_build_array(id, status, request_count, summary) order by id) from incidents where tenant_id = $1) as incidents,
              (select count(*) from incident_requests where tenant_id = $1) as members,
              (select count(*) from outbox_events where tenant_id = $1) as outbox`,
      [tenant.id],
    );

  beforeAll(async () => {
    api = await startTestApi({}, { clock });
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004', '8400', '1200') });
    other = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001') });
    bookable = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    services = (await tenant.serviceIds()).filter((id) => id !== bookable);
    expect(services.length).toBeGreaterThanOrEqual(5);
    customers = await Promise.all([1, 2, 3, 4, 5].map(() => createTestUser(api, tenant, { roles: ['customer'] })));
    agent = await createTestUser(api, tenant, { roles: ['operator_agent'] });
    backend = await createTestUser(api, tenant, { roles: ['operator_admin'] });
    otherCustomer = await createTestUser(api, other, { roles: ['customer'] });
    helper = await createApprovedHelper(api, tenant, { displayName: 'Near', postalCode: '8004', radiusKm: 30, skills: [{ serviceId: bookable, priceMinor: 4000 }], weekdays: EVERY_DAY });
    // Three alike requests in an hour make an incident here (the default is five).
    const current = await gql<{ tenantPolicy: { document: Record<string, unknown> } }>(POLICY, {}, tenant.admin.accessToken);
    const document = { ...current.data!.tenantPolicy.document, incidents: { windowMinutes: 60, threshold: 3, areaDigits: 2, similarity: 0.2 } };
    const updated = await gql(UPDATE_POLICY, { document }, tenant.admin.accessToken);
    expect(updated.errors).toBeUndefined();
  }, 120_000);
  afterAll(async () => {
    await stopWorkerProcesses();
    await api?.close();
  });

  it('lets operators post for a customer of the site, as an agent or the back-end, named on the timeline', async () => {
    const serviceId = services[0];
    const byAgent = await postFor(agent, customers[0], 'AGENT', serviceId, 'Please mount the TV on the wall');
    expect(byAgent).toMatchObject({ customerId: customers[0].id, channel: 'AGENT', status: 'OPEN' });
    expect(byAgent.timeline).toEqual([{ event: 'posted', actorKind: 'OPERATOR', actorId: agent.id }]);
    const byApi = await postFor(backend, customers[0], 'API', serviceId, 'Please mount the TV on the wall');
    expect(byApi.channel).toBe('API');
    const [stored] = await api.db.ownerQuery<{ channel: string; posted_by: string; details: unknown }>(
      `select r.channel, r.posted_by, e.details from requests r join request_events e on e.tenant_id = r.tenant_id and e.request_id = r.id and e.sequence = 1
        where r.tenant_id = $1 and r.id = $2`,
      [tenant.id, byAgent.id],
    );
    expect(stored).toEqual({ channel: 'agent', posted_by: agent.id, details: { channel: 'agent', onBehalfOf: customers[0].id } });
    // The customer follows it like their own; their own posts come from the site.
    const seen = await gql<{ request: Request }>(ONE_REQUEST, { id: byAgent.id }, customers[0].accessToken);
    expect(seen.data?.request.channel).toBe('AGENT');
    expect((await post(customers[0], serviceId, 'Please mount the TV on the wall')).channel).toBe('SITE');

    const before = await snapshot();
    const input = { channel: 'AGENT', serviceId, description: 'Please mount the TV', postalCode: '8001', windows: windows() };
    for (const customerId of [otherCustomer.id, helper.id, agent.id, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const refused = await gql(POST_FOR, { input: { ...input, customerId } }, agent.accessToken);
      expect(errorOf(refused)).toMatchObject({ code: 'NOT_FOUND', field: 'customerId' });
    }
    const invalid = await gql(POST_FOR, { input: { ...input, customerId: customers[0].id, postalCode: '9999' } }, agent.accessToken);
    expect(errorOf(invalid)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'postalCode' });
    const asCustomer = await gql(POST_FOR, { input: { ...input, customerId: customers[0].id } }, customers[1].accessToken);
    expect(errorOf(asCustomer)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await snapshot()).toEqual(before);
  });

  it('opens one incident from a burst of alike requests of the site, an agent and the API; unlike texts, other areas and services stay out', async () => {
    const [serviceId, otherServiceId] = [services[1], services[0]];
    const site = await post(customers[0], serviceId, INTERNET[0], '8001');
    const first = await detect(site.id);
    expect(first).toMatch(/^skipped/);
    const byAgent = await postFor(agent, customers[1], 'AGENT', serviceId, INTERNET[1], '8004');
    const unlike = await post(customers[2], serviceId, 'Assemble my IKEA wardrobe', '8001');
    const elsewhere = await post(customers[3], serviceId, INTERNET[2], '8400');
    const otherService = await post(customers[3], otherServiceId, INTERNET[2], '8001');
    expect(await detect(byAgent.id)).toMatch(/^skipped/);
    for (const request of [unlike, elsewhere, otherService]) expect(await detect(request.id)).toMatch(/^skipped/);
    expect(await incidentsOf(serviceId)).toEqual([]);

    const byApi = await postFor(backend, customers[2], 'API', serviceId, INTERNET[2], '8001');
    expect(await detect(byApi.id)).toBe('opened');
    const [incident] = await incidentsOf(serviceId);
    expect(incident).toMatchObject({ status: 'OPEN', area: '80', countryCode: 'CH', requestCount: 3, outcome: null, knownBy: null });
    expect(incident.title).toMatch(/^Internet/);
    expect(incident.requests.map((request) => [request.id, request.channel])).toEqual([
      [site.id, 'SITE'],
      [byAgent.id, 'AGENT'],
      [byApi.id, 'API'],
    ]);
    expect(incident.requests.every((request) => request.similarity >= 0.2)).toBe(true);
    expect(await incidentsOf(otherServiceId)).toEqual([]);

    // Detecting again changes nothing.
    const before = await snapshot();
    for (const request of [site, byAgent, byApi, unlike, elsewhere]) expect(await detect(request.id)).toMatch(/^skipped/);
    expect(await snapshot()).toEqual(before);

    // A later alike request joins it; an unlike one does not.
    const late = await post(customers[4], serviceId, INTERNET[3], '8004');
    const lateUnlike = await post(customers[4], serviceId, 'Hang three shelves in the kitchen', '8004');
    expect(await detect(late.id)).toBe('attached');
    expect(await detect(lateUnlike.id)).toMatch(/^skipped/);
    const one = await gql<{ incident: Incident }>(ONE_INCIDENT, { id: incident.id }, agent.accessToken);
    expect(one.data!.incident.requestCount).toBe(4);
    expect(one.data!.incident.requests.map((request) => request.id)).toEqual([site.id, byAgent.id, byApi.id, late.id]);
    const events = await api.db.ownerQuery<{ type: string; aggregate_id: string }>(
      `select type, aggregate_id from outbox_events where tenant_id = $1 and type like 'incident.%' and aggregate_id = $2 order by created_at, id`,
      [tenant.id, incident.id],
    );
    expect(events.map((event) => event.type)).toEqual(['incident.opened', 'incident.request_added']);
  });

  it('opens exactly one incident when the posts of a burst are detected side by side', async () => {
    const serviceId = services[2];
    clock.set(new Date(origin + 3 * HOUR));
    const posted: Request[] = [];
    for (const [index, text] of INTERNET.entries()) posted.push(await post(customers[index], serviceId, text, index % 2 ? '8001' : '8004'));
    const outcomes = await Promise.all([...posted, ...posted].map((request) => detect(request.id)));
    expect(outcomes.filter((outcome) => outcome === 'opened')).toHaveLength(1);
    const incidents = (await incidentsOf(serviceId)).filter((incident) => incident.requests.some((request) => request.id === posted[0].id));
    expect(incidents).toHaveLength(1);
    expect(incidents[0].requests.map((request) => request.id).sort()).toEqual(posted.map((request) => request.id).sort());
  });

  it('slides the window: requests older than it do not count', async () => {
    const serviceId = services[3];
    clock.set(new Date(origin + 6 * HOUR));
    const old = [await post(customers[0], serviceId, INTERNET[0]), await post(customers[1], serviceId, INTERNET[1])];
    for (const request of old) expect(await detect(request.id)).toMatch(/^skipped/);
    clock.advance(61 * MINUTE);
    const recent = [await post(customers[2], serviceId, INTERNET[2])];
    expect(await detect(recent[0].id)).toBe('skipped: 1 alike of 3 needed');
    clock.advance(10 * MINUTE);
    recent.push(await post(customers[3], serviceId, INTERNET[3]));
    expect(await detect(recent[1].id)).toBe('skipped: 2 alike of 3 needed');
    recent.push(await post(customers[4], serviceId, INTERNET[0]));
    expect(await detect(recent[2].id)).toBe('opened');
    const [incident] = (await incidentsOf(serviceId)).filter((found) => found.requests.some((request) => request.id === recent[0].id));
    expect(incident.requests.map((request) => request.id)).toEqual(recent.map((request) => request.id));
  });

  it('tells customers of a known outage and pauses paid bookings there until the operator closes it', async () => {
    const serviceId = bookable;
    clock.set(new Date(origin + 10 * HOUR));
    const slotAt = (hours: number) => new Date(clock.now().getTime() + hours * HOUR).toISOString();
    // A request with the helper's offer, from before the outage.
    const waiting = await post(customers[4], serviceId, 'Please mount the TV on the wall', '8004');
    const offer = await gql<{ makeOffer: { id: string } }>(MAKE_OFFER, { id: waiting.id }, helper.accessToken);
    expect(offer.errors).toBeUndefined();

    const burst = [await post(customers[0], serviceId, INTERNET[0]), await postFor(agent, customers[1], 'AGENT', serviceId, INTERNET[1], '8004'), await post(customers[2], serviceId, INTERNET[2])];
    for (const request of burst) await detect(request.id);
    const [incident] = (await incidentsOf(serviceId)).filter((found) => found.status === 'OPEN');
    expect(incident.requests.map((request) => request.id)).toEqual(burst.map((request) => request.id));

    for (const message of [{}, { text: '   ' }, { de: 'x'.repeat(501) }]) {
      const refused = await gql(MARK, { id: incident.id, message }, agent.accessToken);
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'message' });
    }
    const marked = await gql<{ markIncidentKnownOutage: Incident }>(MARK, { id: incident.id, message: { text: 'Fibre cut in Zürich; repairs under way', de: 'Glasfaser in Zürich unterbrochen' } }, agent.accessToken);
    expect(marked.data?.markIncidentKnownOutage).toMatchObject({ status: 'KNOWN_OUTAGE', knownBy: agent.id });
    const again = await gql(MARK, { id: incident.id, message: { text: 'again' } }, agent.accessToken);
    expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', status: 'known_outage' });

    // Posting still works, and says so, in the customer's language where the operator wrote one.
    const told = await gql<{ postRequest: Request }>(POST, { input: { serviceId, description: 'Router dead', postalCode: '8004', windows: windows() } }, customers[3].accessToken, { 'accept-language': 'fr' });
    expect(told.data?.postRequest.knownOutage).toMatchObject({ incidentId: incident.id, message: 'Fibre cut in Zürich; repairs under way' });
    const inGerman = await gql<{ request: Request }>(ONE_REQUEST, { id: told.data!.postRequest.id }, customers[3].accessToken, { 'accept-language': 'de' });
    expect(inGerman.data?.request.knownOutage?.message).toBe('Glasfaser in Zürich unterbrochen');
    expect((await post(customers[3], serviceId, 'Router dead', '8400')).knownOutage).toBeNull();
    expect((await post(customers[3], services[1], 'Router dead', '8004')).knownOutage).toBeNull();

    // Paid bookings in the area wait, with nothing written.
    const before = await snapshot();
    const booked = await gql(BOOK, { input: { helperId: helper.id, serviceId, postalCode: '8001', startsAt: slotAt(26) } }, customers[0].accessToken);
    expect(errorOf(booked)).toMatchObject({ code: 'CONFLICT', detail: 'KNOWN_OUTAGE', field: 'postalCode', incidentId: incident.id });
    // In the site's default locale when the caller asks for none.
    expect((booked.errors as GqlError[])[0].message).toContain('Glasfaser in Zürich unterbrochen');
    const chosen = await gql(CHOOSE, { id: offer.data!.makeOffer.id, startsAt: slotAt(25) }, customers[4].accessToken);
    expect(errorOf(chosen)).toMatchObject({ code: 'CONFLICT', detail: 'KNOWN_OUTAGE' });
    expect(await snapshot()).toEqual(before);
    // Another area is not paused.
    const bookedElsewhere = await gql<{ bookSlot: { status: string } }>(BOOK, { input: { helperId: helper.id, serviceId, postalCode: '8400', startsAt: slotAt(30) } }, customers[1].accessToken);
    expect(bookedElsewhere.data?.bookSlot.status).toBe('SCHEDULED');

    const closed = await gql<{ closeIncident: Incident }>(CLOSE, { id: incident.id, note: 'Fibre repaired' }, tenant.admin.accessToken);
    expect(closed.data?.closeIncident).toMatchObject({ status: 'CLOSED', outcome: 'RESOLVED', closedBy: tenant.admin.id, closeNote: 'Fibre repaired' });
    const closedAgain = await gql(CLOSE, { id: incident.id }, tenant.admin.accessToken);
    expect(errorOf(closedAgain)).toMatchObject({ code: 'CONFLICT', detail: 'INCIDENT_CLOSED' });
    const markClosed = await gql(MARK, { id: incident.id, message: { text: 'again' } }, agent.accessToken);
    expect(errorOf(markClosed)).toMatchObject({ code: 'CONFLICT', detail: 'INCIDENT_CLOSED' });

    // The pause is lifted.
    const lifted = await gql<{ request: Request }>(ONE_REQUEST, { id: told.data!.postRequest.id }, customers[3].accessToken);
    expect(lifted.data?.request.knownOutage).toBeNull();
    const bookedNow = await gql<{ bookSlot: { status: string } }>(BOOK, { input: { helperId: helper.id, serviceId, postalCode: '8001', startsAt: slotAt(26) } }, customers[0].accessToken);
    expect(bookedNow.data?.bookSlot.status).toBe('SCHEDULED');
    const chosenNow = await gql<{ chooseOffer: { status: string } }>(CHOOSE, { id: offer.data!.makeOffer.id, startsAt: slotAt(25) }, customers[4].accessToken);
    expect(chosenNow.data?.chooseOffer.status).toBe('SCHEDULED');
    const events = await api.db.ownerQuery<{ type: string }>(
      `select type from outbox_events where tenant_id = $1 and aggregate_id = $2 order by created_at, id`,
      [tenant.id, incident.id],
    );
    expect(events.map((event) => event.type)).toEqual(['incident.opened', 'incident.known_outage', 'incident.closed']);
  });

  it('dismisses an open incident, and refuses unknown ids and other sites’ incidents as NOT_FOUND', async () => {
    const serviceId = services[1];
    const [open] = (await incidentsOf(serviceId)).filter((incident) => incident.status === 'OPEN');
    const dismissed = await gql<{ closeIncident: Incident }>(CLOSE, { id: open.id }, agent.accessToken);
    expect(dismissed.data?.closeIncident).toMatchObject({ status: 'CLOSED', outcome: 'DISMISSED', closedBy: agent.id });
    const listed = await gql<{ incidents: { edges: { node: Incident }[] } }>(INCIDENTS, { status: 'CLOSED', first: 100 }, agent.accessToken);
    expect(listed.data!.incidents.edges.map((edge) => edge.node.id)).toContain(open.id);
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
      expect(errorOf(await gql(ONE_INCIDENT, { id }, agent.accessToken))).toMatchObject({ code: 'NOT_FOUND' });
      expect(errorOf(await gql(CLOSE, { id }, agent.accessToken))).toMatchObject({ code: 'NOT_FOUND' });
    }
    const foreign = await api.graphql({ host: other.slug, query: ONE_INCIDENT, variables: { id: open.id }, token: other.admin.accessToken });
    expect(errorOf(foreign)).toMatchObject({ code: 'NOT_FOUND' });
    const foreignClose = await api.graphql({ host: other.slug, query: CLOSE, variables: { id: open.id }, token: other.admin.accessToken });
    expect(errorOf(foreignClose)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('detects through the real worker: a burst posted at once opens one incident', async () => {
    const serviceId = services[4];
    clock.set(new Date(origin + 14 * HOUR));
    const worker = startWorkerProcess(api.db.config);
    await worker.ready();
    const posted = await Promise.all([
      post(customers[0], serviceId, INTERNET[0]),
      postFor(agent, customers[1], 'AGENT', serviceId, INTERNET[1], '8004'),
      postFor(backend, customers[2], 'API', serviceId, INTERNET[2]),
      post(customers[3], serviceId, INTERNET[3], '8004'),
    ]);
    const ids = posted.map((request) => request.id).sort();
    const incident = await waitUntil('an incident with the four requests', async () => {
      const found = (await incidentsOf(serviceId)).find((candidate) => candidate.requests.some((request) => ids.includes(request.id)));
      return found && found.requests.length === ids.length ? found : undefined;
    });
    expect(incident.requests.map((request) => request.id).sort()).toEqual(ids);
    expect(new Set(incident.requests.map((request) => request.channel))).toEqual(new Set(['SITE', 'AGENT', 'API']));
    // Every job has run once its event is relayed; still one incident.
    await waitUntil('every posted event relayed', async () => {
      const [pending] = await api.db.ownerQuery<{ count: string }>(
        `select count(*) from outbox_events where tenant_id = $1 and type = 'request.posted' and relayed_at is null`,
        [tenant.id],
      );
      return pending.count === '0' ? true : undefined;
    });
    expect((await incidentsOf(serviceId)).filter((candidate) => candidate.requests.some((request) => ids.includes(request.id)))).toHaveLength(1);
    await worker.kill();
  });
});
