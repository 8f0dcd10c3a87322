// Public helper search: approved helpers offering a service whose service area covers a postal
// code, ranked by the site's weights, optionally at least so well rated and at most so dear. Filtering, distance and score are one SQL query over
// postal_codes, helper_profiles and helper_skills (with the helper_ratings and
// helper_responsiveness aggregates); the next free slot is computed here for the
// rows of the page only, so the work per request stays bounded.
import { Injectable } from '@nestjs/common';
import { effectiveFixedPrice, fixedPriceBounds, type PricingMode } from '@quartier/catalog';
import { EARTH_RADIUS_KM } from '@quartier/geo';
import { Clock, decodeCursor, encodeCursor, NotFoundError, pageSize, type PageInfo, type RequestContext, TenantDatabase, type TenantTransaction, ValidationError, zoneOffsetMs } from '@quartier/platform';
import { defaultRankingWeights, rankingWeights, TenantPolicyService } from '@quartier/tenancy';
import { asUuid, averageStars } from '../helper-rows.js';
import { type AvailabilityException, expandAvailability, formatLocalDate, nextFreeSlot, parseLocalDate, type UtcInterval, type WeeklySlot } from '../availability/availability-expansion.js';
import { liveAppointmentsIn } from '../availability/busy-times.js';
import { helperHoursIn, type HelperHours } from '../availability/helper-hours.js';
import { checkMaxPrice, checkMinRating, checkWindow, MAX_RADIUS_KM, NEUTRAL, SEARCH_HORIZON_DAYS, type SearchWindow, weightShares } from './search.rules.js';

export interface HelperSearchInput {
  postalCode: string;
  countryCode?: string | null;
  serviceId: string;
  window?: { from: string; to: string } | null;
  /** Only helpers rated at least this (as shown: rounded to a tenth); a helper without reviews has no rating. */
  minRating?: number | null;
  /** Only helpers whose price for the service is at most this; nobody's price on quote is known to be. */
  maxPriceMinor?: number | null;
  first?: number | null;
  after?: string | null;
}

export interface HelperSearchResultView {
  helper: { id: string; displayName: string; photoUrl: string | null; badgeName: string | null };
  distanceKm: number;
  pricingMode: PricingMode;
  priceMinor: number | null;
  currency: string;
  rating: number | null;
  reviewCount: number;
  nextFreeSlot: Date | null;
  score: number;
}

export interface HelperSearchPage {
  edges: { cursor: string; node: HelperSearchResultView }[];
  pageInfo: PageInfo;
}

interface CandidateRow {
  helper_id: string;
  display_name: string;
  photo_url: string | null;
  price_minor: number | null;
  distance_km: number;
  review_count: number;
  stars_sum: number;
  score: number;
}

interface ServiceRow {
  id: string;
  slug: string;
  pricing_mode: PricingMode;
  fixed_price_minor: number | null;
  estimated_duration_minutes: number;
}

type Cursor = { s: number; id: string };

const DAY_MS = 86_400_000;
const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;
const SCORE_SCALE = 1_000_000;
/** With a window, rows are read in batches until the page is full, but never more than this per request. */
const WINDOW_BATCH = 50;
const MAX_SCANNED = 500;
/** Local days of availability expanded at a time while looking for a helper's next free slot. */
const EXPANSION_DAYS = 2;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The bounding box (leakproof comparisons, so planned ahead of row-level security) drops far
// places before the exact haversine runs. The score is an integer (millionths) so the cursor
// compares exactly what the ordering used. The rating comes from helper_ratings (written by
// reviews), responsiveness from helper_responsiveness (written by booking with each offer on a
// posted request: the average wait against twice the SLA's first-response target); either is
// neutral while the helper has no row.
const SEARCH_SQL = `
  select * from (
    select h.user_id as helper_id, h.display_name, h.photo_url, c.price_minor, c.distance_km,
           coalesce(r.review_count, 0) as review_count, coalesce(r.stars_sum, 0) as stars_sum,
           round(${SCORE_SCALE} * (
             $10::float8 * (1 - least(c.distance_km, ${MAX_RADIUS_KM}) / ${MAX_RADIUS_KM})
           + $11::float8 * case when coalesce(r.review_count, 0) = 0 then $18::float8 else (r.stars_sum::float8 / r.review_count - 1) / 4 end
           + $12::float8 * case when c.price_minor is null or $16::integer >= $17::integer then ${NEUTRAL}
                                else 1 - (least(greatest(c.price_minor, $16::integer), $17::integer) - $16::integer)::float8 / ($17::integer - $16::integer) end
           + $13::float8 * case when coalesce(a.answered_count, 0) = 0 then $18::float8
                                else greatest(0, least(1, 1 - (a.response_seconds_sum::float8 / a.answered_count / 60) / (2 * $21::float8))) end
           ))::integer as score
      from helper_skills s
      join helper_profiles h on h.tenant_id = s.tenant_id and h.user_id = s.helper_id
      join postal_codes p on p.tenant_id = h.tenant_id and p.postal_code = h.home_postal_code and p.country_code = h.home_country_code
      left join helper_ratings r on r.tenant_id = $1 and r.helper_id = h.user_id
      left join helper_responsiveness a on a.tenant_id = $1 and a.helper_id = h.user_id
      cross join lateral (
        select 2 * ${EARTH_RADIUS_KM} * asin(sqrt(
                 power(sin(radians(p.latitude - $3::float8) / 2), 2)
               + cos(radians($3::float8)) * cos(radians(p.latitude)) * power(sin(radians(p.longitude - $4::float8) / 2), 2)
               )) as distance_km,
               case when $14::text = 'quote' then null else coalesce(s.price_minor, $15::integer) end as price_minor
      ) c
     where s.tenant_id = $1 and s.service_id = $2 and h.tenant_id = $1 and p.tenant_id = $1
       and h.status = 'approved'
       and p.latitude between $5::float8 and $6::float8
       and p.longitude between $7::float8 and $8::float8
       and c.distance_km <= h.service_radius_km
       and ($22::numeric is null or (r.review_count > 0 and round(r.stars_sum::numeric / r.review_count, 1) >= $22::numeric))
       and ($23::integer is null or c.price_minor <= $23::integer)
  ) ranked
  where $19::integer is null or ranked.score < $19::integer or (ranked.score = $19::integer and ranked.helper_id > $20::uuid)
  order by ranked.score desc, ranked.helper_id
  limit $9`;

/**
 * A helper's earliest free stretch, expanding availability a few local days at a time: most helpers
 * are free within the first days, and every wall-clock conversion costs time-zone lookups (it was
 * most of search's CPU time). Exact: a stretch found in the days expanded so far ends before any
 * later day begins, so no stretch that needs a later day can start earlier.
 */
function earliestSlot(input: {
  timeZone: string;
  from: string;
  to: string;
  weekly: WeeklySlot[];
  exceptions: AvailabilityException[];
  busy: UtcInterval[];
  range: SearchWindow;
  durationMinutes: number;
}): Date | null {
  const available: UtcInterval[] = [];
  const last = parseLocalDate(input.to);
  for (let day = parseLocalDate(input.from); day <= last; day += EXPANSION_DAYS) {
    const chunk = { from: formatLocalDate(day), to: formatLocalDate(Math.min(day + EXPANSION_DAYS - 1, last)) };
    for (const interval of expandAvailability({ timeZone: input.timeZone, ...chunk, weekly: input.weekly, exceptions: input.exceptions })) {
      const end = new Date(Math.min(interval.end.getTime(), input.range.to.getTime()));
      if (end > interval.start) available.push({ start: interval.start, end });
    }
    const slot = nextFreeSlot({ available, busy: input.busy, durationMinutes: input.durationMinutes, notBefore: input.range.from });
    if (slot) return slot;
  }
  return null;
}

@Injectable()
export class HelperSearchService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly policies: TenantPolicyService,
    private readonly clock: Clock,
  ) {}

  async searchHelpers(ctx: RequestContext, input: HelperSearchInput): Promise<HelperSearchPage> {
    const size = pageSize(input.first);
    const after = this.cursorOf(input.after);
    const now = this.clock.now();
    const window = checkWindow(input.window, now);
    const minRating = checkMinRating(input.minRating);
    const maxPriceMinor = checkMaxPrice(input.maxPriceMinor);
    return this.db.run(ctx, async (tx) => {
      const origin = await this.originOf(tx, input);
      const service = await this.serviceOf(tx, input.serviceId);
      const pricing = await this.policies.currentDocumentIn(tx, 'pricing');
      const sla = await this.policies.currentDocumentIn(tx, 'sla');
      const branding = await this.policies.currentDocumentIn(tx, 'branding');
      const timezone = await this.timezoneOf(tx);
      // Versions stored before ranking weights existed read as the defaults.
      const parsed = rankingWeights.safeParse((sla as { ranking?: unknown }).ranking);
      const shares = weightShares(parsed.success ? parsed.data : defaultRankingWeights());
      const fixedPrice = effectiveFixedPrice(
        { slug: service.slug, pricingMode: service.pricing_mode, fixedPriceMinor: service.fixed_price_minor },
        pricing,
      );
      const bounds =
        service.pricing_mode === 'hourly'
          ? pricing.helperHourlyRate
          : service.pricing_mode === 'fixed'
            ? fixedPriceBounds(pricing, service.estimated_duration_minutes)
            : { minMinor: 0, maxMinor: 0 };
      const latDelta = MAX_RADIUS_KM / KM_PER_DEGREE;
      const lonDelta = Math.min(180, MAX_RADIUS_KM / (KM_PER_DEGREE * Math.max(Math.cos((origin.latitude * Math.PI) / 180), 0.01)));
      const horizon = { from: now, to: new Date(now.getTime() + SEARCH_HORIZON_DAYS * DAY_MS) };
      const badgeName = branding.badgeName ?? null;

      const matches: { row: CandidateRow; slot: Date | null }[] = [];
      let cursor: Cursor | null = after;
      let scanned = 0;
      let exhausted = false;
      while (matches.length <= size && !exhausted && scanned < MAX_SCANNED) {
        const limit = window ? WINDOW_BATCH : size + 1 - matches.length;
        const rows = await tx.query<CandidateRow>(SEARCH_SQL, [
          tx.tenantId,
          service.id,
          origin.latitude,
          origin.longitude,
          origin.latitude - latDelta,
          origin.latitude + latDelta,
          origin.longitude - lonDelta,
          origin.longitude + lonDelta,
          limit,
          shares.distance,
          shares.rating,
          shares.price,
          shares.responsiveness,
          service.pricing_mode,
          service.pricing_mode === 'quote' ? null : fixedPrice,
          bounds.minMinor,
          bounds.maxMinor,
          NEUTRAL,
          cursor?.s ?? null,
          cursor?.id ?? null,
          sla.firstResponseMinutes,
          minRating,
          maxPriceMinor,
        ]);
        exhausted = rows.length < limit;
        scanned += rows.length;
        const slots = await this.nextFreeSlots(tx, {
          helperIds: rows.map((row) => row.helper_id),
          timezone,
          range: window ?? horizon,
          durationMinutes: service.estimated_duration_minutes,
        });
        for (const row of rows) {
          cursor = { s: row.score, id: row.helper_id };
          const slot = slots.get(row.helper_id) ?? null;
          if (window && !slot) continue;
          matches.push({ row, slot });
          if (matches.length > size) break;
        }
      }

      const edges = matches.slice(0, size).map(({ row, slot }) => ({
        cursor: encodeCursor({ s: row.score, id: row.helper_id }),
        node: {
          helper: { id: row.helper_id, displayName: row.display_name, photoUrl: row.photo_url, badgeName },
          distanceKm: Math.round(row.distance_km * 10) / 10,
          pricingMode: service.pricing_mode,
          priceMinor: service.pricing_mode === 'quote' ? null : row.price_minor,
          currency: pricing.currency,
          rating: averageStars(row.review_count, row.stars_sum),
          reviewCount: row.review_count,
          nextFreeSlot: slot,
          score: row.score / SCORE_SCALE,
        },
      }));
      const full = matches.length > size;
      // A scan stopped at its bound before the page filled resumes after the last row it read.
      const endCursor = full || exhausted ? (edges.at(-1)?.cursor ?? null) : cursor ? encodeCursor(cursor) : null;
      return { edges, pageInfo: { hasNextPage: full || !exhausted, endCursor } };
    });
  }

  /** Each helper's earliest free stretch of the service's length inside the range, around their live appointments. */
  private async nextFreeSlots(
    tx: TenantTransaction,
    input: { helperIds: string[]; timezone: string; range: SearchWindow; durationMinutes: number },
  ): Promise<Map<string, Date | null>> {
    const result = new Map<string, Date | null>();
    if (input.helperIds.length === 0) return result;
    const localDate = (instant: Date, shiftDays: number) =>
      formatLocalDate(Math.floor((instant.getTime() + zoneOffsetMs(input.timezone, instant.getTime())) / DAY_MS) + shiftDays);
    const from = localDate(input.range.from, 0);
    const to = localDate(input.range.to, 0);
    const hours = await helperHoursIn(tx, input.helperIds, { from, to });
    const busyRows = await liveAppointmentsIn(tx, input.helperIds, input.range);
    for (const helperId of input.helperIds) {
      const { weekly, exceptions } = hours.get(helperId) as HelperHours;
      const busy = busyRows.filter((row) => row.helper_id === helperId).map((row) => ({ start: row.starts_at, end: row.ends_at }));
      result.set(helperId, earliestSlot({ timeZone: input.timezone, from, to, weekly, exceptions, busy, range: input.range, durationMinutes: input.durationMinutes }));
    }
    return result;
  }

  private async originOf(tx: TenantTransaction, input: HelperSearchInput): Promise<{ latitude: number; longitude: number }> {
    const code = input.postalCode.trim().toUpperCase();
    const country = input.countryCode?.trim().toUpperCase() ?? null;
    const rows = await tx.query<{ latitude: number; longitude: number }>(
      `select latitude, longitude from postal_codes
        where tenant_id = $1 and postal_code = $2 and ($3::text is null or country_code = $3::text)
        order by country_code limit 2`,
      [tx.tenantId, code, country],
    );
    if (rows.length === 0) throw new ValidationError('postalCode', 'Unknown postal code');
    if (rows.length > 1) throw new ValidationError('countryCode', 'The postal code exists in several countries; give countryCode');
    return rows[0];
  }

  private async serviceOf(tx: TenantTransaction, serviceId: string): Promise<ServiceRow> {
    const [row] = await tx.query<ServiceRow>(
      `select id, slug, pricing_mode, fixed_price_minor, estimated_duration_minutes from services
        where tenant_id = $1 and id = $2::uuid and archived_at is null`,
      [tx.tenantId, asUuid(serviceId)],
    );
    if (!row) throw new ValidationError('serviceId', 'Unknown service');
    return row;
  }

  private async timezoneOf(tx: TenantTransaction): Promise<string> {
    const [row] = await tx.query<{ timezone: string }>(`select timezone from tenants where id = $1`, [tx.tenantId]);
    if (!row) throw new NotFoundError('Tenant');
    return row.timezone;
  }

  private cursorOf(after: string | null | undefined): Cursor | null {
    const cursor = decodeCursor<Cursor>(after, ['s', 'id']);
    if (cursor && (!Number.isInteger(cursor.s) || typeof cursor.id !== 'string' || !UUID.test(cursor.id))) throw new ValidationError('after', 'Malformed cursor');
    return cursor;
  }
}
