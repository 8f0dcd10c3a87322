import type { TenantRole } from '@quartier/platform';

/** What a successful sign-in, sign-up or refresh hands back to the client. */
export interface IssuedSession {
  sessionId: string;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export interface UserSession extends IssuedSession {
  userId: string;
  roles: TenantRole[];
}

export interface PlatformSession extends IssuedSession {
  adminId: string;
}
