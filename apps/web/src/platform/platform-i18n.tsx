// The console's language: the admin's earlier choice, else the browser's first language among the
// four, else English; dates and numbers formatted in that language.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { browserLanguages, formattingTag, pickLocale, rememberedLocale, rememberLocale } from '../i18n/locale';
import { LOCALES, type Locale } from '../i18n/messages';
import { PLATFORM_CATALOGS, type PlatformMessages } from './messages';

export interface PlatformI18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t: PlatformMessages;
  formatDate(iso: string): string;
  formatDateTime(iso: string): string;
}

const PlatformI18nContext = createContext<PlatformI18n | null>(null);

export function PlatformI18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() =>
    pickLocale({ siteLocales: LOCALES, defaultLocale: 'en', preferred: browserLanguages(), chosen: rememberedLocale() }),
  );
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = PLATFORM_CATALOGS[locale].consoleName;
  }, [locale]);
  const value = useMemo<PlatformI18n>(() => {
    const tag = formattingTag(locale, browserLanguages());
    const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      locale,
      setLocale: (next) => {
        rememberLocale(next);
        setLocaleState(next);
      },
      t: PLATFORM_CATALOGS[locale],
      formatDate: (iso) => date.format(new Date(iso)),
      formatDateTime: (iso) => dateTime.format(new Date(iso)),
    };
  }, [locale]);
  return <PlatformI18nContext.Provider value={value}>{children}</PlatformI18nContext.Provider>;
}

export function usePlatformI18n(): PlatformI18n {
  const i18n = useContext(PlatformI18nContext);
  if (!i18n) throw new Error('usePlatformI18n needs a PlatformI18nProvider above it');
  return i18n;
}
