// GraphQL hardening: oversized operations are refused before any resolver runs, lists cap `first`,
// batching and CSRF-able requests are refused, production hides the schema, and every error
// carries a stable code and no stack trace.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { insertTestTenant, type TestTenant } from '@quartier/testing';
import { startTestApi, type GraphqlResponse, type TestApi } from '../test-api.js';
import { createGatePlatformAdmin, createGateUser, type GateActor, type GatePlatformAdmin } from './support/actors.js';

/** Every error ever answered in this file; checked at the end for codes and stack traces. */
const answered: { label: string; body: unknown }[] = [];

function remember<T extends GraphqlResponse>(label: string, response: T): T {
  answered.push({ label, body: { errors: response.errors } });
  return response;
}

const codes = (response: GraphqlResponse): unknown[] => (response.errors ?? []).map((error) => error.extensions?.code);

describe('GraphQL hardening', () => {
  let api: TestApi;
  let admin: GatePlatformAdmin;
  let tenant: TestTenant;
  let operator: GateActor;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await createGatePlatformAdmin(api);
    tenant = await insertTestTenant(api.db, { name: 'Hardening Site' });
    operator = await createGateUser(api, tenant, { roles: ['operator_admin'] });
  }, 60_000);
  afterAll(async () => {
    await api?.close();
  });

  /** Platform reads write an audit row before they read: a row appears exactly when the resolver ran. */
  async function auditRows(): Promise<number> {
    const [row] = await api.db.ownerQuery<{ count: string }>(`select count(*) from platform_audit_log`);
    return Number(row.count);
  }

  async function asAdmin(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse> {
    return remember(query.slice(0, 60), await api.platformGraphql({ query, variables, token: await admin.token() }));
  }

  it('runs a resolver for an operation within limits (control: it writes an audit row)', async () => {
    const before = await auditRows();
    const response = await asAdmin('{ tenants(first: 5) { totalCount } }');
    expect(response.errors).toBeUndefined();
    expect(await auditRows()).toBe(before + 1);
  });

  const deepIntrospection = `__schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }`;
  const manyAliases = Array.from({ length: 31 }, (_, index) => `a${index}: __typename`).join(' ');
  const wideFields = 'id slug name status locales defaultLocale currency timezone domains createdAt suspendedAt';
  // Ten full pages in one operation: each is fine alone (see the control below), together too costly.
  const fanOut = Array.from({ length: 10 }, (_, index) => `p${index}: tenants(first: 100) { edges { cursor node { ${wideFields} } } }`).join(' ');

  it('accepts one full page of 100 rows with every scalar field (control for the cost limit)', async () => {
    const response = await asAdmin(`{ tenants(first: 100) { totalCount edges { cursor node { ${wideFields} } } } }`);
    expect(response.errors).toBeUndefined();
  });

  it.each([
    ['too deep', `{ tenants(first: 5) { totalCount } ${deepIntrospection} }`, /depth/i],
    ['too many aliases', `{ tenants(first: 5) { totalCount } ${manyAliases} }`, /aliases/i],
    ['too costly', `{ ${fanOut} }`, /cost/i],
  ])('refuses an operation %s with QUERY_TOO_COMPLEX before any resolver runs', async (_name, query, message) => {
    const before = await auditRows();
    const response = await asAdmin(query);
    expect(response.data).toBeNull();
    expect(codes(response)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(response.errors?.[0].message).toMatch(message);
    expect(await auditRows()).toBe(before);
  });

  it('refuses first > 100 on every kind of list, naming the field', async () => {
    const before = await auditRows();
    const platform = await asAdmin('{ tenants(first: 101) { totalCount } }');
    expect(platform.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'first']]);
    expect(await auditRows()).toBe(before);

    const site = remember(
      'operatorInvitations first 101',
      await api.graphql({ host: tenant.slug, token: await operator.token(), query: '{ operatorInvitations(first: 101) { totalCount } }' }),
    );
    expect(site.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'first']]);
    const within = await api.graphql({ host: tenant.slug, token: await operator.token(), query: '{ operatorInvitations(first: 100) { totalCount } }' });
    expect(within.errors).toBeUndefined();
  });

  it('refuses a batched HTTP request (a JSON array body) without running any of it', async () => {
    const before = await auditRows();
    const response = await api
      .http()
      .post('/platform/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${await admin.token()}`)
      .send([{ query: '{ tenants(first: 1) { totalCount } }' }, { query: '{ tenants(first: 2) { totalCount } }' }]);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).not.toContain('totalCount');
    expect(await auditRows()).toBe(before);
  });

  describe('CSRF prevention', () => {
    async function brandingVersions(): Promise<number> {
      const [row] = await api.db.ownerQuery<{ count: string }>(`select count(*) from tenant_policies where tenant_id = $1`, [tenant.id]);
      return Number(row.count);
    }

    it('refuses a simple GET without a preflight header, and serves it with one (control)', async () => {
      const query = encodeURIComponent('{ currentTenant { name } }');
      const refused = await api.http().get(`/graphql?query=${query}`).set('host', `${tenant.slug}.localhost`);
      expect(refused.status).toBe(400);
      expect(refused.text).toMatch(/CSRF|preflight/i);
      expect(refused.text).not.toContain('Hardening Site');

      const allowed = await api
        .http()
        .get(`/graphql?query=${query}`)
        .set('host', `${tenant.slug}.localhost`)
        .set('apollo-require-preflight', 'true');
      expect(allowed.status).toBe(200);
      expect(allowed.body.data).toEqual({ currentTenant: { name: 'Hardening Site' } });
    });

    it('refuses a text/plain POST (what a cross-site form can send) without running it', async () => {
      const before = await brandingVersions();
      const response = await api
        .http()
        .post('/graphql')
        .set('host', `${tenant.slug}.localhost`)
        .set('authorization', `Bearer ${await operator.token()}`)
        .set('content-type', 'text/plain')
        .send(JSON.stringify({ query: 'mutation { updateBranding(input: { displayName: "Forged" }) { version } }' }));
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(await brandingVersions()).toBe(before);
    });
  });

  it('suggests field names outside production (control for the production check)', async () => {
    const response = remember('typo', await api.graphql({ host: tenant.slug, query: '{ currentTenan { name } }' }));
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors?.[0].message).toMatch(/Did you mean/);
  });

  it('answers an unexpected failure as INTERNAL with a generic message', async () => {
    // The database refuses the read: an error no resolver expects.
    await api.db.ownerQuery(`revoke select on tenant_policies from quartier_app_access`);
    try {
      const response = remember('internal', await api.graphql({ host: tenant.slug, query: '{ currentTenant { name branding { displayName } } }' }));
      expect(response.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['INTERNAL', 'Internal error']]);
      expect(JSON.stringify(response)).not.toMatch(/permission denied|tenant_policies|stack/i);
    } finally {
      await api.db.ownerQuery(`grant select on tenant_policies to quartier_app_access`);
    }
  });

  it('gives every kind of error a code and never a stack trace', async () => {
    const host = tenant.slug;
    remember('parse', await api.graphql({ host, query: '{ currentTenant { name ' }));
    remember('unknown field', await api.graphql({ host, query: '{ nothingHere }' }));
    remember('bad variable', await api.graphql({ host, query: 'query($k: PolicyKind!) { tenantPolicy(kind: $k) { version } }', variables: { k: 42 } }));
    remember('no token', await api.graphql({ host, query: '{ viewer { id } }' }));
    remember('wrong role', await api.graphql({ host, query: '{ viewer { id } }', token: await admin.token() }));
    remember('garbage token', await api.graphql({ host, query: '{ currentTenant { name } }', token: 'not-a-jwt' }));
    remember('unknown host', await api.graphql({ host: 'nobody-here', query: '{ currentTenant { name } }' }));
    remember('platform anonymous', await api.platformGraphql({ query: '{ tenants { totalCount } }' }));
    remember('bad cursor', await asAdmin('{ tenants(after: "%%%") { totalCount } }'));

    const withErrors = answered.filter((entry) => (entry.body as { errors?: unknown[] }).errors?.length);
    expect(withErrors.length).toBeGreaterThanOrEqual(10);
    const problems: string[] = [];
    for (const { label, body } of withErrors) {
      for (const error of (body as { errors: { extensions?: { code?: unknown } }[] }).errors) {
        if (typeof error.extensions?.code !== 'string' || !error.extensions.code) problems.push(`${label}: no code in ${JSON.stringify(error)}`);
      }
      const text = JSON.stringify(body);
      if (/stacktrace|\n\s+at |\.ts:\d+/i.test(text)) problems.push(`${label}: stack trace in ${text}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('GraphQL hardening in production', () => {
  let api: TestApi;
  let tenant: TestTenant;

  beforeAll(async () => {
    api = await startTestApi({
      NODE_ENV: 'production',
      JWT_SECRET: 'production-like-jwt-secret-for-the-hardening-gate-0001',
      ENCRYPTION_KEY: 'production-like-encryption-key-for-the-hardening-gate',
    });
    tenant = await insertTestTenant(api.db, { name: 'Production Site' });
  }, 60_000);
  afterAll(async () => {
    await api?.close();
  });

  it('serves the site (control)', async () => {
    const response = await api.graphql({ host: tenant.slug, query: '{ currentTenant { name } }' });
    expect(response.data).toEqual({ currentTenant: { name: 'Production Site' } });
  });

  it('refuses introspection on both endpoints', async () => {
    const query = '{ __schema { queryType { fields { name } } } }';
    for (const response of [await api.graphql({ host: tenant.slug, query }), await api.platformGraphql({ query })]) {
      expect(response.data ?? null).toBeNull();
      expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(JSON.stringify(response)).not.toContain('currentTenant');
    }
  });

  it('does not suggest field names', async () => {
    const response = await api.graphql({ host: tenant.slug, query: '{ currentTenan { name } }' });
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(JSON.stringify(response)).not.toMatch(/Did you mean|currentTenant/);
  });

  it('answers an unexpected failure as INTERNAL without details or stack trace', async () => {
    await api.db.ownerQuery(`revoke select on tenant_policies from quartier_app_access`);
    const response = await api.graphql({ host: tenant.slug, query: '{ currentTenant { name branding { displayName } } }' });
    expect(response.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['INTERNAL', 'Internal error']]);
    expect(JSON.stringify(response)).not.toMatch(/permission denied|tenant_policies|stacktrace|\.ts:\d+/i);
  });
});
