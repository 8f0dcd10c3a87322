// Every platform write leaves a row in platform_audit_log, written in the same transaction as the
// change, so the change and its record commit or roll back together.
import { newId, type RequestContext } from '@quartier/platform';

interface SqlRunner {
  query<T = Record<string, unknown>>(sql: string, parameters?: unknown[]): Promise<T[]>;
}

export type PlatformAction = 'create_tenant' | 'suspend_tenant' | 'reactivate_tenant' | 'update_tenant_domains' | 'import_tenant_places';

export async function recordPlatformAction(
  tx: SqlRunner,
  ctx: RequestContext,
  input: { action: PlatformAction; tenantId: string; purpose: string },
): Promise<void> {
  const adminId = ctx.actor.kind === 'platform_admin' ? ctx.actor.adminId : null;
  await tx.query(
    `insert into platform_audit_log (id, admin_id, action, purpose, tenant, request_id) values ($1, $2, $3, $4, $5, $6)`,
    [newId(), adminId, input.action, input.purpose.slice(0, 500), input.tenantId, ctx.requestId],
  );
}
