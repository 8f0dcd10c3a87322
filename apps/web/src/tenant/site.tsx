// The site a page belongs to: the tenant read at boot, the reader's locale with its texts and
// formatters. The locale is the document's `lang` too, and a visitor's choice is remembered.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SiteTenantQuery } from '../graphql/generated/graphql';
import { createFormatters, type Formatters } from '../i18n/format';
import { browserLanguages, formattingTag, pickLocale, rememberedLocale, rememberLocale } from '../i18n/locale';
import { CATALOGS, type Locale, type Messages } from '../i18n/messages';

export type SiteTenant = SiteTenantQuery['currentTenant'];

export interface Site {
  tenant: SiteTenant;
  /** The site's locales the visitor can switch between. */
  locales: Locale[];
  locale: Locale;
  setLocale(locale: Locale): void;
  t: Messages;
  format: Formatters;
}

const SiteContext = createContext<Site | null>(null);

export function SiteProvider({ tenant, children }: { tenant: SiteTenant; children: ReactNode }) {
  const preferred = useMemo(() => browserLanguages(), []);
  const [locale, setLocaleState] = useState<Locale>(() =>
    pickLocale({ siteLocales: tenant.locales, defaultLocale: tenant.defaultLocale, preferred, chosen: rememberedLocale() }),
  );
  const setLocale = useCallback((next: Locale) => {
    rememberLocale(next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const site = useMemo<Site>(
    () => ({
      tenant,
      locales: (Object.keys(CATALOGS) as Locale[]).filter((candidate) => tenant.locales.includes(candidate)),
      locale,
      setLocale,
      t: CATALOGS[locale],
      format: createFormatters(formattingTag(locale, preferred), tenant),
    }),
    [tenant, locale, setLocale, preferred],
  );
  return <SiteContext.Provider value={site}>{children}</SiteContext.Provider>;
}

export function useSite(): Site {
  const site = useContext(SiteContext);
  if (!site) throw new Error('useSite needs a SiteProvider above it');
  return site;
}
