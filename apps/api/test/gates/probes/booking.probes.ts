// Probes of the booking domain (/graphql): customers post, read, cancel, confirm and dispute their
// requests; operators list, filter and cancel any request of their site and resolve disputes;
// helpers see open requests near them, offer and withdraw; customers decline or choose offers or
// book slots; helpers say they are on their way, start and complete appointments, operators
// complete and reassign them.
import { encodeCursor } from '@quartier/platform';
import { callEndpoint } from '../support/world.js';
import type { Caller, FactsGatherer, Probe } from './probe.js';

const CUSTOMER: Caller[] = ['customer'];
const OPERATORS: Caller[] = ['operator_agent', 'operator_admin'];
const OWNER_OR_OPERATORS: Caller[] = ['customer', ...OPERATORS];
const HELPER: Caller[] = ['helper'];
const CUSTOMER_OR_HELPER: Caller[] = ['customer', 'helper'];
const HELPER_OR_OPERATORS: Caller[] = ['helper', ...OPERATORS];
const PARTICIPANTS_OR_OPERATORS: Caller[] = ['customer', 'helper', ...OPERATORS];
const SITE_VISITORS: Caller[] = ['anonymous', 'customer', 'helper', ...OPERATORS];

const REQUEST_FIELDS = `id customerId serviceId description countryCode postalCode windows { from to } budget { amountMinor currency } remoteFirst status
  cancellationPolicyVersion slaPolicyVersion expiresAt createdAt updatedAt
  timeline { sequence fromStatus toStatus event actorKind actorId reason cancellationFee { applies rule policyVersion currency fixedMinor basisPoints } createdAt }`;
const OFFER_FIELDS = 'id requestId helperId kind priceMinor customerTotalMinor currency status declineReason createdAt';
const APPOINTMENT_FIELDS = `id requestId helperId customerId serviceId offerId startsAt endsAt status mode onTheWayAt startedAt completedAt completionNote createdAt
  price { currency subtotalMinor customerFeeMinor customerTotalMinor commissionMinor helperPayoutMinor }`;
const OPEN_REQUEST_FIELDS = `id serviceId description countryCode postalCode windows { from to } budget { amountMinor currency } remoteFirst status expiresAt createdAt
  distanceKm myOfferId`;
const inTwoDays = () => new Date(Date.now() + 48 * 3_600_000).toISOString();

/** Two windows a few days ahead, inside the 14 days a request may look ahead. */
function probeWindows(): { from: string; to: string }[] {
  const at = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
  return [
    { from: at(48), to: at(50) },
    { from: at(72), to: at(75) },
  ];
}

export const bookingProbes: Probe[] = [
  {
    endpoint: 'tenant',
    field: 'Query.bookingQuote',
    document: 'query($helperId: ID!, $serviceId: ID!) { bookingQuote(helperId: $helperId, serviceId: $serviceId) { currency subtotalMinor customerFeeMinor customerTotalMinor durationMinutes } }',
    variables: (target) => ({ helperId: target.secrets.approvedHelperId, serviceId: target.secrets.serviceId }),
    foreignIds: true,
    allow: SITE_VISITORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.postRequest',
    document: `mutation($input: PostRequestInput!) { postRequest(input: $input) { ${REQUEST_FIELDS} } }`,
    variables: (target) => ({
      input: { serviceId: target.secrets.serviceId, description: 'Gate probe', postalCode: target.secrets.postalCode, windows: probeWindows() },
    }),
    foreignIds: true,
    allow: CUSTOMER,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.cancelRequest',
    document: `mutation($id: ID!) { cancelRequest(requestId: $id, reason: "gate probe") { ${REQUEST_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.requestId }),
    foreignIds: true,
    allow: OWNER_OR_OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.request',
    document: `query($id: ID!) { request(id: $id) { ${REQUEST_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.requestId }),
    foreignIds: true,
    allow: PARTICIPANTS_OR_OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.myRequests',
    document: `query($after: String) { myRequests(first: 10, after: $after) { edges { cursor node { ${REQUEST_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
    variables: (target) => ({ after: target.cursors.myRequests }),
    foreignIds: true,
    allow: CUSTOMER,
  },
  {
    endpoint: 'tenant',
    field: 'Query.requests',
    document: `query($serviceId: ID, $helperId: ID, $postalCode: String, $from: DateTime, $to: DateTime, $after: String) {
      requests(status: OPEN, serviceId: $serviceId, helperId: $helperId, postalCode: $postalCode, createdFrom: $from, createdTo: $to, first: 10, after: $after) {
        edges { cursor node { ${REQUEST_FIELDS} } } pageInfo { hasNextPage endCursor }
      }
    }`,
    variables: (target) => ({
      serviceId: target.secrets.serviceId,
      helperId: target.secrets.appointmentHelperId,
      postalCode: target.secrets.postalCode,
      from: '2020-01-01T00:00:00.000Z',
      to: inTwoDays(),
      after: target.cursors.requests,
    }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.makeOffer',
    document: `mutation($id: ID!) { makeOffer(requestId: $id, priceMinor: 5000) { ${OFFER_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.requestId }),
    foreignIds: true,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Query.offers',
    document: `query($id: ID!) { offers(requestId: $id, first: 10) { edges { cursor node { ${OFFER_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
    variables: (target) => ({ id: target.secrets.offerRequestId }),
    foreignIds: true,
    allow: OWNER_OR_OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.myOffers',
    document: `query($after: String) { myOffers(status: PENDING, first: 10, after: $after) { edges { cursor node { ${OFFER_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
    variables: (target) => ({ after: target.cursors.myOffers }),
    foreignIds: true,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Query.openRequestsForMe',
    document: `query($after: String) { openRequestsForMe(first: 10, after: $after) { edges { cursor node { ${OPEN_REQUEST_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
    variables: (target) => ({ after: target.cursors.openRequestsForMe }),
    foreignIds: true,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.withdrawOffer',
    document: `mutation($id: ID!) { withdrawOffer(offerId: $id) { ${OFFER_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.offerId }),
    foreignIds: true,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.declineOffer',
    document: `mutation($id: ID!) { declineOffer(offerId: $id, reason: "gate probe") { ${OFFER_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.offerId }),
    foreignIds: true,
    allow: CUSTOMER,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.chooseOffer',
    document: `mutation($id: ID!, $startsAt: DateTime!) { chooseOffer(offerId: $id, startsAt: $startsAt) { ${APPOINTMENT_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.offerId, startsAt: inTwoDays() }),
    foreignIds: true,
    allow: CUSTOMER,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.bookSlot',
    document: `mutation($input: BookSlotInput!) { bookSlot(input: $input) { ${APPOINTMENT_FIELDS} } }`,
    variables: (target) => ({
      input: { helperId: target.secrets.appointmentHelperId, serviceId: target.secrets.serviceId, postalCode: target.secrets.postalCode, startsAt: inTwoDays() },
    }),
    foreignIds: true,
    allow: CUSTOMER,
  },
  {
    endpoint: 'tenant',
    field: 'Query.myAppointments',
    document: `query($after: String) { myAppointments(first: 10, after: $after) { edges { cursor node { ${APPOINTMENT_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
    variables: (target) => ({ after: target.cursors.myAppointments }),
    foreignIds: true,
    allow: CUSTOMER_OR_HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Query.appointment',
    document: `query($id: ID!) { appointment(id: $id) { ${APPOINTMENT_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.appointmentId }),
    foreignIds: true,
    allow: PARTICIPANTS_OR_OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.markOnMyWay',
    document: `mutation($id: ID!) { markOnMyWay(appointmentId: $id) { ${APPOINTMENT_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.appointmentId }),
    foreignIds: true,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.startAppointment',
    document: `mutation($id: ID!) { startAppointment(appointmentId: $id) { ${APPOINTMENT_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.appointmentId }),
    foreignIds: true,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.completeAppointment',
    document: `mutation($id: ID!) { completeAppointment(appointmentId: $id, note: "gate probe") { ${APPOINTMENT_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.appointmentId }),
    foreignIds: true,
    allow: HELPER_OR_OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.reassignAppointment',
    document: `mutation($id: ID!, $helperId: ID!) { reassignAppointment(appointmentId: $id, helperId: $helperId, reason: "gate probe") { ${APPOINTMENT_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.appointmentId, helperId: target.secrets.appointmentHelperId }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.confirmCompletion',
    document: `mutation($id: ID!) { confirmCompletion(requestId: $id) { ${REQUEST_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.appointmentRequestId }),
    foreignIds: true,
    allow: CUSTOMER,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.disputeRequest',
    document: `mutation($id: ID!) { disputeRequest(requestId: $id, reason: "gate probe") { ${REQUEST_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.appointmentRequestId }),
    foreignIds: true,
    allow: CUSTOMER_OR_HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.resolveDispute',
    document: `mutation($id: ID!) { resolveDispute(requestId: $id, reason: "gate probe") { ${REQUEST_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.appointmentRequestId }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.refundRequest',
    document: `mutation($id: ID!) { refundRequest(requestId: $id, reason: "gate probe") { ${REQUEST_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.appointmentRequestId }),
    foreignIds: true,
    allow: OPERATORS,
  },
];

/** The tenant's gate customer posts a request through the product, for one of the site's active services and postal codes. */
export const gatherBookingFacts: FactsGatherer = async ({ api, tenant, actors }) => {
  const [service] = await api.db.ownerQuery<{ id: string }>(`select id from services where tenant_id = $1 and archived_at is null order by id limit 1`, [tenant.id]);
  const [place] = await api.db.ownerQuery<{ postal_code: string }>(`select postal_code from postal_codes where tenant_id = $1 order by postal_code limit 1`, [tenant.id]);
  const posted = await callEndpoint(api, {
    endpoint: 'tenant',
    host: tenant.slug,
    token: await actors.customer.token(),
    query: 'mutation($input: PostRequestInput!) { postRequest(input: $input) { id } }',
    variables: { input: { serviceId: service?.id, description: 'Gate request', postalCode: place?.postal_code, windows: probeWindows() } },
  });
  const requestId = (posted.data?.postRequest as { id: string } | undefined)?.id;
  const mine = await callEndpoint(api, {
    endpoint: 'tenant',
    host: tenant.slug,
    token: await actors.customer.token(),
    query: '{ myRequests(first: 1) { pageInfo { endCursor } } }',
  });
  const all = await callEndpoint(api, {
    endpoint: 'tenant',
    host: tenant.slug,
    token: await actors.operator_admin.token(),
    query: '{ requests(first: 1) { pageInfo { endCursor } } }',
  });
  const cursorOf = (data: unknown) => (data as { pageInfo: { endCursor: string | null } } | undefined)?.pageInfo.endCursor;
  const myCursor = cursorOf(mine.data?.myRequests);
  const allCursor = cursorOf(all.data?.requests);
  if (!requestId || !myCursor || !allCursor) {
    throw new Error(`No request of the gate target: ${JSON.stringify([posted.errors ?? posted.data, mine.errors ?? mine.data, all.errors ?? all.data])}`);
  }
  // The offer and appointment are the table fixtures' rows (tenant-rows.ts): making them through the
  // product would need a helper vetted, placed and available first. The cursor is the one
  // myAppointments hands out for that appointment (start time to the microsecond, then id).
  const [offer] = await api.db.ownerQuery<{ id: string; request_id: string }>(`select id, request_id from offers where tenant_id = $1 order by id limit 1`, [tenant.id]);
  const [appointment] = await api.db.ownerQuery<{ id: string; request_id: string; helper_id: string; starts_key: string }>(
    `select id, request_id, helper_id, to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as starts_key from appointments where tenant_id = $1 order by id limit 1`,
    [tenant.id],
  );
  // The cursors myOffers and openRequestsForMe hand out: creation time to the microsecond, then id.
  const [keys] = await api.db.ownerQuery<{ offer_key: string; request_key: string }>(
    `select to_char(o.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as offer_key,
            to_char(r.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as request_key
       from offers o join requests r on r.tenant_id = o.tenant_id and r.id = o.request_id
      where o.tenant_id = $1 and o.id = $2`,
    [tenant.id, offer?.id],
  );
  if (!offer || !appointment || !keys) throw new Error(`No offer or appointment of the gate target: ${JSON.stringify([offer, appointment])}`);
  return {
    secrets: {
      requestId,
      offerId: offer.id,
      offerRequestId: offer.request_id,
      appointmentId: appointment.id,
      appointmentRequestId: appointment.request_id,
      appointmentHelperId: appointment.helper_id,
    },
    cursors: {
      myRequests: myCursor,
      requests: allCursor,
      myAppointments: encodeCursor({ t: appointment.starts_key, id: appointment.id }),
      myOffers: encodeCursor({ t: keys.offer_key, id: offer.id }),
      openRequestsForMe: encodeCursor({ t: keys.request_key, id: offer.request_id }),
    },
  };
};
