// The report's SQL, computed from the request timelines (request_events) and the rows they point
// at, so a past period and today's view are counted the same way. Every statement starts from the
// same scope; parameters $1–$6 are tenant, from, to, service, postal area and helper.

/** Requests of the period and filter, with how each came to be ('posted' or 'booked'). */
const SCOPE = `scope as (
  select r.id, r.status, r.service_id, r.postal_code, r.created_at, r.sla_policy_version, r.first_response_due_at, r.help_due_at, b.event as birth
    from requests r
    join request_events b on b.tenant_id = r.tenant_id and b.request_id = r.id and b.sequence = 1
   where r.tenant_id = $1
     and r.created_at >= $2::timestamptz and r.created_at < $3::timestamptz
     and ($4::uuid is null or r.service_id = $4::uuid)
     and ($5::text is null or left(r.postal_code, length($5::text)) = $5::text)
     and ($6::uuid is null or exists (
           select 1 from appointments a where a.tenant_id = r.tenant_id and a.request_id = r.id and a.helper_id = $6::uuid))
)`;

/**
 * Each helper's first answer to each posted request: their offer or their acceptance of a dispatch
 * offer, whichever came first. An offer written by an operator's assignment (named by the operator's
 * 'accepted' step and created with it) is the operator's answer, not the helper's.
 */
const RESPONSES = `responses as (
  select x.request_id, x.helper_id, min(x.at) as at
    from (
      select o.request_id, o.helper_id, o.created_at as at
        from offers o
        join scope s on s.id = o.request_id and s.birth = 'posted'
       where o.tenant_id = $1
         and not exists (
               select 1 from request_events oe
                where oe.tenant_id = o.tenant_id and oe.request_id = o.request_id
                  and oe.event = 'accepted' and oe.actor_kind = 'operator'
                  and oe.details->>'offerId' = o.id::text
                  and o.created_at >= oe.created_at - interval '1 second')
      union all
      select e.request_id, e.actor_id, e.created_at
        from request_events e
        join scope s on s.id = e.request_id and s.birth = 'posted'
       where e.tenant_id = $1 and e.event = 'accepted' and e.actor_kind = 'helper' and e.actor_id is not null
    ) x
   group by x.request_id, x.helper_id
)`;

/** Dispatch offers that got an answer or ran out; released ones had been accepted before their helper was released. */
const ACCEPTED_DISPATCH = `d.status in ('accepted', 'released')`;
const ANSWERED_DISPATCH = `d.status in ('accepted', 'released', 'declined', 'lapsed')`;

/** Published customer reviews of helpers that operators have not hidden. */
const COUNTED_REVIEW = `rv.tenant_id = $1 and rv.author_role = 'customer' and rv.published_at is not null and rv.hidden_at is null`;

/**
 * Each posted request of the scope with its first answer, first start and cancellation, and the SLA
 * targets fixed on it at posting (first_response_due_at, help_due_at); $7 and $8, the current SLA's
 * firstResponseMinutes and helpWithinMinutes, serve requests stored without them and without a version.
 */
const TIMED = `facts as (
  select s.id, s.created_at,
         (select min(r.at) from responses r where r.request_id = s.id) as first_response_at,
         ev.started_at, ev.cancelled_at, ev.accepted, ev.reallocated, ev.operator_handled, ev.started_by_call, ev.visit_needed,
         -- The targets fixed at posting on the SLA's clock (service hours); requests posted before they were
         -- stored count the minutes of their SLA version straight from posting.
         coalesce(s.first_response_due_at, s.created_at + make_interval(mins => coalesce((p.document->>'firstResponseMinutes')::int, $7::int))) as response_due,
         case when s.first_response_due_at is not null then s.help_due_at
              else s.created_at + make_interval(mins => coalesce((p.document->>'helpWithinMinutes')::int, $8::int)) end as help_due
    from scope s
    cross join lateral (
      select min(e.created_at) filter (where e.event = 'started') as started_at,
             min(e.created_at) filter (where e.event = 'cancelled') as cancelled_at,
             coalesce(bool_or(e.event = 'accepted'), false) as accepted,
             coalesce(bool_or(e.event = 'reallocated'), false) as reallocated,
             -- Remote first help: the first start was a call (the first start is the help's); a visit followed.
             coalesce((array_agg(e.details->>'mode' order by e.sequence) filter (where e.event = 'started'))[1] = 'remote', false) as started_by_call,
             coalesce(bool_or(e.event = 'visit_needed'), false) as visit_needed,
             coalesce(bool_or(e.event = 'escalated' and e.details->>'target' = 'operator')
                      or bool_or(e.event = 'accepted' and e.actor_kind = 'operator'), false) as operator_handled
        from request_events e
       where e.tenant_id = $1 and e.request_id = s.id
    ) ev
    left join tenant_policies p on p.tenant_id = $1 and p.kind = 'sla' and p.version = s.sla_policy_version
   where s.birth = 'posted'
),
timed as (
  select f.*,
         extract(epoch from f.first_response_at - f.created_at)::float8 as response_s,
         extract(epoch from f.started_at - f.created_at)::float8 as help_s
    from facts f
)`;

/**
 * The duration aggregates over rows of `timed` (a booked request's empty row counts in none); $9 is
 * now, before which a target that has not passed leaves its request undecided.
 */
const DURATIONS = `count(response_s)::int as responded,
       percentile_cont(0.5) within group (order by response_s) as response_median,
       percentile_cont(0.9) within group (order by response_s) as response_p90,
       count(*) filter (where first_response_at <= response_due)::int as response_within,
       count(*) filter (where first_response_at is not null
                           or (response_due <= $9::timestamptz and (cancelled_at is null or cancelled_at >= response_due)))::int as response_decided,
       count(help_s)::int as helped,
       percentile_cont(0.5) within group (order by help_s) as help_median,
       percentile_cont(0.9) within group (order by help_s) as help_p90,
       count(*) filter (where started_at <= help_due)::int as help_within,
       count(*) filter (where started_at is not null
                           or (help_due <= $9::timestamptz and (cancelled_at is null or cancelled_at >= help_due)))::int as help_decided`;

interface DurationColumns {
  responded: number;
  response_median: number | null;
  response_p90: number | null;
  response_within: number;
  response_decided: number;
  helped: number;
  help_median: number | null;
  help_p90: number | null;
  help_within: number;
  help_decided: number;
}

export interface SummaryRow extends DurationColumns {
  posted: number;
  booked: number;
  accepted: number;
  reallocated: number;
  resolved_by_helpers: number;
  handled_by_operator: number;
  started_by_call: number;
  visits_after_call: number;
  dispatch_accepted: number;
  dispatch_answered: number;
  rating_average: number | null;
  rating_count: number;
}

/** The period's figures in one row; parameters $7–$9 as for `timed` and DURATIONS. */
export const SUMMARY_SQL = `with ${SCOPE}, ${RESPONSES}, ${TIMED},
dispatch as (
  select count(*) filter (where ${ACCEPTED_DISPATCH})::int as accepted,
         count(*) filter (where ${ANSWERED_DISPATCH})::int as answered
    from dispatch_offers d
    join scope s on s.id = d.request_id and s.birth = 'posted'
   where d.tenant_id = $1 and ($6::uuid is null or d.helper_id = $6::uuid)
),
ratings as (
  select count(*)::int as n, avg(rv.stars)::float8 as average
    from reviews rv
    join appointments a on a.tenant_id = rv.tenant_id and a.id = rv.appointment_id
    join scope s on s.id = a.request_id
   where ${COUNTED_REVIEW} and ($6::uuid is null or rv.subject_id = $6::uuid)
)
select count(*)::int as posted,
       (select count(*)::int from scope where birth = 'booked') as booked,
       ${DURATIONS},
       count(*) filter (where accepted)::int as accepted,
       count(*) filter (where accepted and reallocated)::int as reallocated,
       count(*) filter (where accepted and not operator_handled)::int as resolved_by_helpers,
       count(*) filter (where operator_handled)::int as handled_by_operator,
       count(*) filter (where started_by_call)::int as started_by_call,
       count(*) filter (where started_by_call and visit_needed)::int as visits_after_call,
       (select accepted from dispatch) as dispatch_accepted,
       (select answered from dispatch) as dispatch_answered,
       (select average from ratings) as rating_average,
       (select n from ratings) as rating_count
  from timed`;

export interface BreakdownRow extends DurationColumns {
  dimension: 'service' | 'area';
  key: string;
  posted: number;
  booked: number;
}

/**
 * The volume and durations per service and per postal area in one pass (grouping sets), from the same
 * rows as the summary, so each breakdown's rows add up to its totals. An area is the postal code's
 * first $10 characters, or as many as the postal-area filter has when it is longer. Parameters $7–$9
 * as for the summary.
 */
export const BREAKDOWN_SQL = `with ${SCOPE}, ${RESPONSES}, ${TIMED},
keyed as (
  select s.service_id, left(s.postal_code, greatest($10::int, coalesce(length($5::text), 0))) as area, s.birth, t.*
    from scope s
    left join timed t on t.id = s.id
)
select case when grouping(service_id) = 0 then 'service' else 'area' end as dimension,
       coalesce(service_id::text, area) as key,
       count(*) filter (where birth = 'posted')::int as posted,
       count(*) filter (where birth = 'booked')::int as booked,
       ${DURATIONS}
  from keyed
 group by grouping sets ((service_id), (area))
 order by 1, count(*) desc, 2`;

export interface VolumeRow {
  status: string;
  posted: number;
  booked: number;
}

export const VOLUME_SQL = `with ${SCOPE}
select status,
       count(*) filter (where birth = 'posted')::int as posted,
       count(*) filter (where birth = 'booked')::int as booked
  from scope
 group by status`;

export interface EscalationRow {
  tier_key: string | null;
  target: string | null;
  requests: number;
  escalations: number;
}

/** Tiers in the order requests reach them: by the earliest wait after posting that entered each. */
export const ESCALATIONS_SQL = `with ${SCOPE}
select e.details->>'tierKey' as tier_key,
       e.details->>'target' as target,
       count(distinct e.request_id)::int as requests,
       count(*)::int as escalations
  from request_events e
  join scope s on s.id = e.request_id
 where e.tenant_id = $1 and e.event = 'escalated'
 group by 1, 2
 order by min(e.created_at - s.created_at), 1, 2`;

export interface LeaderboardRow {
  helper_id: string;
  display_name: string;
  jobs_completed: number;
  average_stars: number | null;
  rating_count: number;
  median_response: number | null;
  dispatch_accepted: number;
  dispatch_answered: number;
  reallocations: number;
}

/** $7: how many rows. Helpers with any part in the scope's requests; with a helper filter, that helper only. */
export const LEADERBOARD_SQL = `with ${SCOPE}, ${RESPONSES},
response_times as (
  select r.helper_id, percentile_cont(0.5) within group (order by extract(epoch from r.at - s.created_at)::float8) as median
    from responses r join scope s on s.id = r.request_id
   group by r.helper_id
),
jobs as (
  select a.helper_id, count(*) filter (where a.status = 'completed')::int as completed
    from appointments a join scope s on s.id = a.request_id
   where a.tenant_id = $1
   group by a.helper_id
),
ratings as (
  select rv.subject_id as helper_id, count(*)::int as n, avg(rv.stars)::float8 as average
    from reviews rv
    join appointments a on a.tenant_id = rv.tenant_id and a.id = rv.appointment_id
    join scope s on s.id = a.request_id
   where ${COUNTED_REVIEW}
   group by rv.subject_id
),
dispatch as (
  select d.helper_id,
         count(*) filter (where ${ACCEPTED_DISPATCH})::int as accepted,
         count(*) filter (where ${ANSWERED_DISPATCH})::int as answered
    from dispatch_offers d join scope s on s.id = d.request_id and s.birth = 'posted'
   where d.tenant_id = $1
   group by d.helper_id
),
releases as (
  select (e.details->>'releasedHelperId')::uuid as helper_id, count(*)::int as n
    from request_events e join scope s on s.id = e.request_id
   where e.tenant_id = $1 and e.event = 'reallocated' and e.details->>'releasedHelperId' is not null
   group by 1
),
candidates as (
  select helper_id from jobs
  union select helper_id from response_times
  union select helper_id from ratings
  union select helper_id from dispatch
  union select helper_id from releases
)
select c.helper_id, hp.display_name,
       coalesce(j.completed, 0) as jobs_completed,
       rt.average as average_stars,
       coalesce(rt.n, 0) as rating_count,
       t.median as median_response,
       coalesce(d.accepted, 0) as dispatch_accepted,
       coalesce(d.answered, 0) as dispatch_answered,
       coalesce(rl.n, 0) as reallocations
  from candidates c
  join helper_profiles hp on hp.tenant_id = $1 and hp.user_id = c.helper_id
  left join jobs j on j.helper_id = c.helper_id
  left join ratings rt on rt.helper_id = c.helper_id
  left join response_times t on t.helper_id = c.helper_id
  left join dispatch d on d.helper_id = c.helper_id
  left join releases rl on rl.helper_id = c.helper_id
 where ($6::uuid is null or c.helper_id = $6::uuid)
 order by jobs_completed desc, rt.average desc nulls last, hp.display_name, c.helper_id
 limit $7::int`;
