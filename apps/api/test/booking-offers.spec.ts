// Offers end to end, on a clock the test moves: approved helpers see the open requests they could
// take (their service, inside their radius, still taking offers), newest first, their own offer
// marked and the customer anonymous; a helper withdraws a pending offer, the customer declines one
// with a reason the helper reads; helpers list their offers and operators read any request's.
// Each offer counts once in its helper's responsiveness, with how long the request had waited.
// A cancelled or expired request declines its pending offers; a withdrawal racing a choice of the
// same offer leaves exactly one of them done. Wrong callers, wrong states and bad input are refused
// with nothing written.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RequestService } from '@quartier/booking';
import { FixedClock, RequestContext } from '@quartier/platform';
import { createApprovedHelper, createHelper, createMarketplaceTenant, createTestUser, EVERY_DAY, swissPlacesTsv, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const OFFER = 'id requestId helperId status declineReason priceMinor';
const POST = `mutation($input: PostRequestInput!) { postRequest(input: $input) { id expiresAt } }`;
const MAKE = `mutation($id: ID!) { makeOffer(requestId: $id) { ${OFFER} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawOffer(offerId: $id) { ${OFFER} } }`;
const DECLINE = `mutation($id: ID!, $reason: String) { declineOffer(offerId: $id, reason: $reason) { ${OFFER} } }`;
const CHOOSE = `mutation($id: ID!, $startsAt: DateTime!) { chooseOffer(offerId: $id, startsAt: $startsAt) { id status } }`;
const FEED_TYPE = `{ __type(name: "OpenRequest") { fields { name } } }`;
const CANCEL = `mutation($id: ID!) { cancelRequest(requestId: $id) { status } }`;
const OFFERS = `query($id: ID!) { offers(requestId: $id, first: 10) { edges { node { ${OFFER} } } } }`;
const MY_OFFERS = `query($status: OfferStatus, $first: Int, $after: String) {
  myOffers(status: $status, first: $first, after: $after) { edges { node { ${OFFER} } } pageInfo { hasNextPage endCursor } }
}`;
const FEED = `query($first: Int, $after: String) {
  openRequestsForMe(first: $first, after: $after) {
    edges { node { id serviceId description postalCode status expiresAt distanceKm myOfferId windows { from to } budget { amountMinor currency } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type GqlError = { message: string; extensions?: Record<string, unknown> };
type Offer = { id: string; requestId: string; helperId: string; status: string; declineReason: string | null };
type FeedItem = { id: string; distanceKm: number; myOfferId: string | null; postalCode: string };
type Page<T> = { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('offers: the helpers’ feed, withdrawing, declining and lists', () => {
  const clock = new FixedClock(new Date(Math.ceil(Date.now() / HOUR) * HOUR));
  const origin = clock.now().getTime();
  const setTime = (at: number) => clock.advance(at - clock.now().getTime());

  let api: TestApi;
  let tenant: MarketplaceTenant;
  let other: MarketplaceTenant;
  let customer: TestUser;
  let stranger: TestUser;
  let operator: TestUser;
  let otherOperator: TestUser;
  let otherHelper: TestUser;
  const helpers: Record<string, TestUser> = {};
  let serviceId: string;
  let otherServiceId: string;

  const gql = <T>(query: string, variables: Record<string, unknown>, token?: string) => api.graphql<T>({ host: tenant.slug, query, variables, token });
  const errorOf = (response: { errors?: GqlError[] }) => (response.errors as GqlError[])[0].extensions;

  /** A helper offering the service at 40.00 every day around the clock; approved unless told otherwise. */
  function helper(name: string, input: { postalCode: string; radiusKm: number; service?: string; approved?: boolean; alsoCustomer?: boolean }): Promise<TestUser> {
    const create = input.approved === false ? createHelper : createApprovedHelper;
    const { postalCode, radiusKm, alsoCustomer } = input;
    return create(api, tenant, { displayName: name, postalCode, radiusKm, alsoCustomer, skills: [{ serviceId: input.service ?? serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });
  }

  /** A request of the customer's at 8001, posted at `at`, wanting help a day later. */
  async function post(at: number, by: TestUser = customer): Promise<{ id: string; expiresAt: string }> {
    setTime(at);
    const windows = [{ from: new Date(at + 24 * HOUR).toISOString(), to: new Date(at + 28 * HOUR).toISOString() }];
    const response = await gql<{ postRequest: { id: string; expiresAt: string } }>(POST, { input: { serviceId, description: 'Set up the Wi-Fi repeater', postalCode: '8001', windows, budget: { amountMinor: 9000, currency: 'CHF' } } }, by.accessToken);
    expect(response.errors).toBeUndefined();
    return response.data!.postRequest;
  }

  async function offer(name: string, requestId: string): Promise<Offer> {
    const response = await gql<{ makeOffer: Offer }>(MAKE, { id: requestId }, helpers[name].accessToken);
    expect(response.errors).toBeUndefined();
    return response.data!.makeOffer;
  }

  async function feed(user: TestUser, variables: Record<string, unknown> = { first: 100 }) {
    const response = await gql<{ openRequestsForMe: Page<FeedItem> }>(FEED, variables, user.accessToken);
    expect(response.errors).toBeUndefined();
    return response;
  }
  const feedIds = async (user: TestUser) => (await feed(user)).data!.openRequestsForMe.edges.map((edge) => edge.node.id);

  /** The platform's expiry sweep, as the worker runs it. */
  const sweepExpired = () => api.app.get(RequestService).expireOverdue(RequestContext.system(tenant.id, 'test'), clock.now());

  const snapshot = () =>
    api.db.ownerQuery(
      `select (select json_agg(json_build_array(id, status, decline_reason) order by id) from offers where tenant_id = $1) as offers,
              (select json_agg(json_build_array(id, status, last_sequence) order by id) from requests where tenant_id = $1) as requests,
              (select json_agg(json_build_array(helper_id, answered_count, response_seconds_sum) order by helper_id) from helper_responsiveness where tenant_id = $1) as responsiveness,
              (select count(*) from outbox_events where tenant_id = $1) as outbox`,
      [tenant.id],
    );

  beforeAll(async () => {
    api = await startTestApi({}, { clock });
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004', '1200') });
    other = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich' });
    operator = tenant.admin;
    otherOperator = other.admin;
    otherHelper = await createTestUser(api, other, { roles: ['helper'] });
    serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    otherServiceId = (await tenant.serviceIds({ pricingMode: 'hourly' })).find((id) => id !== serviceId)!;
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    stranger = await createTestUser(api, tenant, { roles: ['customer'] });
    helpers.near = await helper('Near', { postalCode: '8004', radiusKm: 10 });
    helpers.alsoNear = await helper('Also near', { postalCode: '8001', radiusKm: 5 });
    helpers.geneva = await helper('Geneva', { postalCode: '1200', radiusKm: 20 });
    helpers.otherSkill = await helper('Other skill', { postalCode: '8001', radiusKm: 10, service: otherServiceId });
    helpers.unvetted = await helper('Unvetted', { postalCode: '8001', radiusKm: 10, approved: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('shows approved helpers the open requests they could take, newest first, their own offer marked and the customer anonymous', async () => {
    const older = await post(origin);
    const newer = await post(origin + 5 * MINUTE);
    const seen = await feed(helpers.near);
    const items = seen.data!.openRequestsForMe.edges.map((edge) => edge.node);
    expect(items.map((item) => item.id)).toEqual([newer.id, older.id]);
    // 8004 to 8001 is under 2 km.
    expect(items[0]).toMatchObject({ postalCode: '8001', myOfferId: null });
    expect(items[0].distanceKm).toBeGreaterThan(1);
    expect(items[0].distanceKm).toBeLessThan(2);
    // What helpers can ask of a request in their feed, as the live schema serves it: nothing names
    // the customer. A field added here must keep the customer anonymous before this list grows.
    const feedType = await gql<{ __type: { fields: { name: string }[] } }>(FEED_TYPE, {}, helpers.near.accessToken);
    expect(feedType.data!.__type.fields.map((field) => field.name).sort()).toEqual(
      ['budget', 'countryCode', 'createdAt', 'description', 'distanceKm', 'expiresAt', 'id', 'myOfferId', 'postalCode', 'remoteFirst', 'serviceId', 'status', 'windows'].sort(),
    );

    // Too far, another service, not approved yet: nothing.
    for (const name of ['geneva', 'otherSkill', 'unvetted']) expect(await feedIds(helpers[name])).toEqual([]);
    expect(errorOf(await gql(FEED, {}, customer.accessToken))).toMatchObject({ code: 'FORBIDDEN' });

    const made = await offer('near', older.id);
    const marked = (await feed(helpers.near)).data!.openRequestsForMe.edges.map((edge) => [edge.node.id, edge.node.myOfferId]);
    expect(marked).toEqual([
      [newer.id, null],
      [older.id, made.id],
    ]);

    const first = (await feed(helpers.near, { first: 1 })).data!.openRequestsForMe;
    expect(first.edges.map((edge) => edge.node.id)).toEqual([newer.id]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await feed(helpers.near, { first: 1, after: first.pageInfo.endCursor })).data!.openRequestsForMe;
    expect(next.edges.map((edge) => edge.node.id)).toEqual([older.id]);

    // A cancelled request leaves the feed; so does one past its expiry, before any job expires it.
    expect((await gql(CANCEL, { id: newer.id }, customer.accessToken)).errors).toBeUndefined();
    expect(await feedIds(helpers.near)).toEqual([older.id]);
    setTime(Date.parse(older.expiresAt));
    expect(await feedIds(helpers.near)).toEqual([]);
    expect(await feedIds(helpers.alsoNear)).toEqual([]);
  });

  it('lets the helper withdraw a pending offer and the customer decline one with a reason the helper reads, each once', async () => {
    const request = await post(origin + 10 * HOUR);
    const mine = await offer('near', request.id);
    const theirs = await offer('alsoNear', request.id);
    const before = await snapshot();

    expect(errorOf(await gql(WITHDRAW, { id: mine.id }, helpers.alsoNear.accessToken))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await gql(WITHDRAW, { id: mine.id }, customer.accessToken))).toMatchObject({ code: 'FORBIDDEN' });
    const elsewhere = await api.graphql({ host: other.slug, query: WITHDRAW, variables: { id: mine.id }, token: otherHelper.accessToken });
    expect(errorOf(elsewhere)).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await gql(DECLINE, { id: theirs.id }, stranger.accessToken))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await gql(DECLINE, { id: theirs.id }, helpers.near.accessToken))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await gql(DECLINE, { id: theirs.id, reason: 'x'.repeat(2001) }, customer.accessToken))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await snapshot()).toEqual(before);

    const withdrawn = await gql<{ withdrawOffer: Offer }>(WITHDRAW, { id: mine.id }, helpers.near.accessToken);
    expect(withdrawn.data?.withdrawOffer).toMatchObject({ id: mine.id, status: 'WITHDRAWN', declineReason: null });
    const events = await api.db.ownerQuery<{ type: string; payload: Record<string, unknown> }>(`select type, payload from outbox_events where aggregate_id = $1 order by created_at, id`, [mine.id]);
    expect(events).toEqual([
      { type: 'offer.made', payload: expect.objectContaining({ offerId: mine.id, requestId: request.id, helperId: helpers.near.id }) },
      { type: 'offer.withdrawn', payload: expect.objectContaining({ offerId: mine.id, requestId: request.id, helperId: helpers.near.id }) },
    ]);
    const again = await gql(WITHDRAW, { id: mine.id }, helpers.near.accessToken);
    expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION', from: 'withdrawn', event: 'withdrawn' });
    const chooseWithdrawn = await gql(CHOOSE, { id: mine.id, startsAt: new Date(origin + 35 * HOUR).toISOString() }, customer.accessToken);
    expect(errorOf(chooseWithdrawn)).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION', from: 'withdrawn', event: 'chosen' });

    const declined = await gql<{ declineOffer: Offer }>(DECLINE, { id: theirs.id, reason: '  We found someone in the building  ' }, customer.accessToken);
    expect(declined.data?.declineOffer).toMatchObject({ id: theirs.id, status: 'DECLINED', declineReason: 'We found someone in the building' });
    const readByHelper = await gql<{ myOffers: Page<Offer> }>(MY_OFFERS, { status: 'DECLINED' }, helpers.alsoNear.accessToken);
    expect(readByHelper.data!.myOffers.edges.map((edge) => edge.node)).toEqual([expect.objectContaining({ id: theirs.id, declineReason: 'We found someone in the building' })]);
    const declinedAgain = await gql(DECLINE, { id: theirs.id }, customer.accessToken);
    expect(errorOf(declinedAgain)).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION', from: 'declined', event: 'declined' });

    // A chosen offer is the customer's booking; it cannot be declined or withdrawn any more.
    const chosenRequest = await post(origin + 11 * HOUR);
    const chosen = await offer('near', chosenRequest.id);
    const booked = await gql(CHOOSE, { id: chosen.id, startsAt: new Date(origin + 36 * HOUR).toISOString() }, customer.accessToken);
    expect(booked.errors).toBeUndefined();
    expect(errorOf(await gql(DECLINE, { id: chosen.id }, customer.accessToken))).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION', from: 'chosen' });
    expect(errorOf(await gql(WITHDRAW, { id: chosen.id }, helpers.near.accessToken))).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION', from: 'chosen' });
  });

  it('lists a helper’s own offers newest first and by status; operators read any request’s offers, customers only their own', async () => {
    const request = await post(origin + 20 * HOUR);
    const latest = await offer('near', request.id);
    await offer('alsoNear', request.id);
    // The first test's request is long past its expiry; once the sweep expired it, its offer is no pending work.
    expect(await sweepExpired()).toBeGreaterThan(0);

    const all = await gql<{ myOffers: Page<Offer> }>(MY_OFFERS, { first: 100 }, helpers.near.accessToken);
    const mine = all.data!.myOffers.edges.map((edge) => edge.node);
    expect(mine[0].id).toBe(latest.id);
    expect(mine.every((item) => item.helperId === helpers.near.id)).toBe(true);
    expect(mine.map((item) => item.status).sort()).toEqual(['CHOSEN', 'DECLINED', 'PENDING', 'WITHDRAWN']);
    expect(mine.find((item) => item.status === 'DECLINED')?.declineReason).toBe('The request expired');
    const pending = await gql<{ myOffers: Page<Offer> }>(MY_OFFERS, { status: 'PENDING' }, helpers.near.accessToken);
    expect(pending.data!.myOffers.edges.map((edge) => edge.node.id)).toEqual([latest.id]);
    const withdrawn = await gql<{ myOffers: Page<Offer> }>(MY_OFFERS, { status: 'WITHDRAWN' }, helpers.near.accessToken);
    expect(withdrawn.data!.myOffers.edges.map((edge) => edge.node.status)).toEqual(['WITHDRAWN']);
    const page = await gql<{ myOffers: Page<Offer> }>(MY_OFFERS, { first: 2 }, helpers.near.accessToken);
    const rest = await gql<{ myOffers: Page<Offer> }>(MY_OFFERS, { first: 100, after: page.data!.myOffers.pageInfo.endCursor }, helpers.near.accessToken);
    expect([...page.data!.myOffers.edges, ...rest.data!.myOffers.edges].map((edge) => edge.node.id)).toEqual(mine.map((item) => item.id));
    expect((await gql<{ myOffers: Page<Offer> }>(MY_OFFERS, {}, helpers.geneva.accessToken)).data!.myOffers.edges).toEqual([]);

    const byOperator = await gql<{ offers: Page<Offer> }>(OFFERS, { id: request.id }, operator.accessToken);
    expect(byOperator.data!.offers.edges.map((edge) => edge.node.helperId)).toEqual([helpers.near.id, helpers.alsoNear.id]);
    const byCustomer = await gql<{ offers: Page<Offer> }>(OFFERS, { id: request.id }, customer.accessToken);
    expect(byCustomer.data!.offers.edges).toHaveLength(2);
    expect(errorOf(await gql(OFFERS, { id: request.id }, stranger.accessToken))).toMatchObject({ code: 'NOT_FOUND' });
    const elsewhere = await api.graphql({ host: other.slug, query: OFFERS, variables: { id: request.id }, token: otherOperator.accessToken });
    expect(errorOf(elsewhere)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('declines the pending offers of a request that is cancelled or expires, and takes no offer past its expiry or on one’s own request', async () => {
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    const cancelled = await post(origin + 30 * HOUR);
    const made = [await offer('near', cancelled.id), await offer('alsoNear', cancelled.id)].sort(byId);
    expect((await gql(CANCEL, { id: cancelled.id }, customer.accessToken)).errors).toBeUndefined();
    const settled = await gql<{ offers: Page<Offer> }>(OFFERS, { id: cancelled.id }, customer.accessToken);
    expect(settled.data!.offers.edges.map((edge) => edge.node).sort(byId)).toEqual(
      made.map((item) => expect.objectContaining({ id: item.id, status: 'DECLINED', declineReason: 'The request was cancelled' })),
    );
    const events = await api.db.ownerQuery<{ aggregate_id: string; payload: Record<string, unknown> }>(
      `select aggregate_id, payload from outbox_events where tenant_id = $1 and type = 'offer.declined' and payload->>'requestId' = $2 order by aggregate_id`,
      [tenant.id, cancelled.id],
    );
    expect(events).toEqual(
      made.map((item) => ({ aggregate_id: item.id, payload: expect.objectContaining({ offerId: item.id, helperId: item.helperId, actorId: null, reason: 'The request was cancelled' }) })),
    );
    // No dead work in the helper's pending offers, and a settled offer is not withdrawn or declined again.
    const pending = await gql<{ myOffers: Page<Offer> }>(MY_OFFERS, { status: 'PENDING', first: 100 }, helpers.near.accessToken);
    expect(pending.data!.myOffers.edges.map((edge) => edge.node.requestId)).not.toContain(cancelled.id);
    const nearOffer = made.find((item) => item.helperId === helpers.near.id)!;
    expect(errorOf(await gql(WITHDRAW, { id: nearOffer.id }, helpers.near.accessToken))).toMatchObject({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION', from: 'declined' });

    // Past its expiry the request takes no offer, even before the sweep expired it; the sweep then declines the pending ones.
    const expiring = await post(origin + 31 * HOUR);
    const waiting = await offer('alsoNear', expiring.id);
    setTime(Date.parse(expiring.expiresAt));
    let before = await snapshot();
    expect(errorOf(await gql(MAKE, { id: expiring.id }, helpers.near.accessToken))).toMatchObject({ code: 'CONFLICT', field: 'requestId', detail: 'NOT_TAKING_OFFERS' });
    expect(await snapshot()).toEqual(before);
    expect(await sweepExpired()).toBeGreaterThan(0);
    const expired = await gql<{ offers: Page<Offer> }>(OFFERS, { id: expiring.id }, customer.accessToken);
    expect(expired.data!.offers.edges.map((edge) => edge.node)).toEqual([expect.objectContaining({ id: waiting.id, status: 'DECLINED', declineReason: 'The request expired' })]);

    // A helper who is also a customer does not offer on their own request.
    const both = await helper('Both', { postalCode: '8001', radiusKm: 5, alsoCustomer: true });
    const own = await post(origin + 35 * HOUR, both);
    expect(await feedIds(both)).not.toContain(own.id);
    before = await snapshot();
    expect(errorOf(await gql(MAKE, { id: own.id }, both.accessToken))).toMatchObject({ code: 'CONFLICT', field: 'requestId', detail: 'NOT_TAKING_OFFERS' });
    expect(await snapshot()).toEqual(before);

    // An offer still pending on a request that takes no offers (as cancellations used to leave them) is neither withdrawn nor declined.
    const stale = await post(origin + 36 * HOUR);
    const staleOffer = await offer('near', stale.id);
    await api.db.ownerQuery(`update requests set status = 'cancelled' where tenant_id = $1 and id = $2`, [tenant.id, stale.id]);
    before = await snapshot();
    expect(errorOf(await gql(WITHDRAW, { id: staleOffer.id }, helpers.near.accessToken))).toMatchObject({ code: 'CONFLICT', detail: 'NOT_TAKING_OFFERS' });
    expect(errorOf(await gql(DECLINE, { id: staleOffer.id }, customer.accessToken))).toMatchObject({ code: 'CONFLICT', detail: 'NOT_TAKING_OFFERS' });
    expect(await snapshot()).toEqual(before);
  });

  it('lets exactly one of a withdrawal and a choice of the same offer through when both come at once', async () => {
    for (const hour of [40, 41, 42]) {
      const request = await post(origin + hour * HOUR);
      const made = await offer('near', request.id);
      const startsAt = new Date(origin + (hour + 25) * HOUR).toISOString();
      const [withdrawn, chosen] = await Promise.all([
        gql<{ withdrawOffer: Offer }>(WITHDRAW, { id: made.id }, helpers.near.accessToken),
        gql<{ chooseOffer: { id: string } }>(CHOOSE, { id: made.id, startsAt }, customer.accessToken),
      ]);
      const [state] = await api.db.ownerQuery<{ offer: string; request: string; appointments: number }>(
        `select (select status from offers where id = $1) as offer, (select status from requests where id = $2) as request,
                (select count(*)::int from appointments where request_id = $2) as appointments`,
        [made.id, request.id],
      );
      // Whichever came second found the offer settled by the first, and wrote nothing.
      const outcome = withdrawn.errors ? { winner: 'choice', loser: errorOf(withdrawn) } : { winner: 'withdrawal', loser: errorOf(chosen) };
      expect([withdrawn.errors, chosen.errors].filter((errors) => errors === undefined)).toHaveLength(1);
      expect({ ...outcome, state }).toEqual(
        outcome.winner === 'choice'
          ? { winner: 'choice', loser: expect.objectContaining({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION', from: 'chosen' }), state: { offer: 'chosen', request: 'scheduled', appointments: 1 } }
          : { winner: 'withdrawal', loser: expect.objectContaining({ code: 'CONFLICT', detail: 'ILLEGAL_TRANSITION', from: 'withdrawn' }), state: { offer: 'withdrawn', request: 'offered', appointments: 0 } },
      );
    }
  });

  it('counts each offer once in its helper’s responsiveness, with how long the posted request had waited', async () => {
    const responsiveness = async (helper: TestUser) => {
      const [row] = await api.db.ownerQuery<{ answered: number; seconds: number }>(
        `select answered_count as answered, response_seconds_sum::int as seconds from helper_responsiveness where tenant_id = $1 and helper_id = $2`,
        [tenant.id, helper.id],
      );
      return row ?? { answered: 0, seconds: 0 };
    };
    const before = { near: await responsiveness(helpers.near), alsoNear: await responsiveness(helpers.alsoNear) };
    const request = await post(origin + 50 * HOUR);
    setTime(origin + 50 * HOUR + 7 * MINUTE);
    await offer('near', request.id);
    setTime(origin + 50 * HOUR + 40 * MINUTE);
    await offer('alsoNear', request.id);
    expect(await responsiveness(helpers.near)).toEqual({ answered: before.near.answered + 1, seconds: before.near.seconds + 7 * 60 });
    expect(await responsiveness(helpers.alsoNear)).toEqual({ answered: before.alsoNear.answered + 1, seconds: before.alsoNear.seconds + 40 * 60 });
    // Every offer made in this file was on a posted request, each counted once whatever became of it.
    const [made] = await api.db.ownerQuery<{ count: number }>(`select count(*)::int as count from offers where tenant_id = $1 and helper_id = $2`, [tenant.id, helpers.near.id]);
    expect((await responsiveness(helpers.near)).answered).toBe(made.count);

    // Offering again on the same request is refused and counts nothing.
    const snapshotBefore = await snapshot();
    expect(errorOf(await gql(MAKE, { id: request.id }, helpers.near.accessToken))).toMatchObject({ code: 'CONFLICT', field: 'requestId', detail: 'ALREADY_OFFERED' });
    expect(await snapshot()).toEqual(snapshotBefore);
  });
});
