// Probes of the geo domain: the site's places and postal codes, the operators' import (/graphql)
// and the platform's import into a tenant (/platform/graphql).
import { callEndpoint } from '../support/world.js';
import type { Caller, FactsGatherer, Probe } from './probe.js';

const SITE_VISITORS: Caller[] = ['anonymous', 'customer', 'helper', 'operator_agent', 'operator_admin'];
const OPERATOR_ADMIN: Caller[] = ['operator_admin'];
const PLATFORM_ADMIN: Caller[] = ['platform_admin'];

const PLACE_FIELDS = 'id countryCode postalCode name admin1Name admin1Code admin3Code latitude longitude accuracy';
const IMPORT_FIELDS = 'countries places duplicates inserted updated unchanged removed postalCodes';
/** Two real lines of data/geonames/CH.txt. */
const GATE_TSV =
  'CH\t8001\tZürich\tKanton Zürich\tZH\tBezirk Zürich\t112\tZürich\t261\t47.3721\t8.5417\t4\n' +
  'CH\t1200\tGenève\tGenève\tGE\tGeneva\t2500\tGenève\t6621\t46.2022\t6.1457\t4\n';

export const geoProbes: Probe[] = [
  {
    endpoint: 'tenant',
    field: 'Query.places',
    document: `query($postalCode: String, $after: String) {
      places(postalCode: $postalCode, first: 10, after: $after) { totalCount edges { cursor node { ${PLACE_FIELDS} } } }
    }`,
    variables: (target) => ({ postalCode: target.secrets.postalCode, after: target.cursors.places }),
    foreignIds: true,
    allow: SITE_VISITORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.postalCode',
    document: 'query($code: String!) { postalCode(code: $code) { countryCode code latitude longitude placeNames admin1Code } }',
    variables: (target) => ({ code: target.secrets.postalCode }),
    foreignIds: true,
    allow: SITE_VISITORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.importPlaces',
    document: `mutation($tsv: String!) { importPlaces(tsv: $tsv) { ${IMPORT_FIELDS} } }`,
    variables: () => ({ tsv: GATE_TSV }),
    foreignIds: false,
    allow: OPERATOR_ADMIN,
  },
  {
    endpoint: 'platform',
    field: 'Mutation.importTenantPlaces',
    document: `mutation($tenantId: ID!, $tsv: String!) { importTenantPlaces(tenantId: $tenantId, tsv: $tsv) { ${IMPORT_FIELDS} } }`,
    variables: (target) => ({ tenantId: target.tenantId, tsv: GATE_TSV }),
    foreignIds: true,
    allow: PLATFORM_ADMIN,
  },
];

/** The tenant's own postal code and a cursor into its places, read through its public API. */
export const gatherGeoFacts: FactsGatherer = async ({ api, tenant }) => {
  const response = await callEndpoint(api, {
    endpoint: 'tenant',
    host: tenant.slug,
    query: '{ places(first: 1) { edges { node { postalCode } } pageInfo { endCursor } } }',
  });
  const places = response.data?.places as { edges: { node: { postalCode: string } }[]; pageInfo: { endCursor: string | null } } | undefined;
  const postalCode = places?.edges[0]?.node.postalCode;
  const cursor = places?.pageInfo.endCursor;
  if (!postalCode || !cursor) throw new Error(`No places of the gate target: ${JSON.stringify(response.errors ?? response.data)}`);
  return { secrets: { postalCode }, cursors: { places: cursor } };
};
