// Probes of the catalog domain (/graphql): categories and services as customers browse them and as
// operators run them.
import { callEndpoint } from '../support/world.js';
import type { Caller, FactsGatherer, Probe } from './probe.js';

const SITE_VISITORS: Caller[] = ['anonymous', 'customer', 'helper', 'operator_agent', 'operator_admin'];
const OPERATORS: Caller[] = ['operator_agent', 'operator_admin'];
const OPERATOR_ADMIN: Caller[] = ['operator_admin'];

const CATEGORY_FIELDS = 'id slug name names { de en } position active';
const SERVICE_FIELDS = `id categoryId slug name description names { de en } pricingMode estimatedDurationMinutes remoteHelp position active archivedAt
  price { mode currency fixedPriceMinor hourlyRateMinMinor hourlyRateMaxMinor customerFeeFixedMinor customerFeeBasisPoints }`;
const NAMES = { de: 'Gate Dienst', fr: 'Service gate', it: 'Servizio gate', en: 'Gate service' };

export const catalogProbes: Probe[] = [
  {
    endpoint: 'tenant',
    field: 'Query.categories',
    document: `query($after: String) { categories(first: 10, after: $after) { edges { cursor node { ${CATEGORY_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
    variables: (target) => ({ after: target.cursors.categories }),
    foreignIds: true,
    allow: SITE_VISITORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.services',
    document: `query($categoryId: ID, $after: String) {
      services(categoryId: $categoryId, first: 10, after: $after) { edges { cursor node { ${SERVICE_FIELDS} } } pageInfo { hasNextPage endCursor } }
    }`,
    variables: (target) => ({ categoryId: target.secrets.categoryId, after: target.cursors.services }),
    foreignIds: true,
    allow: SITE_VISITORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.catalogCategories',
    document: `query($after: String) { catalogCategories(first: 10, after: $after) { edges { cursor node { ${CATEGORY_FIELDS} } } pageInfo { endCursor } } }`,
    variables: (target) => ({ after: target.cursors.catalogCategories }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.catalogServices',
    document: `query($categoryId: ID, $after: String) {
      catalogServices(categoryId: $categoryId, first: 10, after: $after) { edges { cursor node { ${SERVICE_FIELDS} } } pageInfo { endCursor } }
    }`,
    variables: (target) => ({ categoryId: target.secrets.categoryId, after: target.cursors.catalogServices }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.createCategory',
    document: `mutation($input: CreateCategoryInput!) { createCategory(input: $input) { ${CATEGORY_FIELDS} } }`,
    variables: () => ({ input: { slug: 'gate-probe-category', names: NAMES } }),
    foreignIds: false,
    allow: OPERATOR_ADMIN,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.updateCategory',
    document: `mutation($id: ID!, $input: UpdateCategoryInput!) { updateCategory(id: $id, input: $input) { ${CATEGORY_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.categoryId, input: { names: NAMES, active: false } }),
    foreignIds: true,
    allow: OPERATOR_ADMIN,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.createService',
    document: `mutation($input: CreateServiceInput!) { createService(input: $input) { ${SERVICE_FIELDS} } }`,
    variables: (target) => ({
      input: { categoryId: target.secrets.categoryId, slug: 'gate-probe-service', names: NAMES, pricingMode: 'HOURLY', estimatedDurationMinutes: 60 },
    }),
    foreignIds: true,
    allow: OPERATOR_ADMIN,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.updateService',
    document: `mutation($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { ${SERVICE_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.serviceId, input: { names: NAMES, estimatedDurationMinutes: 90, remoteHelp: true } }),
    foreignIds: true,
    allow: OPERATOR_ADMIN,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.archiveService',
    document: `mutation($id: ID!) { archiveService(id: $id) { ${SERVICE_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.serviceId }),
    foreignIds: true,
    allow: OPERATOR_ADMIN,
  },
];

type Page = { edges: { node: { id: string } }[]; pageInfo: { endCursor: string | null } };

export const gatherCatalogFacts: FactsGatherer = async ({ api, tenant, actors }) => {
  const token = await actors.operator_admin.token();
  const lists = await callEndpoint(api, {
    endpoint: 'tenant',
    host: tenant.slug,
    token,
    query: `{
      categories(first: 1) { edges { node { id } } pageInfo { endCursor } }
      services(first: 1) { edges { node { id } } pageInfo { endCursor } }
      catalogCategories(first: 1) { edges { node { id } } pageInfo { endCursor } }
      catalogServices(first: 1) { edges { node { id } } pageInfo { endCursor } }
    }`,
  });
  const page = (field: string): Page => {
    const value = lists.data?.[field] as Page | undefined;
    if (!value?.pageInfo.endCursor || !value.edges[0]) throw new Error(`No ${field} for the gate target: ${JSON.stringify(lists.errors ?? lists.data)}`);
    return value;
  };
  return {
    secrets: { categoryId: page('catalogCategories').edges[0].node.id, serviceId: page('catalogServices').edges[0].node.id },
    cursors: Object.fromEntries(['categories', 'services', 'catalogCategories', 'catalogServices'].map((field) => [field, page(field).pageInfo.endCursor as string])),
  };
};
