// The policies page's GraphQL operations; `npm run web:codegen` types them from apps/api/schema.gql.
import { graphql } from '../../graphql/generated/gql';

export const PolicyVersionFields = graphql(`
  fragment PolicyVersionFields on TenantPolicy {
    kind
    version
    document
    createdAt
    createdBy
  }
`);

export const PoliciesQuery = graphql(`
  query ConsolePolicies {
    pricing: tenantPolicy(kind: PRICING) {
      ...PolicyVersionFields
    }
    vetting: tenantPolicy(kind: VETTING) {
      ...PolicyVersionFields
    }
    sla: tenantPolicy(kind: SLA) {
      ...PolicyVersionFields
    }
    cancellation: tenantPolicy(kind: CANCELLATION) {
      ...PolicyVersionFields
    }
    payouts: tenantPolicy(kind: PAYOUTS) {
      ...PolicyVersionFields
    }
    rewards: tenantPolicy(kind: REWARDS) {
      ...PolicyVersionFields
    }
    reviews: tenantPolicy(kind: REVIEWS) {
      ...PolicyVersionFields
    }
    branding: tenantPolicy(kind: BRANDING) {
      ...PolicyVersionFields
    }
  }
`);

export const PolicyHistoryQuery = graphql(`
  query ConsolePolicyHistory($kind: PolicyKind!, $after: String) {
    tenantPolicyHistory(kind: $kind, first: 20, after: $after) {
      totalCount
      edges {
        node {
          ...PolicyVersionFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const UpdatePolicyMutation = graphql(`
  mutation ConsoleUpdatePolicy($kind: PolicyKind!, $document: PolicyDocument!) {
    updatePolicy(kind: $kind, document: $document) {
      ...PolicyVersionFields
    }
  }
`);
