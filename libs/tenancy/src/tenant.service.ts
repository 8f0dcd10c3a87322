import { Injectable } from '@nestjs/common';
import { NotFoundError, type RequestContext, TenantDatabase } from '@quartier/platform';
import { brandingPolicy, type BrandingPolicy } from './policies/branding.policy.js';
import type { TenantLocale } from './tenant.entity.js';

export interface CurrentTenant {
  id: string;
  slug: string;
  name: string;
  locales: TenantLocale[];
  defaultLocale: TenantLocale;
  currency: string;
  timezone: string;
  branding: BrandingPolicy;
}

@Injectable()
export class TenantService {
  constructor(private readonly db: TenantDatabase) {}

  /** The tenant of the context with its current branding, in one transaction. */
  async currentTenant(ctx: RequestContext): Promise<CurrentTenant> {
    return this.db.run(ctx, async (tx) => {
      const [row] = await tx.query<{
        id: string;
        slug: string;
        name: string;
        locales: TenantLocale[];
        default_locale: TenantLocale;
        currency: string;
        timezone: string;
        branding: Record<string, unknown> | null;
      }>(
        `select t.id, t.slug, t.name, t.locales, t.default_locale, t.currency, t.timezone, p.document as branding
           from tenants t
           left join lateral (
             select document from tenant_policies
              where tenant_id = t.id and kind = 'branding'
              order by version desc limit 1
           ) p on true
          where t.id = $1`,
        [tx.tenantId],
      );
      if (!row) throw new NotFoundError('Tenant');
      return {
        id: row.id,
        slug: row.slug,
        name: row.name,
        locales: row.locales,
        defaultLocale: row.default_locale,
        currency: row.currency,
        timezone: row.timezone,
        branding: brandingPolicy.parse(row.branding ?? { displayName: row.name }),
      };
    });
  }
}
