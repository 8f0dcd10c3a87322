// The customer site's entry: reads the site served at this host, applies its branding, renders.
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { ApiError, request } from './graphql/client';
import { SiteTenantQuery } from './graphql/operations';
import { browserLanguages, pickLocale } from './i18n/locale';
import { CATALOGS, LOCALES } from './i18n/messages';
import { applyTheme } from './tenant/theme';
import { SiteProvider } from './tenant/site';
import { isPlatformHost } from './platform/platform-host';
import './styles.css';

// The platform console has its own host (admin.<base domain>), look and session: loaded only there.
const PlatformConsole = lazy(() => import('./platform/platform-console'));

async function boot(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  if (isPlatformHost(window.location.hostname)) {
    root.render(
      <StrictMode>
        <Suspense fallback={<p className="boot" role="status">…</p>}>
          <PlatformConsole />
        </Suspense>
      </StrictMode>,
    );
    return;
  }
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
