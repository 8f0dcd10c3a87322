// Probes of the tenancy domain: the site's tenant and its policies (/graphql), tenant onboarding
// and lifecycle (/platform/graphql).
import { callEndpoint } from '../support/world.js';
import type { Caller, FactsGatherer, Probe } from './probe.js';

const SITE_VISITORS: Caller[] = ['anonymous', 'customer', 'helper', 'operator_agent', 'operator_admin'];
const OPERATORS: Caller[] = ['operator_agent', 'operator_admin'];
const OPERATOR_ADMIN: Caller[] = ['operator_admin'];
const PLATFORM_ADMIN: Caller[] = ['platform_admin'];

const TENANT_FIELDS = 'id slug name status domains suspendedReason usage { customers operatorAdmins openInvitations }';

export const tenancyProbes: Probe[] = [
  {
    endpoint: 'tenant',
    field: 'Query.currentTenant',
    document: '{ currentTenant { id slug name locales branding { displayName logoUrl badgeName } payments { provider stripePublishableKey } } }',
    foreignIds: false,
    allow: SITE_VISITORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.tenantPolicy',
    document: 'query($kind: PolicyKind!) { tenantPolicy(kind: $kind) { kind version document createdBy } }',
    variables: () => ({ kind: 'BRANDING' }),
    foreignIds: false,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.tenantPolicyHistory',
    document: `query($kind: PolicyKind!, $after: String) {
      tenantPolicyHistory(kind: $kind, first: 5, after: $after) { totalCount edges { cursor node { version document createdBy } } }
    }`,
    variables: (target) => ({ kind: 'BRANDING', after: target.cursors.tenantPolicyHistory }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.updateBranding',
    document: 'mutation($input: BrandingInput!) { updateBranding(input: $input) { kind version document } }',
    variables: () => ({ input: { displayName: 'Gate Branding', primaryColor: '#224466' } }),
    foreignIds: false,
    allow: OPERATOR_ADMIN,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.updatePolicy',
    document: 'mutation($kind: PolicyKind!, $document: PolicyDocument!) { updatePolicy(kind: $kind, document: $document) { kind version document } }',
    variables: () => ({ kind: 'BRANDING', document: { displayName: 'Gate Policy' } }),
    foreignIds: false,
    allow: OPERATOR_ADMIN,
  },
  {
    endpoint: 'platform',
    field: 'Query.tenants',
    document: `query($search: String, $after: String) {
      tenants(first: 10, search: $search, after: $after) { totalCount edges { cursor node { ${TENANT_FIELDS} } } }
    }`,
    variables: (target) => ({ search: target.slug, after: target.cursors.tenants }),
    foreignIds: true,
    allow: PLATFORM_ADMIN,
  },
  {
    endpoint: 'platform',
    field: 'Query.tenant',
    document: `query($id: ID!) { tenant(id: $id) { ${TENANT_FIELDS} } }`,
    variables: (target) => ({ id: target.tenantId }),
    foreignIds: true,
    allow: PLATFORM_ADMIN,
  },
  {
    endpoint: 'platform',
    field: 'Mutation.createTenant',
    document: `mutation($input: CreateTenantInput!) {
      createTenant(input: $input) { tenant { ${TENANT_FIELDS} } operatorInvitation { id email } }
    }`,
    variables: (target) => ({
      input: {
        slug: target.slug,
        name: target.name,
        domains: [target.domain],
        locales: ['de', 'en'],
        defaultLocale: 'de',
        currency: 'CHF',
        timezone: 'Europe/Zurich',
        operatorAdminEmail: target.users.operator_admin.email,
        operatorAdminName: 'Probe Operator',
      },
    }),
    foreignIds: true,
    allow: PLATFORM_ADMIN,
  },
  {
    endpoint: 'platform',
    field: 'Mutation.suspendTenant',
    document: `mutation($id: ID!) { suspendTenant(id: $id, reason: "gate probe") { ${TENANT_FIELDS} } }`,
    variables: (target) => ({ id: target.tenantId }),
    foreignIds: true,
    allow: PLATFORM_ADMIN,
  },
  {
    endpoint: 'platform',
    field: 'Mutation.reactivateTenant',
    document: `mutation($id: ID!) { reactivateTenant(id: $id) { ${TENANT_FIELDS} } }`,
    variables: (target) => ({ id: target.tenantId }),
    foreignIds: true,
    allow: PLATFORM_ADMIN,
  },
  {
    endpoint: 'platform',
    field: 'Mutation.updateTenantDomains',
    document: `mutation($id: ID!, $domains: [String!]!) { updateTenantDomains(id: $id, domains: $domains) { ${TENANT_FIELDS} } }`,
    variables: (target) => ({ id: target.tenantId, domains: [`www.${target.domain}`] }),
    foreignIds: true,
    allow: PLATFORM_ADMIN,
  },
];

function endCursor(response: Awaited<ReturnType<typeof callEndpoint>>, field: string): string {
  const cursor = (response.data?.[field] as { pageInfo?: { endCursor?: string | null } } | undefined)?.pageInfo?.endCursor;
  if (!cursor) throw new Error(`No ${field} cursor for the gate target: ${JSON.stringify(response.errors ?? response.data)}`);
  return cursor;
}

export const gatherTenancyFacts: FactsGatherer = async ({ api, tenant, actors, platformAdmin }) => {
  const history = await callEndpoint(api, {
    endpoint: 'tenant',
    host: tenant.slug,
    token: await actors.operator_admin.token(),
    query: '{ tenantPolicyHistory(kind: BRANDING, first: 1) { pageInfo { endCursor } } }',
  });
  const tenants = await callEndpoint(api, {
    endpoint: 'platform',
    host: tenant.slug,
    token: await platformAdmin.token(),
    query: 'query($search: String) { tenants(first: 1, search: $search) { pageInfo { endCursor } } }',
    variables: { search: tenant.slug },
  });
  return {
    secrets: {},
    cursors: {
      tenantPolicyHistory: endCursor(history, 'tenantPolicyHistory'),
      tenants: endCursor(tenants, 'tenants'),
    },
  };
};
