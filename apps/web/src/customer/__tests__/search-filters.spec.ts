// The search filters as the address keeps them, and which helpers each one leaves in the list.
import { describe, expect, it } from '@jest/globals';
import { filterResults, NO_FILTERS, readSearchQuery, searchHref, searchWindow, type HelperResult, type SearchQuery } from '../search-query';

const result = (id: string, fields: Partial<HelperResult>): HelperResult => ({
  helper: { id, displayName: id, photoUrl: null, badgeName: null },
  distanceKm: 1,
  pricingMode: 'HOURLY',
  priceMinor: 4000,
  currency: 'CHF',
  rating: null,
  reviewCount: 0,
  nextFreeSlot: null,
  score: 0.5,
  ...fields,
});
const ids = (results: HelperResult[]) => results.map((entry) => entry.helper.id);
const at = (href: string) => readSearchQuery(new URL(href, 'http://alpine.localhost'));

describe('search filters', () => {
  it('round-trips through the address, leaving out what is not set', () => {
    const query: SearchQuery = { serviceId: 's1', postalCode: '8001', sort: 'price', filters: { within: '3days', minRating: 4.5, maxPrice: 42.5 } };
    expect(searchHref(query)).toBe('/search?service=s1&postalCode=8001&sort=price&within=3days&minRating=4.5&maxPrice=42.5');
    expect(at(searchHref(query))).toEqual(query);
    expect(searchHref({ ...query, sort: 'best', filters: NO_FILTERS })).toBe('/search?service=s1&postalCode=8001');
  });

  it('ignores filter values a shared address gets wrong instead of refusing the search', () => {
    expect(at('/search?service=s1&postalCode=8001&within=year&minRating=2&maxPrice=-5')?.filters).toEqual(NO_FILTERS);
    expect(at('/search?service=s1&postalCode=8001&maxPrice=abc&minRating=4')?.filters).toEqual({ within: null, minRating: 4, maxPrice: null });
  });

  it('keeps helpers at or above the rating and at or under the price; no rating or a quote does not qualify', () => {
    const results = [
      result('rated', { rating: 4.6, priceMinor: 4500 }),
      result('unrated', { rating: null, priceMinor: 3000 }),
      result('quote', { rating: 5, pricingMode: 'QUOTE', priceMinor: null }),
      result('fair', { rating: 4, priceMinor: 4000 }),
    ];
    expect(ids(filterResults(results, NO_FILTERS, 2))).toEqual(['rated', 'unrated', 'quote', 'fair']);
    expect(ids(filterResults(results, { ...NO_FILTERS, minRating: 4 }, 2))).toEqual(['rated', 'quote', 'fair']);
    expect(ids(filterResults(results, { ...NO_FILTERS, maxPrice: 40 }, 2))).toEqual(['unrated', 'fair']);
    expect(ids(filterResults(results, { ...NO_FILTERS, minRating: 4.5, maxPrice: 40 }, 2))).toEqual([]);
    // A currency without decimals compares in whole units.
    expect(ids(filterResults([result('yen', { priceMinor: 4000, currency: 'JPY' })], { ...NO_FILTERS, maxPrice: 4000 }, 0))).toEqual(['yen']);
  });

  it('asks the server for a window starting a minute ahead, as long as chosen', () => {
    const now = Date.parse('2026-05-04T10:00:00Z');
    expect(searchWindow(null, now)).toBeNull();
    expect(searchWindow('day', now)).toEqual({ from: '2026-05-04T10:01:00.000Z', to: '2026-05-05T10:01:00.000Z' });
    expect(searchWindow('week', now)?.to).toBe('2026-05-11T10:01:00.000Z');
  });
});
