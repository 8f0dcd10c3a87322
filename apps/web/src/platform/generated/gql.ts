/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation PlatformLogIn($email: String!, $password: String!) {\n    platformLogIn(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": typeof types.PlatformLogInDocument,
    "\n  mutation PlatformRefreshSession($refreshToken: String!) {\n    platformRefreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": typeof types.PlatformRefreshSessionDocument,
    "\n  mutation PlatformLogOut {\n    platformLogOut\n  }\n": typeof types.PlatformLogOutDocument,
    "\n  query PlatformViewer {\n    platformViewer {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.PlatformViewerDocument,
    "\n  fragment TenantSummary on Tenant {\n    id\n    slug\n    name\n    status\n    domains\n    locales\n    defaultLocale\n    currency\n    timezone\n    createdAt\n    provisionedAt\n    suspendedAt\n    suspendedReason\n    usage {\n      customers\n      helpers\n      operatorAdmins\n      operatorAgents\n      openInvitations\n    }\n  }\n": typeof types.TenantSummaryFragmentDoc,
    "\n  query Tenants($search: String, $first: Int, $after: String) {\n    tenants(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...TenantSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TenantsDocument,
    "\n  query Tenant($id: ID!) {\n    tenant(id: $id) {\n      ...TenantSummary\n    }\n  }\n": typeof types.TenantDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        slug\n      }\n      operatorInvitation {\n        email\n        displayName\n        expiresAt\n      }\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) {\n      ...TenantSummary\n    }\n  }\n": typeof types.SuspendTenantDocument,
    "\n  mutation ReactivateTenant($id: ID!) {\n    reactivateTenant(id: $id) {\n      ...TenantSummary\n    }\n  }\n": typeof types.ReactivateTenantDocument,
    "\n  query QueueHealth {\n    platformQueueHealth {\n      name\n      waiting\n      active\n      delayed\n      failed\n      completed\n      paused\n    }\n  }\n": typeof types.QueueHealthDocument,
};
const documents: Documents = {
    "\n  mutation PlatformLogIn($email: String!, $password: String!) {\n    platformLogIn(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": types.PlatformLogInDocument,
    "\n  mutation PlatformRefreshSession($refreshToken: String!) {\n    platformRefreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": types.PlatformRefreshSessionDocument,
    "\n  mutation PlatformLogOut {\n    platformLogOut\n  }\n": types.PlatformLogOutDocument,
    "\n  query PlatformViewer {\n    platformViewer {\n      id\n      displayName\n      email\n    }\n  }\n": types.PlatformViewerDocument,
    "\n  fragment TenantSummary on Tenant {\n    id\n    slug\n    name\n    status\n    domains\n    locales\n    defaultLocale\n    currency\n    timezone\n    createdAt\n    provisionedAt\n    suspendedAt\n    suspendedReason\n    usage {\n      customers\n      helpers\n      operatorAdmins\n      operatorAgents\n      openInvitations\n    }\n  }\n": types.TenantSummaryFragmentDoc,
    "\n  query Tenants($search: String, $first: Int, $after: String) {\n    tenants(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...TenantSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TenantsDocument,
    "\n  query Tenant($id: ID!) {\n    tenant(id: $id) {\n      ...TenantSummary\n    }\n  }\n": types.TenantDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        slug\n      }\n      operatorInvitation {\n        email\n        displayName\n        expiresAt\n      }\n    }\n  }\n": types.CreateTenantDocument,
    "\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) {\n      ...TenantSummary\n    }\n  }\n": types.SuspendTenantDocument,
    "\n  mutation ReactivateTenant($id: ID!) {\n    reactivateTenant(id: $id) {\n      ...TenantSummary\n    }\n  }\n": types.ReactivateTenantDocument,
    "\n  query QueueHealth {\n    platformQueueHealth {\n      name\n      waiting\n      active\n      delayed\n      failed\n      completed\n      paused\n    }\n  }\n": types.QueueHealthDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlatformLogIn($email: String!, $password: String!) {\n    platformLogIn(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').PlatformLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlatformRefreshSession($refreshToken: String!) {\n    platformRefreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').PlatformRefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlatformLogOut {\n    platformLogOut\n  }\n"): typeof import('./graphql').PlatformLogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformViewer {\n    platformViewer {\n      id\n      displayName\n      email\n    }\n  }\n"): typeof import('./graphql').PlatformViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TenantSummary on Tenant {\n    id\n    slug\n    name\n    status\n    domains\n    locales\n    defaultLocale\n    currency\n    timezone\n    createdAt\n    provisionedAt\n    suspendedAt\n    suspendedReason\n    usage {\n      customers\n      helpers\n      operatorAdmins\n      operatorAgents\n      openInvitations\n    }\n  }\n"): typeof import('./graphql').TenantSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tenants($search: String, $first: Int, $after: String) {\n    tenants(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...TenantSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').TenantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tenant($id: ID!) {\n    tenant(id: $id) {\n      ...TenantSummary\n    }\n  }\n"): typeof import('./graphql').TenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        slug\n      }\n      operatorInvitation {\n        email\n        displayName\n        expiresAt\n      }\n    }\n  }\n"): typeof import('./graphql').CreateTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) {\n      ...TenantSummary\n    }\n  }\n"): typeof import('./graphql').SuspendTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateTenant($id: ID!) {\n    reactivateTenant(id: $id) {\n      ...TenantSummary\n    }\n  }\n"): typeof import('./graphql').ReactivateTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueHealth {\n    platformQueueHealth {\n      name\n      waiting\n      active\n      delayed\n      failed\n      completed\n      paused\n    }\n  }\n"): typeof import('./graphql').QueueHealthDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
