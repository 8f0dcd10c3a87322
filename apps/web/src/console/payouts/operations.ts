// The payouts page's GraphQL operations; `npm run web:codegen` types them from apps/api/schema.gql.
import { graphql } from '../../graphql/generated/gql';

export const HelperPayoutsQuery = graphql(`
  query ConsoleHelperPayouts($after: String) {
    helperPayouts(first: 20, after: $after) {
      edges {
        node {
          id
          helperId
          providerPayoutId
          amountMinor
          currency
          status
          arrivalDate
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The names of the helpers a page of payouts is about. */
export const PayoutHelpersQuery = graphql(`
  query ConsolePayoutHelpers($ids: [ID!]!) {
    siteHelpers(ids: $ids, first: 100) {
      edges {
        node {
          id
          displayName
        }
      }
    }
  }
`);

export const ReconciliationReportsQuery = graphql(`
  query ConsoleReconciliationReports($after: String) {
    reconciliationReports(first: 20, after: $after) {
      edges {
        node {
          id
          periodFrom
          periodTo
          status
          checkedCount
          differenceCount
          requestedBy
          createdAt
          completedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ReconciliationReportQuery = graphql(`
  query ConsoleReconciliationReport($id: ID!) {
    reconciliationReport(id: $id) {
      id
      periodFrom
      periodTo
      status
      checkedCount
      differenceCount
      failureMessage
      createdAt
      completedAt
      differences {
        kind
        object
        stripeId
        paymentId
        stripeAmountMinor
        ledgerAmountMinor
        currency
      }
    }
  }
`);

export const ReconcilePaymentsMutation = graphql(`
  mutation ConsoleReconcilePayments($from: DateTime!, $to: DateTime!) {
    reconcilePayments(from: $from, to: $to) {
      id
      status
    }
  }
`);
