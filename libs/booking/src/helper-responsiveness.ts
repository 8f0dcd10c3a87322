// How fast a helper answers posted requests, kept in helper_responsiveness (offers made and the
// seconds their requests had waited, summed) by the transaction that makes the offer; helper search
// (libs/helpers) reads the row by SQL to score responsiveness, as it reads reviews' helper_ratings.
import type { TenantTransaction } from '@quartier/platform';

/**
 * Counts the helper's offer on a request that was posted (its timeline starts with `posted`),
 * answered `at`; a request booked on a free slot waited for no one and counts nothing.
 */
export async function recordResponseIn(tx: TenantTransaction, input: { requestId: string; helperId: string; at: Date }): Promise<void> {
  // A clock set before the request's creation (replayed history) answers in no time, never in less.
  await tx.query(
    `insert into helper_responsiveness (tenant_id, helper_id, answered_count, response_seconds_sum, updated_at)
     select r.tenant_id, $3, 1, greatest(0, floor(extract(epoch from ($4::timestamptz - r.created_at))))::bigint, $4
       from requests r
       join request_events e on e.tenant_id = r.tenant_id and e.request_id = r.id and e.sequence = 1
      where r.tenant_id = $1 and r.id = $2 and e.event = 'posted'
     on conflict (tenant_id, helper_id) do update
       set answered_count = helper_responsiveness.answered_count + 1,
           response_seconds_sum = helper_responsiveness.response_seconds_sum + excluded.response_seconds_sum,
           updated_at = excluded.updated_at`,
    [tx.tenantId, input.requestId, input.helperId, input.at],
  );
}
