// The SLA a request is held to: the version of the site's SLA policy in force when it was posted
// (stored documents read with today's defaults for fields added since), so changing the policy
// never moves the targets of requests already posted.
import type { RequestRow } from '@quartier/booking';
import type { TenantTransaction } from '@quartier/platform';
import { slaPolicy, type SlaPolicy, type TenantPolicyService } from '@quartier/tenancy';

export async function requestSlaIn(tx: TenantTransaction, policies: TenantPolicyService, row: Pick<RequestRow, 'sla_policy_version'>): Promise<SlaPolicy> {
  if (row.sla_policy_version === null) return policies.currentDocumentIn(tx, 'sla');
  const [stored] = await tx.query<{ document: unknown }>(`select document from tenant_policies where tenant_id = $1 and kind = 'sla' and version = $2`, [
    tx.tenantId,
    row.sla_policy_version,
  ]);
  return stored ? slaPolicy.parse(stored.document) : policies.currentDocumentIn(tx, 'sla');
}
