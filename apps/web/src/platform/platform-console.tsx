// The platform console served on admin.<base domain>: its own neutral Quartier look, its own session,
// and the platform admin's pages (tenants, onboarding, one tenant). Loaded lazily by main.tsx.
import { useEffect, useRef } from 'react';
import { LANGUAGE_NAMES, LOCALES, type Locale } from '../i18n/messages';
import { Link } from '../link';
import { hrefOf, loginHref, NavigationContext, useNav, useNavigation } from '../navigation';
import { OnboardingWizard } from './onboarding-wizard';
import { PlatformLoginPage } from './platform-login-page';
import { PlatformI18nProvider, usePlatformI18n } from './platform-i18n';
import { PlatformSessionProvider, usePlatformSession } from './platform-session';
import { QueuesPage } from './queues-page';
import { NEW_TENANT_HREF, platformRouteOf, QUEUES_HREF, tenantsHref, type PlatformRoute } from './routes';
import { TenantPage } from './tenant-page';
import { TenantsPage } from './tenants-page';
import './platform.css';

function ConsoleHeader() {
  const { t, locale, setLocale } = usePlatformI18n();
  const session = usePlatformSession();
  const { account } = session;
  return (
    <header className="platform-header">
      <div className="platform-header__bar">
        <Link className="platform-brand" href={tenantsHref()}>
          <span className="platform-brand__mark" aria-hidden="true">
            Q
          </span>
          <span data-testid="console-name">{t.consoleName}</span>
        </Link>
        {account.status === 'signed-in' ? (
          <nav className="platform-nav" aria-label={t.consoleName}>
            <Link href={tenantsHref()}>{t.nav.tenants}</Link>
            <Link href={NEW_TENANT_HREF}>{t.nav.newTenant}</Link>
            <Link href={QUEUES_HREF}>{t.nav.queues}</Link>
          </nav>
        ) : null}
        <div className="platform-header__tools">
          {account.status === 'signed-in' ? (
            <>
              <span className="platform-header__who" data-testid="platform-admin">
                {t.nav.signedInAs(account.viewer.displayName)}
              </span>
              <button className="button button--quiet" type="button" onClick={() => void session.logOut()}>
                {t.nav.logOut}
              </button>
            </>
          ) : null}
          <label className="locale-switcher">
            <span className="locale-switcher__label">{t.language}</span>
            <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
              {LOCALES.map((option) => (
                <option key={option} value={option} lang={option}>
                  {LANGUAGE_NAMES[option]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
    </header>
  );
}

function ConsolePage({ route }: { route: PlatformRoute }) {
  const { t } = usePlatformI18n();
  const { account } = usePlatformSession();
  const navigation = useNav();
  const needsAccount = route.page !== 'login';
  // Every page but the log-in needs a platform admin: the others go to log in and come back.
  useEffect(() => {
    if (needsAccount && account.status === 'anonymous') navigation.navigate(loginHref(hrefOf(navigation.url)), { replace: true });
  }, [needsAccount, account.status, navigation]);
  if (route.page === 'login') return <PlatformLoginPage />;
  if (account.status !== 'signed-in') {
    return (
      <p className="platform-state" role="status">
        {t.loading}
      </p>
    );
  }
  switch (route.page) {
    case 'tenants':
      return <TenantsPage search={route.search} after={route.after} />;
    case 'tenant-new':
      return <OnboardingWizard />;
    case 'queues':
      return <QueuesPage />;
    case 'tenant':
      return <TenantPage key={route.tenantId} tenantId={route.tenantId} invitation={route.invitation} />;
    case 'not-found':
      return (
        <section>
          <h1>{t.notFound}</h1>
          <p>
            <Link href={tenantsHref()}>{t.tenant.back}</Link>
          </p>
        </section>
      );
  }
}

function Console() {
  const { t } = usePlatformI18n();
  const navigation = useNavigation();
  const route = platformRouteOf(navigation.url);
  const main = useRef<HTMLElement>(null);
  const firstPage = useRef(true);
  // A new page takes the focus, so screen readers start at its top.
  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    main.current?.focus();
  }, [navigation.url.pathname]);
  return (
    <NavigationContext.Provider value={navigation}>
      <PlatformSessionProvider>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <ConsoleHeader />
        <main id="main" className="platform-main" tabIndex={-1} ref={main}>
          <ConsolePage route={route} />
        </main>
      </PlatformSessionProvider>
    </NavigationContext.Provider>
  );
}

export default function PlatformConsole() {
  return (
    <PlatformI18nProvider>
      <Console />
    </PlatformI18nProvider>
  );
}
