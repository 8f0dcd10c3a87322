// Ready marketplace actors for API tests: a provisioned site with its places and catalog, and helpers
// who filled in profile, skills and week through the public API like any applicant.
import { RequestContext } from '@quartier/platform';
import { TenantProvisioningService } from '@quartier/tenancy';
import { insertTestTenant, type TestTenant } from './factories.js';
import { unwrap } from './graphql-result.js';
import { createTestUser, type GraphqlCaller, type TestUser } from './identity-factories.js';

/** The test API with its running app, whose provisioning service completes a new site as the provisioning job does. */
export interface MarketplaceApi extends GraphqlCaller {
  app: { get(type: typeof TenantProvisioningService): TenantProvisioningService };
}

export interface ServiceFilter {
  pricingMode?: 'fixed' | 'hourly' | 'quote';
  durationMinutes?: number;
}

export interface MarketplaceTenant extends TestTenant {
  /** The site's operator admin, who imported its places. */
  admin: TestUser;
  /** Ids of the site's catalog services matching `filter`, ordered by slug. */
  serviceIds(filter?: ServiceFilter): Promise<string[]>;
  /** The first of `serviceIds(filter)`. */
  serviceId(filter?: ServiceFilter): Promise<string>;
}

/** ISO weekdays, Monday (1) to Sunday (7). */
export const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

// GeoNames postal code rows (the format importPlaces reads) of the places the tests book in.
const SWISS_PLACES: Record<string, string> = {
  '8001': 'CH\t8001\tZürich\tKanton Zürich\tZH\tBezirk Zürich\t112\tZürich\t261\t47.3721\t8.5417\t4',
  '8004': 'CH\t8004\tZürich\tKanton Zürich\tZH\tBezirk Zürich\t112\tZürich\t261\t47.3789\t8.519\t4',
  '8400': 'CH\t8400\tWinterthur\tKanton Zürich\tZH\tBezirk Winterthur\t110\tWinterthur\t230\t47.5056\t8.7241\t4',
  '1200': 'CH\t1200\tGenève\tGenève\tGE\tGeneva\t2500\tGenève\t6621\t46.2022\t6.1457\t4',
};

/** A GeoNames TSV of these Swiss postal codes: 8001 and 8004 (Zürich, ~2 km apart), 8400 (Winterthur, ~20 km), 1200 (Genève). */
export function swissPlacesTsv(...postalCodes: string[]): string {
  return postalCodes
    .map((code) => {
      const row = SWISS_PLACES[code];
      if (!row) throw new Error(`swissPlacesTsv knows ${Object.keys(SWISS_PLACES).join(', ')}, not ${code}`);
      return row;
    })
    .join('\n');
}

/**
 * An active site, provisioned by the provisioning service (policies and the default catalog), with
 * an operator admin who imports `places` (a GeoNames TSV) through `importPlaces`.
 */
export async function createMarketplaceTenant(
  api: MarketplaceApi,
  input: { timezone?: string; places?: string; serviceHours?: { start: string; end: string } | 'site default' } = {},
): Promise<MarketplaceTenant> {
  const tenant = await insertTestTenant(api.db, { timezone: input.timezone, provisioned: false });
  await api.app.get(TenantProvisioningService).provision(RequestContext.system(tenant.id, 'test'));
  // The SLA's clock runs in service hours (07:00–22:00 by default); a test site's first SLA version runs
  // around the clock unless told, so targets do not depend on the hour the suite runs at.
  const serviceHours = input.serviceHours ?? { start: '00:00', end: '24:00' };
  if (serviceHours !== 'site default') {
    await api.db.ownerQuery(`update tenant_policies set document = jsonb_set(document, '{serviceHours}', $2::jsonb) where tenant_id = $1 and kind = 'sla'`, [
      tenant.id,
      JSON.stringify(serviceHours),
    ]);
  }
  const admin = await createTestUser(api, tenant, { roles: ['operator_admin'] });
  if (input.places) {
    unwrap(
      'importPlaces',
      await api.graphql({ host: tenant.slug, query: `mutation($tsv: String!) { importPlaces(tsv: $tsv) { places } }`, variables: { tsv: input.places }, token: admin.accessToken }),
    );
  }
  const serviceIds = async (filter: ServiceFilter = {}) => {
    const rows = await api.db.ownerQuery<{ id: string }>(
      `select id from services where tenant_id = $1 and ($2::text is null or pricing_mode = $2) and ($3::int is null or estimated_duration_minutes = $3) order by slug`,
      [tenant.id, filter.pricingMode ?? null, filter.durationMinutes ?? null],
    );
    return rows.map((row) => row.id);
  };
  const serviceId = async (filter: ServiceFilter = {}) => {
    const [id] = await serviceIds(filter);
    if (!id) throw new Error(`No service of tenant ${tenant.slug} matches ${JSON.stringify(filter)}`);
    return id;
  };
  return { ...tenant, admin, serviceIds, serviceId };
}

export interface WeeklySlot {
  weekday: number;
  start: string;
  end: string;
}

export interface HelperSetup {
  displayName?: string;
  /** Also a customer of the site. */
  alsoCustomer?: boolean;
  /** Home postal code, one of the site's places (country CH unless told). */
  postalCode: string;
  countryCode?: string;
  radiusKm: number;
  /** The profile photo's address, given the helper's id (known only once signed up). */
  photoUrl?: (helperId: string) => string;
  skills: { serviceId: string; priceMinor?: number }[];
  /** ISO weekdays worked around the clock, in the site's time zone. */
  weekdays?: number[];
  /** Weekly slots (local times), added to `weekdays`. */
  weekly?: WeeklySlot[];
}

/** A helper who signed up and filled in profile, skills and week through the API; not yet vetted. */
export async function createHelper(api: GraphqlCaller, tenant: TestTenant, setup: HelperSetup): Promise<TestUser> {
  const slots = [...(setup.weekdays ?? []).map((weekday) => ({ weekday, start: '00:00', end: '24:00' })), ...(setup.weekly ?? [])];
  if (slots.length === 0) throw new Error('createHelper needs weekdays or weekly slots');
  const user = await createTestUser(api, tenant, { roles: setup.alsoCustomer ? ['helper', 'customer'] : ['helper'], displayName: setup.displayName });
  const as = async (label: string, query: string, variables: Record<string, unknown>) =>
    unwrap(label, await api.graphql({ host: user.host, query, variables, token: user.accessToken }));
  const profile: Record<string, unknown> = {
    homePostalCode: { countryCode: setup.countryCode ?? 'CH', code: setup.postalCode },
    serviceRadiusKm: setup.radiusKm,
  };
  if (setup.photoUrl) profile.photoUrl = setup.photoUrl(user.id);
  await as('updateMyHelperProfile', `mutation($input: UpdateHelperProfileInput!) { updateMyHelperProfile(input: $input) { id } }`, { input: profile });
  await as('setMySkills', `mutation($skills: [HelperSkillInput!]!) { setMySkills(skills: $skills) { id } }`, { skills: setup.skills });
  await as('setMyWeeklyAvailability', `mutation($slots: [WeeklySlotInput!]!) { setMyWeeklyAvailability(slots: $slots) { timezone } }`, { slots });
  return user;
}

/**
 * Sets a helper's vetting status with the owner connection, standing in for the site's vetting
 * (evidence, review by an operator), which the tests using it are not about.
 */
export async function setHelperStatus(api: GraphqlCaller, tenant: TestTenant, helperId: string, status: 'applicant' | 'in_review' | 'approved' | 'rejected' | 'suspended'): Promise<void> {
  await api.db.ownerQuery(`update helper_profiles set status = $3 where tenant_id = $1 and user_id = $2`, [tenant.id, helperId, status]);
}

/** A helper set up through the API (see createHelper), then approved directly in helper_profiles (see setHelperStatus). */
export async function createApprovedHelper(api: GraphqlCaller, tenant: TestTenant, setup: HelperSetup): Promise<TestUser> {
  const user = await createHelper(api, tenant, setup);
  await setHelperStatus(api, tenant, user.id, 'approved');
  return user;
}

/**
 * A fixed-offset IANA zone where it is about 11:00 at `now`: a test site in it is inside the default
 * service hours (07:00–22:00) and can take a window starting in minutes and ending the same day,
 * whatever the hour the suite runs.
 */
export function middayZone(now: Date): string {
  const offset = 11 - now.getUTCHours();
  // IANA's Etc zones count the other way round: Etc/GMT-2 is two hours ahead of UTC.
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}
