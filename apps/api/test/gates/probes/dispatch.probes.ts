// Probes of dispatch (/graphql): helpers read, take and turn down the requests offered to them;
// operators read where a request stands in dispatch, assign a helper and set helpers' tiers.
import { encodeCursor } from '@quartier/platform';
import type { Caller, FactsGatherer, Probe } from './probe.js';

const HELPER: Caller[] = ['helper'];
const OPERATORS: Caller[] = ['operator_agent', 'operator_admin'];
const OPERATOR_ADMIN: Caller[] = ['operator_admin'];
const HELPER_OR_OPERATORS: Caller[] = ['helper', ...OPERATORS];

const DISPATCH_OFFER_FIELDS = 'requestId serviceId serviceName description countryCode postalCode windows { from to } wave firstLook distanceKm mode round status offeredAt expiresAt answeredAt';
const APPOINTMENT_FIELDS = 'id requestId helperId customerId status mode startsAt endsAt price { currency subtotalMinor customerTotalMinor }';

export const dispatchProbes: Probe[] = [
  {
    endpoint: 'tenant',
    field: 'Query.myDispatchOffers',
    document: `query($after: String) { myDispatchOffers(first: 10, after: $after) { edges { cursor node { ${DISPATCH_OFFER_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
    variables: (target) => ({ after: target.cursors.myDispatchOffers }),
    foreignIds: true,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.acceptDispatchOffer',
    document: `mutation($id: ID!) { acceptDispatchOffer(requestId: $id) { ${APPOINTMENT_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.dispatchRequestId }),
    foreignIds: true,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.declineDispatchOffer',
    document: `mutation($id: ID!) { declineDispatchOffer(requestId: $id, reason: "gate probe") { ${DISPATCH_OFFER_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.dispatchRequestId }),
    foreignIds: true,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Query.requestDispatch',
    document: `query($id: ID!) {
      requestDispatch(requestId: $id) { requestId status round wavesSent tiersEntered nextLookAt
        offers { helperId displayName tier round mode wave tierKey rank score distanceKm firstLook status offeredAt answeredAt reason } }
    }`,
    variables: (target) => ({ id: target.secrets.dispatchRequestId }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.assignRequest',
    document: `mutation($id: ID!, $helperId: ID!) { assignRequest(requestId: $id, helperId: $helperId, reason: "gate probe") { ${APPOINTMENT_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.dispatchRequestId, helperId: target.secrets.dispatchHelperId }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.needVisit',
    document: `mutation($id: ID!) { needVisit(appointmentId: $id, note: "gate probe") { ${APPOINTMENT_FIELDS} completionNote } }`,
    variables: (target) => ({ id: target.secrets.appointmentId }),
    foreignIds: true,
    allow: HELPER_OR_OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.setHelperTier',
    document: `mutation($helperId: ID!) { setHelperTier(helperId: $helperId, tier: SPECIALIST) { helperId tier } }`,
    variables: (target) => ({ helperId: target.secrets.dispatchHelperId }),
    foreignIds: true,
    allow: OPERATOR_ADMIN,
  },
];

/** The table fixture's dispatch offer (tenant-rows.ts) and the cursor myDispatchOffers hands out for it. */
export const gatherDispatchFacts: FactsGatherer = async ({ api, tenant }) => {
  const [offer] = await api.db.ownerQuery<{ request_id: string; helper_id: string; key: string }>(
    `select request_id, helper_id, to_char(offered_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as key
       from dispatch_offers where tenant_id = $1 order by offered_at limit 1`,
    [tenant.id],
  );
  if (!offer) throw new Error('No dispatch offer of the gate target');
  return {
    secrets: { dispatchRequestId: offer.request_id, dispatchHelperId: offer.helper_id },
    cursors: { myDispatchOffers: encodeCursor({ t: offer.key, id: offer.request_id }) },
  };
};
