// Reads a tenant's rewards rules and helpers' records inside a caller's transaction. Dispatch reads
// levels through here too (helperLevelsIn, topLevelRankIn) to give the top level first look.
import type { TenantTransaction } from '@quartier/platform';
import { defaultPolicy, loadPolicyTenant, rewardsPolicy, type RewardsPolicy } from '@quartier/tenancy';
import { EMPTY_RECORD, type HelperRecord, levelRankOf } from './reward-levels.js';

/** A rewards policy document and its version (0: the defaults, before the tenant stored one). */
export interface RewardsRules {
  version: number;
  policy: RewardsPolicy;
}

/**
 * The rewards policy in force now, or at `at` (the newest version stored then), parsed so that
 * documents stored before a field existed read with its default.
 */
export async function rewardsRulesIn(tx: TenantTransaction, at: Date | null = null): Promise<RewardsRules> {
  const [row] = await tx.query<{ version: number; document: unknown }>(
    `select version, document from tenant_policies
      where tenant_id = $1 and kind = 'rewards' and ($2::timestamptz is null or created_at <= $2)
      order by version desc limit 1`,
    [tx.tenantId, at],
  );
  if (row) return { version: row.version, policy: rewardsPolicy.parse(row.document) };
  return { version: 0, policy: defaultPolicy('rewards', await loadPolicyTenant(tx)) };
}

/** Entries that count as earned: everything but spending and what a rejected redemption gave back. */
export const EARNING_FILTER = `reason not in ('redemption', 'redemption_returned')`;

/** Each helper's record (helpers without any history get zeros). */
export async function helperRecordsIn(tx: TenantTransaction, helperIds: readonly string[]): Promise<Map<string, HelperRecord>> {
  const records = new Map<string, HelperRecord>();
  const ids = [...new Set(helperIds)];
  if (ids.length === 0) return records;
  const rows = await tx.query<{ helper_id: string; lifetime: string; review_count: number | null; stars_sum: number | null; completed: string; released: string }>(
    `select h.helper_id,
            (select coalesce(sum(p.points), 0) from reward_points p
              where p.tenant_id = $1 and p.helper_id = h.helper_id and p.${EARNING_FILTER}) as lifetime,
            r.review_count, r.stars_sum,
            (select count(*) from appointments a where a.tenant_id = $1 and a.helper_id = h.helper_id and a.status = 'completed') as completed,
            (select count(*) from request_events e
              where e.tenant_id = $1 and e.event = 'reallocated' and (e.details ->> 'releasedHelperId') = h.helper_id::text) as released
       from unnest($2::uuid[]) as h (helper_id)
       left join helper_ratings r on r.tenant_id = $1 and r.helper_id = h.helper_id`,
    [tx.tenantId, ids],
  );
  for (const row of rows) {
    records.set(row.helper_id, {
      lifetimePoints: Number(row.lifetime),
      reviewCount: row.review_count ?? 0,
      starsSum: row.stars_sum ?? 0,
      completedJobs: Number(row.completed),
      releasedJobs: Number(row.released),
    });
  }
  return records;
}

export async function helperRecordIn(tx: TenantTransaction, helperId: string): Promise<HelperRecord> {
  return (await helperRecordsIn(tx, [helperId])).get(helperId) ?? EMPTY_RECORD;
}

/** Each helper's level under the policy in force: its key and rank (0 the lowest). */
export async function helperLevelsIn(tx: TenantTransaction, helperIds: string[]): Promise<Map<string, { key: string; rank: number }>> {
  const levels = new Map<string, { key: string; rank: number }>();
  if (helperIds.length === 0) return levels;
  const { policy } = await rewardsRulesIn(tx);
  const records = await helperRecordsIn(tx, helperIds);
  for (const helperId of helperIds) {
    const rank = levelRankOf(policy.levels, records.get(helperId) ?? EMPTY_RECORD);
    levels.set(helperId, { key: policy.levels[rank].key, rank });
  }
  return levels;
}

/** The rank of the highest level under the policy in force (0 when there is one level). */
export async function topLevelRankIn(tx: TenantTransaction): Promise<number> {
  const { policy } = await rewardsRulesIn(tx);
  return policy.levels.length - 1;
}
