// Geography end to end: operators and the platform import GeoNames files, visitors look places and
// postal codes up on their tenant's host; bad files write nothing and name their bad lines.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestPlatformAdmin, createTestUser, insertTestTenant, type TestPlatformAdmin, type TestTenant, type TestUser } from '@quartier/testing';
import { readFileSync } from 'node:fs';
import { startTestApi, type TestApi } from './test-api.js';

const CH_FILE = readFileSync(new URL('../../../data/geonames/CH.txt', import.meta.url), 'utf8');
const ZURICH = 'CH\t8001\tZürich\tKanton Zürich\tZH\tBezirk Zürich\t112\tZürich\t261\t47.3721\t8.5417\t4';
const GENEVE = 'CH\t1200\tGenève\tGenève\tGE\tGeneva\t2500\tGenève\t6621\t46.2022\t6.1457\t4';
const AARAU_1 = 'CH\t5001\tAarau 1\tKanton Aargau\tAG\tBezirk Aarau\t1901\tAarau\t4001\t47.3888\t8.0483\t';

const IMPORT_FIELDS = 'countries places duplicates inserted updated unchanged removed postalCodes';
const IMPORT_PLACES = `mutation($tsv: String!) { importPlaces(tsv: $tsv) { ${IMPORT_FIELDS} } }`;
const IMPORT_TENANT_PLACES = `mutation($tenantId: ID!, $tsv: String!) { importTenantPlaces(tenantId: $tenantId, tsv: $tsv) { ${IMPORT_FIELDS} } }`;
const POSTAL_CODE = 'query($code: String!) { postalCode(code: $code) { countryCode code latitude longitude placeNames admin1Code } }';
const PLACES = `query($postalCode: String, $search: String, $first: Int, $after: String) {
  places(postalCode: $postalCode, search: $search, first: $first, after: $after) {
    totalCount edges { cursor node { postalCode name admin1Name admin3Code latitude longitude accuracy } } pageInfo { hasNextPage endCursor }
  }
}`;

interface ImportCounts {
  countries: string[];
  places: number;
  duplicates: number;
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
  postalCodes: number;
}

describe('geography through the API', () => {
  let api: TestApi;
  let alpha: TestTenant;
  let bravo: TestTenant;
  let charlie: TestTenant;
  let operator: TestUser;
  let charlieOperator: TestUser;
  let customer: TestUser;
  let admin: TestPlatformAdmin;

  beforeAll(async () => {
    api = await startTestApi();
    alpha = await insertTestTenant(api.db);
    bravo = await insertTestTenant(api.db);
    charlie = await insertTestTenant(api.db);
    operator = await createTestUser(api, alpha, { roles: ['operator_admin'] });
    charlieOperator = await createTestUser(api, charlie, { roles: ['operator_admin'] });
    customer = await createTestUser(api, alpha, { roles: ['customer'] });
    admin = await createTestPlatformAdmin(api);
  });
  afterAll(async () => {
    await api.close();
  });

  const countPlaces = async (tenant: TestTenant) =>
    Number((await api.db.ownerQuery<{ n: string }>(`select count(*) as n from places where tenant_id = $1`, [tenant.id]))[0].n);
  const countEvents = async (tenant: TestTenant) =>
    Number(
      (await api.db.ownerQuery<{ n: string }>(`select count(*) as n from outbox_events where tenant_id = $1 and type = 'geo.places_imported'`, [tenant.id]))[0].n,
    );

  async function importAs(user: TestUser, tsv: string) {
    return api.graphql<{ importPlaces: ImportCounts }>({ host: user.host, token: user.accessToken, query: IMPORT_PLACES, variables: { tsv } });
  }

  it('imports a small file, skipping a repeated line, and answers postal codes and places on the host', async () => {
    const response = await importAs(operator, [ZURICH, GENEVE, ZURICH, AARAU_1, ''].join('\n'));
    expect(response.errors).toBeUndefined();
    expect(response.data?.importPlaces).toEqual({
      countries: ['CH'],
      places: 3,
      duplicates: 1,
      inserted: 3,
      updated: 0,
      unchanged: 0,
      removed: 0,
      postalCodes: 3,
    });

    const zurich = await api.graphql({ host: alpha.slug, query: POSTAL_CODE, variables: { code: '8001' } });
    expect(zurich.errors).toBeUndefined();
    expect(zurich.data).toEqual({
      postalCode: { countryCode: 'CH', code: '8001', latitude: 47.3721, longitude: 8.5417, placeNames: ['Zürich'], admin1Code: 'ZH' },
    });
    const aarau = await api.graphql<{ places: { edges: { node: Record<string, unknown> }[] } }>({
      host: alpha.slug,
      query: PLACES,
      variables: { postalCode: '5001' },
    });
    expect(aarau.data?.places.edges.map((edge) => edge.node)).toEqual([
      { postalCode: '5001', name: 'Aarau 1', admin1Name: 'Kanton Aargau', admin3Code: '4001', latitude: 47.3888, longitude: 8.0483, accuracy: null },
    ]);
    expect(await countEvents(alpha)).toBe(1);
  });

  it('imports the whole Swiss file; importing it again changes nothing and emits no event', async () => {
    const first = await importAs(operator, CH_FILE);
    expect(first.errors).toBeUndefined();
    expect(first.data?.importPlaces).toEqual({
      countries: ['CH'],
      places: 4478,
      duplicates: 43,
      inserted: 4475,
      updated: 0,
      unchanged: 3,
      removed: 0,
      postalCodes: 3362,
    });
    expect(await countPlaces(alpha)).toBe(4478);
    const stored = await api.db.ownerQuery(`select id, imported_at, latitude from places where tenant_id = $1 order by id`, [alpha.id]);
    const events = await countEvents(alpha);

    const again = await importAs(operator, CH_FILE);
    expect(again.data?.importPlaces).toMatchObject({ inserted: 0, updated: 0, unchanged: 4478, removed: 0, postalCodes: 3362 });
    expect(await api.db.ownerQuery(`select id, imported_at, latitude from places where tenant_id = $1 order by id`, [alpha.id])).toEqual(stored);
    expect(await countEvents(alpha)).toBe(events);

    // One coordinate per postal code: the centre of its places (Zürich 8092 has two).
    const eth = await api.graphql({ host: alpha.slug, query: POSTAL_CODE, variables: { code: '8092' } });
    expect(eth.data).toMatchObject({ postalCode: { code: '8092', placeNames: ['Zürich', 'Zürich ETH-Zentrum'] } });
  });

  it('pages places in postal code and name order and finds them by the start of a name, accents included', async () => {
    const page = async (after?: string) =>
      (
        await api.graphql<{ places: { totalCount: number; edges: { node: { postalCode: string; name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>({
          host: alpha.slug,
          query: PLACES,
          variables: { search: 'zürich eth', first: 1, after },
        })
      ).data!.places;
    const first = await page();
    expect(first.totalCount).toBe(2);
    expect(first.edges.map((edge) => [edge.node.postalCode, edge.node.name])).toEqual([['8092', 'Zürich ETH-Zentrum']]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.pageInfo.endCursor);
    expect(second.edges.map((edge) => [edge.node.postalCode, edge.node.name])).toEqual([['8093', 'Zürich ETH-Hönggerberg']]);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const byCode = await api.graphql<{ places: { totalCount: number } }>({ host: alpha.slug, query: PLACES, variables: { search: '800', first: 5 } });
    expect(byCode.data?.places.totalCount).toBeGreaterThan(5);
  });

  it('reports every bad row of a file by line number and writes nothing', async () => {
    const before = await countPlaces(alpha);
    const events = await countEvents(alpha);
    const tsv = [
      'CH\t9999\tQuartierdorf\tKanton Zürich\tZH\tBezirk Zürich\t112\tQuartierdorf\t999\t47.1\t8.1\t4',
      'CH\t9998\tIrgendwo\tKanton Zürich\tZH',
      ZURICH.replace('47.3721', '47.5'),
      'CH\t9997\tNirgendwo\tKanton Zürich\tZH\tBezirk Zürich\t112\tNirgendwo\t998\t147.1\t8.1\t4',
    ].join('\n');
    const response = await importAs(operator, tsv);
    expect(response.data).toBeNull();
    expect(response.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'tsv',
      badRowCount: 2,
      rows: [
        { line: 2, reason: 'expected 12 tab-separated columns, found 5' },
        { line: 4, reason: 'latitude 147.1 is outside −90..90' },
      ],
    });
    expect(await countPlaces(alpha)).toBe(before);
    expect(await api.db.ownerQuery(`select 1 from places where tenant_id = $1 and name = 'Quartierdorf'`, [alpha.id])).toEqual([]);
    expect((await api.db.ownerQuery<{ latitude: number }>(`select latitude from places where tenant_id = $1 and postal_code = '8001'`, [alpha.id]))[0].latitude).toBe(
      47.3721,
    );
    expect(await countEvents(alpha)).toBe(events);
  });

  it('refuses a file larger than the API takes with a typed error', async () => {
    const big = `${ZURICH}\n`.repeat(Math.ceil((800 * 1024) / ZURICH.length));
    const response = await importAs(operator, big);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tsv' });
    expect(response.errors?.[0].message).toMatch(/larger than 768 KiB/);
  });

  it("a newer file updates what changed and removes the country's places it no longer lists", async () => {
    expect((await importAs(charlieOperator, [ZURICH, GENEVE, AARAU_1].join('\n'))).data?.importPlaces).toMatchObject({ inserted: 3 });
    const newer = [ZURICH.replace('47.3721\t8.5417', '47.3722\t8.5418'), GENEVE, 'CH\t8002\tZürich\tKanton Zürich\tZH\tBezirk Zürich\t112\tZürich\t261\t47.3624\t8.5315\t4'];
    const response = await importAs(charlieOperator, newer.join('\n'));
    expect(response.data?.importPlaces).toEqual({
      countries: ['CH'],
      places: 3,
      duplicates: 0,
      inserted: 1,
      updated: 1,
      unchanged: 1,
      removed: 1,
      postalCodes: 3,
    });
    const codes = await api.db.ownerQuery<{ postal_code: string; latitude: number }>(
      `select postal_code, latitude from postal_codes where tenant_id = $1 order by postal_code`,
      [charlie.id],
    );
    expect(codes).toEqual([
      { postal_code: '1200', latitude: 46.2022 },
      { postal_code: '8001', latitude: 47.3722 },
      { postal_code: '8002', latitude: 47.3624 },
    ]);
    const aarau = await api.graphql({ host: charlie.slug, query: POSTAL_CODE, variables: { code: '5001' } });
    expect(aarau.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets a platform admin import into a tenant, with an audit row; an unknown tenant is NOT_FOUND', async () => {
    const response = await api.platformGraphql<{ importTenantPlaces: ImportCounts }>({
      token: admin.accessToken,
      query: IMPORT_TENANT_PLACES,
      variables: { tenantId: bravo.id, tsv: [GENEVE, AARAU_1].join('\n') },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.importTenantPlaces).toMatchObject({ places: 2, inserted: 2, postalCodes: 2 });
    expect(await countPlaces(bravo)).toBe(2);
    const audit = await api.db.ownerQuery<{ admin_id: string; purpose: string }>(
      `select admin_id, purpose from platform_audit_log where action = 'import_tenant_places' and tenant = $1`,
      [bravo.id],
    );
    expect(audit).toEqual([{ admin_id: admin.id, purpose: expect.stringContaining('2 inserted') }]);

    const unknown = await api.platformGraphql({
      token: admin.accessToken,
      query: IMPORT_TENANT_PLACES,
      variables: { tenantId: '01900000-0000-7000-8000-000000000000', tsv: GENEVE },
    });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets neither customers nor anonymous visitors import', async () => {
    const before = await countPlaces(alpha);
    const asCustomer = await importAs(customer, 'CH\t9999\tNeudorf\tK\tZH\tB\t112\tN\t999\t47.1\t8.1\t4');
    expect(asCustomer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.graphql({ host: alpha.slug, query: IMPORT_PLACES, variables: { tsv: GENEVE } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await countPlaces(alpha)).toBe(before);
  });

  it("keeps each tenant's places to itself", async () => {
    const onBravo = await api.graphql<{ places: { totalCount: number; edges: { node: { postalCode: string } }[] } }>({
      host: bravo.slug,
      query: PLACES,
      variables: { first: 10 },
    });
    expect(onBravo.data?.places.totalCount).toBe(2);
    expect(onBravo.data?.places.edges.map((edge) => edge.node.postalCode)).toEqual(['1200', '5001']);
    const zurich = await api.graphql({ host: bravo.slug, query: POSTAL_CODE, variables: { code: '8001' } });
    expect(zurich.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(zurich.data).toBeNull();
  });
});
