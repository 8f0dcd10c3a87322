// Host → tenant, cached per process for TENANT_CACHE_TTL_SECONDS. `<slug>.<PUBLIC_BASE_DOMAIN>`
// or a registered custom domain; anything else is a typed TENANT_NOT_FOUND.
import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  type AppConfig,
  GlobalDatabase,
  TenantNotFoundError,
  TenantSuspendedError,
} from '@quartier/platform';
import { TenantEntity, TenantHostEntity } from './tenant.entity.js';

export interface ResolvedTenant {
  id: string;
  slug: string;
  status: TenantEntity['status'];
  defaultLocale: string;
  locales: string[];
}

interface CacheEntry {
  tenant: ResolvedTenant | null;
  expiresAt: number;
}

const MAX_CACHE_ENTRIES = 10_000;

@Injectable()
export class TenantResolver {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: GlobalDatabase,
  ) {}

  /** Strips the port and lowercases; `Alpine.Localhost:3000` → `alpine.localhost`. */
  static normalizeHost(rawHost: string | undefined): string {
    return (rawHost ?? '').trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  }

  /** The tenant served at this host, active or not; throws when nothing is served there. */
  async findByHost(rawHost: string | undefined): Promise<ResolvedTenant> {
    const host = TenantResolver.normalizeHost(rawHost);
    const now = Date.now();
    const cached = this.cache.get(host);
    const tenant = cached && cached.expiresAt > now ? cached.tenant : await this.lookUp(host, now);
    if (!tenant) throw new TenantNotFoundError(host || '(no host)');
    return tenant;
  }

  /** Like findByHost, but a suspended or still-provisioning tenant is refused. */
  async requireActive(rawHost: string | undefined): Promise<ResolvedTenant> {
    const tenant = await this.findByHost(rawHost);
    if (tenant.status === 'suspended') throw new TenantSuspendedError();
    return tenant;
  }

  /** Forget a tenant's cached hosts in this process (after suspension, domain changes). */
  invalidate(tenantId?: string): void {
    if (!tenantId) return this.cache.clear();
    for (const [host, entry] of this.cache) {
      if (!entry.tenant || entry.tenant.id === tenantId) this.cache.delete(host);
    }
  }

  private slugFor(host: string): string | null {
    const suffix = `.${this.config.PUBLIC_BASE_DOMAIN.toLowerCase()}`;
    if (!host.endsWith(suffix)) return null;
    const slug = host.slice(0, -suffix.length);
    return /^[a-z0-9-]+$/.test(slug) ? slug : null;
  }

  private async lookUp(host: string, now: number): Promise<ResolvedTenant | null> {
    const slug = this.slugFor(host);
    const row = await this.db.run(async (tx) => {
      if (slug) return tx.repository(TenantEntity).findOneBy({ slug });
      const route = await tx.repository(TenantHostEntity).findOneBy({ host });
      return route ? tx.repository(TenantEntity).findOneBy({ id: route.tenantId }) : null;
    });
    const tenant: ResolvedTenant | null = row
      ? { id: row.id, slug: row.slug, status: row.status, defaultLocale: row.defaultLocale, locales: row.locales }
      : null;
    if (this.cache.size >= MAX_CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(host, { tenant, expiresAt: now + this.config.TENANT_CACHE_TTL_SECONDS * 1000 });
    return tenant;
  }
}
