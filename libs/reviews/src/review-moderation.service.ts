// Operators hide a review (abuse, personal data…) or show it again, always with a reason. The
// review is never deleted: its current state is on the row, every decision in the append-only
// review_moderation_events, and the helper's rating follows in the same transaction.
import { Injectable } from '@nestjs/common';
import { Clock, ConflictError, ForbiddenError, newId, NotFoundError, type RequestContext, TenantDatabase } from '@quartier/platform';
import { adjustHelperRatings, countsTowardsRating } from './helper-ratings.js';
import { findReview, type ModeratedReviewView, type ModerationAction, toModeratedViews } from './review-rows.js';
import { asUuid, callerId, checkReason } from './review.rules.js';

@Injectable()
export class ReviewModerationService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: Clock,
  ) {}

  /** Hides a review from everyone but operators; its stars leave the helper's rating. */
  hideReview(ctx: RequestContext, input: { reviewId: string; reason: string }): Promise<ModeratedReviewView> {
    return this.moderate(ctx, { ...input, action: 'hidden' });
  }

  /** Shows a hidden review again; once published, its stars count again. */
  unhideReview(ctx: RequestContext, input: { reviewId: string; reason: string }): Promise<ModeratedReviewView> {
    return this.moderate(ctx, { ...input, action: 'unhidden' });
  }

  private async moderate(ctx: RequestContext, input: { reviewId: string; reason: string; action: ModerationAction }): Promise<ModeratedReviewView> {
    const operatorId = callerId(ctx);
    if (!ctx.hasRole('operator_admin', 'operator_agent')) throw new ForbiddenError();
    const reason = checkReason(input.reason);
    const hide = input.action === 'hidden';
    return this.db.run(ctx, async (tx) => {
      const review = await findReview(tx, asUuid(input.reviewId), { lock: true });
      if (!review) throw new NotFoundError('Review');
      if ((review.hidden_at !== null) === hide) {
        throw new ConflictError(hide ? 'The review is already hidden' : 'The review is not hidden', {
          field: 'reviewId',
          detail: hide ? 'ALREADY_HIDDEN' : 'NOT_HIDDEN',
        });
      }
      const now = this.clock.now();
      // A published customer's review counts while visible: hiding takes it out, unhiding puts it back.
      const counted = countsTowardsRating({ ...review, hidden_at: null });
      await tx.query(
        `update reviews set hidden_at = $3, hidden_by = $4, hidden_reason = $5 where tenant_id = $1 and id = $2`,
        [tx.tenantId, review.id, hide ? now : null, hide ? operatorId : null, hide ? reason : null],
      );
      await tx.query(
        `insert into review_moderation_events (tenant_id, id, review_id, action, reason, actor_id, created_at) values ($1, $2, $3, $4, $5, $6, $7)`,
        [tx.tenantId, newId(), review.id, input.action, reason, operatorId, now],
      );
      if (counted) await adjustHelperRatings(tx, [review], hide ? -1 : 1, now);
      await tx.emit({
        type: `review.${input.action}`,
        aggregateType: 'review',
        aggregateId: review.id,
        payload: { appointmentId: review.appointment_id, subjectId: review.subject_id, reason },
      });
      const updated = await findReview(tx, review.id, { lock: false });
      const [view] = await toModeratedViews(tx, updated ? [updated] : []);
      return view;
    });
  }
}
