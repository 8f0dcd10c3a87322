// The catalog end to end: the default catalog of a new site, operators running categories and
// services under the tenant's pricing policy, and customers browsing it in their language.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RequestContext } from '@quartier/platform';
import { TenantProvisioningService } from '@quartier/tenancy';
import { createTestUser, insertTestTenant, type TestTenant, type TestUser } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const SERVICE_FIELDS = `id categoryId slug name description pricingMode estimatedDurationMinutes position active archivedAt names { de fr it en }
  price { mode currency fixedPriceMinor hourlyRateMinMinor hourlyRateMaxMinor customerFeeFixedMinor customerFeeBasisPoints }`;
const CREATE_SERVICE = `mutation($input: CreateServiceInput!) { createService(input: $input) { ${SERVICE_FIELDS} } }`;
const UPDATE_SERVICE = `mutation($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { ${SERVICE_FIELDS} } }`;
const ARCHIVE_SERVICE = `mutation($id: ID!) { archiveService(id: $id) { ${SERVICE_FIELDS} } }`;
const CREATE_CATEGORY = 'mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id slug name position active } }';
const PUBLIC_SERVICES = `query($categoryId: ID, $first: Int, $after: String) {
  services(categoryId: $categoryId, first: $first, after: $after) { edges { node { ${SERVICE_FIELDS} } } pageInfo { hasNextPage endCursor } }
}`;
const CATEGORIES = '{ categories(first: 20) { edges { node { id slug name position active } } } }';

type Service = { id: string; slug: string; name: string; description: string | null; active: boolean; price: Record<string, unknown> };
type Connection<T> = { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

const NAMES = { de: 'Lampen montieren', fr: 'Montage de luminaires', en: 'Lamp mounting' };

describe('catalog and prices', () => {
  let api: TestApi;
  let tenant: TestTenant;
  let admin: TestUser;
  let agent: TestUser;
  let customer: TestUser;
  let smartHomeId: string;
  let sequence = 0;

  beforeAll(async () => {
    api = await startTestApi();
    tenant = await insertTestTenant(api.db);
    // A site offered in German, French and English, provisioned the way new sites are.
    await api.db.ownerQuery(`update tenants set locales = '{de,fr,en}', provisioned_at = null where id = $1`, [tenant.id]);
    await api.app.get(TenantProvisioningService).provision(RequestContext.system(tenant.id, 'test'));
    admin = await createTestUser(api, tenant, { roles: ['operator_admin'] });
    agent = await createTestUser(api, tenant, { roles: ['operator_agent'] });
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    smartHomeId = (await api.db.ownerQuery<{ id: string }>(`select id from categories where tenant_id = $1 and slug = 'smart-home'`, [tenant.id]))[0].id;
  });
  afterAll(async () => {
    await api.close();
  });

  const gql = <T>(query: string, variables: Record<string, unknown> = {}, options: { token?: string; locale?: string } = {}) =>
    api.graphql<T>({ host: tenant.slug, query, variables, token: options.token, headers: options.locale ? { 'accept-language': options.locale } : {} });

  const counts = async () => ({
    services: Number((await api.db.ownerQuery<{ n: string }>(`select count(*) as n from services where tenant_id = $1`, [tenant.id]))[0].n),
    categories: Number((await api.db.ownerQuery<{ n: string }>(`select count(*) as n from categories where tenant_id = $1`, [tenant.id]))[0].n),
    outbox: Number((await api.db.ownerQuery<{ n: string }>(`select count(*) as n from outbox_events where tenant_id = $1`, [tenant.id]))[0].n),
  });

  function serviceInput(overrides: Record<string, unknown> = {}) {
    sequence += 1;
    return { categoryId: smartHomeId, slug: `lamp-mounting-${sequence}`, names: NAMES, pricingMode: 'HOURLY', estimatedDurationMinutes: 60, ...overrides };
  }

  async function createService(overrides: Record<string, unknown> = {}): Promise<Service> {
    const response = await gql<{ createService: Service }>(CREATE_SERVICE, { input: serviceInput(overrides) }, { token: admin.accessToken });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.createService;
  }

  async function publicServices(locale = 'de', categoryId: string | null = smartHomeId): Promise<Service[]> {
    const response = await gql<{ services: Connection<Service> }>(PUBLIC_SERVICES, { categoryId, first: 30 }, { locale });
    expect(response.errors).toBeUndefined();
    return response.data!.services.edges.map((edge) => edge.node);
  }

  it('gives a new site the default categories and priced services, named in the visitor’s language', async () => {
    const de = await gql<{ categories: Connection<{ slug: string; name: string }> }>(CATEGORIES, {}, { locale: 'de' });
    expect(de.data?.categories.edges.map((edge) => edge.node.slug)).toEqual([
      'internet-wifi',
      'tv-streaming',
      'smart-home',
      'computers-phones',
      'furniture-assembly',
    ]);
    const fr = await gql<{ categories: Connection<{ slug: string; name: string }> }>(CATEGORIES, {}, { locale: 'fr-CH,fr;q=0.9' });
    expect(fr.data?.categories.edges.find((edge) => edge.node.slug === 'smart-home')?.node.name).toBe('Maison connectée');

    const all = await publicServices('en', null);
    const tvBox = all.find((service) => service.slug === 'tv-box-second-room');
    expect(tvBox).toMatchObject({ name: 'TV box in a second room', pricingMode: 'FIXED' });
    expect(tvBox?.price).toEqual({
      mode: 'FIXED',
      currency: 'CHF',
      fixedPriceMinor: 4900,
      hourlyRateMinMinor: null,
      hourlyRateMaxMinor: null,
      customerFeeFixedMinor: 0,
      customerFeeBasisPoints: 0,
    });
    expect(all.find((service) => service.slug === 'wifi-setup')?.price).toMatchObject({ mode: 'HOURLY', fixedPriceMinor: null, hourlyRateMinMinor: 3000, hourlyRateMaxMinor: 5000 });
    expect(all.find((service) => service.slug === 'smart-home-install')?.price).toMatchObject({ mode: 'QUOTE', fixedPriceMinor: null, hourlyRateMinMinor: null });
  });

  it('lets an operator admin create, change and archive a service; archived ones leave the public list but stay for operators', async () => {
    const before = await counts();
    const created = await createService({ pricingMode: 'FIXED', fixedPriceMinor: 4500, descriptions: { de: 'Bis zu drei Lampen', en: 'Up to three lamps' } });
    expect(created).toMatchObject({ name: 'Lampen montieren', description: 'Bis zu drei Lampen', active: true, archivedAt: null });
    expect((await publicServices('en')).find((service) => service.id === created.id)).toMatchObject({ name: 'Lamp mounting', description: 'Up to three lamps' });

    const updated = await gql<{ updateService: Service }>(
      UPDATE_SERVICE,
      { id: created.id, input: { fixedPriceMinor: 3900, names: { ...NAMES, de: 'Leuchten montieren' } } },
      { token: admin.accessToken },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateService).toMatchObject({ name: 'Leuchten montieren', price: { fixedPriceMinor: 3900 } });

    const archived = await gql<{ archiveService: Service }>(ARCHIVE_SERVICE, { id: created.id }, { token: admin.accessToken });
    expect(archived.data?.archiveService).toMatchObject({ active: false, archivedAt: expect.any(String) });
    expect((await publicServices()).map((service) => service.id)).not.toContain(created.id);

    const operatorView = await gql<{ catalogServices: Connection<Service> }>(
      `query($categoryId: ID) { catalogServices(categoryId: $categoryId, first: 100) { edges { node { id active } } pageInfo { endCursor } } }`,
      { categoryId: smartHomeId },
      { token: agent.accessToken },
    );
    expect(operatorView.data?.catalogServices.edges.map((edge) => edge.node)).toContainEqual({ id: created.id, active: false });

    const changeArchived = await gql(UPDATE_SERVICE, { id: created.id, input: { estimatedDurationMinutes: 90 } }, { token: admin.accessToken });
    expect(changeArchived.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });

    const events = await api.db.ownerQuery<{ type: string }>(
      `select type from outbox_events where tenant_id = $1 and aggregate_id = $2 order by id`,
      [tenant.id, created.id],
    );
    expect(events.map((event) => event.type)).toEqual(['catalog.service_created', 'catalog.service_updated', 'catalog.service_archived']);
    expect((await counts()).services).toBe(before.services + 1);
  });

  it('shows a name in the site’s default language when the visitor’s is missing', async () => {
    // Written before French was offered: only German and English names.
    await api.db.ownerQuery(
      `insert into services (tenant_id, id, category_id, slug, names, pricing_mode, estimated_duration_minutes, position)
       values ($1, gen_random_uuid(), $2, 'legacy-doorbell', '{"de": "Türklingel installieren", "en": "Doorbell installation"}', 'hourly', 60, 99)`,
      [tenant.id, smartHomeId],
    );
    const fr = await publicServices('fr');
    expect(fr.find((service) => service.slug === 'legacy-doorbell')?.name).toBe('Türklingel installieren');
    const en = await publicServices('en');
    expect(en.find((service) => service.slug === 'legacy-doorbell')?.name).toBe('Doorbell installation');
  });

  it.each([
    ['a fixed price above the hourly bounds for its duration', { pricingMode: 'FIXED', fixedPriceMinor: 5100, estimatedDurationMinutes: 60 }, 'fixedPriceMinor'],
    ['a fixed price below them', { pricingMode: 'FIXED', fixedPriceMinor: 1400, estimatedDurationMinutes: 30 }, 'fixedPriceMinor'],
    ['a fixed-price service without a price', { pricingMode: 'FIXED' }, 'fixedPriceMinor'],
    ['a price on an hourly service', { pricingMode: 'HOURLY', fixedPriceMinor: 4000 }, 'fixedPriceMinor'],
    ['a missing French name', { names: { de: 'Lampen', en: 'Lamps' } }, 'names.fr'],
    ['a blank English name', { names: { ...NAMES, en: '   ' } }, 'names.en'],
    ['a bad slug', { slug: 'Lamp Mounting' }, 'slug'],
    ['an unrealistic duration', { estimatedDurationMinutes: 2 }, 'estimatedDurationMinutes'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_case, overrides, field) => {
    const before = await counts();
    const response = await gql(CREATE_SERVICE, { input: serviceInput(overrides) }, { token: admin.accessToken });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });

  it('accepts a fixed price at the edge of the bounds (CHF 30–50 per hour for 90 minutes: 45.00–75.00)', async () => {
    expect((await createService({ pricingMode: 'FIXED', fixedPriceMinor: 7500, estimatedDurationMinutes: 90 })).price).toMatchObject({ fixedPriceMinor: 7500 });
    expect((await createService({ pricingMode: 'FIXED', fixedPriceMinor: 4500, estimatedDurationMinutes: 90 })).price).toMatchObject({ fixedPriceMinor: 4500 });
  });

  it('refuses an update that would break the price rules, and changes nothing', async () => {
    const service = await createService({ pricingMode: 'FIXED', fixedPriceMinor: 4000 });
    const before = await api.db.ownerQuery(`select * from services where tenant_id = $1 and id = $2`, [tenant.id, service.id]);
    const outbox = (await counts()).outbox;
    const tooShort = await gql(UPDATE_SERVICE, { id: service.id, input: { estimatedDurationMinutes: 30 } }, { token: admin.accessToken });
    expect(tooShort.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fixedPriceMinor' });
    const missingName = await gql(UPDATE_SERVICE, { id: service.id, input: { names: { de: 'Nur Deutsch' } } }, { token: admin.accessToken });
    expect(missingName.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'names.fr' });
    expect(await api.db.ownerQuery(`select * from services where tenant_id = $1 and id = $2`, [tenant.id, service.id])).toEqual(before);
    expect((await counts()).outbox).toBe(outbox);

    const toHourly = await gql<{ updateService: Service }>(UPDATE_SERVICE, { id: service.id, input: { pricingMode: 'HOURLY' } }, { token: admin.accessToken });
    expect(toHourly.data?.updateService.price).toMatchObject({ mode: 'HOURLY', fixedPriceMinor: null, hourlyRateMinMinor: 3000 });
  });

  it('refuses a taken slug with CONFLICT naming the field, and writes nothing', async () => {
    const before = await counts();
    const service = await gql(CREATE_SERVICE, { input: serviceInput({ slug: 'wifi-setup' }) }, { token: admin.accessToken });
    expect(service.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'slug' });
    const category = await gql(CREATE_CATEGORY, { input: { slug: 'smart-home', names: NAMES } }, { token: admin.accessToken });
    expect(category.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'slug' });
    expect(await counts()).toEqual(before);
  });

  it('lets operators add and hide categories; a hidden category hides its services', async () => {
    const created = await gql<{ createCategory: { id: string; position: number; name: string } }>(
      CREATE_CATEGORY,
      { input: { slug: 'garden', names: { de: 'Garten', fr: 'Jardin', en: 'Garden' } } },
      { token: admin.accessToken },
    );
    expect(created.data?.createCategory).toMatchObject({ name: 'Garten', position: 5 });
    const categoryId = created.data!.createCategory.id;
    const service = await createService({ categoryId });
    expect((await publicServices('de', categoryId)).map((s) => s.id)).toEqual([service.id]);

    const hidden = await gql(
      'mutation($id: ID!) { updateCategory(id: $id, input: { active: false }) { active } }',
      { id: categoryId },
      { token: admin.accessToken },
    );
    expect(hidden.data).toEqual({ updateCategory: { active: false } });
    expect(await publicServices('de', categoryId)).toEqual([]);
    const publicCategories = await gql<{ categories: Connection<{ slug: string }> }>(CATEGORIES);
    expect(publicCategories.data?.categories.edges.map((edge) => edge.node.slug)).not.toContain('garden');
    const operatorCategories = await gql<{ catalogCategories: Connection<{ slug: string }> }>(
      '{ catalogCategories(first: 20) { edges { node { slug } } pageInfo { endCursor } } }',
      {},
      { token: agent.accessToken },
    );
    expect(operatorCategories.data?.catalogCategories.edges.map((edge) => edge.node.slug)).toContain('garden');
  });

  it('prices services by the pricing policy in force: new hourly bounds and fixed prices by service key', async () => {
    const policy = await gql('query { tenantPolicy(kind: PRICING) { document } }', {}, { token: admin.accessToken });
    const document = (policy.data as { tenantPolicy: { document: Record<string, unknown> } }).tenantPolicy.document;
    const changed = await gql(
      'mutation($document: PolicyDocument!) { updatePolicy(kind: PRICING, document: $document) { version } }',
      { document: { ...document, helperHourlyRate: { minMinor: 4000, maxMinor: 6000 }, fixedPrices: { 'tv-box-second-room': 5900 }, customerFee: { fixedMinor: 250, basisPoints: 0 } } },
      { token: admin.accessToken },
    );
    expect(changed.errors).toBeUndefined();
    const all = await publicServices('de', null);
    expect(all.find((service) => service.slug === 'tv-box-second-room')?.price).toMatchObject({ fixedPriceMinor: 5900, customerFeeFixedMinor: 250 });
    expect(all.find((service) => service.slug === 'wifi-setup')?.price).toMatchObject({ hourlyRateMinMinor: 4000, hourlyRateMaxMinor: 6000 });
    // CHF 39 for an hour is now below the lowest hourly rate.
    const refused = await gql(CREATE_SERVICE, { input: serviceInput({ pricingMode: 'FIXED', fixedPriceMinor: 3900 }) }, { token: admin.accessToken });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fixedPriceMinor' });
  });

  it('pages through services with cursors', async () => {
    const first = await gql<{ services: Connection<Service> }>(PUBLIC_SERVICES, { categoryId: null, first: 3 });
    expect(first.data?.services.edges).toHaveLength(3);
    expect(first.data?.services.pageInfo.hasNextPage).toBe(true);
    const next = await gql<{ services: Connection<Service> }>(PUBLIC_SERVICES, { categoryId: null, first: 3, after: first.data?.services.pageInfo.endCursor });
    const firstIds = first.data!.services.edges.map((edge) => edge.node.id);
    expect(next.data?.services.edges.map((edge) => edge.node.id).some((id) => firstIds.includes(id))).toBe(false);
    const tooMany = await gql('{ services(first: 101) { pageInfo { endCursor } } }');
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('lets only operator admins change the catalog', async () => {
    const before = await counts();
    for (const token of [agent.accessToken, customer.accessToken]) {
      const service = await gql(CREATE_SERVICE, { input: serviceInput() }, { token });
      expect(service.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const category = await gql(CREATE_CATEGORY, { input: { slug: 'forbidden', names: NAMES } }, { token });
      expect(category.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await gql(CREATE_SERVICE, { input: serviceInput() });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const customerReads = await gql('{ catalogServices(first: 5) { edges { node { id } } } }', {}, { token: customer.accessToken });
    expect(customerReads.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });
});
