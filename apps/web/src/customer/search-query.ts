// A search as the page's address (/search?service=…&postalCode=…&sort=…&within=…&minRating=…&maxPrice=…),
// the result orders a customer can pick ("best" is the site's own ranking, as the server returned it)
// and the filters the server applies: free within a window, a minimum rating and a maximum price.
import type { CustomerSearchHelpersQuery } from '../graphql/generated/graphql';
import { SORT_KEYS, WITHIN_HOURS, type SortKey, type WithinKey } from '../i18n/messages';
import { minorDigitsOf } from '../i18n/money';

export type HelperResult = CustomerSearchHelpersQuery['searchHelpers']['edges'][number]['node'];

export interface SearchFilters {
  /** Only helpers free for the whole service within this many hours from now. */
  within: WithinKey | null;
  minRating: number | null;
  /** In the site currency's major units (CHF 40), as typed. */
  maxPrice: number | null;
}

export interface SearchQuery {
  serviceId: string;
  postalCode: string;
  sort: SortKey;
  filters: SearchFilters;
}

export const NO_FILTERS: SearchFilters = { within: null, minRating: null, maxPrice: null };
export const MIN_RATINGS: readonly number[] = [3, 4, 4.5];

export const SEARCH_PATH = '/search';

export function readSearchQuery(url: URL): SearchQuery | null {
  if (url.pathname !== SEARCH_PATH) return null;
  const serviceId = url.searchParams.get('service')?.trim() ?? '';
  const postalCode = url.searchParams.get('postalCode')?.trim() ?? '';
  if (!serviceId || !postalCode) return null;
  const sort = url.searchParams.get('sort');
  return { serviceId, postalCode, sort: SORT_KEYS.find((key) => key === sort) ?? 'best', filters: readFilters(url.searchParams) };
}

/** Unknown or malformed filter values in a shared address are ignored rather than refused. */
function readFilters(params: URLSearchParams): SearchFilters {
  const within = params.get('within');
  const minRating = Number(params.get('minRating'));
  const maxPrice = Number(params.get('maxPrice'));
  return {
    within: (Object.keys(WITHIN_HOURS) as WithinKey[]).find((key) => key === within) ?? null,
    minRating: MIN_RATINGS.includes(minRating) ? minRating : null,
    maxPrice: params.get('maxPrice') && Number.isFinite(maxPrice) && maxPrice > 0 ? maxPrice : null,
  };
}

export function hasFilters(filters: SearchFilters): boolean {
  return filters.within !== null || filters.minRating !== null || filters.maxPrice !== null;
}

export function searchHref(query: SearchQuery): string {
  const params = new URLSearchParams({ service: query.serviceId, postalCode: query.postalCode });
  if (query.sort !== 'best') params.set('sort', query.sort);
  if (query.filters.within) params.set('within', query.filters.within);
  if (query.filters.minRating !== null) params.set('minRating', String(query.filters.minRating));
  if (query.filters.maxPrice !== null) params.set('maxPrice', String(query.filters.maxPrice));
  return `${SEARCH_PATH}?${params}`;
}

/** The window the server filters by: from a minute ahead (never in the past when it arrives) for the hours chosen. */
export function searchWindow(within: WithinKey | null, now: number): { from: string; to: string } | null {
  if (!within) return null;
  const from = now + 60_000;
  return { from: new Date(from).toISOString(), to: new Date(from + WITHIN_HOURS[within] * 3_600_000).toISOString() };
}

/**
 * The rating and price filters as `searchHelpers` takes them. The server leaves out a helper without a
 * rating yet from a minimum rating, and a price on quote from a maximum price.
 */
export function filterArguments(filters: SearchFilters, currency: string): { minRating: number | null; maxPriceMinor: number | null } {
  return {
    minRating: filters.minRating,
    maxPriceMinor: filters.maxPrice === null ? null : Math.round(filters.maxPrice * 10 ** minorDigitsOf(currency)),
  };
}

/** Missing values (no price on quote, no rating yet, no free slot) sort last. */
function ascending(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a - b;
}

export function sortResults(results: readonly HelperResult[], sort: SortKey): HelperResult[] {
  const sorted = [...results];
  switch (sort) {
    case 'best':
      return sorted;
    case 'price':
      return sorted.sort((a, b) => ascending(a.priceMinor, b.priceMinor));
    case 'distance':
      return sorted.sort((a, b) => a.distanceKm - b.distanceKm);
    case 'rating':
      return sorted.sort((a, b) => ascending(a.rating === null ? null : -a.rating, b.rating === null ? null : -b.rating) || b.reviewCount - a.reviewCount);
    case 'availability':
      return sorted.sort((a, b) => ascending(a.nextFreeSlot ? Date.parse(a.nextFreeSlot) : null, b.nextFreeSlot ? Date.parse(b.nextFreeSlot) : null));
  }
}
