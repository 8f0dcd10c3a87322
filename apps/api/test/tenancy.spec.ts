// Onboarding and running tenants end to end: the platform API, host routing, suspension across
// processes, and operators' versioned policies.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RequestContext } from '@quartier/platform';
import { TenantProvisioningService } from '@quartier/tenancy';
import { createTestPlatformAdmin, createTestUser, readInvitationToken, type TestPlatformAdmin } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const CREATE_TENANT = `mutation($input: CreateTenantInput!) {
  createTenant(input: $input) {
    tenant { id slug name status domains locales defaultLocale currency timezone usage { openInvitations operatorAdmins } }
    operatorInvitation { id email displayName expiresAt }
  }
}`;

const TENANT_FIELDS = 'id slug status domains suspendedAt suspendedReason usage { customers helpers operatorAdmins operatorAgents openInvitations }';

let sequence = 0;
function tenantInput(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    slug: `alp${process.pid}n${sequence}`,
    name: `Alpine Test ${sequence}`,
    domains: [`help${sequence}.alpine-${process.pid}.test`],
    locales: ['de', 'fr', 'en'],
    defaultLocale: 'de',
    currency: 'CHF',
    timezone: 'Europe/Zurich',
    branding: { primaryColor: '#d0021b', badgeName: 'Alpine Friend', logoUrl: 'https://cdn.alpine.test/logo.svg' },
    operatorAdminEmail: `ops${sequence}@alpine.test`,
    operatorAdminName: `Ruth Alpiger ${sequence}`,
    ...overrides,
  };
}

describe('tenancy through the API', () => {
  let api: TestApi;
  let admin: TestPlatformAdmin;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await createTestPlatformAdmin(api);
  });
  afterAll(async () => {
    await api.close();
  });

  const count = async (sql: string, params: unknown[] = []) => Number((await api.db.ownerQuery<{ n: string }>(`select count(*) as n from ${sql}`, params))[0].n);

  async function createTenant(overrides: Record<string, unknown> = {}) {
    const input = tenantInput(overrides);
    const response = await api.platformGraphql<{ createTenant: { tenant: { id: string; slug: string } } }>({
      query: CREATE_TENANT,
      variables: { input },
      token: admin.accessToken,
    });
    if (!response.data) throw new Error(`createTenant failed: ${JSON.stringify(response.errors)}`);
    return { input, tenant: response.data.createTenant.tenant };
  }

  async function createProvisionedTenant(overrides: Record<string, unknown> = {}) {
    const created = await createTenant(overrides);
    await api.app.get(TenantProvisioningService).provision(RequestContext.system(created.tenant.id, 'test'));
    return created;
  }

  describe('onboarding a tenant', () => {
    it('creates the tenant, its hosts, branding v1, the operator invitation, an audit row and tenant.created in one go', async () => {
      const input = tenantInput({ operatorAdminName: '  Ruth Alpiger  ' });
      const response = await api.platformGraphql<{
        createTenant: { tenant: Record<string, unknown> & { id: string }; operatorInvitation: { email: string; displayName: string } };
      }>({ query: CREATE_TENANT, variables: { input }, token: admin.accessToken });
      expect(response.errors).toBeUndefined();
      const { tenant, operatorInvitation } = response.data!.createTenant;
      expect(tenant).toMatchObject({
        slug: input.slug,
        name: input.name,
        status: 'provisioning',
        domains: input.domains,
        locales: ['de', 'fr', 'en'],
        defaultLocale: 'de',
        currency: 'CHF',
        timezone: 'Europe/Zurich',
        usage: { openInvitations: 1, operatorAdmins: 0 },
      });
      expect(operatorInvitation).toMatchObject({ email: input.operatorAdminEmail, displayName: 'Ruth Alpiger' });

      const [branding] = await api.db.ownerQuery<{ version: number; document: Record<string, unknown> }>(
        `select version, document from tenant_policies where tenant_id = $1 and kind = 'branding'`,
        [tenant.id],
      );
      expect(branding).toEqual({
        version: 1,
        document: expect.objectContaining({ displayName: input.name, primaryColor: '#d0021b', badgeName: 'Alpine Friend' }),
      });
      expect(
        await count(`operator_invitations where tenant_id = $1 and role = 'operator_admin' and email = $2 and display_name = 'Ruth Alpiger'`, [
          tenant.id,
          input.operatorAdminEmail,
        ]),
      ).toBe(1);
      // The invitation email greets the operator by the name the platform admin gave.
      const [invited] = await api.db.ownerQuery<{ payload: Record<string, unknown> }>(
        `select payload from outbox_events where tenant_id = $1 and type = 'operator.invited'`,
        [tenant.id],
      );
      expect(invited.payload).toMatchObject({ email: input.operatorAdminEmail, displayName: 'Ruth Alpiger' });
      expect(await count(`platform_audit_log where tenant = $1 and action = 'create_tenant' and admin_id = $2`, [tenant.id, admin.id])).toBe(1);
      expect(await count(`outbox_events where tenant_id = $1 and type = 'tenant.created' and aggregate_type = 'tenant' and aggregate_id = $1::text`, [tenant.id])).toBe(1);

      // The new site answers on its subdomain and on its custom domain, with its branding.
      const bySlug = await api.graphql<{ currentTenant: { id: string; branding: { badgeName: string } } }>({
        host: input.slug,
        query: '{ currentTenant { id branding { badgeName } } }',
      });
      expect(bySlug.data?.currentTenant).toEqual({ id: tenant.id, branding: { badgeName: 'Alpine Friend' } });
      const byDomain = await api.graphql<{ currentTenant: { id: string } }>({ host: input.domains[0], query: '{ currentTenant { id } }' });
      expect(byDomain.data?.currentTenant.id).toBe(tenant.id);
    });

    it('refuses a taken slug or domain with CONFLICT naming the field, and writes nothing', async () => {
      const { input } = await createTenant();
      const before = {
        tenants: await count('tenants'),
        hosts: await count('tenant_hosts'),
        audit: await count('platform_audit_log'),
        invitations: await count('operator_invitations'),
        outbox: await count('outbox_events'),
      };
      const sameSlug = await api.platformGraphql({
        query: CREATE_TENANT,
        variables: { input: tenantInput({ slug: input.slug }) },
        token: admin.accessToken,
      });
      expect(sameSlug.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'slug' });
      const sameDomain = await api.platformGraphql({
        query: CREATE_TENANT,
        variables: { input: tenantInput({ domains: ['fresh.example.test', input.domains[0]] }) },
        token: admin.accessToken,
      });
      expect(sameDomain.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'domains' });
      expect({
        tenants: await count('tenants'),
        hosts: await count('tenant_hosts'),
        audit: await count('platform_audit_log'),
        invitations: await count('operator_invitations'),
        outbox: await count('outbox_events'),
      }).toEqual(before);
    });

    it.each([
      [{ slug: 'admin' }, 'slug'],
      [{ slug: 'www' }, 'slug'],
      [{ slug: 'Bad_Slug' }, 'slug'],
      [{ domains: ['Help.Alpine.test'] }, 'domains.0'],
      [{ domains: ['not a host'] }, 'domains.0'],
      [{ domains: ['sneaky.localhost'] }, 'domains.0'],
      [{ domains: ['help.alpine.test', 'admin.alpine.test'] }, 'domains.1'],
      [{ locales: ['de', 'es'] }, 'locales'],
      [{ defaultLocale: 'it' }, 'defaultLocale'],
      [{ currency: 'XYZ' }, 'currency'],
      [{ timezone: 'Mars/Olympus_Mons' }, 'timezone'],
      [{ branding: { primaryColor: 'red' } }, 'branding.primaryColor'],
      [{ operatorAdminEmail: 'nobody' }, 'operatorAdminEmail'],
      [{ operatorAdminName: '   ' }, 'operatorAdminName'],
      [{ operatorAdminName: 'R'.repeat(121) }, 'operatorAdminName'],
    ])('refuses %j with BAD_USER_INPUT on %s', async (overrides, field) => {
      const tenantsBefore = await count('tenants');
      const response = await api.platformGraphql({ query: CREATE_TENANT, variables: { input: tenantInput(overrides) }, token: admin.accessToken });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await count('tenants')).toBe(tenantsBefore);
    });

    it('refuses a custom domain starting with admin., which would open the platform console', async () => {
      const response = await api.platformGraphql({
        query: CREATE_TENANT,
        variables: { input: tenantInput({ domains: ['admin.alpine-shop.test'] }) },
        token: admin.accessToken,
      });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'domains.0' });
      expect(response.errors?.[0].message).toContain('platform console');
      expect(await count(`tenant_hosts where host = 'admin.alpine-shop.test'`)).toBe(0);
    });

    it("names the first operator's account after the invitation when they accept without typing a name", async () => {
      const { tenant, input } = await createProvisionedTenant({ operatorAdminName: 'Ruth Alpiger' });
      const [invitation] = await api.db.ownerQuery<{ id: string }>(`select id from operator_invitations where tenant_id = $1`, [tenant.id]);
      const token = await readInvitationToken(api.db, invitation.id);
      const accepted = await api.graphql<{ acceptOperatorInvitation: { userId: string } }>({
        host: input.slug,
        query: `mutation($token: String!) { acceptOperatorInvitation(token: $token, password: "correct horse battery") { userId } }`,
        variables: { token },
      });
      expect(accepted.errors).toBeUndefined();
      const [account] = await api.db.ownerQuery<{ display_name: string }>(`select display_name from users where tenant_id = $1 and id = $2`, [
        tenant.id,
        accepted.data!.acceptOperatorInvitation.userId,
      ]);
      expect(account.display_name).toBe('Ruth Alpiger');
    });

    it('is for platform admins only', async () => {
      const { tenant } = await createProvisionedTenant();
      const operator = await createTestUser(api, tenant, { roles: ['operator_admin'] });
      const anonymous = await api.platformGraphql({ query: CREATE_TENANT, variables: { input: tenantInput() } });
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const asOperator = await api.platformGraphql({ query: CREATE_TENANT, variables: { input: tenantInput() }, token: operator.accessToken });
      expect(asOperator.status).toBe(401);
    });
  });

  describe('running tenants', () => {
    it('lists tenants with usage counts and audits every cross-tenant read', async () => {
      const { tenant, input } = await createProvisionedTenant();
      await createTestUser(api, tenant, { roles: ['customer'] });
      await createTestUser(api, tenant, { roles: ['helper'] });
      await createTestUser(api, tenant, { roles: ['operator_agent'] });
      const auditsBefore = await count(`platform_audit_log where action = 'read_across_tenants' and admin_id = $1`, [admin.id]);

      const list = await api.platformGraphql<{ tenants: { totalCount: number; edges: { node: Record<string, unknown> }[] } }>({
        query: `query($search: String) { tenants(first: 10, search: $search) { totalCount edges { node { ${TENANT_FIELDS} } } } }`,
        variables: { search: input.slug },
        token: admin.accessToken,
      });
      expect(list.data?.tenants.totalCount).toBe(1);
      expect(list.data?.tenants.edges[0].node).toMatchObject({
        id: tenant.id,
        status: 'active',
        usage: { customers: 1, helpers: 1, operatorAdmins: 0, operatorAgents: 1, openInvitations: 1 },
      });
      const one = await api.platformGraphql<{ tenant: { slug: string } }>({
        query: `query($id: ID!) { tenant(id: $id) { ${TENANT_FIELDS} } }`,
        variables: { id: tenant.id },
        token: admin.accessToken,
      });
      expect(one.data?.tenant.slug).toBe(input.slug);
      expect(await count(`platform_audit_log where action = 'read_across_tenants' and admin_id = $1`, [admin.id])).toBe(auditsBefore + 2);
    });

    it('pages through tenants by slug with first ≤ 100', async () => {
      await createTenant();
      await createTenant();
      const first = await api.platformGraphql<{ tenants: { edges: { node: { slug: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>({
        query: '{ tenants(first: 1) { edges { node { slug } } pageInfo { endCursor hasNextPage } } }',
        token: admin.accessToken,
      });
      expect(first.data?.tenants.pageInfo.hasNextPage).toBe(true);
      const next = await api.platformGraphql<{ tenants: { edges: { node: { slug: string } }[] } }>({
        query: 'query($after: String) { tenants(first: 1, after: $after) { edges { node { slug } } } }',
        variables: { after: first.data?.tenants.pageInfo.endCursor },
        token: admin.accessToken,
      });
      expect(next.data!.tenants.edges[0].node.slug > first.data!.tenants.edges[0].node.slug).toBe(true);
      const tooMany = await api.platformGraphql({ query: '{ tenants(first: 101) { totalCount } }', token: admin.accessToken });
      expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('suspends a tenant at once (TENANT_SUSPENDED) and reactivates it, with audit rows', async () => {
      const { tenant, input } = await createProvisionedTenant();
      const ask = () => api.graphql<{ currentTenant: { id: string } }>({ host: input.slug, query: '{ currentTenant { id } }' });
      expect((await ask()).data?.currentTenant.id).toBe(tenant.id);

      const suspended = await api.platformGraphql<{ suspendTenant: { status: string; suspendedReason: string } }>({
        query: `mutation($id: ID!) { suspendTenant(id: $id, reason: "Unpaid invoices") { status suspendedReason } }`,
        variables: { id: tenant.id },
        token: admin.accessToken,
      });
      expect(suspended.data?.suspendTenant).toEqual({ status: 'suspended', suspendedReason: 'Unpaid invoices' });
      const refused = await ask();
      expect(refused.status).toBe(403);
      expect(refused.errors?.[0].extensions?.code).toBe('TENANT_SUSPENDED');
      const byDomain = await api.graphql({ host: input.domains[0], query: '{ currentTenant { id } }' });
      expect(byDomain.errors?.[0].extensions?.code).toBe('TENANT_SUSPENDED');

      const reactivated = await api.platformGraphql<{ reactivateTenant: { status: string } }>({
        query: `mutation($id: ID!) { reactivateTenant(id: $id) { status } }`,
        variables: { id: tenant.id },
        token: admin.accessToken,
      });
      expect(reactivated.data?.reactivateTenant.status).toBe('active');
      expect((await ask()).data?.currentTenant.id).toBe(tenant.id);
      expect(await count(`platform_audit_log where tenant = $1 and action in ('suspend_tenant', 'reactivate_tenant')`, [tenant.id])).toBe(2);
    });

    it('replaces custom domains: the old one stops resolving, the new one resolves, a taken one is refused', async () => {
      const { tenant, input } = await createTenant();
      const { input: otherInput } = await createTenant();
      const newDomain = `neu.${input.slug}.test`;
      const updated = await api.platformGraphql<{ updateTenantDomains: { domains: string[] } }>({
        query: `mutation($id: ID!, $domains: [String!]!) { updateTenantDomains(id: $id, domains: $domains) { domains } }`,
        variables: { id: tenant.id, domains: [newDomain] },
        token: admin.accessToken,
      });
      expect(updated.data?.updateTenantDomains.domains).toEqual([newDomain]);
      expect((await api.graphql({ host: input.domains[0], query: '{ currentTenant { id } }' })).errors?.[0].extensions?.code).toBe('TENANT_NOT_FOUND');
      expect((await api.graphql<{ currentTenant: { id: string } }>({ host: newDomain, query: '{ currentTenant { id } }' })).data?.currentTenant.id).toBe(tenant.id);

      const taken = await api.platformGraphql({
        query: `mutation($id: ID!, $domains: [String!]!) { updateTenantDomains(id: $id, domains: $domains) { domains } }`,
        variables: { id: tenant.id, domains: [newDomain, otherInput.domains[0]] },
        token: admin.accessToken,
      });
      expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'domains' });
      // A domain starting with admin. would open the platform console rather than the site.
      const opensConsole = await api.platformGraphql({
        query: `mutation($id: ID!, $domains: [String!]!) { updateTenantDomains(id: $id, domains: $domains) { domains } }`,
        variables: { id: tenant.id, domains: [newDomain, `admin.${input.slug}.test`] },
        token: admin.accessToken,
      });
      expect(opensConsole.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'domains.1' });
      expect(opensConsole.errors?.[0].message).toContain('platform console');
      expect(await count('tenant_hosts where tenant = $1', [tenant.id])).toBe(1);
      expect(await count(`platform_audit_log where tenant = $1 and action = 'update_tenant_domains'`, [tenant.id])).toBe(1);
    });
  });

  describe("operators' policies", () => {
    const POLICY = `query($kind: PolicyKind!) { tenantPolicy(kind: $kind) { kind version document createdBy } }`;
    const UPDATE = `mutation($kind: PolicyKind!, $document: PolicyDocument!) { updatePolicy(kind: $kind, document: $document) { version document } }`;

    it('stores a change as version 2 and keeps version 1', async () => {
      const { tenant, input } = await createProvisionedTenant();
      const operator = await createTestUser(api, tenant, { roles: ['operator_admin'] });
      const current = await api.graphql<{ tenantPolicy: { version: number; document: Record<string, unknown> } }>({
        host: input.slug,
        query: POLICY,
        variables: { kind: 'PRICING' },
        token: operator.accessToken,
      });
      expect(current.data?.tenantPolicy).toMatchObject({ version: 1, document: { currency: 'CHF', helperHourlyRate: { minMinor: 3000, maxMinor: 5000 } } });
      const v1 = current.data!.tenantPolicy.document;
      const changed = { ...v1, helperHourlyRate: { minMinor: 3500, maxMinor: 6000 }, fixedPrices: { 'wifi-setup': 8900 } };

      const updated = await api.graphql<{ updatePolicy: { version: number; document: Record<string, unknown> } }>({
        host: input.slug,
        query: UPDATE,
        variables: { kind: 'PRICING', document: changed },
        token: operator.accessToken,
      });
      expect(updated.errors).toBeUndefined();
      expect(updated.data?.updatePolicy).toEqual({ version: 2, document: changed });

      const history = await api.graphql<{ tenantPolicyHistory: { totalCount: number; edges: { node: { version: number; document: unknown } }[] } }>({
        host: input.slug,
        query: `{ tenantPolicyHistory(kind: PRICING, first: 10) { totalCount edges { node { version document } } } }`,
        token: operator.accessToken,
      });
      expect(history.data?.tenantPolicyHistory.totalCount).toBe(2);
      expect(history.data?.tenantPolicyHistory.edges.map((edge) => edge.node)).toEqual([
        { version: 2, document: changed },
        { version: 1, document: v1 },
      ]);
      const latest = await api.graphql<{ tenantPolicy: { version: number; createdBy: string } }>({
        host: input.slug,
        query: POLICY,
        variables: { kind: 'PRICING' },
        token: operator.accessToken,
      });
      expect(latest.data?.tenantPolicy).toMatchObject({ version: 2, createdBy: `user:${operator.id}` });
    });

    it('refuses an invalid document naming the field, and writes nothing', async () => {
      const { tenant, input } = await createProvisionedTenant();
      const operator = await createTestUser(api, tenant, { roles: ['operator_admin'] });
      const rows = () => count(`tenant_policies where tenant_id = $1`, [tenant.id]);
      const before = await rows();
      const sla = await api.graphql<{ tenantPolicy: { document: Record<string, unknown> } }>({
        host: input.slug,
        query: POLICY,
        variables: { kind: 'SLA' },
        token: operator.accessToken,
      });
      const invalid = await api.graphql({
        host: input.slug,
        query: UPDATE,
        variables: { kind: 'SLA', document: { ...sla.data!.tenantPolicy.document, firstResponseMinutes: 600, helpWithinMinutes: 180 } },
        token: operator.accessToken,
      });
      expect(invalid.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document.firstResponseMinutes' });
      const wrongCurrency = await api.graphql({
        host: input.slug,
        query: UPDATE,
        variables: { kind: 'PAYOUTS', document: { currency: 'EUR', schedule: 'daily', holdDays: 3, minimumMinor: 0 } },
        token: operator.accessToken,
      });
      expect(wrongCurrency.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document.currency' });
      expect(await rows()).toBe(before);
    });

    it('lets operators rebrand: currentTenant shows the latest branding, earlier versions stay', async () => {
      const { tenant, input } = await createProvisionedTenant();
      const operator = await createTestUser(api, tenant, { roles: ['operator_admin'] });
      const updated = await api.graphql<{ updateBranding: { version: number } }>({
        host: input.slug,
        query: `mutation { updateBranding(input: { primaryColor: "#004488", fontFamily: "Inter, sans-serif" }) { version } }`,
        token: operator.accessToken,
      });
      expect(updated.data?.updateBranding.version).toBe(2);
      const site = await api.graphql<{ currentTenant: { branding: Record<string, unknown> } }>({
        host: input.slug,
        query: '{ currentTenant { branding { primaryColor fontFamily badgeName } } }',
      });
      expect(site.data?.currentTenant.branding).toEqual({ primaryColor: '#004488', fontFamily: 'Inter, sans-serif', badgeName: 'Alpine Friend' });
      const invalid = await api.graphql({
        host: input.slug,
        query: `mutation { updateBranding(input: { accentColor: "orange" }) { version } }`,
        token: operator.accessToken,
      });
      expect(invalid.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accentColor' });
      expect(await count(`tenant_policies where tenant_id = $1 and kind = 'branding'`, [tenant.id])).toBe(2);
    });

    it('keeps every concurrent change as its own version', async () => {
      const { tenant, input } = await createProvisionedTenant();
      const operator = await createTestUser(api, tenant, { roles: ['operator_admin'] });
      const results = await Promise.all(
        [1, 2, 3].map((hours) =>
          api.graphql<{ updatePolicy: { version: number } }>({
            host: input.slug,
            query: UPDATE,
            variables: { kind: 'CANCELLATION', document: { currency: 'CHF', freeWindowHours: hours, lateFee: { fixedMinor: 1000, basisPoints: 0 } } },
            token: operator.accessToken,
          }),
        ),
      );
      const versions = results.map((result) => result.data?.updatePolicy.version ?? result.errors?.[0].extensions?.code);
      expect(versions.every((version) => version === 'CONFLICT' || typeof version === 'number')).toBe(true);
      const stored = await api.db.ownerQuery<{ version: number }>(
        `select version from tenant_policies where tenant_id = $1 and kind = 'cancellation' order by version`,
        [tenant.id],
      );
      const written = versions.filter((version) => typeof version === 'number').length;
      expect(stored.map((row) => row.version)).toEqual(Array.from({ length: written + 1 }, (_, index) => index + 1));
      expect(written).toBeGreaterThanOrEqual(1);
    });

    it('is for operator admins: agents read, customers are refused', async () => {
      const { tenant, input } = await createProvisionedTenant();
      const agent = await createTestUser(api, tenant, { roles: ['operator_agent'] });
      const customer = await createTestUser(api, tenant, { roles: ['customer'] });
      const read = await api.graphql({ host: input.slug, query: POLICY, variables: { kind: 'VETTING' }, token: agent.accessToken });
      expect(read.errors).toBeUndefined();
      const write = await api.graphql({
        host: input.slug,
        query: `mutation { updateBranding(input: { primaryColor: "#000000" }) { version } }`,
        token: agent.accessToken,
      });
      expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const customerRead = await api.graphql({ host: input.slug, query: POLICY, variables: { kind: 'VETTING' }, token: customer.accessToken });
      expect(customerRead.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });
});
