// The customer site's texts: one typed catalog per locale the platform offers (de in Swiss usage, so
// "ss" and no "ß"; fr; it; en). A missing or extra key in any catalog fails the type check.
import { de } from './messages/de';
import { en } from './messages/en';
import { fr } from './messages/fr';
import { it } from './messages/it';

export interface Messages {
  skipToContent: string;
  language: string;
  /** Shown before the site is known: its host serves no site, or the site is suspended. */
  siteUnavailable: string;
  siteUnreachable: string;
  heroTitle: string;
  heroLead(site: string): string;
  service: string;
  chooseService: string;
  postalCode: string;
  postalCodeHint: string;
  search: string;
  loadingServices: string;
  servicesFailed: string;
  searching: string;
  searchFailed: string;
  resultsTitle(count: number, service: string, postalCode: string): string;
  noResults(service: string, postalCode: string): string;
  noResultsHint: string;
  sortBy: string;
  sort: Record<SortKey, string>;
  errors: {
    postalCodeRequired: string;
    postalCodeUnknown: string;
    serviceRequired: string;
    serviceUnavailable: string;
    invalid: string;
  };
  perHour(price: string): string;
  fixedPrice(price: string): string;
  onQuote: string;
  rating(stars: string): string;
  reviews(count: number): string;
  ratingSummary(stars: string, count: number): string;
  noReviews: string;
  distance(km: string): string;
  nextFreeSlot(when: string): string;
  noFreeSlot: string;
  footer(site: string, zoneName: string): string;
}

export type SortKey = 'best' | 'price' | 'distance' | 'rating' | 'availability';

export const SORT_KEYS: readonly SortKey[] = ['best', 'price', 'distance', 'rating', 'availability'];

export const CATALOGS = { de, fr, it, en } satisfies Record<string, Messages>;

export type Locale = keyof typeof CATALOGS;

export const LOCALES = Object.keys(CATALOGS) as Locale[];

/** Each language named in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Locale, string> = { de: 'Deutsch', fr: 'Français', it: 'Italiano', en: 'English' };
