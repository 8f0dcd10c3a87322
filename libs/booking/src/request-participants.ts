// Who takes part in a request, for the domains that act on it (messaging): its customer, the
// helpers who offered on it or hold its appointment, which of them are still in the running, and
// the helper whose booking is confirmed.
import { asUuid, isUuid, type TenantTransaction } from '@quartier/platform';
import type { RequestStatus } from './request-lifecycle.js';

/** A helper is booked once the request reached these with their appointment live or done. */
const CONFIRMED_STATUSES: readonly RequestStatus[] = ['scheduled', 'in_progress', 'completed', 'closed', 'disputed'];

export interface RequestParticipants {
  requestId: string;
  status: RequestStatus;
  /** Where the job is (the request's place), e.g. for reading phone numbers written without a country code. */
  countryCode: string;
  customerId: string;
  /** Helpers with an offer on the request (in any state) or an appointment for it, in id order. */
  helperIds: string[];
  /**
   * The helpers still in the running, in id order: an offer pending, or an appointment scheduled,
   * in progress or completed (a chosen offer's helper holds the appointment it made). A helper who
   * withdrew, was declined or was reassigned away is not among them.
   */
  activeHelperIds: string[];
  /** The helper whose booking is confirmed, or null while none is. */
  confirmedHelperId: string | null;
}

/** The participants of each known request among `requestIds`; unknown ids (or not UUIDs) are left out. */
export async function participantsOfRequestsIn(tx: TenantTransaction, requestIds: readonly string[]): Promise<Map<string, RequestParticipants>> {
  const ids = [...new Set(requestIds.filter(isUuid).map(asUuid))];
  if (ids.length === 0) return new Map();
  const rows = await tx.query<{
    id: string;
    status: RequestStatus;
    country_code: string;
    customer_id: string;
    helper_ids: string[];
    active_helper_ids: string[];
    confirmed_helper_id: string | null;
  }>(
    `select r.id, r.status, r.country_code, r.customer_id,
            array(select helper_id from offers o where o.tenant_id = r.tenant_id and o.request_id = r.id
                  union
                  select helper_id from appointments a where a.tenant_id = r.tenant_id and a.request_id = r.id
                  order by 1) as helper_ids,
            array(select helper_id from offers o where o.tenant_id = r.tenant_id and o.request_id = r.id and o.status = 'pending'
                  union
                  select helper_id from appointments a
                   where a.tenant_id = r.tenant_id and a.request_id = r.id and a.status in ('scheduled', 'in_progress', 'completed')
                  order by 1) as active_helper_ids,
            (select a.helper_id from appointments a
              where a.tenant_id = r.tenant_id and a.request_id = r.id and a.status in ('scheduled', 'in_progress', 'completed')
                and r.status = any($3::text[])
              order by a.created_at desc limit 1) as confirmed_helper_id
       from requests r
      where r.tenant_id = $1 and r.id = any($2::uuid[])`,
    [tx.tenantId, ids, CONFIRMED_STATUSES],
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        requestId: row.id,
        status: row.status,
        countryCode: row.country_code,
        customerId: row.customer_id,
        helperIds: row.helper_ids,
        activeHelperIds: row.active_helper_ids,
        confirmedHelperId: row.confirmed_helper_id,
      },
    ]),
  );
}

/**
 * The participants of one request, or null when the tenant has no such request. `lock: 'share'`
 * first takes the request's row FOR SHARE, for a writer whose decision rests on them: transitions
 * take the row FOR UPDATE, so they wait for the writer's commit, or the writer waits for theirs and
 * then reads the participants as that transition left them (each statement reads what is committed).
 */
export async function requestParticipantsIn(tx: TenantTransaction, requestId: string, options: { lock?: 'share' } = {}): Promise<RequestParticipants | null> {
  if (options.lock === 'share') {
    await tx.query(`select 1 from requests where tenant_id = $1 and id = $2::uuid for share`, [tx.tenantId, asUuid(requestId)]);
  }
  return (await participantsOfRequestsIn(tx, [requestId])).get(asUuid(requestId)) ?? null;
}
