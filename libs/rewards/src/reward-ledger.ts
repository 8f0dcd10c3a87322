// The points ledger: append-only entries, balances summed from them. Entries are written in the
// caller's transaction; a business key already taken writes nothing and says so.
import { decodeTimeCursor, encodeCursor, newId, pageSize, type TenantTransaction, toConnection } from '@quartier/platform';
import { POINTS_COLUMNS, type PointsRow, type RewardEntryView, type RewardReason, toEntryView } from './reward-rows.js';

export interface NewEntry {
  helperId: string;
  points: number;
  reason: RewardReason;
  businessKey: string;
  rewardsPolicyVersion: number;
  sourceEventId?: string | null;
  redemptionId?: string | null;
  /** Earning entries: the helper's level just after this entry. */
  levelKey?: string | null;
  at: Date;
}

/** Appends an entry; null when its business key is already in the ledger (nothing written). */
export async function appendEntryIn(tx: TenantTransaction, entry: NewEntry): Promise<PointsRow | null> {
  const [row] = await tx.query<PointsRow>(
    `insert into reward_points (tenant_id, id, helper_id, points, reason, business_key, rewards_policy_version, source_event_id, redemption_id, level_key, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     on conflict (tenant_id, business_key) do nothing
     returning ${POINTS_COLUMNS}`,
    [tx.tenantId, newId(), entry.helperId, entry.points, entry.reason, entry.businessKey, entry.rewardsPolicyVersion, entry.sourceEventId ?? null, entry.redemptionId ?? null, entry.levelKey ?? null, entry.at],
  );
  return row ?? null;
}

/** The level the helper held after their latest earning entry; null before the first. */
export async function lastLevelKeyIn(tx: TenantTransaction, helperId: string): Promise<string | null> {
  const [row] = await tx.query<{ level_key: string }>(
    `select level_key from reward_points where tenant_id = $1 and helper_id = $2 and level_key is not null order by created_at desc, id desc limit 1`,
    [tx.tenantId, helperId],
  );
  return row?.level_key ?? null;
}

/** What the helper may spend: every entry summed. */
export async function balanceIn(tx: TenantTransaction, helperId: string): Promise<number> {
  const [row] = await tx.query<{ balance: string }>(`select coalesce(sum(points), 0) as balance from reward_points where tenant_id = $1 and helper_id = $2`, [
    tx.tenantId,
    helperId,
  ]);
  return Number(row.balance);
}

/** The helper's entries, newest first. */
export async function entriesPageIn(
  tx: TenantTransaction,
  helperId: string,
  page: { first?: number | null; after?: string | null },
): Promise<{ edges: { cursor: string; node: RewardEntryView }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> {
  const size = pageSize(page.first);
  const after = decodeTimeCursor(page.after);
  const rows = await tx.query<PointsRow>(
    `select ${POINTS_COLUMNS} from reward_points
      where tenant_id = $1 and helper_id = $2 and ($3::timestamptz is null or (created_at, id) < ($3, $4::uuid))
      order by created_at desc, id desc
      limit $5`,
    [tx.tenantId, helperId, after?.t ?? null, after?.id ?? null, size + 1],
  );
  return toConnection(rows, size, toEntryView, (row) => encodeCursor({ t: row.sort_key, id: row.id }));
}
