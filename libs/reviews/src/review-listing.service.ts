// Who sees which reviews. Anyone: an approved helper's published, visible reviews by customers.
// A participant: everything they wrote, and what was written about them once published and
// visible. Operators: every review of the site, unpublished and hidden ones included.
import { Injectable } from '@nestjs/common';
import { encodeCursor, ForbiddenError, NotFoundError, pageSize, type RequestContext, TenantDatabase, toConnection } from '@quartier/platform';
import {
  type ModeratedReviewView,
  type PublicReviewView,
  type ReviewRow,
  reviewSelect,
  type ReviewView,
  toModeratedViews,
  toPublicReviewView,
  toReviewView,
} from './review-rows.js';
import { asUuid, callerId, reviewCursorOf } from './review.rules.js';

interface PageInput {
  first?: number | null;
  after?: string | null;
}

const cursorOfRow = (row: ReviewRow) => encodeCursor({ t: row.sort_key, id: row.id });

@Injectable()
export class ReviewListingService {
  constructor(private readonly db: TenantDatabase) {}

  /** An approved helper's reviews by customers, newest published first; any other id is NOT_FOUND. */
  helperReviews(ctx: RequestContext, input: PageInput & { helperId: string }) {
    const size = pageSize(input.first);
    const after = reviewCursorOf(input.after);
    return this.db.run(ctx, async (tx) => {
      const [helper] = await tx.query(`select 1 from helper_profiles where tenant_id = $1 and user_id = $2::uuid and status = 'approved'`, [
        tx.tenantId,
        asUuid(input.helperId),
      ]);
      if (!helper) throw new NotFoundError('Helper');
      const rows = await tx.query<ReviewRow>(
        `${reviewSelect('published_at')}
          where r.tenant_id = $1 and r.subject_id = $2::uuid and r.author_role = 'customer'
            and r.published_at is not null and r.hidden_at is null
            and ($3::timestamptz is null or (r.published_at, r.id) < ($3, $4::uuid))
          order by r.published_at desc, r.id desc
          limit $5`,
        [tx.tenantId, input.helperId, after?.t ?? null, after?.id ?? null, size + 1],
      );
      return toConnection<ReviewRow, PublicReviewView>(rows, size, toPublicReviewView, cursorOfRow);
    });
  }

  /** Reviews the caller wrote, and published, visible reviews about them; newest first. */
  myReviews(ctx: RequestContext, input: PageInput) {
    const userId = callerId(ctx);
    const size = pageSize(input.first);
    const after = reviewCursorOf(input.after);
    return this.db.run(ctx, async (tx) => {
      const rows = await tx.query<ReviewRow>(
        `${reviewSelect('created_at')}
          where r.tenant_id = $1
            and (r.author_id = $2 or (r.subject_id = $2 and r.published_at is not null and r.hidden_at is null))
            and ($3::timestamptz is null or (r.created_at, r.id) < ($3, $4::uuid))
          order by r.created_at desc, r.id desc
          limit $5`,
        [tx.tenantId, userId, after?.t ?? null, after?.id ?? null, size + 1],
      );
      return toConnection<ReviewRow, ReviewView>(rows, size, (row) => toReviewView(row, userId), cursorOfRow);
    });
  }

  /** Every review of the site for operators, newest first, with moderation; `hidden` filters by whether it is hidden now. */
  siteReviews(ctx: RequestContext, input: PageInput & { hidden?: boolean | null }) {
    if (!ctx.hasRole('operator_admin', 'operator_agent')) throw new ForbiddenError();
    const size = pageSize(input.first);
    const after = reviewCursorOf(input.after);
    return this.db.run(ctx, async (tx) => {
      const rows = await tx.query<ReviewRow>(
        `${reviewSelect('created_at')}
          where r.tenant_id = $1
            and ($2::boolean is null or (r.hidden_at is not null) = $2::boolean)
            and ($3::timestamptz is null or (r.created_at, r.id) < ($3, $4::uuid))
          order by r.created_at desc, r.id desc
          limit $5`,
        [tx.tenantId, input.hidden ?? null, after?.t ?? null, after?.id ?? null, size + 1],
      );
      const page = rows.slice(0, size);
      const views = new Map((await toModeratedViews(tx, page)).map((view) => [view.id, view]));
      return toConnection<ReviewRow, ModeratedReviewView>(rows, size, (row) => views.get(row.id) as ModeratedReviewView, cursorOfRow);
    });
  }
}
