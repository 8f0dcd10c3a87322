// Helper search end to end, as an anonymous visitor: approved helpers who offer the service and
// whose service area covers the searched postal code, ranked by the site's weights, filtered by a
// time window, a minimum rating and a highest price, paged with stable cursors; bad postal codes,
// services, windows and filters are typed errors.
// Helpers who answer posted requests quickly rank above those who answer slowly.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clock, RequestContext } from '@quartier/platform';
import { TenantPolicyService } from '@quartier/tenancy';
import { createApprovedHelper, createHelper, createMarketplaceTenant, createTestUser, EVERY_DAY, setHelperStatus, swissPlacesTsv, type MarketplaceTenant } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const SEARCH = `query($postalCode: String!, $serviceId: ID!, $window: SearchWindowInput, $minRating: Float, $maxPriceMinor: Int, $first: Int, $after: String) {
  searchHelpers(postalCode: $postalCode, serviceId: $serviceId, window: $window, minRating: $minRating, maxPriceMinor: $maxPriceMinor, first: $first, after: $after) {
    edges { cursor node { helper { id displayName photoUrl badgeName } distanceKm pricingMode priceMinor currency rating reviewCount nextFreeSlot score } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Result = {
  helper: { id: string; displayName: string; photoUrl: string | null; badgeName: string | null };
  distanceKm: number;
  pricingMode: string;
  priceMinor: number | null;
  currency: string;
  rating: number | null;
  reviewCount: number;
  nextFreeSlot: string | null;
  score: number;
};
type Page = { edges: { cursor: string; node: Result }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
type GqlError = { message: string; extensions?: Record<string, unknown> };

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** The system's time, which a test may move ahead (the other tests here compare with Date.now()). */
class ShiftedClock extends Clock {
  shiftMs = 0;
  now(): Date {
    return new Date(Date.now() + this.shiftMs);
  }
}

/** The Wednesday at least three days ahead, 09:00–12:00 UTC: inside the search horizon, never in the past. */
function wednesdayWindow(): { from: string; to: string } {
  let day = new Date(Date.now() + 3 * DAY_MS);
  while (day.getUTCDay() !== 3) day = new Date(day.getTime() + DAY_MS);
  const date = day.toISOString().slice(0, 10);
  return { from: `${date}T09:00:00.000Z`, to: `${date}T12:00:00.000Z` };
}

describe('helper search', () => {
  const clock = new ShiftedClock();
  let api: TestApi;
  let tenant: MarketplaceTenant;
  let other: MarketplaceTenant;
  let serviceId: string;
  let otherServiceId: string;
  let foreignServiceId: string;
  const ids: Record<string, string> = {};

  const gql = <T>(query: string, variables: Record<string, unknown>, token?: string) => api.graphql<T>({ host: tenant.slug, query, variables, token });
  const search = (variables: Record<string, unknown>) => gql<{ searchHelpers: Page }>(SEARCH, { postalCode: '8001', serviceId, ...variables });

  /** A helper who fills their profile (with a photo), skills and week through the product, then gets the given status. */
  async function helper(input: { name: string; postalCode: string; radiusKm: number; skills: { serviceId: string; priceMinor?: number }[]; weekdays: number[]; status: 'applicant' | 'approved' | 'suspended' }) {
    const { name, status, ...setup } = input;
    const user = await createHelper(api, tenant, { displayName: name, ...setup, photoUrl: (id) => `https://photos.example/${id}.jpg` });
    await setHelperStatus(api, tenant, user.id, status);
    ids[name] = user.id;
  }

  beforeAll(async () => {
    api = await startTestApi({}, { clock });
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004', '8400', '1200') });
    other = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich' });
    await api.app.get(TenantPolicyService).updateBranding(RequestContext.system(tenant.id, 'test'), { badgeName: 'Alpine Friend' });

    [serviceId, otherServiceId] = await tenant.serviceIds({ pricingMode: 'hourly' });
    foreignServiceId = await other.serviceId({ pricingMode: 'hourly' });

    const everyDay = [1, 2, 3, 4, 5, 6, 7];
    await helper({ name: 'Near', postalCode: '8004', radiusKm: 10, skills: [{ serviceId, priceMinor: 4000 }], weekdays: everyDay, status: 'approved' });
    await helper({ name: 'Winterthur', postalCode: '8400', radiusKm: 30, skills: [{ serviceId, priceMinor: 3000 }], weekdays: [6], status: 'approved' });
    await helper({ name: 'Also near', postalCode: '8001', radiusKm: 5, skills: [{ serviceId, priceMinor: 4500 }], weekdays: everyDay, status: 'approved' });
    await helper({ name: 'Too far', postalCode: '8400', radiusKm: 10, skills: [{ serviceId, priceMinor: 3000 }], weekdays: everyDay, status: 'approved' });
    await helper({ name: 'Geneva', postalCode: '1200', radiusKm: 100, skills: [{ serviceId, priceMinor: 3000 }], weekdays: everyDay, status: 'approved' });
    await helper({ name: 'Other service', postalCode: '8001', radiusKm: 10, skills: [{ serviceId: otherServiceId, priceMinor: 3000 }], weekdays: everyDay, status: 'approved' });
    await helper({ name: 'Applicant', postalCode: '8001', radiusKm: 10, skills: [{ serviceId, priceMinor: 3000 }], weekdays: everyDay, status: 'applicant' });
    await helper({ name: 'Suspended', postalCode: '8001', radiusKm: 10, skills: [{ serviceId, priceMinor: 3000 }], weekdays: everyDay, status: 'suspended' });
  });
  afterAll(async () => {
    await api.close();
  });

  it('returns approved helpers covering the place, offering the service, best score first', async () => {
    const response = await search({});
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.searchHelpers.edges.map((edge) => edge.node);
    // Default weights: distance 40, rating 30, price 20, responsiveness 10 (rating and responsiveness
    // neutral). Winterthur is ~20 km away but charges the least (≈0.72); Near (~2 km, mid price: ≈0.69)
    // beats Also near (0 km, but close to the top of the price range: 0.65).
    expect(nodes.map((node) => node.helper.displayName)).toEqual(['Winterthur', 'Near', 'Also near']);
    const scores = nodes.map((node) => node.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const winterthur = nodes[0];
    expect(winterthur).toMatchObject({
      helper: { id: ids.Winterthur, photoUrl: `https://photos.example/${ids.Winterthur}.jpg`, badgeName: 'Alpine Friend' },
      pricingMode: 'HOURLY',
      priceMinor: 3000,
      rating: null,
      reviewCount: 0,
    });
    expect(winterthur.distanceKm).toBeGreaterThan(19);
    expect(winterthur.distanceKm).toBeLessThan(21);
    expect(nodes[1].distanceKm).toBeGreaterThan(1.5);
    expect(nodes[1].distanceKm).toBeLessThan(2.5);
    expect(nodes[2].distanceKm).toBe(0);
    expect(nodes.map((node) => node.score)).toEqual([expect.closeTo(0.719, 2), expect.closeTo(0.692, 2), 0.65]);
    // Everyone listed has a free slot within 14 days; the Winterthur helper only on Saturdays.
    for (const node of nodes) {
      const slot = new Date(node.nextFreeSlot!).getTime();
      expect(slot).toBeGreaterThanOrEqual(Date.now() - 60_000);
      expect(slot).toBeLessThanOrEqual(Date.now() + 14 * DAY_MS);
    }
    expect(new Date(winterthur.nextFreeSlot!).toLocaleDateString('en-US', { timeZone: 'Europe/Zurich', weekday: 'long' })).toBe('Saturday');
    expect(response.data!.searchHelpers.pageInfo.hasNextPage).toBe(false);
  });

  it("ranks by the weights of the site's SLA policy", async () => {
    const operator = await createTestUser(api, tenant, { roles: ['operator_admin'] });
    const current = await gql<{ tenantPolicy: { document: Record<string, unknown> } }>(`{ tenantPolicy(kind: SLA) { document } }`, {}, operator.accessToken);
    expect(current.errors).toBeUndefined();
    const document = { ...current.data!.tenantPolicy.document, ranking: { distance: 100, rating: 0, price: 0, responsiveness: 0 } };
    const updated = await gql(`mutation($document: PolicyDocument!) { updatePolicy(kind: SLA, document: $document) { version } }`, { document }, operator.accessToken);
    expect(updated.errors).toBeUndefined();
    try {
      const response = await search({});
      expect(response.data!.searchHelpers.edges.map((edge) => edge.node.helper.displayName)).toEqual(['Also near', 'Near', 'Winterthur']);
      expect(response.data!.searchHelpers.edges[0].node.score).toBe(1);
    } finally {
      const restored = { ...document, ranking: { distance: 40, rating: 30, price: 20, responsiveness: 10 } };
      expect((await gql(`mutation($document: PolicyDocument!) { updatePolicy(kind: SLA, document: $document) { version } }`, { document: restored }, operator.accessToken)).errors).toBeUndefined();
    }
    const invalid = await gql(
      `mutation($document: PolicyDocument!) { updatePolicy(kind: SLA, document: $document) { version } }`,
      { document: { ...document, ranking: { distance: 0, rating: 0, price: 0, responsiveness: 0 } } },
      operator.accessToken,
    );
    expect((invalid.errors as GqlError[])[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document.ranking' });
  });

  it('ranks a helper who answers posted requests quickly above one who answers slowly, one who never answered in between', async () => {
    // A service nobody else here offers, so only these three (same place, same price, no reviews) compete.
    const [, , responsiveServiceId] = await tenant.serviceIds({ pricingMode: 'hourly' });
    const setup = { postalCode: '8001', radiusKm: 5, skills: [{ serviceId: responsiveServiceId, priceMinor: 4000 }], weekdays: EVERY_DAY };
    const quick = await createApprovedHelper(api, tenant, { displayName: 'Quick', ...setup });
    const slow = await createApprovedHelper(api, tenant, { displayName: 'Slow', ...setup });
    const silent = await createApprovedHelper(api, tenant, { displayName: 'Silent', ...setup });
    const customer = await createTestUser(api, tenant, { roles: ['customer'] });
    const from = Date.now() + DAY_MS;
    const posted = await gql<{ postRequest: { id: string } }>(
      `mutation($input: PostRequestInput!) { postRequest(input: $input) { id } }`,
      { input: { serviceId: responsiveServiceId, description: 'Mount the TV on the wall', postalCode: '8001', windows: [{ from: new Date(from).toISOString(), to: new Date(from + 4 * 3_600_000).toISOString() }] } },
      customer.accessToken,
    );
    expect(posted.errors).toBeUndefined();
    const offer = async (token: string) => expect((await gql(`mutation($id: ID!) { makeOffer(requestId: $id) { id } }`, { id: posted.data!.postRequest.id }, token)).errors).toBeUndefined();
    try {
      // The site's first-response target is 15 minutes: 3 minutes scores 1 − 3/30 = 0.9, 27 minutes 0.1.
      clock.shiftMs = 3 * MINUTE_MS;
      await offer(quick.accessToken);
      clock.shiftMs = 27 * MINUTE_MS;
      await offer(slow.accessToken);
    } finally {
      clock.shiftMs = 0;
    }

    const response = await search({ serviceId: responsiveServiceId });
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.searchHelpers.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.helper.id)).toEqual([quick.id, silent.id, slow.id]);
    // Everything else being equal, scores differ by responsiveness alone, at its default weight of 10 %:
    // 0.1 × (0.9 − 0.5) above the neutral 0.5 of the helper without answers, and 0.1 × (0.5 − 0.1) below.
    const [quickScore, silentScore, slowScore] = nodes.map((node) => node.score);
    // 0 km (1), no reviews (0.5), 40.00 in the 30.00–50.00 bounds (0.5), no answers (0.5): 0.4 + 0.15 + 0.1 + 0.05.
    expect(silentScore).toBe(0.7);
    expect(quickScore - silentScore).toBeCloseTo(0.04, 3);
    expect(silentScore - slowScore).toBeCloseTo(0.04, 3);
    expect(nodes.map((node) => [node.distanceKm, node.priceMinor, node.rating])).toEqual([
      [0, 4000, null],
      [0, 4000, null],
      [0, 4000, null],
    ]);
  });

  it('with a window, returns only helpers free for the whole service inside it', async () => {
    const window = wednesdayWindow();
    const response = await search({ window });
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.searchHelpers.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.helper.displayName)).toEqual(['Near', 'Also near']);
    for (const node of nodes) expect(new Date(node.nextFreeSlot!).toISOString()).toBe(window.from);

    await api.db.ownerQuery(
      `insert into helper_availability_exceptions (tenant_id, helper_id, on_date, windows) values ($1, $2, $3::date, '[]'::jsonb)`,
      [tenant.id, ids.Near, window.from.slice(0, 10)],
    );
    const dayOff = await search({ window });
    expect(dayOff.data!.searchHelpers.edges.map((edge) => edge.node.helper.displayName)).toEqual(['Also near']);
  });

  it('walks every result with first: 1, without duplicates', async () => {
    const all = (await search({ first: 100 })).data!.searchHelpers.edges.map((edge) => edge.node.helper.id);
    const walked: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const response: { data?: { searchHelpers: Page } | null; errors?: unknown } = await search({ first: 1, after });
      expect(response.errors).toBeUndefined();
      const { edges, pageInfo } = response.data!.searchHelpers;
      walked.push(...edges.map((edge) => edge.node.helper.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(walked).toEqual(all);
    expect(new Set(walked).size).toBe(3);
  });

  it('refuses an unknown postal code, a service of another site or an archived one, and bad windows, naming the field', async () => {
    const fieldOf = async (variables: Record<string, unknown>) => ((await search(variables)).errors as GqlError[] | undefined)?.[0].extensions;
    expect(await fieldOf({ postalCode: '9999' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'postalCode' });
    expect(await fieldOf({ serviceId: foreignServiceId })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serviceId' });
    expect(await fieldOf({ serviceId: 'not-an-id' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serviceId' });
    expect(await fieldOf({ window: { from: 'tomorrow', to: wednesdayWindow().to } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'window.from' });
    expect(await fieldOf({ window: { from: '2020-01-01T09:00:00Z', to: wednesdayWindow().to } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'window.from' });
    const later = new Date(Date.now() + 20 * DAY_MS).toISOString();
    expect(await fieldOf({ window: { from: wednesdayWindow().from, to: later } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'window.to' });
    expect(await fieldOf({ window: { from: wednesdayWindow().to, to: wednesdayWindow().from } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'window.to' });

    await api.db.ownerQuery(`update services set archived_at = now() where tenant_id = $1 and id = $2`, [tenant.id, otherServiceId]);
    expect(await fieldOf({ serviceId: otherServiceId })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serviceId' });
  });

  it('keeps helpers rated at least the minimum (as shown, to a tenth) and charging at most the highest price, across pages', async () => {
    // Near: 20 reviews averaging 4.45, shown as 4.5; Also near: 4.4; Winterthur: no reviews yet.
    await api.db.ownerQuery(
      `insert into helper_ratings (tenant_id, helper_id, review_count, stars_sum) values ($1, $2, 20, 89), ($1, $3, 5, 22)`,
      [tenant.id, ids.Near, ids['Also near']],
    );
    try {
      const names = async (variables: Record<string, unknown>) => {
        const response = await search(variables);
        expect(response.errors).toBeUndefined();
        return response.data!.searchHelpers.edges.map((edge) => `${edge.node.helper.displayName} ${edge.node.rating ?? '-'} ${edge.node.priceMinor}`);
      };
      expect(await names({ minRating: 4.5 })).toEqual(['Near 4.5 4000']);
      expect((await names({ minRating: 4.4 })).sort()).toEqual(['Also near 4.4 4500', 'Near 4.5 4000']);
      expect((await names({ maxPriceMinor: 4000 })).sort()).toEqual(['Near 4.5 4000', 'Winterthur - 3000']);
      expect(await names({ minRating: 4.4, maxPriceMinor: 4499 })).toEqual(['Near 4.5 4000']);
      expect(await names({ minRating: 4.6 })).toEqual([]);

      const walked: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page++) {
        const response: { data?: { searchHelpers: Page } | null } = await search({ minRating: 4.4, first: 1, after });
        walked.push(...response.data!.searchHelpers.edges.map((edge) => edge.node.helper.displayName));
        if (!response.data!.searchHelpers.pageInfo.hasNextPage) break;
        after = response.data!.searchHelpers.pageInfo.endCursor;
      }
      expect(walked.sort()).toEqual(['Also near', 'Near']);

      const fieldOf = async (variables: Record<string, unknown>) => ((await search(variables)).errors as GqlError[] | undefined)?.[0].extensions;
      expect(await fieldOf({ minRating: 0.5 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'minRating' });
      expect(await fieldOf({ minRating: 4.55 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'minRating' });
      expect(await fieldOf({ maxPriceMinor: -1 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxPriceMinor' });
    } finally {
      await api.db.ownerQuery(`delete from helper_ratings where tenant_id = $1`, [tenant.id]);
    }
  });
});
