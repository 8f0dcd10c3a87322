// Who could take a request, with the facts the dispatch policy weighs: every approved helper who
// offers the service and lives within the largest radius dispatch ever reaches (and, when the customer
// lets a helper start with a call, every one who gives remote help, wherever they live), read in a few
// statements for the whole pool (no query per helper), and whether each has a free slot in one of
// the request's windows (their weekly availability and exceptions in the site's zone, minus their
// live appointments).
import type { HelpMode } from '@quartier/booking';
import { EARTH_RADIUS_KM } from '@quartier/geo';
import { expandAvailability, helperHoursIn, type HelperHours, liveAppointmentsIn, nextFreeSlot, type UtcInterval } from '@quartier/helpers';
import type { TenantTransaction } from '@quartier/platform';
import type { DispatchCandidate, HelperTier } from './policy/dispatch-types.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Starts are offered on five-minute marks, at least a few minutes out: time to read the offer and set off. */
const START_GRID_MS = 5 * MINUTE_MS;
const START_LEAD_MS = 5 * MINUTE_MS;

export interface DispatchPlace {
  requestId: string;
  serviceId: string;
  countryCode: string;
  postalCode: string;
  windows: readonly { from: string; to: string }[];
  durationMinutes: number;
  /** The site's IANA timezone: helpers' weekly hours are its local times. */
  timeZone: string;
  /** The customer lets a helper start with a call: helpers who give remote help qualify from anywhere. */
  remoteFirst: boolean;
}

export interface CandidateFacts extends DispatchCandidate {
  /** The helper's earliest free start inside the request's windows, null when none. */
  earliestStart: Date | null;
  /** How they would help: a call first (remote-first request, helper giving remote help) or on site. */
  mode: HelpMode;
}

interface CandidateRow {
  helper_id: string;
  tier: HelperTier;
  remote: boolean;
  distance_km: number;
  service_radius_km: number;
  rating_count: number;
  rating_sum: number;
  pending_offers: number;
  jobs_next_day: number;
  recent_jobs: number;
  offered: number;
  accepted: number;
  declined: number;
  lapsed: number;
  released: number;
  answered: number;
  response_seconds_sum: string;
}

/** The earliest start dispatch proposes at `now`: a five-minute mark at least the lead time away. */
export function earliestProposableStart(now: Date): Date {
  return new Date(Math.ceil((now.getTime() + START_LEAD_MS) / START_GRID_MS) * START_GRID_MS);
}

/**
 * The pool for a request: approved helpers with the service's skill whose home is within
 * `maxRadiusKm` of the place and within their own radius, and for a remote-first request those who
 * give remote help at any distance. A helper who would call first is at distance 0 to the policy:
 * no travel, so every wave's radius holds them. Levels are added by the caller.
 */
export async function candidatesIn(tx: TenantTransaction, place: DispatchPlace, now: Date, maxRadiusKm: number): Promise<CandidateFacts[]> {
  const rows = await tx.query<CandidateRow>(
    `with place as (
       select latitude, longitude from postal_codes where tenant_id = $1 and country_code = $3 and postal_code = $4
     ), pool as (
       select h.user_id as helper_id, h.tier, h.service_radius_km, $7::boolean and h.offers_remote_help as remote,
              2 * ${EARTH_RADIUS_KM} * asin(sqrt(
                    power(sin(radians(place.latitude - home.latitude) / 2), 2)
                  + cos(radians(home.latitude)) * cos(radians(place.latitude)) * power(sin(radians(place.longitude - home.longitude) / 2), 2))) as distance_km
         from helper_profiles h
         join helper_skills s on s.tenant_id = h.tenant_id and s.helper_id = h.user_id and s.service_id = $2
         join postal_codes home on home.tenant_id = h.tenant_id and home.country_code = h.home_country_code and home.postal_code = h.home_postal_code
         cross join place
        where h.tenant_id = $1 and h.status = 'approved' and h.service_radius_km is not null
     )
     select p.helper_id, p.tier, p.remote, p.distance_km, p.service_radius_km,
            coalesce(r.review_count, 0)::int as rating_count, coalesce(r.stars_sum, 0)::int as rating_sum,
            (select count(*) from dispatch_offers o where o.tenant_id = $1 and o.helper_id = p.helper_id and o.status = 'pending')::int as pending_offers,
            (select count(*) from appointments a where a.tenant_id = $1 and a.helper_id = p.helper_id and a.status in ('scheduled', 'in_progress')
                and a.starts_at < $5::timestamptz + interval '1 day')::int as jobs_next_day,
            (select count(*) from appointments a where a.tenant_id = $1 and a.helper_id = p.helper_id and a.status <> 'cancelled'
                and a.created_at > $5::timestamptz - interval '7 days')::int as recent_jobs,
            coalesce(st.offered, 0) as offered, coalesce(st.accepted, 0) as accepted, coalesce(st.declined, 0) as declined,
            coalesce(st.lapsed, 0) as lapsed, coalesce(st.released, 0) as released, coalesce(st.answered, 0) as answered,
            coalesce(st.response_seconds_sum, 0) as response_seconds_sum
       from pool p
       left join helper_ratings r on r.tenant_id = $1 and r.helper_id = p.helper_id
       left join helper_dispatch_stats st on st.tenant_id = $1 and st.helper_id = p.helper_id
      where p.remote or p.distance_km <= least(p.service_radius_km, $6)
      order by p.helper_id`,
    [tx.tenantId, place.serviceId, place.countryCode, place.postalCode, now, maxRadiusKm, place.remoteFirst],
  );
  if (rows.length === 0) return [];
  const starts = await earliestStartsIn(tx, rows.map((row) => row.helper_id), place, now);
  return rows.map((row) => {
    const settled = row.accepted + row.declined + row.lapsed;
    const earliestStart = starts.get(row.helper_id) ?? null;
    return {
      helperId: row.helper_id,
      tier: row.tier,
      levelRank: 0,
      distanceKm: row.remote ? 0 : Number(row.distance_km),
      serviceRadiusKm: row.service_radius_km,
      rating: row.rating_count > 0 ? row.rating_sum / row.rating_count : null,
      reviewCount: row.rating_count,
      load: row.pending_offers + row.jobs_next_day,
      available: earliestStart !== null,
      acceptanceRate: settled > 0 ? row.accepted / settled : null,
      responseMinutes: row.answered > 0 ? Number(row.response_seconds_sum) / row.answered / 60 : null,
      reliability: row.accepted > 0 ? Math.max(0, 1 - row.released / row.accepted) : null,
      recentJobs: row.recent_jobs,
      earliestStart,
      mode: row.remote ? 'remote' : 'on_site',
    };
  });
}

/**
 * Each helper's earliest free start (a five-minute mark) for the service's duration inside one of
 * the windows, from now on: weekly slots and exceptions expanded in the site's zone, live
 * appointments taken out.
 */
export async function earliestStartsIn(tx: TenantTransaction, helperIds: readonly string[], place: DispatchPlace, now: Date): Promise<Map<string, Date>> {
  const windows = place.windows
    .map((window) => ({ start: Math.max(Date.parse(window.from), earliestProposableStart(now).getTime()), end: Date.parse(window.to) }))
    .filter((window) => window.end - window.start >= place.durationMinutes * MINUTE_MS);
  const found = new Map<string, Date>();
  if (windows.length === 0 || helperIds.length === 0) return found;
  const rangeStart = Math.min(...windows.map((window) => window.start));
  const rangeEnd = Math.max(...windows.map((window) => window.end));
  const from = new Date(rangeStart - DAY_MS).toISOString().slice(0, 10);
  const to = new Date(rangeEnd + DAY_MS).toISOString().slice(0, 10);
  const hours = await helperHoursIn(tx, helperIds, { from, to });
  const busy = await liveAppointmentsIn(tx, helperIds, { from: new Date(rangeStart), to: new Date(rangeEnd) });
  for (const helperId of helperIds) {
    const { weekly, exceptions } = hours.get(helperId) as HelperHours;
    const available = expandAvailability({ timeZone: place.timeZone, from, to, weekly, exceptions });
    const taken: UtcInterval[] = busy.filter((row) => row.helper_id === helperId).map((row) => ({ start: row.starts_at, end: row.ends_at }));
    const start = firstStartInWindows(available, taken, windows, place.durationMinutes);
    if (start) found.set(helperId, start);
  }
  return found;
}

function firstStartInWindows(available: UtcInterval[], busy: UtcInterval[], windows: readonly { start: number; end: number }[], durationMinutes: number): Date | null {
  const starts = windows
    .map((window) => {
      // Only the part of the helper's time inside this window counts.
      const inside = available
        .map((interval) => ({ start: new Date(Math.max(interval.start.getTime(), window.start)), end: new Date(Math.min(interval.end.getTime(), window.end)) }))
        .filter((interval) => interval.end.getTime() > interval.start.getTime());
      const start = nextFreeSlot({ available: inside, busy, durationMinutes, notBefore: new Date(window.start) });
      // nextFreeSlot may land between grid marks; round up and check it still fits.
      if (!start) return null;
      const onGrid = Math.ceil(start.getTime() / START_GRID_MS) * START_GRID_MS;
      const fits = inside.some((interval) => interval.start.getTime() <= onGrid && onGrid + durationMinutes * MINUTE_MS <= interval.end.getTime());
      const clear = busy.every((taken) => taken.end.getTime() <= onGrid || taken.start.getTime() >= onGrid + durationMinutes * MINUTE_MS);
      return fits && clear ? onGrid : null;
    })
    .filter((start): start is number => start !== null);
  return starts.length > 0 ? new Date(Math.min(...starts)) : null;
}
