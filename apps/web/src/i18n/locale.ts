// Which of the site's locales a visitor reads: their own earlier choice, else the first of the
// browser's languages the site offers, else the site's default. Formatting keeps the browser's
// region when it speaks that language (de-CH formats numbers the Swiss way).
import { LOCALES, type Locale } from './messages';

const STORAGE_KEY = 'quartier.locale';

function isLocale(value: string | null | undefined): value is Locale {
  return !!value && (LOCALES as string[]).includes(value);
}

function languageOf(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

export function pickLocale(input: { siteLocales: readonly string[]; defaultLocale: string; preferred: readonly string[]; chosen: string | null }): Locale {
  const offered = input.siteLocales.filter(isLocale);
  if (isLocale(input.chosen) && offered.includes(input.chosen)) return input.chosen;
  for (const tag of input.preferred) {
    const match = offered.find((locale) => locale === languageOf(tag));
    if (match) return match;
  }
  if (isLocale(input.defaultLocale) && offered.includes(input.defaultLocale)) return input.defaultLocale;
  return offered[0] ?? 'en';
}

/** The BCP 47 tag Intl formats with: the browser's regional variant of the locale when it has one. */
export function formattingTag(locale: Locale, preferred: readonly string[]): string {
  const regional = preferred.find((tag) => languageOf(tag) === locale && tag.includes('-'));
  return regional ?? locale;
}

export function rememberedLocale(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

export function browserLanguages(): readonly string[] {
  return navigator.languages.length ? navigator.languages : [navigator.language];
}
