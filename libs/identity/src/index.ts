export * from './auth/token-claims.js';
export * from './auth/auth.decorators.js';
export { AccessTokenService } from './auth/access-token.service.js';
export { GqlAuthGuard } from './auth/gql-auth.guard.js';
export { BearerAuthenticator, type AuthenticatableRequest } from './auth/bearer-authenticator.js';
export { RevokedSessionsStore } from './auth/revoked-sessions.store.js';
export type { AuthTarget } from './auth/jwt.strategy.js';
export { AuthModule } from './auth/auth.module.js';
export { Ctx, ClientIp, SessionId, contextFromRequest, type GraphqlRequest } from './auth/ctx.decorator.js';
export { InvalidCredentialsError, TokenReusedError } from './identity.errors.js';
export { ARGON2_PARAMETERS, PasswordHasher } from './passwords/password-hasher.js';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, normalizeDisplayName, normalizeEmail } from './passwords/credential-rules.js';
export { LOGIN_LIMITS } from './rate-limit/login-rate-limiter.js';
export type { IssuedSession, PlatformSession, UserSession } from './sessions/session.js';
export { UserSessionsService } from './sessions/user-sessions.service.js';
export { UserAccountsService, type UserAccount } from './users/user-accounts.service.js';
export { UserContactService } from './users/user-contact.service.js';
export { normalizePhone } from './users/phone-number.js';
export {
  INVITATION_TTL_SECONDS,
  INVITATION_TOKEN_PURPOSE,
  OperatorInvitationsService,
  type InvitationStatus,
  type OperatorInvitation,
} from './invitations/operator-invitations.service.js';
export type { OperatorRole } from './invitations/operator-invitation.entity.js';
export { PlatformAdminsService, type PlatformAdminAccount } from './platform-admins/platform-admins.service.js';
export { IdentityModule, IdentityTenantApiModule, IdentityPlatformApiModule } from './identity.module.js';

import { OperatorInvitationEntity } from './invitations/operator-invitation.entity.js';
import { PlatformAdminEntity } from './platform-admins/platform-admin.entity.js';
import { PlatformRefreshTokenEntity, RefreshTokenEntity } from './sessions/refresh-token.entity.js';
import { UserEntity, UserRoleEntity } from './users/user.entity.js';
export { OperatorInvitationEntity, PlatformAdminEntity, PlatformRefreshTokenEntity, RefreshTokenEntity, UserEntity, UserRoleEntity };
export const identityEntities = [
  UserEntity,
  UserRoleEntity,
  RefreshTokenEntity,
  OperatorInvitationEntity,
  PlatformAdminEntity,
  PlatformRefreshTokenEntity,
];
