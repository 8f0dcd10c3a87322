// Passport strategy for access tokens: HS256 only, issuer checked, the audience must be the one
// this endpoint serves (the host's tenant, or the platform console), and the session not ended.
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { RevokedSessionsStore } from './revoked-sessions.store.js';
import { APP_CONFIG, type AppConfig, TenantMismatchError, UnauthenticatedError } from '@quartier/platform';
import {
  type AccessTokenClaims,
  type AuthenticatedPrincipal,
  JWT_ALGORITHM,
  PLATFORM_AUDIENCE,
  tenantAudience,
} from './token-claims.js';

/** What the GraphQL layer puts on the request before authentication runs. */
export interface AuthTarget {
  quartierEndpoint?: 'tenant' | 'platform';
  quartierTenantId?: string;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly revokedSessions: RevokedSessionsStore,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.JWT_SECRET,
      algorithms: [JWT_ALGORITHM],
      issuer: config.JWT_ISSUER,
      ignoreExpiration: false,
      passReqToCallback: true,
    });
  }

  async validate(request: AuthTarget, claims: AccessTokenClaims): Promise<AuthenticatedPrincipal> {
    const principal = this.principalFor(request, claims);
    if (await this.revokedSessions.isRevoked(principal.sessionId)) {
      throw new UnauthenticatedError('This session has ended; sign in again');
    }
    return principal;
  }

  private principalFor(request: AuthTarget, claims: AccessTokenClaims): AuthenticatedPrincipal {
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') throw new UnauthenticatedError('Invalid token');
    if (request.quartierEndpoint === 'platform') {
      if (claims.kind !== 'platform_admin' || claims.aud !== PLATFORM_AUDIENCE) {
        throw new UnauthenticatedError('This token is not valid for the platform console');
      }
      return { kind: 'platform_admin', adminId: claims.sub, sessionId: claims.sid };
    }
    const tenantId = request.quartierTenantId;
    if (claims.kind !== 'user' || !tenantId) throw new UnauthenticatedError('This token is not valid here');
    if (claims.aud !== tenantAudience(tenantId) || claims.tid !== tenantId) throw new TenantMismatchError();
    return {
      kind: 'user',
      userId: claims.sub,
      sessionId: claims.sid,
      tenantId,
      roles: claims.roles ?? [],
    };
  }
}
