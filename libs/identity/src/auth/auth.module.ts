import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AccessTokenService } from './access-token.service.js';
import { GqlAuthGuard } from './gql-auth.guard.js';
import { JwtStrategy } from './jwt.strategy.js';

@Module({
  imports: [PassportModule, JwtModule.register({})],
  providers: [AccessTokenService, JwtStrategy, GqlAuthGuard],
  exports: [AccessTokenService, GqlAuthGuard],
})
export class AuthModule {}
