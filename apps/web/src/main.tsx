// The customer site's entry: reads the site served at this host, applies its branding, renders.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { ApiError, request } from './graphql/client';
import { SiteTenantQuery } from './graphql/operations';
import { browserLanguages, pickLocale } from './i18n/locale';
import { CATALOGS, LOCALES } from './i18n/messages';
import { applyTheme } from './tenant/theme';
import { SiteProvider } from './tenant/site';
import './styles.css';

async function boot(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  try {
    const { currentTenant } = await request(SiteTenantQuery, {});
    applyTheme(currentTenant.branding);
    root.render(
      <StrictMode>
        <SiteProvider tenant={currentTenant}>
          <App />
        </SiteProvider>
      </StrictMode>,
    );
  } catch (error) {
    // No site yet, so no site locales: the visitor's language among those the platform speaks.
    const locale = pickLocale({ siteLocales: LOCALES, defaultLocale: 'en', preferred: browserLanguages(), chosen: null });
    const t = CATALOGS[locale];
    const unknownSite = error instanceof ApiError && (error.code === 'TENANT_NOT_FOUND' || error.code === 'TENANT_SUSPENDED');
    document.documentElement.lang = locale;
    root.render(
      <main className="site-unavailable">
        <p role="alert">{unknownSite ? t.siteUnavailable : t.siteUnreachable}</p>
      </main>,
    );
  }
}

const container = document.getElementById('root');
if (container) void boot(container);
