// Passport strategy for access tokens: HS256 only, issuer checked, and the audience must be the one
// this endpoint serves (the host's tenant, or the platform console).
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
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
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.JWT_SECRET,
      algorithms: [JWT_ALGORITHM],
      issuer: config.JWT_ISSUER,
      ignoreExpiration: false,
      passReqToCallback: true,
    });
  }

  validate(request: AuthTarget, claims: AccessTokenClaims): AuthenticatedPrincipal {
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
