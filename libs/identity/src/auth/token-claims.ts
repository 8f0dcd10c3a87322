// The claims Quartier puts in an access token. The audience binds a token to one tenant (or to the
// platform console), so a token from tenant A is refused on tenant B's host.
import type { TenantRole } from '@quartier/platform';

export const PLATFORM_AUDIENCE = 'quartier:platform';
export const tenantAudience = (tenantId: string): string => `quartier:tenant:${tenantId}`;
export const JWT_ALGORITHM = 'HS256' as const;

export interface AccessTokenClaims {
  sub: string;
  sid: string;
  aud: string;
  iss: string;
  kind: 'user' | 'platform_admin';
  tid?: string;
  roles?: TenantRole[];
  iat?: number;
  exp?: number;
}

/** What the guard attaches to the request once a token has been verified for this endpoint. */
export type AuthenticatedPrincipal =
  | { kind: 'user'; userId: string; sessionId: string; tenantId: string; roles: TenantRole[] }
  | { kind: 'platform_admin'; adminId: string; sessionId: string };
