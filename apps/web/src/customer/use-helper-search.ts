// Runs the search the page's address names, in the reader's locale; a newer search cancels the one in flight.
import { useEffect, useState } from 'react';
import { ApiError, request } from '../graphql/client';
import { CustomerSearchHelpersQuery } from './search-operations';
import { filterArguments, searchWindow, type HelperResult, type SearchFilters } from './search-query';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; results: HelperResult[] }
  | { status: 'failed'; error: ApiError };

const PAGE_SIZE = 30;

/** `attempt`: a new value runs the same search again. */
export function useHelperSearch(input: { serviceId: string; postalCode: string; filters: SearchFilters } | null, currency: string, locale: string, attempt = 0): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const serviceId = input?.serviceId;
  const postalCode = input?.postalCode;
  const within = input?.filters.within ?? null;
  const { minRating, maxPriceMinor } = filterArguments(input?.filters ?? { within: null, minRating: null, maxPrice: null }, currency);
  useEffect(() => {
    if (!serviceId || !postalCode) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    const variables = { serviceId, postalCode, first: PAGE_SIZE, window: searchWindow(within, Date.now()), minRating, maxPriceMinor };
    request(CustomerSearchHelpersQuery, variables, { locale, signal: controller.signal }).then(
      (data) => setState({ status: 'done', results: data.searchHelpers.edges.map((edge) => edge.node) }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'failed', error: error instanceof ApiError ? error : new ApiError('INTERNAL', 'The search failed') });
      },
    );
    return () => controller.abort();
  }, [serviceId, postalCode, within, minRating, maxPriceMinor, locale, attempt]);
  return state;
}
