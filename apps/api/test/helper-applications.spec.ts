// A customer becomes a helper with the account they have: becomeHelper adds the helper role in the
// site they are signed in to, creates the profile with the vetting steps in force and records why in
// the outbox; the next refreshed session carries the helper role. Asking again answers with the same
// profile and changes nothing; helpers, visitors and a bad name are refused with nothing written.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RequestContext } from '@quartier/platform';
import { TenantProvisioningService } from '@quartier/tenancy';
import { createTestUser, insertTestTenant, type TestTenant } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const BECOME = `mutation($input: BecomeHelperInput) { becomeHelper(input: $input) { id displayName status serviceArea { postalCode } skills { serviceId } } }`;
const PROGRESS = `{ myVettingProgress { helperId status steps { key status } } }`;
const VIEWER = `{ viewer { id roles } }`;
const REFRESH = `mutation($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken roles } }`;

type Profile = { id: string; displayName: string; status: string; serviceArea: unknown; skills: unknown[] };
type GqlError = { message: string; extensions?: Record<string, unknown> };

describe('a customer becomes a helper', () => {
  let api: TestApi;
  let tenant: TestTenant;
  let other: TestTenant;

  const gql = <T>(query: string, variables: Record<string, unknown>, token?: string, host = tenant.slug) => api.graphql<T>({ host, query, variables, token });
  const errorOf = (response: { errors?: readonly unknown[] }) => (response.errors as GqlError[] | undefined)?.[0]?.extensions ?? {};
  const rolesOf = async (userId: string) =>
    (await api.db.ownerQuery<{ tenant_id: string; role: string }>(`select tenant_id, role from user_roles where user_id = $1 order by role`, [userId])).map((row) => [row.tenant_id, row.role]);
  const eventsOf = (userId: string) =>
    api.db.ownerQuery<{ tenant_id: string; type: string; payload: Record<string, unknown> }>(
      `select tenant_id, type, payload from outbox_events where aggregate_id = $1 order by created_at, type`,
      [userId],
    );

  beforeAll(async () => {
    api = await startTestApi();
    tenant = await insertTestTenant(api.db);
    other = await insertTestTenant(api.db);
    for (const site of [tenant, other]) {
      await api.db.ownerQuery(`update tenants set provisioned_at = null where id = $1`, [site.id]);
      await api.app.get(TenantProvisioningService).provision(RequestContext.system(site.id, 'test'));
    }
  });
  afterAll(async () => {
    await api?.close();
  });

  it('adds the helper role in this site, starts the vetting, and the refreshed session is a helper’s', async () => {
    const customer = await createTestUser(api, tenant, { roles: ['customer'], displayName: 'Maria Kunde' });
    const became = await gql<{ becomeHelper: Profile }>(BECOME, { input: { displayName: '  Maria Helferin ' } }, customer.accessToken);
    expect(became.errors).toBeUndefined();
    expect(became.data!.becomeHelper).toEqual({ id: customer.id, displayName: 'Maria Helferin', status: 'APPLICANT', serviceArea: null, skills: [] });

    expect(await rolesOf(customer.id)).toEqual([
      [tenant.id, 'customer'],
      [tenant.id, 'helper'],
    ]);
    const [profile] = await api.db.ownerQuery<{ tenant_id: string; display_name: string; status: string }>(
      `select tenant_id, display_name, status from helper_profiles where user_id = $1`,
      [customer.id],
    );
    expect(profile).toEqual({ tenant_id: tenant.id, display_name: 'Maria Helferin', status: 'applicant' });
    const steps = await api.db.ownerQuery<{ step_key: string; status: string }>(`select step_key, status from vetting_steps where helper_id = $1 order by position`, [customer.id]);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((step) => step.status === 'pending')).toBe(true);
    const events = await eventsOf(customer.id);
    expect(events.filter((event) => event.type === 'user.role_granted')).toEqual([{ tenant_id: tenant.id, type: 'user.role_granted', payload: { userId: customer.id, role: 'helper' } }]);
    expect(events.filter((event) => event.type === 'helper.vetting_started')).toHaveLength(1);

    // The access token was issued before: it stays a customer's until the session is refreshed.
    expect(errorOf(await gql(PROGRESS, {}, customer.accessToken))).toMatchObject({ code: 'FORBIDDEN' });
    const refreshed = await gql<{ refreshSession: { accessToken: string; roles: string[] } }>(REFRESH, { token: customer.refreshToken });
    expect(refreshed.data!.refreshSession.roles.sort()).toEqual(['CUSTOMER', 'HELPER']);
    const token = refreshed.data!.refreshSession.accessToken;
    const progress = await gql<{ myVettingProgress: { helperId: string; status: string; steps: { key: string; status: string }[] } }>(PROGRESS, {}, token);
    expect(progress.data!.myVettingProgress).toMatchObject({ helperId: customer.id, status: 'APPLICANT' });
    expect(progress.data!.myVettingProgress.steps.map((step) => step.key)).toEqual(steps.map((step) => step.step_key));
    expect((await gql<{ viewer: { roles: string[] } }>(VIEWER, {}, token)).data!.viewer.roles.sort()).toEqual(['CUSTOMER', 'HELPER']);

    // Asking again (a retry after a lost answer) is the same profile, and nothing changes.
    const again = await gql<{ becomeHelper: Profile }>(BECOME, { input: { displayName: 'Someone Else' } }, token);
    expect(again.data!.becomeHelper).toMatchObject({ id: customer.id, displayName: 'Maria Helferin', status: 'APPLICANT' });
    const withoutInput = await gql<{ becomeHelper: Profile }>(BECOME, {}, customer.accessToken);
    expect(withoutInput.data!.becomeHelper).toMatchObject({ id: customer.id, displayName: 'Maria Helferin' });
    expect(await eventsOf(customer.id)).toEqual(events);
    expect(await api.db.ownerQuery(`select 1 from vetting_steps where helper_id = $1`, [customer.id])).toHaveLength(steps.length);
  });

  it("takes the account's name without one, and touches no other site", async () => {
    const customer = await createTestUser(api, tenant, { roles: ['customer'], displayName: 'Luca Cliente' });
    const became = await gql<{ becomeHelper: Profile }>(BECOME, {}, customer.accessToken);
    expect(became.data!.becomeHelper).toMatchObject({ id: customer.id, displayName: 'Luca Cliente', status: 'APPLICANT' });
    // The token belongs to its site: on another site's host it is no one's.
    const elsewhere = await gql(BECOME, {}, customer.accessToken, other.slug);
    expect(elsewhere.data).toBeNull();
    expect(await rolesOf(customer.id)).toEqual([
      [tenant.id, 'customer'],
      [tenant.id, 'helper'],
    ]);
    expect(await api.db.ownerQuery(`select 1 from helper_profiles where tenant_id = $1 and user_id = $2`, [other.id, customer.id])).toHaveLength(0);
  });

  it('refuses a name out of bounds under its field, helpers and visitors, and writes nothing', async () => {
    const customer = await createTestUser(api, tenant, { roles: ['customer'] });
    const tooLong = await gql(BECOME, { input: { displayName: 'x'.repeat(121) } }, customer.accessToken);
    expect(errorOf(tooLong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName' });
    const blank = await gql(BECOME, { input: { displayName: '   ' } }, customer.accessToken);
    expect(errorOf(blank)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName' });
    expect(await rolesOf(customer.id)).toEqual([[tenant.id, 'customer']]);
    expect(await api.db.ownerQuery(`select 1 from helper_profiles where user_id = $1`, [customer.id])).toHaveLength(0);
    expect(await eventsOf(customer.id)).toEqual(expect.not.arrayContaining([expect.objectContaining({ type: 'user.role_granted' })]));

    const helper = await createTestUser(api, tenant, { roles: ['helper'] });
    expect(errorOf(await gql(BECOME, {}, helper.accessToken))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await api.db.ownerQuery(`select 1 from helper_profiles where user_id = $1`, [helper.id])).toHaveLength(0);
    expect(errorOf(await gql(BECOME, {}))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
