// Probes of the helpers domain (/graphql): a helper's own profile, skills and vetting, the
// operators' vetting queue, decisions and directory of helpers, and the public view and search of
// approved helpers.
import { callEndpoint } from '../support/world.js';
import type { Caller, FactsGatherer, Probe } from './probe.js';

const SITE_VISITORS: Caller[] = ['anonymous', 'customer', 'helper', 'operator_agent', 'operator_admin'];
const HELPER: Caller[] = ['helper'];
const CUSTOMER: Caller[] = ['customer'];
const OPERATORS: Caller[] = ['operator_agent', 'operator_admin'];

const SKILL_FIELDS = 'serviceId serviceSlug serviceName pricingMode priceMinor currency';
const AREA_FIELDS = 'countryCode postalCode placeNames radiusKm';
const PROFILE_FIELDS = `id displayName photoUrl bio languages offersRemoteHelp status serviceArea { ${AREA_FIELDS} } skills { ${SKILL_FIELDS} }`;
const PROGRESS_FIELDS = `helperId displayName status statusChangedAt vettingPolicyVersion suspensionReason
  steps { key name position evidenceKind required expiryDays status evidenceUrl evidenceText submittedAt reviewerId decisionNote decidedAt expiresAt }`;
const AVAILABILITY_FIELDS = 'timezone weekly { weekday start end } exceptions { date dayOff windows { start end } note } intervals { start end }';

/** A week starting two days ahead (UTC), so it is never in the past in any site time zone. */
function probeRange(): { from: string; to: string } {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  return { from: day(2), to: day(8) };
}

export const helpersProbes: Probe[] = [
  {
    endpoint: 'tenant',
    field: 'Mutation.becomeHelper',
    document: `mutation { becomeHelper(input: { displayName: "Gate applicant" }) { ${PROFILE_FIELDS} } }`,
    foreignIds: false,
    allow: CUSTOMER,
  },
  {
    endpoint: 'tenant',
    field: 'Query.myHelperProfile',
    document: `{ myHelperProfile { ${PROFILE_FIELDS} } }`,
    foreignIds: false,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.updateMyHelperProfile',
    document: `mutation($input: UpdateHelperProfileInput!) { updateMyHelperProfile(input: $input) { ${PROFILE_FIELDS} } }`,
    variables: (target) => ({ input: { bio: 'Gate probe', homePostalCode: { countryCode: 'CH', code: target.secrets.postalCode }, serviceRadiusKm: 10, offersRemoteHelp: true } }),
    foreignIds: true,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.setMySkills',
    document: `mutation($skills: [HelperSkillInput!]!) { setMySkills(skills: $skills) { ${PROFILE_FIELDS} } }`,
    variables: (target) => ({ skills: [{ serviceId: target.secrets.serviceId }] }),
    foreignIds: true,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Query.myVettingProgress',
    document: `{ myVettingProgress { ${PROGRESS_FIELDS} } }`,
    foreignIds: false,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.submitVettingStep',
    document: `mutation($stepKey: String!, $evidence: VettingEvidenceInput!) { submitVettingStep(stepKey: $stepKey, evidence: $evidence) { ${PROGRESS_FIELDS} } }`,
    variables: () => ({ stepKey: 'gate-unknown-step', evidence: { text: 'Gate probe' } }),
    foreignIds: false,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Query.vettingQueue',
    document: `query($after: String) { vettingQueue(first: 10, after: $after) { edges { cursor node { ${PROGRESS_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
    variables: (target) => ({ after: target.cursors.vettingQueue }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.siteHelpers',
    document: `query($after: String, $ids: [ID!]) {
      siteHelpers(first: 10, after: $after, search: "a", ids: $ids) {
        edges { cursor node { id displayName photoUrl status statusChangedAt suspensionReason homeCountryCode homePostalCode tier rating reviewCount skills } }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    variables: (target) => ({ after: target.cursors.siteHelpers, ids: [target.secrets.approvedHelperId, target.secrets.suspendedHelperId] }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.decideVettingStep',
    document: `mutation($helperId: ID!, $stepKey: String!) {
      decideVettingStep(helperId: $helperId, stepKey: $stepKey, decision: APPROVE, note: "gate") { ${PROGRESS_FIELDS} }
    }`,
    variables: (target) => ({ helperId: target.secrets.helperInReviewId, stepKey: 'identity' }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.suspendHelper',
    document: `mutation($helperId: ID!) { suspendHelper(helperId: $helperId, reason: "gate") { ${PROGRESS_FIELDS} } }`,
    variables: (target) => ({ helperId: target.secrets.approvedHelperId }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.reinstateHelper',
    document: `mutation($helperId: ID!) { reinstateHelper(helperId: $helperId) { ${PROGRESS_FIELDS} } }`,
    variables: (target) => ({ helperId: target.secrets.suspendedHelperId }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.helper',
    document: `query($id: ID!) { helper(id: $id) { id displayName photoUrl bio languages offersRemoteHelp badgeName serviceArea { ${AREA_FIELDS} } skills { ${SKILL_FIELDS} } } }`,
    variables: (target) => ({ id: target.secrets.approvedHelperId }),
    foreignIds: true,
    allow: SITE_VISITORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.setMyWeeklyAvailability',
    document: `mutation($slots: [WeeklySlotInput!]!) { setMyWeeklyAvailability(slots: $slots) { ${AVAILABILITY_FIELDS} } }`,
    variables: () => ({ slots: [{ weekday: 1, start: '09:00', end: '17:00' }] }),
    foreignIds: false,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.setMyAvailabilityException',
    document: `mutation($date: String!) { setMyAvailabilityException(date: $date, dayOff: true, note: "gate") { ${AVAILABILITY_FIELDS} } }`,
    variables: () => ({ date: probeRange().from }),
    foreignIds: false,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.removeMyAvailabilityException',
    document: `mutation($date: String!) { removeMyAvailabilityException(date: $date) { ${AVAILABILITY_FIELDS} } }`,
    variables: () => ({ date: probeRange().from }),
    foreignIds: false,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Query.myAvailability',
    document: `query($from: String!, $to: String!) { myAvailability(from: $from, to: $to) { ${AVAILABILITY_FIELDS} } }`,
    variables: () => probeRange(),
    foreignIds: false,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Query.helperAvailability',
    document: `query($id: ID!, $from: String!, $to: String!) { helperAvailability(helperId: $id, from: $from, to: $to) { helperId timezone intervals { start end } } }`,
    variables: (target) => ({ id: target.secrets.approvedHelperId, ...probeRange() }),
    foreignIds: true,
    allow: SITE_VISITORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.searchHelpers',
    document: `query($postalCode: String!, $serviceId: ID!, $window: SearchWindowInput) {
      searchHelpers(postalCode: $postalCode, serviceId: $serviceId, window: $window, first: 10) {
        edges { cursor node { helper { id displayName photoUrl badgeName } distanceKm pricingMode priceMinor currency rating reviewCount nextFreeSlot score } }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    variables: (target) => {
      const range = probeRange();
      return { postalCode: target.secrets.postalCode, serviceId: target.secrets.serviceId, window: { from: `${range.from}T08:00:00Z`, to: `${range.from}T18:00:00Z` } };
    },
    foreignIds: true,
    allow: SITE_VISITORS,
  },
];

/**
 * The tenant's gate helper applies through the product and hands in the identity step, so the
 * operators' queue holds them. The approved and suspended helpers are the table fixtures' rows
 * (tenant-rows.ts): customers can only reach an approved helper by id, and no list names them.
 */
export const gatherHelpersFacts: FactsGatherer = async ({ api, tenant, actors }) => {
  const submitted = await callEndpoint(api, {
    endpoint: 'tenant',
    host: tenant.slug,
    token: await actors.helper.token(),
    query: 'mutation { submitVettingStep(stepKey: "identity", evidence: { text: "Passport seen" }) { helperId status } }',
  });
  const helperInReviewId = (submitted.data?.submitVettingStep as { helperId: string } | undefined)?.helperId;
  const queue = await callEndpoint(api, {
    endpoint: 'tenant',
    host: tenant.slug,
    token: await actors.operator_admin.token(),
    query: '{ vettingQueue(first: 1) { edges { node { helperId } } pageInfo { endCursor } } }',
  });
  const cursor = (queue.data?.vettingQueue as { pageInfo: { endCursor: string | null } } | undefined)?.pageInfo.endCursor;
  const directory = await callEndpoint(api, {
    endpoint: 'tenant',
    host: tenant.slug,
    token: await actors.operator_admin.token(),
    query: '{ siteHelpers(first: 1) { pageInfo { endCursor } } }',
  });
  const directoryCursor = (directory.data?.siteHelpers as { pageInfo: { endCursor: string | null } } | undefined)?.pageInfo.endCursor;
  const fixtures = await api.db.ownerQuery<{ user_id: string; status: string }>(
    `select user_id, status from helper_profiles where tenant_id = $1 and status in ('approved', 'suspended')`,
    [tenant.id],
  );
  const approved = fixtures.find((row) => row.status === 'approved')?.user_id;
  const suspended = fixtures.find((row) => row.status === 'suspended')?.user_id;
  if (!helperInReviewId || !cursor || !directoryCursor || !approved || !suspended) {
    throw new Error(`No helpers of the gate target: ${JSON.stringify([submitted.errors ?? submitted.data, queue.errors ?? queue.data, directory.errors ?? directory.data, fixtures])}`);
  }
  return { secrets: { helperInReviewId, approvedHelperId: approved, suspendedHelperId: suspended }, cursors: { vettingQueue: cursor, siteHelpers: directoryCursor } };
};
