// The helpers directory's GraphQL operations; `npm run web:codegen` types them from apps/api/schema.gql.
import { graphql } from '../../graphql/generated/gql';

export const SiteHelpersQuery = graphql(`
  query ConsoleSiteHelpers($status: HelperStatus, $search: String, $after: String) {
    siteHelpers(status: $status, search: $search, first: 20, after: $after) {
      edges {
        node {
          id
          displayName
          status
          statusChangedAt
          suspensionReason
          homePostalCode
          tier
          rating
          reviewCount
          skills
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SuspendHelperMutation = graphql(`
  mutation ConsoleSuspendHelper($helperId: ID!, $reason: String!) {
    suspendHelper(helperId: $helperId, reason: $reason) {
      helperId
      status
      statusChangedAt
      suspensionReason
    }
  }
`);

export const ReinstateHelperMutation = graphql(`
  mutation ConsoleReinstateHelper($helperId: ID!) {
    reinstateHelper(helperId: $helperId) {
      helperId
      status
      statusChangedAt
      suspensionReason
    }
  }
`);
