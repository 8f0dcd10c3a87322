import { Module } from '@nestjs/common';
import { AuthModule } from './auth/auth.module.js';
import { OperatorInvitationsResolver } from './invitations/operator-invitations.resolver.js';
import { OperatorInvitationsService } from './invitations/operator-invitations.service.js';
import { PasswordHasher } from './passwords/password-hasher.js';
import { PlatformAuthResolver } from './platform-admins/platform-auth.resolver.js';
import { PlatformAdminsService } from './platform-admins/platform-admins.service.js';
import { LoginRateLimiter } from './rate-limit/login-rate-limiter.js';
import { UserSessionsService } from './sessions/user-sessions.service.js';
import { AuthResolver } from './users/auth.resolver.js';
import { MyContactResolver } from './users/my-contact.resolver.js';
import { UserAccountsService } from './users/user-accounts.service.js';
import { UserContactService } from './users/user-contact.service.js';

/** Services of the identity domain, for apps and other domain modules. */
@Module({
  imports: [AuthModule],
  providers: [
    PasswordHasher,
    LoginRateLimiter,
    UserSessionsService,
    UserAccountsService,
    UserContactService,
    OperatorInvitationsService,
    PlatformAdminsService,
  ],
  exports: [AuthModule, PasswordHasher, UserSessionsService, UserAccountsService, UserContactService, OperatorInvitationsService, PlatformAdminsService],
})
export class IdentityModule {}

/** Resolvers served on /graphql. */
@Module({ imports: [IdentityModule], providers: [AuthResolver, MyContactResolver, OperatorInvitationsResolver] })
export class IdentityTenantApiModule {}

/** Resolvers served on /platform/graphql. */
@Module({ imports: [IdentityModule], providers: [PlatformAuthResolver] })
export class IdentityPlatformApiModule {}
