// Platform admins' view of all tenants with their usage. Reads go through the audited cross-tenant
// path: usage counts come from tenant tables, which only that path may read across tenants.
import { Injectable } from '@nestjs/common';
import {
  decodeCursor,
  encodeCursor,
  type GlobalTransaction,
  isUuid,
  NotFoundError,
  pageSize,
  PlatformDatabase,
  type RequestContext,
  toConnection,
} from '@quartier/platform';
import type { TenantConnection, TenantOutput } from '../dto/tenant.output.js';

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
  provisioned_at: Date | null;
  suspended_at: Date | null;
  suspended_reason: string | null;
  domains: string[];
  customers: string;
  helpers: string;
  operator_admins: string;
  operator_agents: string;
  open_invitations: string;
  total: string;
}

/** Tenants matching `$1` (a LIKE pattern or null), with hosts and usage; callers add paging or an id. */
const TENANTS_WITH_USAGE = `
  with matching as (
    select * from tenants
     where $1::text is null or lower(slug) like $1 escape '\\' or lower(name) like $1 escape '\\'
  )
  select m.*, (select count(*) from matching) as total,
         coalesce((select array_agg(h.host order by h.host) from tenant_hosts h where h.tenant = m.id), '{}') as domains,
         u.customers, u.helpers, u.operator_admins, u.operator_agents, i.open_invitations
    from matching m
    cross join lateral (
      select count(*) filter (where role = 'customer') as customers,
             count(*) filter (where role = 'helper') as helpers,
             count(*) filter (where role = 'operator_admin') as operator_admins,
             count(*) filter (where role = 'operator_agent') as operator_agents
        from user_roles r where r.tenant_id = m.id
    ) u
    cross join lateral (
      select count(*) as open_invitations from operator_invitations oi
       where oi.tenant_id = m.id and oi.accepted_at is null and oi.revoked_at is null and oi.expires_at > now()
    ) i`;

function likePattern(search: string | null | undefined): string | null {
  const term = search?.trim().toLowerCase();
  return term ? `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%` : null;
}

@Injectable()
export class PlatformTenantsService {
  constructor(private readonly platform: PlatformDatabase) {}

  async list(ctx: RequestContext, input: { first?: number | null; after?: string | null; search?: string | null }): Promise<TenantConnection> {
    const size = pageSize(input.first);
    const after = decodeCursor<{ slug: string }>(input.after, ['slug']);
    const search = likePattern(input.search);
    const rows = await this.platform.readAcrossTenants(ctx, search ? `list tenants matching ${input.search?.trim()}` : 'list tenants', (tx) =>
      tx.query<TenantRow>(`${TENANTS_WITH_USAGE} where ($2::text is null or m.slug > $2) order by m.slug limit $3`, [
        search,
        after?.slug ?? null,
        size + 1,
      ]),
    );
    return {
      ...toConnection(rows, size, toTenantOutput, (row) => encodeCursor({ slug: row.slug })),
      totalCount: rows.length ? Number(rows[0].total) : 0,
    };
  }

  async get(ctx: RequestContext, input: { tenantId: string; purpose?: string }): Promise<TenantOutput> {
    if (!isUuid(input.tenantId)) throw new NotFoundError('Tenant');
    const row = await this.platform.readAcrossTenants(ctx, input.purpose ?? `show tenant ${input.tenantId}`, (tx) => this.findById(tx, input.tenantId));
    if (!row) throw new NotFoundError('Tenant');
    return toTenantOutput(row);
  }

  private async findById(tx: GlobalTransaction, tenantId: string): Promise<TenantRow | null> {
    const [row] = await tx.query<TenantRow>(`${TENANTS_WITH_USAGE} where m.id = $2`, [null, tenantId]);
    return row ?? null;
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
    currency: row.currency.trim(),
    timezone: row.timezone,
    domains: row.domains,
    createdAt: row.created_at,
    provisionedAt: row.provisioned_at,
    suspendedAt: row.suspended_at,
    suspendedReason: row.suspended_reason,
    usage: {
      customers: Number(row.customers),
      helpers: Number(row.helpers),
      operatorAdmins: Number(row.operator_admins),
      operatorAgents: Number(row.operator_agents),
      openInvitations: Number(row.open_invitations),
    },
  };
}
