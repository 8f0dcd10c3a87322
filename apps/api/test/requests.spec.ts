// Requests end to end: a customer posts a request, sees it with its timeline and cancels it; bad
// input is refused with the field named and nothing written; other customers cannot see or touch
// it; operators list, filter and cancel with a reason; overdue open requests expire.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RequestService } from '@quartier/booking';
import { FixedClock, RequestContext } from '@quartier/platform';
import { createMarketplaceTenant, createTestUser, swissPlacesTsv, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const REQUEST_FIELDS = `id customerId serviceId description countryCode postalCode windows { from to } budget { amountMinor currency } status
  cancellationPolicyVersion slaPolicyVersion expiresAt
  timeline { sequence fromStatus toStatus event actorKind actorId reason cancellationFee { applies rule currency fixedMinor basisPoints } }`;
const POST = `mutation($input: PostRequestInput!) { postRequest(input: $input) { ${REQUEST_FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $reason: String) { cancelRequest(requestId: $id, reason: $reason) { ${REQUEST_FIELDS} } }`;
const ONE = `query($id: ID!) { request(id: $id) { ${REQUEST_FIELDS} } }`;
const MINE = `query($after: String) { myRequests(first: 1, after: $after) { edges { cursor node { id status } } pageInfo { hasNextPage endCursor } } }`;
const ALL = `query($status: RequestStatus, $serviceId: ID) { requests(status: $status, serviceId: $serviceId, first: 50) { edges { node { id status customerId } } pageInfo { hasNextPage } } }`;

type Event = { sequence: number; fromStatus: string | null; toStatus: string; event: string; actorKind: string; actorId: string | null; reason: string | null; cancellationFee: { applies: boolean; rule: string } | null };
type Request = { id: string; customerId: string; status: string; postalCode: string; countryCode: string; expiresAt: string; budget: { amountMinor: number; currency: string } | null; timeline: Event[] };
type GqlError = { message: string; extensions?: Record<string, unknown> };

const HOUR = 3_600_000;

describe('requests', () => {
  let api: TestApi;
  let tenant: MarketplaceTenant;
  let other: MarketplaceTenant;
  let customer: TestUser;
  let stranger: TestUser;
  let operator: TestUser;
  let serviceId: string;
  let otherServiceId: string;

  beforeAll(async () => {
    api = await startTestApi();
    tenant = await createMarketplaceTenant(api, { places: swissPlacesTsv('8001') });
    other = await createMarketplaceTenant(api, { places: swissPlacesTsv('8001') });
    serviceId = await tenant.serviceId();
    otherServiceId = await other.serviceId();
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    stranger = await createTestUser(api, tenant, { roles: ['customer'] });
    operator = await createTestUser(api, tenant, { roles: ['operator_agent'] });
  });
  afterAll(async () => {
    await api.close();
  });

  const gql = <T>(query: string, variables: Record<string, unknown>, token?: string) => api.graphql<T>({ host: tenant.slug, query, variables, token });
  const window = (startHours: number, hours = 2) => ({ from: new Date(Date.now() + startHours * HOUR).toISOString(), to: new Date(Date.now() + (startHours + hours) * HOUR).toISOString() });
  const validInput = (changes: Record<string, unknown> = {}) => ({
    serviceId,
    description: 'My garden fence needs two new boards',
    postalCode: '8001',
    windows: [window(48), window(72)],
    budget: { amountMinor: 12000, currency: 'CHF' },
    ...changes,
  });
  const counts = async () => {
    const [row] = await api.db.ownerQuery<{ requests: string; events: string; outbox: string }>(
      `select (select count(*) from requests) as requests, (select count(*) from request_events) as events,
              (select count(*) from outbox_events where type like 'request.%') as outbox`,
    );
    return row;
  };
  const post = async (token: string, changes: Record<string, unknown> = {}) => {
    const response = await gql<{ postRequest: Request }>(POST, { input: validInput(changes) }, token);
    expect(response.errors).toBeUndefined();
    return response.data!.postRequest;
  };

  it('lets a customer post a request, see it and cancel it, with the timeline and outbox events', async () => {
    const before = Date.now();
    const posted = await post(customer.accessToken);
    expect(posted).toMatchObject({ customerId: customer.id, status: 'OPEN', postalCode: '8001', countryCode: 'CH', budget: { amountMinor: 12000, currency: 'CHF' } });
    // The default SLA helps within 180 minutes.
    const expiresIn = Date.parse(posted.expiresAt) - before;
    expect(expiresIn).toBeGreaterThanOrEqual(180 * 60_000 - 1000);
    expect(expiresIn).toBeLessThanOrEqual(181 * 60_000);
    expect(posted.timeline).toEqual([expect.objectContaining({ sequence: 1, fromStatus: null, toStatus: 'OPEN', event: 'posted', actorKind: 'CUSTOMER', actorId: customer.id })]);

    const seen = await gql<{ request: Request }>(ONE, { id: posted.id }, customer.accessToken);
    expect(seen.data?.request.id).toBe(posted.id);
    const mine = await gql<{ myRequests: { edges: { node: { id: string } }[] } }>(MINE, {}, customer.accessToken);
    expect(mine.data?.myRequests.edges.map((edge) => edge.node.id)).toEqual([posted.id]);

    const cancelled = await gql<{ cancelRequest: Request }>(CANCEL, { id: posted.id, reason: 'Fixed it myself' }, customer.accessToken);
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelRequest.status).toBe('CANCELLED');
    expect(cancelled.data!.cancelRequest.timeline[1]).toMatchObject({
      sequence: 2,
      fromStatus: 'OPEN',
      toStatus: 'CANCELLED',
      event: 'cancelled',
      actorKind: 'CUSTOMER',
      reason: 'Fixed it myself',
      cancellationFee: { applies: false, rule: 'before_acceptance' },
    });
    const outbox = await api.db.ownerQuery<{ type: string }>(`select type from outbox_events where aggregate_id = $1 order by created_at, type`, [posted.id]);
    expect(outbox.map((row) => row.type).sort()).toEqual(['request.cancelled', 'request.posted']);
  });

  it('pages the customer’s own requests with a cursor', async () => {
    const second = await post(customer.accessToken);
    const first = await gql<{ myRequests: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(MINE, {}, customer.accessToken);
    expect(first.data!.myRequests.edges[0].node.id).toBe(second.id);
    expect(first.data!.myRequests.pageInfo.hasNextPage).toBe(true);
    const next = await gql<{ myRequests: { edges: { node: { id: string } }[] } }>(MINE, { after: first.data!.myRequests.pageInfo.endCursor }, customer.accessToken);
    expect(next.data!.myRequests.edges[0].node.id).not.toBe(second.id);
  });

  it.each([
    ['a window in the past', { windows: [window(-3)] }, 'windows[0].from'],
    ['a window ending before it starts', { windows: [{ from: window(30).to, to: window(30).from }] }, 'windows[0].to'],
    ['a window more than 14 days ahead', { windows: [window(24), window(15 * 24)] }, 'windows[1].to'],
    ['no window', { windows: [] }, 'windows'],
    ['six windows', { windows: [1, 2, 3, 4, 5, 6].map((day) => window(day * 24)) }, 'windows'],
    ['an unknown postal code', { postalCode: '9999' }, 'postalCode'],
    ['another site’s service', { serviceId: 'other' }, 'serviceId'],
    ['a budget in another currency', { budget: { amountMinor: 12000, currency: 'EUR' } }, 'budget.currency'],
    ['an empty description', { description: '   ' }, 'description'],
  ])('refuses %s, naming the field, and writes nothing', async (_name, changes, field) => {
    const input = 'serviceId' in changes ? { ...changes, serviceId: otherServiceId } : changes;
    const before = await counts();
    const response = await gql<{ postRequest: Request }>(POST, { input: validInput(input) }, customer.accessToken);
    expect((response.errors as GqlError[])[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });

  it('refuses an archived service like an unknown one', async () => {
    const [archived] = await api.db.ownerQuery<{ id: string }>(
      `update services set archived_at = now() where tenant_id = $1 and id = (select id from services where tenant_id = $1 and id <> $2 order by slug limit 1) returning id`,
      [tenant.id, serviceId],
    );
    const response = await gql(POST, { input: validInput({ serviceId: archived.id }) }, customer.accessToken);
    expect((response.errors as GqlError[])[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serviceId' });
  });

  it('hides a request from another customer, who can neither see nor cancel it', async () => {
    const posted = await post(customer.accessToken);
    const random = '6f1c0f7e-8d7b-4f0e-9a51-2d2b8f0c1a11';
    for (const [query, id] of [
      [ONE, posted.id],
      [CANCEL, posted.id],
      [ONE, random],
    ] as const) {
      const response = await gql(query, { id }, stranger.accessToken);
      expect((response.errors as GqlError[])[0].extensions?.code).toBe('NOT_FOUND');
    }
    const mine = await gql<{ myRequests: { edges: unknown[] } }>(MINE, {}, stranger.accessToken);
    expect(mine.data!.myRequests.edges).toEqual([]);
    const [row] = await api.db.ownerQuery<{ status: string }>(`select status from requests where id = $1`, [posted.id]);
    expect(row.status).toBe('open');
  });

  it('lets operators list and filter all requests and cancel one with a reason, once', async () => {
    const posted = await post(stranger.accessToken);
    const open = await gql<{ requests: { edges: { node: { id: string; status: string } }[] } }>(ALL, { status: 'OPEN' }, operator.accessToken);
    expect(open.errors).toBeUndefined();
    const openIds = open.data!.requests.edges.map((edge) => edge.node.id);
    expect(openIds).toContain(posted.id);
    expect(open.data!.requests.edges.every((edge) => edge.node.status === 'OPEN')).toBe(true);

    const withoutReason = await gql(CANCEL, { id: posted.id }, operator.accessToken);
    expect((withoutReason.errors as GqlError[])[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const cancelled = await gql<{ cancelRequest: Request }>(CANCEL, { id: posted.id, reason: 'Duplicate of a phone booking' }, operator.accessToken);
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelRequest.timeline.at(-1)).toMatchObject({
      event: 'cancelled',
      actorKind: 'OPERATOR',
      actorId: operator.id,
      reason: 'Duplicate of a phone booking',
      cancellationFee: { applies: false, rule: 'by_operator' },
    });
    const cancelledList = await gql<{ requests: { edges: { node: { id: string } }[] } }>(ALL, { status: 'CANCELLED' }, operator.accessToken);
    expect(cancelledList.data!.requests.edges.map((edge) => edge.node.id)).toContain(posted.id);

    const before = await counts();
    const again = await gql(CANCEL, { id: posted.id, reason: 'Again' }, operator.accessToken);
    expect((again.errors as GqlError[])[0].extensions).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION', from: 'cancelled', event: 'cancelled' });
    const againByCustomer = await gql(CANCEL, { id: posted.id }, stranger.accessToken);
    expect((againByCustomer.errors as GqlError[])[0].extensions).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION' });
    expect(await counts()).toEqual(before);
  });

  it('applies the cancellation policy once a helper committed: late within the free window, free before it', async () => {
    const soon = await post(customer.accessToken, { windows: [window(5)] });
    const later = await post(customer.accessToken, { windows: [window(72)] });
    await api.db.ownerQuery(`update requests set status = 'accepted' where id = any($1::uuid[])`, [[soon.id, later.id]]);
    const lateCancel = await gql<{ cancelRequest: Request }>(CANCEL, { id: soon.id }, customer.accessToken);
    expect(lateCancel.data!.cancelRequest.timeline.at(-1)?.cancellationFee).toMatchObject({ applies: true, rule: 'late' });
    const freeCancel = await gql<{ cancelRequest: Request }>(CANCEL, { id: later.id }, customer.accessToken);
    expect(freeCancel.data!.cancelRequest.timeline.at(-1)?.cancellationFee).toMatchObject({ applies: false, rule: 'free_window' });
  });

  it('expires open requests past their expiry through the seam, and leaves the rest', async () => {
    const overdue = await post(customer.accessToken);
    const clock = new FixedClock(new Date(overdue.expiresAt));
    const fresh = await post(customer.accessToken);
    await api.db.ownerQuery(`update requests set expires_at = $2 where id = $1`, [fresh.id, new Date(clock.now().getTime() + HOUR)]);
    const service = api.app.get(RequestService);
    const system = RequestContext.system(tenant.id, 'request-expiry');

    const statusOf = async (id: string) => (await api.db.ownerQuery<{ status: string }>(`select status from requests where id = $1`, [id]))[0].status;

    clock.advance(-1000);
    await service.expireOverdue(system, clock.now());
    expect(await statusOf(overdue.id)).toBe('open');
    clock.advance(2000);
    const expired = await service.expireOverdue(system, clock.now());
    expect(expired).toBeGreaterThanOrEqual(1);

    const seen = await gql<{ request: Request }>(ONE, { id: overdue.id }, customer.accessToken);
    expect(seen.data!.request.status).toBe('EXPIRED');
    expect(seen.data!.request.timeline.at(-1)).toMatchObject({ fromStatus: 'OPEN', toStatus: 'EXPIRED', event: 'expired', actorKind: 'SYSTEM', actorId: null });
    const stillOpen = await gql<{ request: Request }>(ONE, { id: fresh.id }, customer.accessToken);
    expect(stillOpen.data!.request.status).toBe('OPEN');
    const [event] = await api.db.ownerQuery<{ n: string }>(`select count(*) as n from outbox_events where aggregate_id = $1 and type = 'request.expired'`, [overdue.id]);
    expect(Number(event.n)).toBe(1);

    const expiredAgain = await gql(CANCEL, { id: overdue.id }, customer.accessToken);
    expect((expiredAgain.errors as GqlError[])[0].extensions).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION' });
  });

  it('keeps requests to their site: another site’s operator sees none of them', async () => {
    const otherOperator = await createTestUser(api, other, { roles: ['operator_admin'] });
    const response = await api.graphql<{ requests: { edges: unknown[] } }>({ host: other.slug, query: ALL, variables: {}, token: otherOperator.accessToken });
    expect(response.errors).toBeUndefined();
    expect(response.data!.requests.edges).toEqual([]);
  });
});
