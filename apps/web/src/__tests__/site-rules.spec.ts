// The site's pure rules: which locale a visitor reads, how money and instants are written, which text
// colors a brand palette gets, and how results sort.
import { describe, expect, it } from '@jest/globals';
import { sortResults, type HelperResult } from '../customer/search-query';
import { createFormatters } from '../i18n/format';
import { formattingTag, pickLocale } from '../i18n/locale';
import { contrast, themeProperties } from '../tenant/theme';

const rgb = (hex: string): [number, number, number] => {
  const value = parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
};
const plain = (text: string) => text.replace(/\s+/g, ' ');

describe('locale', () => {
  const site = { siteLocales: ['de', 'fr', 'it', 'en'], defaultLocale: 'de' };

  it('keeps the visitor’s choice when the site offers it, else follows the browser, else the site’s default', () => {
    expect(pickLocale({ ...site, preferred: ['en-US'], chosen: 'it' })).toBe('it');
    expect(pickLocale({ ...site, siteLocales: ['de', 'en'], preferred: ['fr-CH', 'en-GB'], chosen: 'it' })).toBe('en');
    expect(pickLocale({ ...site, preferred: ['es-ES', 'pt'], chosen: null })).toBe('de');
    expect(pickLocale({ siteLocales: ['fr'], defaultLocale: 'de', preferred: [], chosen: null })).toBe('fr');
  });

  it('formats with the browser’s region when it speaks the language', () => {
    expect(formattingTag('de', ['de-CH', 'en'])).toBe('de-CH');
    expect(formattingTag('fr', ['de-CH', 'en'])).toBe('fr');
  });
});

describe('formatting', () => {
  it('writes minor units with the currency’s own decimals, in the locale', () => {
    expect(plain(createFormatters('de-CH', { currency: 'CHF', timezone: 'Europe/Zurich' }).money(4550))).toBe('CHF 45.50');
    expect(plain(createFormatters('fr', { currency: 'EUR', timezone: 'Europe/Paris' }).money(123456))).toBe('1 234,56 €');
    expect(plain(createFormatters('en', { currency: 'JPY', timezone: 'Asia/Tokyo' }).money(4550))).toBe('¥4,550');
  });

  it('writes instants in the site’s time zone, across daylight saving time', () => {
    const format = createFormatters('en-GB', { currency: 'CHF', timezone: 'Europe/Zurich' });
    expect(format.dateTime('2026-01-15T08:00:00Z')).toContain('09:00');
    expect(format.dateTime('2026-07-15T08:00:00Z')).toContain('10:00');
  });
});

describe('theme', () => {
  it('draws white on dark brand colors and ink on light ones', () => {
    expect(themeProperties({ displayName: 'A', logoUrl: null, primaryColor: '#d0021b', accentColor: '#f2a900', fontFamily: 'Arial' })).toMatchObject({
      '--q-primary': '#d0021b',
      '--q-on-primary': '#ffffff',
      '--q-on-accent': '#1a1a1a',
      '--q-font': 'Arial',
    });
  });

  it('darkens a light brand color until it reads as text on white (WCAG AA)', () => {
    const theme = themeProperties({ displayName: 'A', logoUrl: null, primaryColor: '#ffd400', accentColor: '#ffffff', fontFamily: 'Arial' });
    expect(theme['--q-primary']).toBe('#ffd400');
    expect(contrast(rgb(theme['--q-primary-text']!), [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
    expect(theme['--q-on-primary']).toBe('#1a1a1a');
  });
});

describe('result order', () => {
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
  const results = [
    result('a', { priceMinor: null, rating: 4, reviewCount: 3, distanceKm: 5, nextFreeSlot: '2026-05-04T10:00:00Z' }),
    result('b', { priceMinor: 3000, rating: null, distanceKm: 1 }),
    result('c', { priceMinor: 3500, rating: 5, reviewCount: 1, distanceKm: 3, nextFreeSlot: '2026-05-04T08:00:00Z' }),
  ];

  it('keeps the site’s ranking for best match and puts missing values last', () => {
    expect(ids(sortResults(results, 'best'))).toEqual(['a', 'b', 'c']);
    expect(ids(sortResults(results, 'price'))).toEqual(['b', 'c', 'a']);
    expect(ids(sortResults(results, 'distance'))).toEqual(['b', 'c', 'a']);
    expect(ids(sortResults(results, 'rating'))).toEqual(['c', 'a', 'b']);
    expect(ids(sortResults(results, 'availability'))).toEqual(['c', 'a', 'b']);
  });
});
