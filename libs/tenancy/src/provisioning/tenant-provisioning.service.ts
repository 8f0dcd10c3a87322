// Completes a new tenant after `tenant.created`: default policy documents for every kind without a
// version, the default catalog (categories and their services), one `tenant.welcome_requested`
// event, then status active. Runs under a lock on the tenant's row, so two runs at once serialize
// and the second one finds nothing to do.
import { Injectable } from '@nestjs/common';
import { minorDigits, newId, NotFoundError, type RequestContext, TenantDatabase } from '@quartier/platform';
import { defaultPolicy, POLICY_KINDS } from '../policies/policy-registry.js';
import { loadPolicyTenant, TenantPolicyService } from '../policies/tenant-policy.service.js';
import { DEFAULT_CATEGORIES } from './default-catalog.js';

@Injectable()
export class TenantProvisioningService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly policies: TenantPolicyService,
  ) {}

  /** Idempotent: 'skipped' when the tenant of the context is already provisioned. */
  provision(ctx: RequestContext): Promise<'provisioned' | 'skipped'> {
    return this.db.run(ctx, async (tx) => {
      const [tenant] = await tx.query<{ slug: string; provisioned_at: Date | null }>(
        `select slug, provisioned_at from tenants where id = $1 for update`,
        [tx.tenantId],
      );
      if (!tenant) throw new NotFoundError('Tenant');
      if (tenant.provisioned_at) return 'skipped';

      const facts = await loadPolicyTenant(tx);
      for (const kind of POLICY_KINDS) {
        await this.policies.insertFirstVersion(tx, { kind, document: defaultPolicy(kind, facts) });
      }
      const unit = 10 ** minorDigits(facts.currency);
      for (const [position, category] of DEFAULT_CATEGORIES.entries()) {
        await tx.query(
          `insert into categories (tenant_id, id, slug, names, position) values ($1, $2, $3, $4, $5)
           on conflict (tenant_id, slug) do nothing`,
          [tx.tenantId, newId(), category.slug, JSON.stringify(category.names), position],
        );
        for (const [servicePosition, service] of category.services.entries()) {
          await tx.query(
            `insert into services (tenant_id, id, category_id, slug, names, pricing_mode, fixed_price_minor, estimated_duration_minutes, position, remote_help)
             select $1, $2, c.id, $4, $5, $6, $7, $8, $9, $10 from categories c where c.tenant_id = $1 and c.slug = $3
             on conflict (tenant_id, slug) do nothing`,
            [
              tx.tenantId,
              newId(),
              category.slug,
              service.slug,
              JSON.stringify(service.names),
              service.pricingMode,
              service.fixedPrice === undefined ? null : service.fixedPrice * unit,
              service.estimatedDurationMinutes,
              servicePosition,
              service.remoteHelp ?? false,
            ],
          );
        }
      }
      await tx.emit({ type: 'tenant.welcome_requested', aggregateType: 'tenant', aggregateId: tx.tenantId, payload: { slug: tenant.slug } });
      // A tenant suspended before its provisioning ran stays suspended.
      await tx.query(
        `update tenants set provisioned_at = now(), status = case when status = 'provisioning' then 'active' else status end where id = $1`,
        [tx.tenantId],
      );
      return 'provisioned';
    });
  }
}
