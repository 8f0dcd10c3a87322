import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AccessTokenService } from './access-token.service.js';
import { BearerAuthenticator } from './bearer-authenticator.js';
import { GqlAuthGuard } from './gql-auth.guard.js';
import { JwtStrategy } from './jwt.strategy.js';
import { RevokedSessionsStore } from './revoked-sessions.store.js';

@Module({
  imports: [PassportModule, JwtModule.register({})],
  providers: [AccessTokenService, JwtStrategy, GqlAuthGuard, RevokedSessionsStore, BearerAuthenticator],
  exports: [AccessTokenService, GqlAuthGuard, RevokedSessionsStore, BearerAuthenticator],
})
export class AuthModule {}
