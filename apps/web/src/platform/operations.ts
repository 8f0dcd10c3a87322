// The platform console's GraphQL operations; `npm run web:codegen` types them from apps/api/platform-schema.gql.
import { graphql } from './generated/gql';

export const PlatformLogInMutation = graphql(`
  mutation PlatformLogIn($email: String!, $password: String!) {
    platformLogIn(email: $email, password: $password) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

export const PlatformRefreshSessionMutation = graphql(`
  mutation PlatformRefreshSession($refreshToken: String!) {
    platformRefreshSession(refreshToken: $refreshToken) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

export const PlatformLogOutMutation = graphql(`
  mutation PlatformLogOut {
    platformLogOut
  }
`);

export const PlatformViewerQuery = graphql(`
  query PlatformViewer {
    platformViewer {
      id
      displayName
      email
    }
  }
`);

export const TenantSummaryFragment = graphql(`
  fragment TenantSummary on Tenant {
    id
    slug
    name
    status
    domains
    locales
    defaultLocale
    currency
    timezone
    createdAt
    provisionedAt
    suspendedAt
    suspendedReason
    usage {
      customers
      helpers
      operatorAdmins
      operatorAgents
      openInvitations
    }
  }
`);

export const TenantsQuery = graphql(`
  query Tenants($search: String, $first: Int, $after: String) {
    tenants(search: $search, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...TenantSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const TenantQuery = graphql(`
  query Tenant($id: ID!) {
    tenant(id: $id) {
      ...TenantSummary
    }
  }
`);

export const CreateTenantMutation = graphql(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      tenant {
        id
        slug
      }
      operatorInvitation {
        email
        displayName
        expiresAt
      }
    }
  }
`);

export const SuspendTenantMutation = graphql(`
  mutation SuspendTenant($id: ID!, $reason: String!) {
    suspendTenant(id: $id, reason: $reason) {
      ...TenantSummary
    }
  }
`);

export const ReactivateTenantMutation = graphql(`
  mutation ReactivateTenant($id: ID!) {
    reactivateTenant(id: $id) {
      ...TenantSummary
    }
  }
`);

export const QueueHealthQuery = graphql(`
  query QueueHealth {
    platformQueueHealth {
      name
      waiting
      active
      delayed
      failed
      completed
      paused
    }
  }
`);
