// Rows of the catalog tables and how they read for one reader: names in the reader's locale and
// prices under the tenant's pricing policy in force.
import { decodeCursor, isUuid, type TenantTransaction, ValidationError } from '@quartier/platform';
import { loadPolicyTenant, type PolicyTenant, type PricingPolicy, type TenantPolicyService } from '@quartier/tenancy';
import { type LocalizedStrings, resolveLocalized } from './localized-text.js';
import { effectiveFixedPrice, type PricingMode } from './pricing/price-quote.js';

export interface CategoryRow {
  id: string;
  slug: string;
  names: LocalizedStrings;
  position: number;
  active: boolean;
}

export interface ServiceRow {
  id: string;
  category_id: string;
  slug: string;
  names: LocalizedStrings;
  descriptions: LocalizedStrings;
  pricing_mode: PricingMode;
  fixed_price_minor: number | null;
  estimated_duration_minutes: number;
  remote_help: boolean;
  position: number;
  archived_at: Date | null;
}

export const CATEGORY_COLUMNS = 'id, slug, names, position, active';
export const SERVICE_COLUMNS =
  'id, category_id, slug, names, descriptions, pricing_mode, fixed_price_minor, estimated_duration_minutes, remote_help, position, archived_at';

/** What reading a row needs: the reader's locale and the tenant's facts and pricing policy. */
export interface Reading {
  locale: string;
  tenant: PolicyTenant;
  pricing: PricingPolicy;
}

export interface CategoryView {
  id: string;
  slug: string;
  name: string;
  names: LocalizedStrings;
  position: number;
  active: boolean;
}

export interface ServiceView {
  id: string;
  categoryId: string;
  slug: string;
  name: string;
  description: string | null;
  names: LocalizedStrings;
  descriptions: LocalizedStrings;
  pricingMode: PricingMode;
  price: {
    mode: PricingMode;
    currency: string;
    fixedPriceMinor: number | null;
    hourlyRateMinMinor: number | null;
    hourlyRateMaxMinor: number | null;
    customerFeeFixedMinor: number;
    customerFeeBasisPoints: number;
  };
  estimatedDurationMinutes: number;
  /** Whether help may start with a helper's call (the customer agreeing), a visit following only when needed. */
  remoteHelp: boolean;
  position: number;
  active: boolean;
  archivedAt: Date | null;
}

export function toCategoryView(row: CategoryRow, reading: NameReading): CategoryView {
  return {
    id: row.id,
    slug: row.slug,
    name: resolveLocalized(row.names, reading.locale, reading.tenant.defaultLocale) ?? row.slug,
    names: row.names,
    position: row.position,
    active: row.active,
  };
}

export function toServiceView(row: ServiceRow, reading: Reading): ServiceView {
  const { pricing } = reading;
  const hourly = row.pricing_mode === 'hourly';
  return {
    id: row.id,
    categoryId: row.category_id,
    slug: row.slug,
    name: resolveLocalized(row.names, reading.locale, reading.tenant.defaultLocale) ?? row.slug,
    description: resolveLocalized(row.descriptions, reading.locale, reading.tenant.defaultLocale),
    names: row.names,
    descriptions: row.descriptions,
    pricingMode: row.pricing_mode,
    price: {
      mode: row.pricing_mode,
      currency: pricing.currency,
      fixedPriceMinor: effectiveFixedPrice({ slug: row.slug, pricingMode: row.pricing_mode, fixedPriceMinor: row.fixed_price_minor }, pricing),
      hourlyRateMinMinor: hourly ? pricing.helperHourlyRate.minMinor : null,
      hourlyRateMaxMinor: hourly ? pricing.helperHourlyRate.maxMinor : null,
      customerFeeFixedMinor: pricing.customerFee.fixedMinor,
      customerFeeBasisPoints: pricing.customerFee.basisPoints,
    },
    estimatedDurationMinutes: row.estimated_duration_minutes,
    remoteHelp: row.remote_help,
    position: row.position,
    active: row.archived_at === null,
    archivedAt: row.archived_at,
  };
}

/** Positions order a list; they are small non-negative integers. */
export function checkPosition(position: number | null | undefined): number | null {
  if (position === null || position === undefined) return null;
  if (!Number.isInteger(position) || position < 0 || position > 10_000) throw new ValidationError('position', 'position must be between 0 and 10000');
  return position;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function checkSlug(slug: string): string {
  const value = slug.trim();
  if (!SLUG.test(value) || value.length > 60) {
    throw new ValidationError('slug', 'slug must be 1–60 lowercase letters, digits and single hyphens, e.g. wifi-setup');
  }
  return value;
}

/** What naming a row needs; categories carry no price, so their reads skip the pricing policy. */
export type NameReading = Pick<Reading, 'locale' | 'tenant'>;

/** The reader's locale with the tenant's facts, in the caller's transaction. */
export async function nameReadingIn(tx: TenantTransaction): Promise<NameReading> {
  return { locale: tx.ctx.locale, tenant: await loadPolicyTenant(tx) };
}

/** The reader's locale with the tenant's facts and pricing policy in force, in the caller's transaction. */
export async function readingIn(tx: TenantTransaction, policies: TenantPolicyService): Promise<Reading> {
  return { ...(await nameReadingIn(tx)), pricing: await policies.currentDocumentIn(tx, 'pricing') };
}

/** An id that is not a UUID names no row; the nil UUID keeps the answer NOT_FOUND like any unknown id. */
export function asUuid(id: string): string {
  return isUuid(id) ? id : '00000000-0000-0000-0000-000000000000';
}

/** Catalog lists page by (position, id). */
export function decodePositionCursor(after: string | null | undefined): { p: number; id: string } | null {
  const cursor = decodeCursor<{ p: number; id: string }>(after, ['p', 'id']);
  if (cursor && (!Number.isInteger(cursor.p) || !isUuid(String(cursor.id)))) throw new ValidationError('after', 'Malformed cursor');
  return cursor;
}
