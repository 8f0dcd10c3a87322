// Tenant routing changes (suspension, reactivation, domains) must reach every process at once, not
// after the resolver cache expires: the change is applied to this process's cache and published on
// a Redis channel every API process listens to.
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig, REDIS } from '@quartier/platform';
import { TenantResolver } from '../tenant-resolver.js';

@Injectable()
export class TenantCacheBus implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TenantCacheBus.name);
  private subscriber: Redis | null = null;
  readonly channel: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly resolver: TenantResolver,
  ) {
    this.channel = `${config.QUEUE_PREFIX}:tenant-cache-invalidation`;
  }

  async onApplicationBootstrap(): Promise<void> {
    // A subscribed connection can do nothing else, so it is a copy of the shared client.
    this.subscriber = this.redis.duplicate({ connectionName: 'quartier-tenant-cache' });
    this.subscriber.on('message', (channel: string, tenantId: string) => {
      if (channel === this.channel) this.resolver.invalidate(tenantId);
    });
    this.subscriber.on('error', (error: Error) => this.logger.warn(`tenant cache subscriber: ${error.message}`));
    await this.subscriber.subscribe(this.channel);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  /** Call after the change has committed. */
  async invalidate(tenantId: string): Promise<void> {
    this.resolver.invalidate(tenantId);
    await this.redis.publish(this.channel, tenantId);
  }
}
