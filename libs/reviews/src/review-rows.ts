// Reviews as stored, how they are read (with the author's shown name and a sort key exact to the
// microsecond for cursors), and the views the services hand out.
import { type TenantTransaction } from '@quartier/platform';

/** Who wrote the review: the appointment's customer (about the helper) or its helper (about the customer). */
export type ReviewerRole = 'customer' | 'helper';
export type ModerationAction = 'hidden' | 'unhidden';

export interface ReviewRow {
  id: string;
  appointment_id: string;
  author_id: string;
  author_role: ReviewerRole;
  author_name: string;
  subject_id: string;
  stars: number;
  text: string;
  reviews_policy_version: number;
  window_closes_at: Date;
  created_at: Date;
  published_at: Date | null;
  hidden_at: Date | null;
  hidden_by: string | null;
  hidden_reason: string | null;
  /** created_at (or published_at, for public lists) as UTC text to the microsecond. */
  sort_key: string;
}

const utcKey = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * The select list and joins every read of reviews shares; `sortedBy` is the column the caller's
 * list is ordered by. A helper is shown with their profile's name, a customer with their account's.
 */
export function reviewSelect(sortedBy: 'created_at' | 'published_at'): string {
  return `select r.id, r.appointment_id, r.author_id, r.author_role, coalesce(hp.display_name, u.display_name) as author_name, r.subject_id,
                 r.stars, r.text, r.reviews_policy_version, r.window_closes_at, r.created_at, r.published_at,
                 r.hidden_at, r.hidden_by, r.hidden_reason, ${utcKey(`r.${sortedBy}`)} as sort_key
            from reviews r
            join users u on u.tenant_id = r.tenant_id and u.id = r.author_id
            left join helper_profiles hp on hp.tenant_id = r.tenant_id and hp.user_id = r.author_id and r.author_role = 'helper'`;
}

export interface ReviewView {
  id: string;
  appointmentId: string;
  authorId: string;
  authorRole: ReviewerRole;
  authorName: string;
  subjectId: string;
  stars: number;
  text: string;
  reviewsPolicyVersion: number;
  windowClosesAt: Date;
  createdAt: Date;
  publishedAt: Date | null;
  hidden: boolean;
  /** Whether the reader wrote it (false for everyone else, operators included). */
  writtenByMe: boolean;
}

export interface ModerationEntryView {
  action: ModerationAction;
  reason: string;
  actorId: string;
  createdAt: Date;
}

export interface ModeratedReviewView extends ReviewView {
  hiddenAt: Date | null;
  hiddenBy: string | null;
  hiddenReason: string | null;
  moderation: ModerationEntryView[];
}

/** A review of a helper by a customer, as anyone may read it once published. */
export interface PublicReviewView {
  id: string;
  stars: number;
  text: string;
  authorName: string;
  publishedAt: Date;
}

export function toReviewView(row: ReviewRow, readerId: string | null): ReviewView {
  return {
    id: row.id,
    appointmentId: row.appointment_id,
    authorId: row.author_id,
    authorRole: row.author_role,
    authorName: row.author_name,
    subjectId: row.subject_id,
    stars: row.stars,
    text: row.text,
    reviewsPolicyVersion: row.reviews_policy_version,
    windowClosesAt: row.window_closes_at,
    createdAt: row.created_at,
    publishedAt: row.published_at,
    hidden: row.hidden_at !== null,
    writtenByMe: readerId !== null && row.author_id === readerId,
  };
}

export function toPublicReviewView(row: ReviewRow): PublicReviewView {
  return { id: row.id, stars: row.stars, text: row.text, authorName: row.author_name, publishedAt: row.published_at as Date };
}

/** Reviews with their moderation history, oldest entry first, for operators. */
export async function toModeratedViews(tx: TenantTransaction, rows: ReviewRow[]): Promise<ModeratedReviewView[]> {
  const entries = rows.length
    ? await tx.query<{ review_id: string; action: ModerationAction; reason: string; actor_id: string; created_at: Date }>(
        `select review_id, action, reason, actor_id, created_at from review_moderation_events
          where tenant_id = $1 and review_id = any($2::uuid[])
          order by created_at, id`,
        [tx.tenantId, rows.map((row) => row.id)],
      )
    : [];
  return rows.map((row) => ({
    ...toReviewView(row, null),
    hiddenAt: row.hidden_at,
    hiddenBy: row.hidden_by,
    hiddenReason: row.hidden_reason,
    moderation: entries
      .filter((entry) => entry.review_id === row.id)
      .map((entry) => ({ action: entry.action, reason: entry.reason, actorId: entry.actor_id, createdAt: entry.created_at })),
  }));
}

/** One review read in the caller's transaction, optionally locked; null when it does not exist here. */
export async function findReview(tx: TenantTransaction, reviewId: string, options: { lock: boolean }): Promise<ReviewRow | null> {
  // The lock names only the review row: the joined rows are read, never changed, here.
  const [row] = await tx.query<ReviewRow>(
    `${reviewSelect('created_at')} where r.tenant_id = $1 and r.id = $2::uuid ${options.lock ? 'for update of r' : ''}`,
    [tx.tenantId, reviewId],
  );
  return row ?? null;
}
