// Helpers' points: earned from domain events by the worker, read by the helper (balance, level, what
// the next level still asks, the catalog) and by operators for any helper.
import { Injectable } from '@nestjs/common';
import { asUuid, Clock, isUuid, NotFoundError, type RequestContext, TenantDatabase, type TenantTransaction } from '@quartier/platform';
import { loadPolicyTenant } from '@quartier/tenancy';
import { awardsIn, type Award, type OutboxEventRow, POINTS_FIELD } from './reward-earning.js';
import { appendEntryIn, balanceIn, entriesPageIn, lastLevelKeyIn } from './reward-ledger.js';
import { type HelperRecord, type LevelGap, levelRankOf, ratingOf, reliabilityOf, standingOf } from './reward-levels.js';
import { nameIn, type RewardEntryView, type RewardLevelView, toLevelView } from './reward-rows.js';
import { helperRecordIn, type RewardsRules, rewardsRulesIn } from './reward-standing.js';
import { helperCaller, operatorCaller } from './rewards-access.js';

interface PageInput {
  first?: number | null;
  after?: string | null;
}

export interface RewardsSummaryView {
  helperId: string;
  balance: number;
  lifetimePoints: number;
  rating: number | null;
  reviewCount: number;
  reliability: number | null;
  completedJobs: number;
  level: RewardLevelView;
  nextLevel: (LevelGap & { level: RewardLevelView }) | null;
  entries: { edges: { cursor: string; node: RewardEntryView }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

export interface CatalogItemView {
  key: string;
  name: string;
  points: number;
  affordable: boolean;
}

@Injectable()
export class RewardsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: Clock,
  ) {}

  /**
   * Records what one outbox event earns (system context of the worker's job). Points follow the
   * rewards policy version in force when the event happened and keep that version; an event handled
   * again earns nothing. Emits `rewards.points_earned` per entry and `rewards.level_changed` when the
   * entries move a helper to another level.
   */
  async earnFromEvent(ctx: RequestContext, input: { eventId: string }): Promise<string> {
    if (!isUuid(input.eventId)) return 'skipped: not an event id';
    return this.db.run(ctx, async (tx) => {
      const [event] = await tx.query<OutboxEventRow>(`select id, type, aggregate_id, payload, created_at from outbox_events where tenant_id = $1 and id = $2`, [
        tx.tenantId,
        input.eventId,
      ]);
      if (!event) return 'skipped: no such event';
      const awards = await awardsIn(tx, event);
      if (awards.length === 0) return 'skipped: nothing earned';
      const rules = await rewardsRulesIn(tx, event.created_at);
      const written = await this.recordAwardsIn(tx, rules, awards, event.id);
      return written > 0 ? `earned: ${written} entries` : 'skipped: already earned';
    });
  }

  /** The calling helper's balance, level, next level and entries (newest first). */
  myRewards(ctx: RequestContext, input: PageInput): Promise<RewardsSummaryView> {
    const helperId = helperCaller(ctx);
    return this.db.run(ctx, (tx) => this.summaryIn(tx, helperId, input));
  }

  /** One helper's rewards, for operators; an id that is not a helper of the site is NOT_FOUND. */
  helperRewards(ctx: RequestContext, input: PageInput & { helperId: string }): Promise<RewardsSummaryView> {
    operatorCaller(ctx);
    return this.db.run(ctx, async (tx) => {
      const [helper] = await tx.query(`select 1 from helper_profiles where tenant_id = $1 and user_id = $2`, [tx.tenantId, asUuid(input.helperId)]);
      if (!helper) throw new NotFoundError('Helper');
      return this.summaryIn(tx, asUuid(input.helperId), input);
    });
  }

  /** The site's reward catalog in the caller's locale, each item with whether the helper's balance covers it. */
  rewardCatalog(ctx: RequestContext): Promise<CatalogItemView[]> {
    const helperId = helperCaller(ctx);
    return this.db.run(ctx, async (tx) => {
      const { policy } = await rewardsRulesIn(tx);
      const tenant = await loadPolicyTenant(tx);
      const balance = await balanceIn(tx, helperId);
      return policy.catalog.map((item) => ({
        key: item.key,
        name: nameIn(item.name, tx.ctx.locale, tenant.defaultLocale) ?? item.key,
        points: item.points,
        affordable: balance >= item.points,
      }));
    });
  }

  private async summaryIn(tx: TenantTransaction, helperId: string, page: PageInput): Promise<RewardsSummaryView> {
    const { policy } = await rewardsRulesIn(tx);
    const tenant = await loadPolicyTenant(tx);
    const record = await helperRecordIn(tx, helperId);
    const balance = await balanceIn(tx, helperId);
    const standing = standingOf(policy.levels, record);
    const locale = tx.ctx.locale;
    return {
      helperId,
      balance,
      lifetimePoints: record.lifetimePoints,
      rating: ratingOf(record),
      reviewCount: record.reviewCount,
      reliability: reliabilityOf(record),
      completedJobs: record.completedJobs,
      level: toLevelView(standing.level, standing.rank, locale, tenant.defaultLocale),
      nextLevel: standing.next ? { level: toLevelView(standing.next.level, standing.next.rank, locale, tenant.defaultLocale), ...standing.next.gap } : null,
      entries: await entriesPageIn(tx, helperId, page),
    };
  }

  /**
   * Per helper, in id order, under the helper's profile row lock: the entries, each with the level the
   * helper holds after it, then the events. A level reached since the helper's last earning entry
   * (by points, or by a review or a job taken back in between) is told once, with this entry.
   */
  private async recordAwardsIn(tx: TenantTransaction, rules: RewardsRules, awards: Award[], eventId: string): Promise<number> {
    const byHelper = new Map<string, Award[]>();
    for (const award of awards) byHelper.set(award.helperId, [...(byHelper.get(award.helperId) ?? []), award]);
    const { version: currentVersion, policy: current } = await rewardsRulesIn(tx);
    const levels = current.levels;
    const now = this.clock.now();
    let written = 0;
    for (const [helperId, helperAwards] of [...byHelper].sort(([a], [b]) => a.localeCompare(b))) {
      // FOR NO KEY UPDATE serializes a helper's earning and spending without blocking the ledger's
      // foreign key checks, which only share the key.
      const [profile] = await tx.query(`select 1 from helper_profiles where tenant_id = $1 and user_id = $2 for no key update`, [tx.tenantId, helperId]);
      if (!profile) continue;
      const fromLevel = (await lastLevelKeyIn(tx, helperId)) ?? levels[0].key;
      const record: HelperRecord = { ...(await helperRecordIn(tx, helperId)) };
      let toRank: number | null = null;
      for (const award of helperAwards) {
        const points = rules.policy.pointsPerEvent[POINTS_FIELD[award.reason]];
        if (points <= 0) continue;
        const rank = levelRankOf(levels, { ...record, lifetimePoints: record.lifetimePoints + points });
        const entry = await appendEntryIn(tx, {
          helperId,
          points,
          reason: award.reason,
          businessKey: award.businessKey,
          rewardsPolicyVersion: rules.version,
          sourceEventId: eventId,
          levelKey: levels[rank].key,
          at: now,
        });
        if (!entry) continue;
        record.lifetimePoints += points;
        toRank = rank;
        written += 1;
        await tx.emit({
          type: 'rewards.points_earned',
          aggregateType: 'helper',
          aggregateId: helperId,
          payload: { helperId, entryId: entry.id, points, reason: award.reason, rewardsPolicyVersion: rules.version, sourceEventId: eventId },
        });
      }
      if (toRank === null || levels[toRank].key === fromLevel) continue;
      await tx.emit({
        type: 'rewards.level_changed',
        aggregateType: 'helper',
        aggregateId: helperId,
        payload: { helperId, fromLevel, toLevel: levels[toRank].key, toRank, rewardsPolicyVersion: currentVersion },
      });
    }
    return written;
  }
}
