// Writing and publishing reviews. After an appointment is completed, its customer reviews the
// helper and its helper reviews the customer, once each, inside the window of the reviews policy
// version in force at completion. Reviews are double-blind: each stays visible to its author only
// until both sides wrote (published in the transaction of the second review) or the window
// closes (published by `publishDue`, the platform's job). Publishing a customer's review adds it to
// the helper's rating in the same transaction.
import { Injectable } from '@nestjs/common';
import { Clock, ForbiddenError, newId, NotFoundError, type RequestContext, TenantDatabase, type TenantTransaction } from '@quartier/platform';
import { defaultPolicy, loadPolicyTenant, TenantPolicyService } from '@quartier/tenancy';
import { adjustHelperRatings, countsTowardsRating } from './helper-ratings.js';
import { findReview, type ReviewerRole, type ReviewRow, type ReviewView, toReviewView } from './review-rows.js';
import {
  AlreadyReviewedError,
  asUuid,
  callerId,
  checkStars,
  checkText,
  MAX_TEXT_LENGTH,
  ReviewWindowClosedError,
  ReviewWindowNotOpenError,
  reviewWindowState,
  windowClosesAt,
} from './review.rules.js';

export interface WriteReviewInput {
  appointmentId: string;
  stars: number;
  text?: string | null;
}

interface AppointmentRow {
  id: string;
  customer_id: string;
  helper_id: string;
  status: string;
  completed_at: Date | null;
}

/** Publishes at most this many overdue reviews per run; the next run takes the rest. */
const PUBLISH_BATCH = 500;

@Injectable()
export class ReviewService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly policies: TenantPolicyService,
    private readonly clock: Clock,
  ) {}

  /**
   * The caller's review of an appointment they took part in. Someone else's or an unknown
   * appointment is NOT_FOUND; before completion, after the window or a second time is a CONFLICT;
   * bad stars or text name the field. Nothing is written on any of these.
   */
  async writeReview(ctx: RequestContext, input: WriteReviewInput): Promise<ReviewView> {
    const authorId = callerId(ctx);
    const stars = checkStars(input.stars);
    checkText(input.text, { minTextLength: 0, maxTextLength: MAX_TEXT_LENGTH });
    return this.db.run(ctx, async (tx) => {
      // Serializes the two sides' reviews of one appointment, so the second always sees the first.
      const [appointment] = await tx.query<AppointmentRow>(
        `select id, customer_id, helper_id, status, completed_at from appointments
          where tenant_id = $1 and id = $2::uuid and (customer_id = $3 or helper_id = $3)
          for no key update`,
        [tx.tenantId, asUuid(input.appointmentId), authorId],
      );
      if (!appointment) throw new NotFoundError('Appointment');
      const completedAt = appointment.status === 'completed' ? appointment.completed_at : null;
      if (!completedAt) throw new ReviewWindowNotOpenError();

      // The version in force at completion; a site that had none then reviews under the defaults.
      const version = await this.policies.inForceAtIn(tx, 'reviews', completedAt);
      const policy = version?.document ?? defaultPolicy('reviews', await loadPolicyTenant(tx));
      const closesAt = windowClosesAt(completedAt, policy);
      const now = this.clock.now();
      if (reviewWindowState(completedAt, closesAt, now) === 'closed') throw new ReviewWindowClosedError(closesAt);

      const existing = await tx.query<{ author_id: string }>(
        `select author_id from reviews where tenant_id = $1 and appointment_id = $2`,
        [tx.tenantId, appointment.id],
      );
      if (existing.some((review) => review.author_id === authorId)) throw new AlreadyReviewedError();
      const text = checkText(input.text, policy);

      const authorRole: ReviewerRole = appointment.customer_id === authorId ? 'customer' : 'helper';
      const subjectId = authorRole === 'customer' ? appointment.helper_id : appointment.customer_id;
      const id = newId();
      await tx.query(
        `insert into reviews (tenant_id, id, appointment_id, author_id, author_role, subject_id, stars, text, reviews_policy_version, window_closes_at, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [tx.tenantId, id, appointment.id, authorId, authorRole, subjectId, stars, text, version?.version ?? 0, closesAt, now],
      );
      await tx.emit({
        type: 'review.submitted',
        aggregateType: 'review',
        aggregateId: id,
        payload: { appointmentId: appointment.id, authorRole, subjectId },
      });
      if (existing.length > 0) {
        await this.publishIn(tx, { appointmentIds: [appointment.id], now });
      }
      const row = await findReview(tx, id, { lock: false });
      if (!row) throw new NotFoundError('Review');
      return toReviewView(row, authorId);
    });
  }

  /**
   * Publishes every unpublished review whose window has closed at `now`, for the platform's own
   * jobs (system context). Reviews locked by a concurrent write are left for the next run.
   * Returns how many were published.
   */
  async publishDue(ctx: RequestContext, now: Date): Promise<number> {
    if (ctx.actor.kind !== 'system') throw new ForbiddenError('Only the platform publishes reviews when their window closes');
    return this.db.run(ctx, async (tx) => {
      const due = await tx.query<{ id: string }>(
        `select id from reviews
          where tenant_id = $1 and published_at is null and window_closes_at <= $2
          order by window_closes_at, id
          limit ${PUBLISH_BATCH}
          for update skip locked`,
        [tx.tenantId, now],
      );
      if (due.length === 0) return 0;
      return this.publishIn(tx, { reviewIds: due.map((review) => review.id), now });
    });
  }

  /** Publishes the given unpublished reviews (by id or by appointment) in the caller's transaction. */
  private async publishIn(tx: TenantTransaction, input: { reviewIds?: string[]; appointmentIds?: string[]; now: Date }): Promise<number> {
    const published = await tx.query<Pick<ReviewRow, 'id' | 'appointment_id' | 'author_role' | 'subject_id' | 'stars' | 'published_at' | 'hidden_at'>>(
      `update reviews set published_at = $4
        where tenant_id = $1 and published_at is null
          and (id = any($2::uuid[]) or appointment_id = any($3::uuid[]))
        returning id, appointment_id, author_role, subject_id, stars, published_at, hidden_at`,
      [tx.tenantId, input.reviewIds ?? [], input.appointmentIds ?? [], input.now],
    );
    await adjustHelperRatings(tx, published.filter(countsTowardsRating), 1, input.now);
    for (const review of published) {
      await tx.emit({
        type: 'review.published',
        aggregateType: 'review',
        aggregateId: review.id,
        payload: { appointmentId: review.appointment_id, authorRole: review.author_role, subjectId: review.subject_id, stars: review.stars },
      });
    }
    return published.length;
  }
}
