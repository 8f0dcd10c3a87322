// Platform admin changes to a live tenant: suspension, reactivation, custom domains. Each is one
// global transaction with its audit row; routing caches in every process are dropped afterwards.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, ConflictError, GlobalDatabase, type GlobalTransaction, isUuid, NotFoundError, type RequestContext, ValidationError } from '@quartier/platform';
import { isUniqueViolation } from '../policies/tenant-policy.service.js';
import type { TenantStatus } from '../tenant.entity.js';
import { recordPlatformAction } from './platform-audit.js';
import { TenantCacheBus } from './tenant-cache.bus.js';
import { checkDomains } from './tenant-settings.rules.js';

@Injectable()
export class TenantLifecycleService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: GlobalDatabase,
    private readonly cache: TenantCacheBus,
  ) {}

  /** Takes effect at once: the tenant's hosts answer TENANT_SUSPENDED in every API process. */
  async suspend(ctx: RequestContext, input: { tenantId: string; reason: string }): Promise<void> {
    const reason = input.reason.trim();
    if (reason.length < 3 || reason.length > 500) throw new ValidationError('reason', 'Give a reason of 3–500 characters');
    await this.db.run(async (tx) => {
      const status = await this.lockStatus(tx, input.tenantId);
      if (status === 'suspended') throw new ConflictError('This tenant is already suspended', { field: 'id' });
      await tx.query(`update tenants set status = 'suspended', suspended_at = now(), suspended_reason = $2 where id = $1`, [input.tenantId, reason]);
      await recordPlatformAction(tx, ctx, { action: 'suspend_tenant', tenantId: input.tenantId, purpose: `suspend: ${reason}` });
    });
    await this.cache.invalidate(input.tenantId);
  }

  /** Back to active, or to provisioning when it was suspended before its provisioning ran. */
  async reactivate(ctx: RequestContext, input: { tenantId: string }): Promise<void> {
    await this.db.run(async (tx) => {
      const status = await this.lockStatus(tx, input.tenantId);
      if (status !== 'suspended') throw new ConflictError('This tenant is not suspended', { field: 'id' });
      await tx.query(
        `update tenants set status = case when provisioned_at is null then 'provisioning' else 'active' end,
                suspended_at = null, suspended_reason = null
          where id = $1`,
        [input.tenantId],
      );
      await recordPlatformAction(tx, ctx, { action: 'reactivate_tenant', tenantId: input.tenantId, purpose: 'reactivate' });
    });
    await this.cache.invalidate(input.tenantId);
  }

  /** Replaces the tenant's custom domains with this list. */
  async updateDomains(ctx: RequestContext, input: { tenantId: string; domains: string[] }): Promise<void> {
    const domains = checkDomains(input.domains, { baseDomain: this.config.PUBLIC_BASE_DOMAIN });
    try {
      await this.db.run(async (tx) => {
        await this.lockStatus(tx, input.tenantId);
        const [taken] = await tx.query<{ host: string }>(
          `select host from tenant_hosts where host = any($1::text[]) and tenant <> $2 order by host limit 1`,
          [domains, input.tenantId],
        );
        if (taken) throw new ConflictError(`The domain ${taken.host} is served by another tenant`, { field: 'domains', domain: taken.host });
        await tx.query(`delete from tenant_hosts where tenant = $1 and host <> all($2::text[])`, [input.tenantId, domains]);
        await tx.query(
          `insert into tenant_hosts (host, tenant)
           select wanted.host, $2 from unnest($1::text[]) as wanted (host)
            where not exists (select 1 from tenant_hosts mine where mine.host = wanted.host and mine.tenant = $2)`,
          [domains, input.tenantId],
        );
        await recordPlatformAction(tx, ctx, {
          action: 'update_tenant_domains',
          tenantId: input.tenantId,
          purpose: `domains: ${domains.join(', ') || '(none)'}`,
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('A domain is served by another tenant', { field: 'domains' });
      throw error;
    }
    await this.cache.invalidate(input.tenantId);
  }

  private async lockStatus(tx: GlobalTransaction, tenantId: string): Promise<TenantStatus> {
    if (!isUuid(tenantId)) throw new NotFoundError('Tenant');
    const [row] = await tx.query<{ status: TenantStatus }>(`select status from tenants where id = $1 for update`, [tenantId]);
    if (!row) throw new NotFoundError('Tenant');
    return row.status;
  }
}
