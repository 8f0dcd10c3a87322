// The pure rules of reviewing: stars, text within the policy's bounds, moderation reasons, the
// window after completion, and the cursors of review lists.
import { ConflictError, decodeCursor, type RequestContext, UnauthenticatedError, ValidationError } from '@quartier/platform';
import type { ReviewsPolicy } from '@quartier/tenancy';

const DAY_MS = 86_400_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';
/** The longest text any policy allows (the column's own bound). */
export const MAX_TEXT_LENGTH = 2000;
export const MAX_REASON_LENGTH = 500;

/** An id that is not a UUID names no row; the nil UUID keeps the answer NOT_FOUND like any unknown id. */
export const asUuid = (id: string): string => (UUID.test(id) ? id : NIL_UUID);

export function callerId(ctx: RequestContext): string {
  if (ctx.actor.kind !== 'user') throw new UnauthenticatedError();
  return ctx.actor.userId;
}

export function checkStars(stars: number): number {
  if (!Number.isInteger(stars) || stars < 1 || stars > 5) throw new ValidationError('stars', 'stars must be a whole number from 1 to 5');
  return stars;
}

/** Trimmed; within the site's bounds (those of the policy version in force when the job was completed). */
export function checkText(text: string | null | undefined, policy: Pick<ReviewsPolicy, 'minTextLength' | 'maxTextLength'>): string {
  const trimmed = (text ?? '').trim();
  const max = Math.min(policy.maxTextLength, MAX_TEXT_LENGTH);
  if (trimmed.length < policy.minTextLength || trimmed.length > max) {
    throw new ValidationError('text', `text must be ${policy.minTextLength}–${max} characters`);
  }
  return trimmed;
}

export function checkReason(reason: string | null | undefined): string {
  const trimmed = (reason ?? '').trim();
  if (trimmed.length < 1 || trimmed.length > MAX_REASON_LENGTH) throw new ValidationError('reason', `reason must be 1–${MAX_REASON_LENGTH} characters`);
  return trimmed;
}

/** Reviews may be written from completion until this instant (exclusive); then unpublished ones are published. */
export function windowClosesAt(completedAt: Date, policy: Pick<ReviewsPolicy, 'windowDays'>): Date {
  return new Date(completedAt.getTime() + policy.windowDays * DAY_MS);
}

/** Whether `now` is inside the review window of a job completed at `completedAt`. */
export function reviewWindowState(completedAt: Date | null, closesAt: Date | null, now: Date): 'not_open' | 'open' | 'closed' {
  if (!completedAt || !closesAt) return 'not_open';
  return now.getTime() < closesAt.getTime() ? 'open' : 'closed';
}

export class ReviewWindowNotOpenError extends ConflictError {
  constructor() {
    super('The appointment is not completed yet; reviews open when it is', { field: 'appointmentId', detail: 'REVIEW_WINDOW_NOT_OPEN' });
  }
}

export class ReviewWindowClosedError extends ConflictError {
  constructor(closedAt: Date) {
    super(`The review window closed at ${closedAt.toISOString()}`, { field: 'appointmentId', detail: 'REVIEW_WINDOW_CLOSED', closedAt: closedAt.toISOString() });
  }
}

export class AlreadyReviewedError extends ConflictError {
  constructor() {
    super('You already reviewed this appointment', { field: 'appointmentId', detail: 'ALREADY_REVIEWED' });
  }
}

export type ReviewCursor = { t: string; id: string };

/** The position after which a newest-first list continues: a UTC time to the microsecond and an id. */
export function reviewCursorOf(after: string | null | undefined): ReviewCursor | null {
  const cursor = decodeCursor<ReviewCursor>(after, ['t', 'id']);
  if (cursor && (Number.isNaN(Date.parse(cursor.t)) || !UUID.test(cursor.id))) throw new ValidationError('after', 'Malformed cursor');
  return cursor;
}
