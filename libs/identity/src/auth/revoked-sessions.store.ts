// Ended sessions, remembered in Redis for as long as an access token of theirs could still be
// unexpired, so logging out (or a detected refresh-token reuse) stops the access token at once.
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig, REDIS } from '@quartier/platform';

@Injectable()
export class RevokedSessionsStore {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private key(sessionId: string): string {
    return `${this.config.QUEUE_PREFIX}:auth:revoked-session:${sessionId}`;
  }

  async revoke(sessionId: string): Promise<void> {
    // A minute past the token lifetime covers clock skew between api replicas.
    await this.redis.set(this.key(sessionId), '1', 'EX', this.config.ACCESS_TOKEN_TTL_SECONDS + 60);
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    return (await this.redis.exists(this.key(sessionId))) === 1;
  }
}
