// The operators' directory of a site's helpers (siteHelpers): every status, narrowed by status and
// by a search on name or home postal code or to given ids, paged in name order; only the operators'
// own site.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createApprovedHelper,
  createHelper,
  createMarketplaceTenant,
  createTestUser,
  type MarketplaceTenant,
  setHelperStatus,
  swissPlacesTsv,
  type TestUser,
} from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const DIRECTORY = `query($status: HelperStatus, $search: String, $ids: [ID!], $first: Int, $after: String) {
  siteHelpers(status: $status, search: $search, ids: $ids, first: $first, after: $after) {
    edges { cursor node { id displayName status statusChangedAt suspensionReason homeCountryCode homePostalCode tier rating reviewCount skills } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Listed = {
  id: string;
  displayName: string;
  status: string;
  suspensionReason: string | null;
  homeCountryCode: string | null;
  homePostalCode: string | null;
  tier: string;
  rating: number | null;
  reviewCount: number;
  skills: string[];
};
type Page = { siteHelpers: { edges: { cursor: string; node: Listed }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
type GqlError = { message: string; extensions?: Record<string, unknown> };

describe('the directory of helpers', () => {
  let api: TestApi;
  let site: MarketplaceTenant;
  let other: MarketplaceTenant;
  let agent: TestUser;
  let helpers: Record<'anna' | 'bruno' | 'chiara' | 'dora', TestUser>;
  let foreigner: TestUser;

  beforeAll(async () => {
    api = await startTestApi();
    site = await createMarketplaceTenant(api, { places: swissPlacesTsv('8001', '8400') });
    other = await createMarketplaceTenant(api, { places: swissPlacesTsv('8001') });
    agent = await createTestUser(api, site, { roles: ['operator_agent'] });
    const serviceId = await site.serviceId({ pricingMode: 'hourly' });
    const setup = (displayName: string, postalCode: string) => ({ displayName, postalCode, radiusKm: 10, weekdays: [1], skills: [{ serviceId, priceMinor: 4000 }] });
    helpers = {
      anna: await createApprovedHelper(api, site, setup('Anna Muster', '8001')),
      bruno: await createApprovedHelper(api, site, setup('bruno Keller', '8400')),
      chiara: await createHelper(api, site, setup('Chiara 100% Rossi', '8001')),
      dora: await createApprovedHelper(api, site, setup('Dora Weiss', '8400')),
    };
    await setHelperStatus(api, site, helpers.dora.id, 'suspended');
    await api.db.ownerQuery(`update helper_profiles set suspension_reason = 'No-show twice' where tenant_id = $1 and user_id = $2`, [site.id, helpers.dora.id]);
    await api.db.ownerQuery(`insert into helper_ratings (tenant_id, helper_id, review_count, stars_sum) values ($1, $2, 3, 14)`, [site.id, helpers.anna.id]);
    foreigner = await createApprovedHelper(api, other, {
      displayName: 'Anna Fremd',
      postalCode: '8001',
      radiusKm: 10,
      weekdays: [1],
      skills: [{ serviceId: await other.serviceId({ pricingMode: 'hourly' }), priceMinor: 4000 }],
    });
  });
  afterAll(async () => {
    await api.close();
  });

  const list = (variables: Record<string, unknown>, token = agent.accessToken, host = site.slug) =>
    api.graphql<Page>({ host, query: DIRECTORY, variables, token }) as Promise<{ data: Page | null; errors?: GqlError[] }>;
  const names = (page: Page | null) => page?.siteHelpers.edges.map((edge) => edge.node.displayName);

  it('lists every helper of the site in name order, with status, home, tier, rating and skills', async () => {
    const response = await list({});
    expect(response.errors).toBeUndefined();
    expect(names(response.data)).toEqual(['Anna Muster', 'bruno Keller', 'Chiara 100% Rossi', 'Dora Weiss']);
    const [anna, , chiara, dora] = response.data!.siteHelpers.edges.map((edge) => edge.node);
    expect(anna).toMatchObject({ id: helpers.anna.id, status: 'APPROVED', homeCountryCode: 'CH', homePostalCode: '8001', tier: 'FRIEND', rating: 4.7, reviewCount: 3 });
    expect(anna.skills).toHaveLength(1);
    expect(chiara).toMatchObject({ status: 'APPLICANT', rating: null, reviewCount: 0, suspensionReason: null });
    expect(dora).toMatchObject({ status: 'SUSPENDED', suspensionReason: 'No-show twice' });
  });

  it('narrows by status and by a search on name or postal code, taking % literally', async () => {
    expect(names((await list({ status: 'SUSPENDED' })).data)).toEqual(['Dora Weiss']);
    expect(names((await list({ status: 'APPROVED' })).data)).toEqual(['Anna Muster', 'bruno Keller']);
    expect(names((await list({ search: '  KELL ' })).data)).toEqual(['bruno Keller']);
    expect(names((await list({ search: '8400' })).data)).toEqual(['bruno Keller', 'Dora Weiss']);
    expect(names((await list({ search: '8400', status: 'APPROVED' })).data)).toEqual(['bruno Keller']);
    expect(names((await list({ search: '100%' })).data)).toEqual(['Chiara 100% Rossi']);
    expect(names((await list({ search: '0%' })).data)).toEqual(['Chiara 100% Rossi']);
    expect(names((await list({ search: 'nobody' })).data)).toEqual([]);
  });

  it('narrows to given ids, which name no helper of another site', async () => {
    const response = await list({ ids: [helpers.dora.id, helpers.anna.id, foreigner.id, 'not-an-id'] });
    expect(response.errors).toBeUndefined();
    expect(names(response.data)).toEqual(['Anna Muster', 'Dora Weiss']);
    const tooMany = await list({ ids: Array.from({ length: 101 }, () => helpers.anna.id) });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });

  it('pages without gaps or repeats and refuses a cursor that is not its own', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const response: { data: Page | null; errors?: GqlError[] } = await list({ first: 3, after });
      expect(response.errors).toBeUndefined();
      seen.push(...names(response.data)!);
      const info = response.data!.siteHelpers.pageInfo;
      if (!info.hasNextPage) break;
      after = info.endCursor;
    }
    expect(seen).toEqual(['Anna Muster', 'bruno Keller', 'Chiara 100% Rossi', 'Dora Weiss']);
    const malformed = await list({ after: 'not-a-cursor' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const tooLong = await list({ search: 'x'.repeat(121) });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
  });

  it("shows each site's operators their own helpers only, and no one else", async () => {
    const own = await list({ search: 'Anna' }, other.admin.accessToken, other.slug);
    expect(own.errors).toBeUndefined();
    expect(own.data!.siteHelpers.edges.map((edge) => edge.node.id)).toEqual([foreigner.id]);
    const crossed = await list({}, other.admin.accessToken, site.slug);
    expect(crossed.data).toBeNull();
    expect(crossed.errors?.[0]?.extensions?.code).toBe('TENANT_MISMATCH');
    for (const token of [helpers.anna.accessToken, (await createTestUser(api, site, { roles: ['customer'] })).accessToken]) {
      const refused = await list({}, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
