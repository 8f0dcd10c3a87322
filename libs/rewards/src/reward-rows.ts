// Rows of the rewards tables as read, and the views services hand to resolvers. Names are resolved
// to the reader's locale (else the site's default locale, else any) when the view is built.
import type { LocalizedText } from '@quartier/tenancy';
import type { RewardLevel } from './reward-levels.js';

export const EARNING_REASONS = ['job_completed', 'five_star_review', 'fast_first_response', 'escalated_pickup', 'repeat_customer', 'vetting_completed'] as const;
export type EarningReason = (typeof EARNING_REASONS)[number];
export type RewardReason = EarningReason | 'redemption' | 'redemption_returned';

export const REDEMPTION_STATUSES = ['requested', 'approved', 'rejected'] as const;
export type RedemptionStatus = (typeof REDEMPTION_STATUSES)[number];

/** A timestamp as text to the microsecond in UTC: what list cursors carry. */
export const utcKey = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export interface PointsRow {
  id: string;
  helper_id: string;
  points: number;
  reason: RewardReason;
  rewards_policy_version: number;
  redemption_id: string | null;
  created_at: Date;
  sort_key: string;
}

export const POINTS_COLUMNS = `id, helper_id, points, reason, rewards_policy_version, redemption_id, created_at, ${utcKey('created_at')} as sort_key`;

export interface RewardEntryView {
  id: string;
  points: number;
  reason: RewardReason;
  rewardsPolicyVersion: number;
  redemptionId: string | null;
  createdAt: Date;
}

export const toEntryView = (row: PointsRow): RewardEntryView => ({
  id: row.id,
  points: row.points,
  reason: row.reason,
  rewardsPolicyVersion: row.rewards_policy_version,
  redemptionId: row.redemption_id,
  createdAt: row.created_at,
});

export interface RedemptionRow {
  id: string;
  helper_id: string;
  helper_name: string;
  item_key: string;
  item_name: LocalizedText;
  points: number;
  rewards_policy_version: number;
  status: RedemptionStatus;
  requested_at: Date;
  decided_at: Date | null;
  decided_by: string | null;
  decision_reason: string | null;
  sort_key: string;
}

export const REDEMPTION_SELECT = `select d.id, d.helper_id, h.display_name as helper_name, d.item_key, d.item_name, d.points, d.rewards_policy_version,
         d.status, d.requested_at, d.decided_at, d.decided_by, d.decision_reason, ${utcKey('d.requested_at')} as sort_key
    from reward_redemptions d
    join helper_profiles h on h.tenant_id = d.tenant_id and h.user_id = d.helper_id`;

export interface RedemptionView {
  id: string;
  helperId: string;
  helperName: string;
  itemKey: string;
  itemName: string;
  points: number;
  rewardsPolicyVersion: number;
  status: RedemptionStatus;
  requestedAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionReason: string | null;
}

/** The text in `locale`, else in the default locale, else in any locale; null when there is none. */
export function nameIn(text: LocalizedText | null | undefined, locale: string, defaultLocale: string): string | null {
  if (!text) return null;
  const byLocale = text as Record<string, string | undefined>;
  return byLocale[locale] ?? byLocale[defaultLocale] ?? Object.values(byLocale).find(Boolean) ?? null;
}

export const toRedemptionView = (row: RedemptionRow, locale: string, defaultLocale: string): RedemptionView => ({
  id: row.id,
  helperId: row.helper_id,
  helperName: row.helper_name,
  itemKey: row.item_key,
  itemName: nameIn(row.item_name, locale, defaultLocale) ?? row.item_key,
  points: row.points,
  rewardsPolicyVersion: row.rewards_policy_version,
  status: row.status,
  requestedAt: row.requested_at,
  decidedAt: row.decided_at,
  decidedBy: row.decided_by,
  decisionReason: row.decision_reason,
});

export interface RewardLevelView {
  key: string;
  name: string;
  rank: number;
  minPoints: number;
  minRating: number | null;
  minReviews: number | null;
  minReliability: number | null;
}

export const toLevelView = (level: RewardLevel, rank: number, locale: string, defaultLocale: string): RewardLevelView => ({
  key: level.key,
  name: nameIn(level.name, locale, defaultLocale) ?? level.key,
  rank,
  minPoints: level.minPoints,
  minRating: level.minRating ?? null,
  minReviews: level.minReviews ?? null,
  minReliability: level.minReliability ?? null,
});
