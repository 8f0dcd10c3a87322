// Probes of incidents (/graphql): operators post requests for customers, list and read incidents,
// mark one a known outage and close it.
import { callEndpoint } from '../support/world.js';
import type { Caller, FactsGatherer, Probe } from './probe.js';

const OPERATORS: Caller[] = ['operator_agent', 'operator_admin'];

const REQUEST_FIELDS = `id customerId serviceId description countryCode postalCode status channel createdAt
  knownOutage { incidentId message since } timeline { sequence event actorKind actorId createdAt }`;
const INCIDENT_FIELDS = `id serviceId countryCode area status outcome title summary requestCount openedAt knownAt knownBy closedAt closedBy closeNote
  message { text de fr it en } requests { id description countryCode postalCode channel createdAt similarity addedAt }`;

function probeWindows(): { from: string; to: string }[] {
  const at = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
  return [{ from: at(48), to: at(50) }];
}

export const incidentsProbes: Probe[] = [
  {
    endpoint: 'tenant',
    field: 'Mutation.postRequestOnBehalf',
    document: `mutation($input: PostRequestOnBehalfInput!) { postRequestOnBehalf(input: $input) { ${REQUEST_FIELDS} } }`,
    variables: (target) => ({
      input: {
        customerId: target.users.customer.id,
        channel: 'AGENT',
        serviceId: target.secrets.serviceId,
        description: 'Gate probe',
        postalCode: target.secrets.postalCode,
        windows: probeWindows(),
      },
    }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.incidents',
    document: `query($after: String) { incidents(first: 10, after: $after) { edges { cursor node { ${INCIDENT_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
    variables: (target) => ({ after: target.cursors.incidents }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.incident',
    document: `query($id: ID!) { incident(id: $id) { ${INCIDENT_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.incidentId }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.markIncidentKnownOutage',
    document: `mutation($id: ID!) { markIncidentKnownOutage(id: $id, message: { text: "Gate probe outage" }) { ${INCIDENT_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.incidentId }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.closeIncident',
    document: `mutation($id: ID!) { closeIncident(id: $id, note: "gate probe") { ${INCIDENT_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.incidentId }),
    foreignIds: true,
    allow: OPERATORS,
  },
];

/** The incident is the table fixtures' row (an open one); the list cursor is the one the product hands out. */
export const gatherIncidentsFacts: FactsGatherer = async ({ api, tenant, actors }) => {
  const [incident] = await api.db.ownerQuery<{ id: string }>(`select id from incidents where tenant_id = $1 order by id limit 1`, [tenant.id]);
  const page = await callEndpoint(api, {
    endpoint: 'tenant',
    host: tenant.slug,
    token: await actors.operator_admin.token(),
    query: '{ incidents(first: 1) { pageInfo { endCursor } } }',
  });
  const cursor = (page.data?.incidents as { pageInfo: { endCursor: string | null } } | undefined)?.pageInfo.endCursor;
  if (!incident || !cursor) throw new Error(`No incident of the gate target: ${JSON.stringify([incident, page.errors ?? page.data])}`);
  return { secrets: { incidentId: incident.id }, cursors: { incidents: cursor } };
};
