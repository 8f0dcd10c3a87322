// A search as the page's address (/search?service=…&postalCode=…&sort=…), and the result orders
// a customer can pick; "best" is the site's own ranking, as the server returned it.
import type { SearchHelpersQuery } from '../graphql/generated/graphql';
import { SORT_KEYS, type SortKey } from '../i18n/messages';

export type HelperResult = SearchHelpersQuery['searchHelpers']['edges'][number]['node'];

export interface SearchQuery {
  serviceId: string;
  postalCode: string;
  sort: SortKey;
}

export const SEARCH_PATH = '/search';

export function readSearchQuery(url: URL): SearchQuery | null {
  if (url.pathname !== SEARCH_PATH) return null;
  const serviceId = url.searchParams.get('service')?.trim() ?? '';
  const postalCode = url.searchParams.get('postalCode')?.trim() ?? '';
  if (!serviceId || !postalCode) return null;
  const sort = url.searchParams.get('sort');
  return { serviceId, postalCode, sort: SORT_KEYS.find((key) => key === sort) ?? 'best' };
}

export function searchHref(query: SearchQuery): string {
  const params = new URLSearchParams({ service: query.serviceId, postalCode: query.postalCode });
  if (query.sort !== 'best') params.set('sort', query.sort);
  return `${SEARCH_PATH}?${params}`;
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
