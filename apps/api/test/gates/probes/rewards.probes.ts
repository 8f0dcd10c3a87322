// Probes of the rewards domain (/graphql): helpers read their points, level, catalog and redemptions
// and redeem points; operators list redemptions, decide them and read any helper's rewards.
import { encodeCursor } from '@quartier/platform';
import type { Caller, FactsGatherer, Probe } from './probe.js';

const HELPER: Caller[] = ['helper'];
const OPERATORS: Caller[] = ['operator_agent', 'operator_admin'];

const LEVEL = 'key name rank minPoints minRating minReviews minReliability';
const REWARDS_FIELDS = `helperId balance lifetimePoints rating reviewCount reliability completedJobs level { ${LEVEL} }
  nextLevel { level { ${LEVEL} } pointsMissing reviewsMissing ratingRequired reliabilityRequired }
  entries { edges { cursor node { id points reason rewardsPolicyVersion redemptionId createdAt } } pageInfo { hasNextPage endCursor } }`;
const REDEMPTION_FIELDS = 'id helperId helperName itemKey itemName points rewardsPolicyVersion status requestedAt decidedAt decidedBy decisionReason';

export const rewardsProbes: Probe[] = [
  {
    endpoint: 'tenant',
    field: 'Query.myRewards',
    document: `query($after: String) { myRewards(first: 10, after: $after) { ${REWARDS_FIELDS} } }`,
    variables: (target) => ({ after: target.cursors.rewardEntries }),
    foreignIds: true,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Query.rewardCatalog',
    document: '{ rewardCatalog { key name points affordable } }',
    foreignIds: false,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.redeemReward',
    // Catalog keys are the site's own words, not identifiers of rows: every site may sell a coffee voucher.
    document: `mutation { redeemReward(itemKey: "coffee_voucher") { ${REDEMPTION_FIELDS} } }`,
    foreignIds: false,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Query.myRedemptions',
    document: `query($after: String) { myRedemptions(first: 10, after: $after) { edges { cursor node { ${REDEMPTION_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
    variables: (target) => ({ after: target.cursors.rewardRedemptions }),
    foreignIds: true,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Query.rewardRedemptions',
    document: `query($after: String) { rewardRedemptions(first: 10, after: $after) { edges { cursor node { ${REDEMPTION_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
    variables: (target) => ({ after: target.cursors.rewardRedemptions }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.approveRedemption',
    document: `mutation($id: ID!) { approveRedemption(id: $id) { ${REDEMPTION_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.rewardRedemptionId }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.rejectRedemption',
    document: `mutation($id: ID!) { rejectRedemption(id: $id, reason: "gate probe") { ${REDEMPTION_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.rewardRedemptionId }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.helperRewards',
    document: `query($helperId: ID!, $after: String) { helperRewards(helperId: $helperId, first: 10, after: $after) { ${REWARDS_FIELDS} } }`,
    variables: (target) => ({ helperId: target.secrets.rewardedHelperId, after: target.cursors.rewardEntries }),
    foreignIds: true,
    allow: OPERATORS,
  },
];

/** The tables' generic rows: a points entry of the approved helper and a redemption still requested, with the cursors lists hand out for them. */
export const gatherRewardsFacts: FactsGatherer = async ({ api, tenant }) => {
  const utcKey = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  const [entry] = await api.db.ownerQuery<{ id: string; helper_id: string; key: string }>(
    `select id, helper_id, ${utcKey('created_at')} as key from reward_points where tenant_id = $1 order by created_at, id limit 1`,
    [tenant.id],
  );
  const [redemption] = await api.db.ownerQuery<{ id: string; key: string }>(
    `select id, ${utcKey('requested_at')} as key from reward_redemptions where tenant_id = $1 and status = 'requested' order by requested_at, id limit 1`,
    [tenant.id],
  );
  if (!entry || !redemption) throw new Error('No reward entry or requested redemption of the gate target');
  return {
    secrets: { rewardRedemptionId: redemption.id, rewardedHelperId: entry.helper_id },
    cursors: { rewardEntries: encodeCursor({ t: entry.key, id: entry.id }), rewardRedemptions: encodeCursor({ t: redemption.key, id: redemption.id }) },
  };
};
