// Login attempts are counted per account (tenant + email), per client IP and per tenant in Redis,
// before any password is checked. Each alias of a logIn mutation is its own resolver call, so
// aliases in one operation count one by one (and batched HTTP requests are refused upstream).
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig, RateLimitedError, REDIS } from '@quartier/platform';

export interface LoginAttempt {
  /** A tenant id, or null for the platform console. */
  tenantId: string | null;
  email: string;
  ip: string;
}

export const LOGIN_LIMITS = {
  account: { points: 5, duration: 15 * 60 },
  ip: { points: 100, duration: 15 * 60 },
  tenant: { points: 1_000, duration: 60 },
} as const;

@Injectable()
export class LoginRateLimiter {
  private readonly account: RateLimiterRedis;
  private readonly ip: RateLimiterRedis;
  private readonly tenant: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    const limiter = (name: string, limits: { points: number; duration: number }) =>
      new RateLimiterRedis({ storeClient: redis, keyPrefix: `${config.QUEUE_PREFIX}:rl:${name}`, ...limits });
    this.account = limiter('login-account', LOGIN_LIMITS.account);
    this.ip = limiter('login-ip', LOGIN_LIMITS.ip);
    this.tenant = limiter('login-tenant', LOGIN_LIMITS.tenant);
  }

  private accountKey(attempt: LoginAttempt): string {
    return `${attempt.tenantId ?? 'platform'}:${attempt.email.trim().toLowerCase()}`;
  }

  /** Counts one attempt; throws RATE_LIMITED (with retry-after) when any budget is spent. */
  async consume(attempt: LoginAttempt): Promise<void> {
    const results = await Promise.allSettled([
      this.account.consume(this.accountKey(attempt)),
      this.ip.consume(attempt.ip),
      this.tenant.consume(attempt.tenantId ?? 'platform'),
    ]);
    let retryAfterMs = 0;
    for (const result of results) {
      if (result.status === 'fulfilled') continue;
      if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
      retryAfterMs = Math.max(retryAfterMs, result.reason.msBeforeNext);
    }
    if (retryAfterMs > 0) throw new RateLimitedError(Math.max(1, Math.ceil(retryAfterMs / 1000)));
  }

  /** A successful sign-in clears the account's count; IP and tenant budgets keep theirs. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    await this.account.delete(this.accountKey(attempt));
  }
}
