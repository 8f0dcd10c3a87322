// What offers and appointments check against the rest of the site: the service, whether a helper
// may take the job (approved, offers the service, area covers the place), the helper's
// availability, and the price breakdown. Each refusal names the field a client can point at.
import { quotePrice, type PriceQuote, type PricingMode } from '@quartier/catalog';
import { EARTH_RADIUS_KM } from '@quartier/geo';
import { expandAvailability, helperHoursIn, type HelperHours } from '@quartier/helpers';
import { asUuid, ConflictError, ForbiddenError, NotFoundError, type TenantTransaction, ValidationError } from '@quartier/platform';
import type { PricingPolicy } from '@quartier/tenancy';
import { MAX_DAYS_AHEAD } from './request-input.rules.js';

const DAY_MS = 86_400_000;

export interface ServiceRow {
  id: string;
  slug: string;
  pricing_mode: PricingMode;
  fixed_price_minor: number | null;
  estimated_duration_minutes: number;
}

export async function activeService(tx: TenantTransaction, serviceId: string): Promise<ServiceRow> {
  const [row] = await tx.query<ServiceRow>(
    `select id, slug, pricing_mode, fixed_price_minor, estimated_duration_minutes from services where tenant_id = $1 and id = $2::uuid and archived_at is null`,
    [tx.tenantId, asUuid(serviceId)],
  );
  if (!row) throw new ValidationError('serviceId', 'Unknown service');
  return row;
}

export interface HelperFit {
  helperId: string;
  /** helper_skills.price_minor: the hourly rate, or the helper's own fixed price (null: the service's). */
  skillPriceMinor: number | null;
}

/**
 * The helper may take a job of the service at the place: approved (anyone else is the NOT_FOUND of
 * an unknown helper), offering the service, and living within their radius of the place.
 */
export async function helperFit(
  tx: TenantTransaction,
  input: { helperId: string; serviceId: string; countryCode: string; postalCode: string; outsideArea: 'forbidden' | 'validation'; remote?: boolean },
): Promise<HelperFit> {
  const [row] = await tx.query<{
    user_id: string;
    status: string;
    offers_service: boolean;
    offers_remote_help: boolean;
    price_minor: number | null;
    radius_km: number | null;
    distance_km: number | null;
  }>(
    `select h.user_id, h.status, s.service_id is not null as offers_service, h.offers_remote_help, s.price_minor, h.service_radius_km as radius_km,
            (select 2 * ${EARTH_RADIUS_KM} * asin(sqrt(
                      power(sin(radians(q.latitude - p.latitude) / 2), 2)
                    + cos(radians(p.latitude)) * cos(radians(q.latitude)) * power(sin(radians(q.longitude - p.longitude) / 2), 2)))
               from postal_codes p, postal_codes q
              where p.tenant_id = $1 and p.country_code = h.home_country_code and p.postal_code = h.home_postal_code
                and q.tenant_id = $1 and q.country_code = $4 and q.postal_code = $5) as distance_km
       from helper_profiles h
       left join helper_skills s on s.tenant_id = h.tenant_id and s.helper_id = h.user_id and s.service_id = $3::uuid
      where h.tenant_id = $1 and h.user_id = $2::uuid`,
    [tx.tenantId, asUuid(input.helperId), asUuid(input.serviceId), input.countryCode, input.postalCode],
  );
  if (!row || row.status !== 'approved') throw new NotFoundError('Helper');
  if (!row.offers_service) throw new ValidationError('serviceId', 'The helper does not offer this service');
  if (input.remote) {
    // A call needs no travel: the area does not matter, giving remote help does.
    if (!row.offers_remote_help) throw new ValidationError('mode', 'The helper does not give remote help');
    return { helperId: row.user_id, skillPriceMinor: row.price_minor };
  }
  const covers = row.distance_km !== null && row.radius_km !== null && row.distance_km <= row.radius_km;
  if (!covers) {
    if (input.outsideArea === 'forbidden') throw new ForbiddenError('The request is outside your service area');
    throw new ValidationError('postalCode', 'The helper does not cover this area');
  }
  return { helperId: row.user_id, skillPriceMinor: row.price_minor };
}

/** The helper's weekly template and exceptions, expanded in the site's zone, contain the whole slot. */
export async function checkHelperAvailable(tx: TenantTransaction, helperId: string, slot: { from: Date; to: Date }): Promise<void> {
  const [{ timezone }] = await tx.query<{ timezone: string }>(`select timezone from tenants where id = $1`, [tx.tenantId]);
  // A day either side covers every zone's offset from UTC.
  const from = new Date(slot.from.getTime() - DAY_MS).toISOString().slice(0, 10);
  const to = new Date(slot.to.getTime() + DAY_MS).toISOString().slice(0, 10);
  const { weekly, exceptions } = (await helperHoursIn(tx, [helperId], { from, to })).get(helperId) as HelperHours;
  const intervals = expandAvailability({ timeZone: timezone, from, to, weekly, exceptions });
  const inside = intervals.some((interval) => interval.start.getTime() <= slot.from.getTime() && slot.to.getTime() <= interval.end.getTime());
  if (!inside) throw new ValidationError('startsAt', 'The helper is not available then');
}

/** A start in the future, no further ahead than requests may look; the slot lasts the service's estimated duration. */
export function slotOf(startsAt: Date | string, service: ServiceRow, now: Date): { from: Date; to: Date } {
  const from = startsAt instanceof Date ? startsAt : new Date(startsAt);
  if (Number.isNaN(from.getTime())) throw new ValidationError('startsAt', 'startsAt must be a date-time');
  if (from.getTime() <= now.getTime()) throw new ValidationError('startsAt', 'An appointment must start in the future');
  if (from.getTime() > now.getTime() + MAX_DAYS_AHEAD * DAY_MS) throw new ValidationError('startsAt', `An appointment must start within ${MAX_DAYS_AHEAD} days`);
  return { from, to: new Date(from.getTime() + service.estimated_duration_minutes * 60_000) };
}

/**
 * The helper's price for the job by the service's pricing mode: the fixed price (the helper's own
 * first), the hourly rate for the estimated duration, or the quoted total.
 */
export function priceOfJob(service: ServiceRow, policy: PricingPolicy, input: { skillPriceMinor: number | null; quoteMinor?: number | null }): PriceQuote {
  const priced = { slug: service.slug, pricingMode: service.pricing_mode, fixedPriceMinor: input.skillPriceMinor ?? service.fixed_price_minor };
  if (service.pricing_mode === 'quote') {
    if (input.quoteMinor === undefined || input.quoteMinor === null) throw new ValidationError('priceMinor', 'A quote needs your total price');
    return quoteOf(() => quotePrice({ service: priced, policy, helperPriceMinor: input.quoteMinor ?? undefined }));
  }
  if (input.quoteMinor !== undefined && input.quoteMinor !== null) throw new ValidationError('priceMinor', 'Only services priced on quote take your price');
  return quoteOf(() => quotePrice({ service: priced, policy, helperPriceMinor: input.skillPriceMinor ?? undefined, minutes: service.estimated_duration_minutes }));
}

/** The breakdown of an agreed price for the job (an offer's), under the current policy's fees. */
export function priceOfAgreed(policy: PricingPolicy, subtotalMinor: number): PriceQuote {
  return quotePrice({ service: { slug: '', pricingMode: 'quote', fixedPriceMinor: null }, policy, helperPriceMinor: subtotalMinor });
}

/** The quote's own field names (helperPriceMinor) mean the offer's price to the caller. */
function quoteOf(compute: () => PriceQuote): PriceQuote {
  try {
    return compute();
  } catch (error) {
    if (error instanceof ValidationError && error.field === 'helperPriceMinor') {
      throw new ValidationError('priceMinor', error.message);
    }
    throw error;
  }
}

/** An insert refused by the no-double-booking exclusion constraint. */
export function isDoubleBooking(error: unknown): boolean {
  const candidate = error as { code?: string; driverError?: { code?: string } } | null;
  const code = candidate?.code ?? candidate?.driverError?.code;
  return code === '23P01';
}

export const slotTaken = (): ConflictError => new ConflictError('That slot is taken', { field: 'startsAt', detail: 'SLOT_TAKEN' });

/**
 * The appointment is not in the status the step needs (cancelled or reassigned away, not started,
 * already done): the same CONFLICT detail as an illegal request transition, and nothing is written.
 */
export const illegalAppointmentStep = (status: string, step: string): ConflictError =>
  new ConflictError(`An appointment that is ${status.replace('_', ' ')} cannot be ${step}`, { field: 'appointmentId', detail: 'ILLEGAL_TRANSITION', from: status, event: step });
