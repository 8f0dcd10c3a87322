// Reads and appends versions of a tenant's policy documents. Versions are never updated: a change
// inserts version n+1, so work in flight can keep the version it started with. Two concurrent
// changes race on the primary key (tenant_id, kind, version); the loser's transaction is retried
// and lands as the next version, so both changes are kept in order. After a few lost races the
// caller gets a typed CONFLICT.
import { Injectable } from '@nestjs/common';
import {
  ConflictError,
  decodeCursor,
  encodeCursor,
  NotFoundError,
  pageSize,
  type RequestContext,
  TenantDatabase,
  type TenantTransaction,
  toConnection,
} from '@quartier/platform';
import type { BrandingPolicy } from './branding.policy.js';
import type { PolicyTenant } from './policy-kit.js';
import { defaultPolicy, parsePolicy, type PolicyDocuments, type PolicyKind } from './policy-registry.js';

export interface PolicyVersion<K extends PolicyKind = PolicyKind> {
  kind: K;
  version: number;
  document: PolicyDocuments[K];
  createdAt: Date;
  createdBy: string;
}

interface PolicyRow {
  kind: PolicyKind;
  version: number;
  document: Record<string, unknown>;
  created_at: Date;
  created_by: string;
}

const MAX_ATTEMPTS = 3;

/** Who a version is attributed to, as stored in tenant_policies.created_by. */
export function actorLabel(ctx: RequestContext): string {
  switch (ctx.actor.kind) {
    case 'user':
      return `user:${ctx.actor.userId}`;
    case 'platform_admin':
      return `platform_admin:${ctx.actor.adminId}`;
    case 'system':
      return `system:${ctx.actor.name}`;
    default:
      return 'anonymous';
  }
}

export function isUniqueViolation(error: unknown): boolean {
  const candidate = error as { code?: string; driverError?: { code?: string } };
  return candidate?.code === '23505' || candidate?.driverError?.code === '23505';
}

function toVersion<K extends PolicyKind>(row: PolicyRow): PolicyVersion<K> {
  return {
    kind: row.kind as K,
    version: row.version,
    document: row.document as unknown as PolicyDocuments[K],
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

@Injectable()
export class TenantPolicyService {
  constructor(private readonly db: TenantDatabase) {}

  /** The version in force, or null when the tenant has none yet (before provisioning). */
  latest<K extends PolicyKind>(ctx: RequestContext, input: { kind: K }): Promise<PolicyVersion<K> | null> {
    return this.db.run(ctx, (tx) => this.latestIn(tx, input.kind));
  }

  /** One exact version, for work that started under it. */
  async version<K extends PolicyKind>(ctx: RequestContext, input: { kind: K; version: number }): Promise<PolicyVersion<K>> {
    const [row] = await this.db.run(ctx, (tx) =>
      tx.query<PolicyRow>(
        `select kind, version, document, created_at, created_by from tenant_policies
          where tenant_id = $1 and kind = $2 and version = $3`,
        [tx.tenantId, input.kind, input.version],
      ),
    );
    if (!row) throw new NotFoundError('Policy version');
    return toVersion(row);
  }

  /** Every version of one kind, newest first. */
  async history(ctx: RequestContext, input: { kind: PolicyKind; first?: number | null; after?: string | null }) {
    const size = pageSize(input.first);
    const after = decodeCursor<{ version: number }>(input.after, ['version']);
    const rows = await this.db.run(ctx, (tx) =>
      tx.query<PolicyRow & { total: string }>(
        `select kind, version, document, created_at, created_by,
                (select count(*) from tenant_policies where tenant_id = $1 and kind = $2) as total
           from tenant_policies
          where tenant_id = $1 and kind = $2 and ($3::int is null or version < $3)
          order by version desc
          limit $4`,
        [tx.tenantId, input.kind, after?.version ?? null, size + 1],
      ),
    );
    return {
      ...toConnection(rows, size, (row) => toVersion(row), (row) => encodeCursor({ version: row.version })),
      totalCount: rows.length ? Number(rows[0].total) : 0,
    };
  }

  /** Validates a whole document and stores it as the next version. Invalid → BAD_USER_INPUT, nothing written. */
  update<K extends PolicyKind>(ctx: RequestContext, input: { kind: K; document: unknown }): Promise<PolicyVersion<K>> {
    return this.append(ctx, input.kind, (tenant) => parsePolicy(input.kind, input.document, tenant, 'document'));
  }

  /** Changes some branding fields; omitted fields keep their current value, null clears an optional one. */
  updateBranding(ctx: RequestContext, input: Partial<BrandingPolicy>): Promise<PolicyVersion<'branding'>> {
    const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    return this.append(ctx, 'branding', (tenant, current) =>
      parsePolicy('branding', { ...(current?.document ?? { displayName: tenant.name }), ...changes }, tenant, ''),
    );
  }

  /** Inserts version 1 of a kind inside a caller's transaction (onboarding, provisioning); false if one exists. */
  async insertFirstVersion<K extends PolicyKind>(tx: TenantTransaction, input: { kind: K; document: PolicyDocuments[K] }): Promise<boolean> {
    const inserted = await tx.query(
      `insert into tenant_policies (tenant_id, kind, version, document, created_by)
       select $1, $2, 1, $3, $4
        where not exists (select 1 from tenant_policies where tenant_id = $1 and kind = $2)
       on conflict do nothing
       returning version`,
      [tx.tenantId, input.kind, JSON.stringify(input.document), actorLabel(tx.ctx)],
    );
    return inserted.length > 0;
  }

  private async append<K extends PolicyKind>(
    ctx: RequestContext,
    kind: K,
    build: (tenant: PolicyTenant, current: PolicyVersion<K> | null) => PolicyDocuments[K],
  ): Promise<PolicyVersion<K>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.run(ctx, async (tx) => {
          const tenant = await loadPolicyTenant(tx);
          const current = await this.latestIn(tx, kind);
          const document = build(tenant, current);
          const [row] = await tx.query<PolicyRow>(
            `insert into tenant_policies (tenant_id, kind, version, document, created_by)
             values ($1, $2, $3, $4, $5)
             returning kind, version, document, created_at, created_by`,
            [tx.tenantId, kind, (current?.version ?? 0) + 1, JSON.stringify(document), actorLabel(ctx)],
          );
          await tx.emit({
            type: 'tenant.policy_updated',
            aggregateType: 'tenant',
            aggregateId: tx.tenantId,
            payload: { kind, version: row.version },
          });
          return toVersion<K>(row);
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        if (attempt >= MAX_ATTEMPTS) {
          throw new ConflictError('The policy was changed by someone else at the same time; try again', { field: 'kind' });
        }
      }
    }
  }

  /** The document in force, read in a caller's transaction; the defaults while the tenant has no version yet. */
  async currentDocumentIn<K extends PolicyKind>(tx: TenantTransaction, kind: K): Promise<PolicyDocuments[K]> {
    const latest = await this.latestIn(tx, kind);
    return latest?.document ?? defaultPolicy(kind, await loadPolicyTenant(tx));
  }

  /**
   * The version that was in force at an instant (the newest stored at or before it), read in a
   * caller's transaction; null when the tenant had none then, so the defaults applied.
   */
  async inForceAtIn<K extends PolicyKind>(tx: TenantTransaction, kind: K, at: Date): Promise<PolicyVersion<K> | null> {
    const [row] = await tx.query<PolicyRow>(
      `select kind, version, document, created_at, created_by from tenant_policies
        where tenant_id = $1 and kind = $2 and created_at <= $3
        order by version desc limit 1`,
      [tx.tenantId, kind, at],
    );
    return row ? toVersion<K>(row) : null;
  }

  /** The version in force read in a caller's transaction, or null before the tenant has one. */
  async latestIn<K extends PolicyKind>(tx: TenantTransaction, kind: K): Promise<PolicyVersion<K> | null> {
    const [row] = await tx.query<PolicyRow>(
      `select kind, version, document, created_at, created_by from tenant_policies
        where tenant_id = $1 and kind = $2
        order by version desc limit 1`,
      [tx.tenantId, kind],
    );
    return row ? toVersion<K>(row) : null;
  }
}

/** The tenant facts policies are checked against, read in the caller's transaction. */
export async function loadPolicyTenant(tx: TenantTransaction): Promise<PolicyTenant> {
  const [row] = await tx.query<{ name: string; currency: string; locales: PolicyTenant['locales']; default_locale: PolicyTenant['defaultLocale'] }>(
    `select name, currency, locales, default_locale from tenants where id = $1`,
    [tx.tenantId],
  );
  if (!row) throw new NotFoundError('Tenant');
  return { name: row.name, currency: row.currency.trim(), locales: row.locales, defaultLocale: row.default_locale };
}
