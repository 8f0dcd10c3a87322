// Which points an outbox event earns, and for whom. Every award has a business key naming the fact
// it rewards (`job_completed:<request id>`), unique in the ledger, so however often an event is
// handled — or two events tell the same fact — it earns once.
import { isUuid, type TenantTransaction } from '@quartier/platform';
import type { RewardsPolicy } from '@quartier/tenancy';
import { z } from 'zod';
import type { EarningReason } from './reward-rows.js';

export interface OutboxEventRow {
  id: string;
  type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  created_at: Date;
}

export interface Award {
  helperId: string;
  reason: EarningReason;
  businessKey: string;
}

/** Outbox events that may earn points. */
export const EARNING_EVENTS = ['request.completed', 'review.published', 'helper.vetting_approved', 'dispatch.accepted'] as const;

/** The policy's points for each reason. */
export const POINTS_FIELD: Record<EarningReason, keyof RewardsPolicy['pointsPerEvent']> = {
  job_completed: 'jobCompleted',
  five_star_review: 'fiveStarReview',
  fast_first_response: 'fastFirstResponse',
  escalated_pickup: 'escalatedPickup',
  repeat_customer: 'repeatCustomer',
  vetting_completed: 'vettingCompleted',
};

const uuid = z.string().refine(isUuid, 'must be a UUID');

/** What dispatch tells of an accepted offer. */
export const dispatchAcceptedPayload = z.object({
  requestId: uuid,
  helperId: uuid,
  wave: z.number().int(),
  /** The escalation tier the offer was made in; null in the helpers' own waves. */
  tierKey: z.string().nullable(),
  respondedSeconds: z.number().min(0),
  firstResponseMinutes: z.number().min(0),
});

/** A fast answer (within the SLA's first-response target) and picking up an escalated request each earn. */
export function dispatchAcceptedAwards(payload: unknown): Award[] {
  const parsed = dispatchAcceptedPayload.safeParse(payload);
  if (!parsed.success) return [];
  const { requestId, helperId, tierKey, respondedSeconds, firstResponseMinutes } = parsed.data;
  const awards: Award[] = [];
  if (respondedSeconds <= firstResponseMinutes * 60) {
    awards.push({ helperId, reason: 'fast_first_response', businessKey: `fast_first_response:${requestId}:${helperId}` });
  }
  if (tierKey !== null) awards.push({ helperId, reason: 'escalated_pickup', businessKey: `escalated_pickup:${requestId}:${helperId}` });
  return awards;
}

/** The awards of one event, read from the state it names (the job, the review, the helper). */
export async function awardsIn(tx: TenantTransaction, event: OutboxEventRow): Promise<Award[]> {
  switch (event.type) {
    case 'request.completed':
      return isUuid(event.aggregate_id) ? completedJobAwardsIn(tx, event.aggregate_id) : [];
    case 'review.published':
      return isUuid(event.aggregate_id) ? fiveStarAwardsIn(tx, event.aggregate_id) : [];
    case 'helper.vetting_approved':
      return isUuid(event.aggregate_id) ? [{ helperId: event.aggregate_id, reason: 'vetting_completed', businessKey: `vetting_completed:${event.aggregate_id}` }] : [];
    case 'dispatch.accepted':
      return dispatchAcceptedAwards(event.payload);
    default:
      return [];
  }
}

/** The request's completed job earns its helper; so does a customer coming back to the same helper. */
async function completedJobAwardsIn(tx: TenantTransaction, requestId: string): Promise<Award[]> {
  const [job] = await tx.query<{ helper_id: string; repeat: boolean }>(
    `select a.helper_id,
            exists (select 1 from appointments b
                     where b.tenant_id = a.tenant_id and b.helper_id = a.helper_id and b.customer_id = a.customer_id
                       and b.status = 'completed' and (b.completed_at, b.id) < (a.completed_at, a.id)) as repeat
       from appointments a
      where a.tenant_id = $1 and a.request_id = $2 and a.status = 'completed'
      order by a.completed_at desc, a.id desc
      limit 1`,
    [tx.tenantId, requestId],
  );
  if (!job) return [];
  const awards: Award[] = [{ helperId: job.helper_id, reason: 'job_completed', businessKey: `job_completed:${requestId}` }];
  if (job.repeat) awards.push({ helperId: job.helper_id, reason: 'repeat_customer', businessKey: `repeat_customer:${requestId}` });
  return awards;
}

/** A customer's published, visible five-star review earns the helper it is about. */
async function fiveStarAwardsIn(tx: TenantTransaction, reviewId: string): Promise<Award[]> {
  const [review] = await tx.query<{ subject_id: string }>(
    `select subject_id from reviews
      where tenant_id = $1 and id = $2 and author_role = 'customer' and stars = 5 and published_at is not null and hidden_at is null`,
    [tx.tenantId, reviewId],
  );
  return review ? [{ helperId: review.subject_id, reason: 'five_star_review', businessKey: `five_star_review:${reviewId}` }] : [];
}
