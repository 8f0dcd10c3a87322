// Helpers spend points on the site's reward catalog; operators approve or reject each redemption
// once. Asking debits the price at once, under the helper's profile row lock, so concurrent asks
// never spend more than the balance; a rejection gives the points back with an entry of its own.
import { Injectable } from '@nestjs/common';
import {
  asUuid,
  Clock,
  decodeTimeCursor,
  encodeCursor,
  newId,
  NotFoundError,
  pageSize,
  type RequestContext,
  TenantDatabase,
  type TenantTransaction,
  toConnection,
  ValidationError,
} from '@quartier/platform';
import { loadPolicyTenant } from '@quartier/tenancy';
import { appendEntryIn, balanceIn } from './reward-ledger.js';
import { REDEMPTION_SELECT, REDEMPTION_STATUSES, type RedemptionRow, type RedemptionStatus, type RedemptionView, toRedemptionView } from './reward-rows.js';
import { rewardsRulesIn } from './reward-standing.js';
import { helperCaller, operatorCaller } from './rewards-access.js';
import { checkReason, InsufficientPointsError, RedemptionAlreadyDecidedError } from './rewards.errors.js';

interface PageInput {
  first?: number | null;
  after?: string | null;
}

@Injectable()
export class RedemptionService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: Clock,
  ) {}

  /** The calling helper asks for a catalog item; a balance short of its price is CONFLICT INSUFFICIENT_POINTS with nothing written. */
  redeem(ctx: RequestContext, input: { itemKey: string }): Promise<RedemptionView> {
    const helperId = helperCaller(ctx);
    const itemKey = (input.itemKey ?? '').trim();
    if (!itemKey || itemKey.length > 60) throw new ValidationError('itemKey', 'itemKey must be 1–60 characters');
    return this.db.run(ctx, async (tx) => {
      const { version, policy } = await rewardsRulesIn(tx);
      const item = policy.catalog.find((candidate) => candidate.key === itemKey);
      if (!item) throw new NotFoundError('Reward');
      // Two asks of one helper queue here, so the second sees the first's debit.
      const [profile] = await tx.query(`select 1 from helper_profiles where tenant_id = $1 and user_id = $2 for no key update`, [tx.tenantId, helperId]);
      const balance = profile ? await balanceIn(tx, helperId) : 0;
      if (balance < item.points) throw new InsufficientPointsError(balance, item.points);
      const id = newId();
      const now = this.clock.now();
      await tx.query(
        `insert into reward_redemptions (tenant_id, id, helper_id, item_key, item_name, points, rewards_policy_version, status, requested_at)
         values ($1, $2, $3, $4, $5, $6, $7, 'requested', $8)`,
        [tx.tenantId, id, helperId, item.key, JSON.stringify(item.name), item.points, version, now],
      );
      await appendEntryIn(tx, { helperId, points: -item.points, reason: 'redemption', businessKey: `redemption:${id}`, rewardsPolicyVersion: version, redemptionId: id, at: now });
      await tx.emit({
        type: 'rewards.redemption_requested',
        aggregateType: 'reward_redemption',
        aggregateId: id,
        payload: { redemptionId: id, helperId, itemKey: item.key, points: item.points, rewardsPolicyVersion: version },
      });
      return this.viewIn(tx, id);
    });
  }

  /** The calling helper's redemptions, newest first. */
  myRedemptions(ctx: RequestContext, input: PageInput) {
    const helperId = helperCaller(ctx);
    const size = pageSize(input.first);
    const after = decodeTimeCursor(input.after);
    return this.db.run(ctx, async (tx) => {
      const rows = await tx.query<RedemptionRow>(
        `${REDEMPTION_SELECT}
          where d.tenant_id = $1 and d.helper_id = $2 and ($3::timestamptz is null or (d.requested_at, d.id) < ($3, $4::uuid))
          order by d.requested_at desc, d.id desc
          limit $5`,
        [tx.tenantId, helperId, after?.t ?? null, after?.id ?? null, size + 1],
      );
      return this.connectionIn(tx, rows, size);
    });
  }

  /** The site's redemptions for operators, oldest first (the order they are handled in); `status` filters. */
  siteRedemptions(ctx: RequestContext, input: PageInput & { status?: RedemptionStatus | null }) {
    operatorCaller(ctx);
    if (input.status && !REDEMPTION_STATUSES.includes(input.status)) throw new ValidationError('status', 'Unknown redemption status');
    const size = pageSize(input.first);
    const after = decodeTimeCursor(input.after);
    return this.db.run(ctx, async (tx) => {
      const rows = await tx.query<RedemptionRow>(
        `${REDEMPTION_SELECT}
          where d.tenant_id = $1 and ($2::text is null or d.status = $2) and ($3::timestamptz is null or (d.requested_at, d.id) > ($3, $4::uuid))
          order by d.requested_at, d.id
          limit $5`,
        [tx.tenantId, input.status ?? null, after?.t ?? null, after?.id ?? null, size + 1],
      );
      return this.connectionIn(tx, rows, size);
    });
  }

  /** Approves a requested redemption; its points stay spent. */
  approve(ctx: RequestContext, input: { id: string }): Promise<RedemptionView> {
    const operatorId = operatorCaller(ctx);
    return this.decide(ctx, input.id, async (tx, row, now) => {
      await tx.query(`update reward_redemptions set status = 'approved', decided_at = $3, decided_by = $4 where tenant_id = $1 and id = $2`, [
        tx.tenantId,
        row.id,
        now,
        operatorId,
      ]);
      await tx.emit({
        type: 'rewards.redemption_approved',
        aggregateType: 'reward_redemption',
        aggregateId: row.id,
        payload: { redemptionId: row.id, helperId: row.helper_id, itemKey: row.item_key, points: row.points, decidedBy: operatorId },
      });
    });
  }

  /** Rejects a requested redemption with a reason the helper reads; the points go back to the helper. */
  reject(ctx: RequestContext, input: { id: string; reason: string }): Promise<RedemptionView> {
    const operatorId = operatorCaller(ctx);
    const reason = checkReason(input.reason);
    return this.decide(ctx, input.id, async (tx, row, now) => {
      await tx.query(
        `update reward_redemptions set status = 'rejected', decided_at = $3, decided_by = $4, decision_reason = $5 where tenant_id = $1 and id = $2`,
        [tx.tenantId, row.id, now, operatorId, reason],
      );
      await appendEntryIn(tx, {
        helperId: row.helper_id,
        points: row.points,
        reason: 'redemption_returned',
        businessKey: `redemption_returned:${row.id}`,
        rewardsPolicyVersion: row.rewards_policy_version,
        redemptionId: row.id,
        at: now,
      });
      await tx.emit({
        type: 'rewards.redemption_rejected',
        aggregateType: 'reward_redemption',
        aggregateId: row.id,
        payload: { redemptionId: row.id, helperId: row.helper_id, itemKey: row.item_key, points: row.points, decidedBy: operatorId, reason },
      });
    });
  }

  /** Locks the redemption; one decided already is CONFLICT ALREADY_DECIDED with nothing written. */
  private decide(ctx: RequestContext, id: string, apply: (tx: TenantTransaction, row: RedemptionRow, now: Date) => Promise<void>): Promise<RedemptionView> {
    return this.db.run(ctx, async (tx) => {
      const [row] = await tx.query<RedemptionRow>(
        `select id, helper_id, item_key, points, rewards_policy_version, status from reward_redemptions where tenant_id = $1 and id = $2 for update`,
        [tx.tenantId, asUuid(id)],
      );
      if (!row) throw new NotFoundError('Redemption');
      if (row.status !== 'requested') throw new RedemptionAlreadyDecidedError(row.status);
      await apply(tx, row, this.clock.now());
      return this.viewIn(tx, row.id);
    });
  }

  private async viewIn(tx: TenantTransaction, id: string): Promise<RedemptionView> {
    const [row] = await tx.query<RedemptionRow>(`${REDEMPTION_SELECT} where d.tenant_id = $1 and d.id = $2`, [tx.tenantId, id]);
    if (!row) throw new NotFoundError('Redemption');
    const tenant = await loadPolicyTenant(tx);
    return toRedemptionView(row, tx.ctx.locale, tenant.defaultLocale);
  }

  private async connectionIn(tx: TenantTransaction, rows: RedemptionRow[], size: number) {
    const tenant = await loadPolicyTenant(tx);
    return toConnection(
      rows,
      size,
      (row) => toRedemptionView(row, tx.ctx.locale, tenant.defaultLocale),
      (row) => encodeCursor({ t: row.sort_key, id: row.id }),
    );
  }
}
