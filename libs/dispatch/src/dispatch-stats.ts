// Each helper's dispatch history, kept in the transaction of every offer and answer: what routing
// reads as acceptance rate, response speed and reliability.
import type { TenantTransaction } from '@quartier/platform';

type Counter = 'offered' | 'accepted' | 'declined' | 'lapsed' | 'released';

/** Adds one to a counter of each helper's dispatch history (and, for answers, the seconds they took). */
export async function countIn(tx: TenantTransaction, helperIds: readonly string[], counter: Counter, answer?: { seconds: number }): Promise<void> {
  if (helperIds.length === 0) return;
  await tx.query(
    `insert into helper_dispatch_stats (tenant_id, helper_id, ${counter}, answered, response_seconds_sum, updated_at)
     select $1, helper_id, 1, $3, $4, now() from unnest($2::uuid[]) as counted (helper_id)
     on conflict (tenant_id, helper_id) do update
       set ${counter} = helper_dispatch_stats.${counter} + 1,
           answered = helper_dispatch_stats.answered + excluded.answered,
           response_seconds_sum = helper_dispatch_stats.response_seconds_sum + excluded.response_seconds_sum,
           updated_at = excluded.updated_at`,
    [tx.tenantId, helperIds, answer ? 1 : 0, answer ? Math.max(0, Math.round(answer.seconds)) : 0],
  );
}
