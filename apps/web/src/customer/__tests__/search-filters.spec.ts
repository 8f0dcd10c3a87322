// The search filters as the address keeps them, and as the page asks the server for them.
import { describe, expect, it } from '@jest/globals';
import { filterArguments, NO_FILTERS, readSearchQuery, searchHref, searchWindow, type SearchQuery } from '../search-query';

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

  it('asks the server for the rating as chosen and the price in minor units of the site currency', () => {
    expect(filterArguments(NO_FILTERS, 'CHF')).toEqual({ minRating: null, maxPriceMinor: null });
    expect(filterArguments({ ...NO_FILTERS, minRating: 4.5, maxPrice: 42.5 }, 'CHF')).toEqual({ minRating: 4.5, maxPriceMinor: 4250 });
    // A currency without decimals counts in whole units; a typed fraction of a cent is rounded.
    expect(filterArguments({ ...NO_FILTERS, maxPrice: 4000 }, 'JPY')).toEqual({ minRating: null, maxPriceMinor: 4000 });
    expect(filterArguments({ ...NO_FILTERS, maxPrice: 40.006 }, 'EUR').maxPriceMinor).toBe(4001);
  });

  it('asks the server for a window starting a minute ahead, as long as chosen', () => {
    const now = Date.parse('2026-05-04T10:00:00Z');
    expect(searchWindow(null, now)).toBeNull();
    expect(searchWindow('day', now)).toEqual({ from: '2026-05-04T10:01:00.000Z', to: '2026-05-05T10:01:00.000Z' });
    expect(searchWindow('week', now)?.to).toBe('2026-05-11T10:01:00.000Z');
  });
});
