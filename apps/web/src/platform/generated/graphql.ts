/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Branding fields; on update, omitted fields keep their value and null clears an optional one. */
export type BrandingInput = {
  accentColor?: string | null | undefined;
  /** What helpers are called on this site, e.g. "Alpine Friend". */
  badgeName?: string | null | undefined;
  displayName?: string | null | undefined;
  fontFamily?: string | null | undefined;
  logoUrl?: string | null | undefined;
  primaryColor?: string | null | undefined;
};

export type CreateTenantInput = {
  branding?: BrandingInput | null | undefined;
  /** ISO 4217, e.g. CHF. */
  currency: string;
  defaultLocale: string;
  /** Custom host names, lowercase, each served by one tenant only. */
  domains?: Array<string>;
  /** Among de, fr, it, en. */
  locales: Array<string>;
  name: string;
  /** Receives the invitation to become the first operator admin. */
  operatorAdminEmail: string;
  /** The first operator admin's name, 1–120 characters: greets them in the invitation and names their account. */
  operatorAdminName: string;
  /** Subdomain under the platform domain: <slug>.<base>. Lowercase; some words are reserved. */
  slug: string;
  /** IANA time zone, e.g. Europe/Zurich. */
  timezone: string;
};

export type PlatformLogInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type PlatformLogInMutation = { platformLogIn: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string } };

export type PlatformRefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type PlatformRefreshSessionMutation = { platformRefreshSession: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string } };

export type PlatformLogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type PlatformLogOutMutation = { platformLogOut: boolean };

export type PlatformViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformViewerQuery = { platformViewer: { id: string, displayName: string, email: string } };

export type TenantSummaryFragment = { id: string, slug: string, name: string, status: string, domains: Array<string>, locales: Array<string>, defaultLocale: string, currency: string, timezone: string, createdAt: string, provisionedAt: string | null, suspendedAt: string | null, suspendedReason: string | null, usage: { customers: number, helpers: number, operatorAdmins: number, operatorAgents: number, openInvitations: number } };

export type TenantsQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TenantsQuery = { tenants: { totalCount: number, edges: Array<{ node: { id: string, slug: string, name: string, status: string, domains: Array<string>, locales: Array<string>, defaultLocale: string, currency: string, timezone: string, createdAt: string, provisionedAt: string | null, suspendedAt: string | null, suspendedReason: string | null, usage: { customers: number, helpers: number, operatorAdmins: number, operatorAgents: number, openInvitations: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TenantQueryVariables = Exact<{
  id: string | number;
}>;


export type TenantQuery = { tenant: { id: string, slug: string, name: string, status: string, domains: Array<string>, locales: Array<string>, defaultLocale: string, currency: string, timezone: string, createdAt: string, provisionedAt: string | null, suspendedAt: string | null, suspendedReason: string | null, usage: { customers: number, helpers: number, operatorAdmins: number, operatorAgents: number, openInvitations: number } } };

export type CreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type CreateTenantMutation = { createTenant: { tenant: { id: string, slug: string }, operatorInvitation: { email: string, displayName: string, expiresAt: string } } };

export type SuspendTenantMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type SuspendTenantMutation = { suspendTenant: { id: string, slug: string, name: string, status: string, domains: Array<string>, locales: Array<string>, defaultLocale: string, currency: string, timezone: string, createdAt: string, provisionedAt: string | null, suspendedAt: string | null, suspendedReason: string | null, usage: { customers: number, helpers: number, operatorAdmins: number, operatorAgents: number, openInvitations: number } } };

export type ReactivateTenantMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateTenantMutation = { reactivateTenant: { id: string, slug: string, name: string, status: string, domains: Array<string>, locales: Array<string>, defaultLocale: string, currency: string, timezone: string, createdAt: string, provisionedAt: string | null, suspendedAt: string | null, suspendedReason: string | null, usage: { customers: number, helpers: number, operatorAdmins: number, operatorAgents: number, openInvitations: number } } };

export type QueueHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueHealthQuery = { platformQueueHealth: Array<{ name: string, waiting: number, active: number, delayed: number, failed: number, completed: number, paused: boolean }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const TenantSummaryFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"TenantSummary"}) as unknown as TypedDocumentString<TenantSummaryFragment, unknown>;
export const PlatformLogInDocument = new TypedDocumentString(`
    mutation PlatformLogIn($email: String!, $password: String!) {
  platformLogIn(email: $email, password: $password) {
    accessToken
    accessTokenExpiresAt
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<PlatformLogInMutation, PlatformLogInMutationVariables>;
export const PlatformRefreshSessionDocument = new TypedDocumentString(`
    mutation PlatformRefreshSession($refreshToken: String!) {
  platformRefreshSession(refreshToken: $refreshToken) {
    accessToken
    accessTokenExpiresAt
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<PlatformRefreshSessionMutation, PlatformRefreshSessionMutationVariables>;
export const PlatformLogOutDocument = new TypedDocumentString(`
    mutation PlatformLogOut {
  platformLogOut
}
    `) as unknown as TypedDocumentString<PlatformLogOutMutation, PlatformLogOutMutationVariables>;
export const PlatformViewerDocument = new TypedDocumentString(`
    query PlatformViewer {
  platformViewer {
    id
    displayName
    email
  }
}
    `) as unknown as TypedDocumentString<PlatformViewerQuery, PlatformViewerQueryVariables>;
export const TenantsDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<TenantsQuery, TenantsQueryVariables>;
export const TenantDocument = new TypedDocumentString(`
    query Tenant($id: ID!) {
  tenant(id: $id) {
    ...TenantSummary
  }
}
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
}`) as unknown as TypedDocumentString<TenantQuery, TenantQueryVariables>;
export const CreateTenantDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<CreateTenantMutation, CreateTenantMutationVariables>;
export const SuspendTenantDocument = new TypedDocumentString(`
    mutation SuspendTenant($id: ID!, $reason: String!) {
  suspendTenant(id: $id, reason: $reason) {
    ...TenantSummary
  }
}
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
}`) as unknown as TypedDocumentString<SuspendTenantMutation, SuspendTenantMutationVariables>;
export const ReactivateTenantDocument = new TypedDocumentString(`
    mutation ReactivateTenant($id: ID!) {
  reactivateTenant(id: $id) {
    ...TenantSummary
  }
}
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
}`) as unknown as TypedDocumentString<ReactivateTenantMutation, ReactivateTenantMutationVariables>;
export const QueueHealthDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<QueueHealthQuery, QueueHealthQueryVariables>;