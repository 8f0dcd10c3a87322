import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig, type TenantRole } from '@quartier/platform';
import { JWT_ALGORITHM, PLATFORM_AUDIENCE, tenantAudience } from './token-claims.js';

@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.ACCESS_TOKEN_TTL_SECONDS;
  }

  issueForUser(input: { tenantId: string; userId: string; sessionId: string; roles: TenantRole[] }): Promise<string> {
    return this.jwt.signAsync(
      { kind: 'user', sid: input.sessionId, tid: input.tenantId, roles: input.roles },
      {
        subject: input.userId,
        audience: tenantAudience(input.tenantId),
        issuer: this.config.JWT_ISSUER,
        algorithm: JWT_ALGORITHM,
        expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
        secret: this.config.JWT_SECRET,
      },
    );
  }

  issueForPlatformAdmin(input: { adminId: string; sessionId: string }): Promise<string> {
    return this.jwt.signAsync(
      { kind: 'platform_admin', sid: input.sessionId },
      {
        subject: input.adminId,
        audience: PLATFORM_AUDIENCE,
        issuer: this.config.JWT_ISSUER,
        algorithm: JWT_ALGORITHM,
        expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
        secret: this.config.JWT_SECRET,
      },
    );
  }
}
