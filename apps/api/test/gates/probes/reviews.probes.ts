// Probes of the reviews domain (/graphql): customers and helpers write and read their reviews,
// anyone reads an approved helper's published reviews, operators list, hide and unhide.
import { encodeCursor } from '@quartier/platform';
import { callEndpoint } from '../support/world.js';
import type { Caller, FactsGatherer, Probe } from './probe.js';

const SITE_VISITORS: Caller[] = ['anonymous', 'customer', 'helper', 'operator_agent', 'operator_admin'];
const CUSTOMER_OR_HELPER: Caller[] = ['customer', 'helper'];
const OPERATORS: Caller[] = ['operator_agent', 'operator_admin'];

const REVIEW_FIELDS = 'id appointmentId authorId authorRole authorName subjectId stars text createdAt publishedAt windowClosesAt hidden writtenByMe';
const MODERATED_FIELDS = `id appointmentId authorId authorRole authorName subjectId stars text createdAt publishedAt windowClosesAt hidden
  reviewsPolicyVersion hiddenAt hiddenBy hiddenReason moderation { action reason actorId createdAt }`;

export const reviewsProbes: Probe[] = [
  {
    endpoint: 'tenant',
    field: 'Mutation.writeReview',
    document: `mutation($appointmentId: ID!) { writeReview(appointmentId: $appointmentId, stars: 5, text: "gate probe") { ${REVIEW_FIELDS} } }`,
    variables: (target) => ({ appointmentId: target.secrets.reviewAppointmentId }),
    foreignIds: true,
    allow: CUSTOMER_OR_HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Query.myReviews',
    document: `query($after: String) { myReviews(first: 10, after: $after) { edges { cursor node { ${REVIEW_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
    variables: (target) => ({ after: target.cursors.myReviews }),
    foreignIds: true,
    allow: CUSTOMER_OR_HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Query.helperReviews',
    document: `query($helperId: ID!, $after: String) {
      helperReviews(helperId: $helperId, first: 10, after: $after) { edges { cursor node { id stars text authorName publishedAt } } pageInfo { hasNextPage endCursor } }
    }`,
    variables: (target) => ({ helperId: target.secrets.reviewedHelperId, after: target.cursors.helperReviews }),
    foreignIds: true,
    allow: SITE_VISITORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.reviews',
    document: `query($after: String) { reviews(first: 10, after: $after) { edges { cursor node { ${MODERATED_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
    variables: (target) => ({ after: target.cursors.reviews }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.hideReview',
    document: `mutation($id: ID!) { hideReview(reviewId: $id, reason: "gate probe") { ${MODERATED_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.publishedReviewId }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.unhideReview',
    document: `mutation($id: ID!) { unhideReview(reviewId: $id, reason: "gate probe") { ${MODERATED_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.hiddenReviewId }),
    foreignIds: true,
    allow: OPERATORS,
  },
];

/**
 * The reviews are the table fixtures' rows (tenant-rows.ts): one published review of the approved
 * helper and one hidden review. Public and operator cursors come from the product; the cursor of
 * myReviews is the one it hands out for the published review (creation time to the microsecond, then id).
 */
export const gatherReviewsFacts: FactsGatherer = async ({ api, tenant, actors }) => {
  const rows = await api.db.ownerQuery<{ id: string; appointment_id: string; subject_id: string; hidden: boolean; created_key: string }>(
    `select id, appointment_id, subject_id, hidden_at is not null as hidden,
            to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_key
       from reviews where tenant_id = $1 and published_at is not null order by id`,
    [tenant.id],
  );
  const published = rows.find((row) => !row.hidden);
  const hidden = rows.find((row) => row.hidden);
  if (!published || !hidden) throw new Error(`No published and hidden review of the gate target: ${JSON.stringify(rows)}`);
  const publicPage = await callEndpoint(api, {
    endpoint: 'tenant',
    host: tenant.slug,
    query: 'query($id: ID!) { helperReviews(helperId: $id, first: 1) { pageInfo { endCursor } } }',
    variables: { id: published.subject_id },
  });
  const sitePage = await callEndpoint(api, {
    endpoint: 'tenant',
    host: tenant.slug,
    token: await actors.operator_admin.token(),
    query: '{ reviews(first: 1) { pageInfo { endCursor } } }',
  });
  const cursorOf = (data: unknown) => (data as { pageInfo: { endCursor: string | null } } | undefined)?.pageInfo.endCursor;
  const helperCursor = cursorOf(publicPage.data?.helperReviews);
  const siteCursor = cursorOf(sitePage.data?.reviews);
  if (!helperCursor || !siteCursor) {
    throw new Error(`No review cursors of the gate target: ${JSON.stringify([publicPage.errors ?? publicPage.data, sitePage.errors ?? sitePage.data])}`);
  }
  return {
    secrets: {
      reviewAppointmentId: published.appointment_id,
      reviewedHelperId: published.subject_id,
      publishedReviewId: published.id,
      hiddenReviewId: hidden.id,
    },
    cursors: { helperReviews: helperCursor, reviews: siteCursor, myReviews: encodeCursor({ t: published.created_key, id: published.id }) },
  };
};
