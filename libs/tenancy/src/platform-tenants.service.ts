// Platform admins' view of all tenants. Reads go through the audited cross-tenant path.
import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, pageSize, PlatformDatabase, type RequestContext, toConnection } from '@quartier/platform';
import type { TenantConnection, TenantOutput } from './dto/tenant.output.js';

interface TenantRow {
  id: string;
  slug: string;
  name: string;
  status: string;
  locales: string[];
  default_locale: string;
  currency: string;
  timezone: string;
  created_at: Date;
  suspended_at: Date | null;
  domains: string[];
  total: string;
}

@Injectable()
export class PlatformTenantsService {
  constructor(private readonly platform: PlatformDatabase) {}

  async list(ctx: RequestContext, input: { first?: number | null; after?: string | null; search?: string | null }): Promise<TenantConnection> {
    const size = pageSize(input.first);
    const after = decodeCursor<{ slug: string }>(input.after, ['slug']);
    const search = input.search?.trim() ? `%${input.search.trim().toLowerCase()}%` : null;
    const rows = await this.platform.readAcrossTenants(ctx, 'list tenants', (tx) =>
      tx.query<TenantRow>(
        `select t.*, coalesce(array_agg(h.host order by h.host) filter (where h.host is not null), '{}') as domains,
                count(*) over () as total
           from tenants t left join tenant_hosts h on h.tenant = t.id
          where ($1::text is null or lower(t.slug) like $1 or lower(t.name) like $1)
          group by t.id
          having ($2::text is null or t.slug > $2)
          order by t.slug
          limit $3`,
        [search, after?.slug ?? null, size + 1],
      ),
    );
    return {
      ...toConnection(rows, size, toTenantOutput, (row) => encodeCursor({ slug: row.slug })),
      totalCount: rows.length ? Number(rows[0].total) : 0,
    };
  }
}

export function toTenantOutput(row: TenantRow): TenantOutput {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    status: row.status,
    locales: row.locales,
    defaultLocale: row.default_locale,
    currency: row.currency,
    timezone: row.timezone,
    domains: row.domains,
    createdAt: row.created_at,
    suspendedAt: row.suspended_at,
  };
}
