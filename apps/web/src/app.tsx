// The customer site's frame: skip link, the tenant's header (logo, name, account, language), the page
// the address names, footer.
import { useEffect, useRef, useState } from 'react';
import { BookPage } from './booking/book-page';
import { PostRequestPage } from './booking/post-request-page';
import { RequestPage } from './booking/request-page';
import { ConsoleMenuLink, ConsolePage } from './console/console-page';
import { CustomerHome } from './customer/customer-home';
import { HelperProfilePage } from './customer/helper-profile';
import { HelperAppPage, HelperMenuLink } from './helper/helper-door';
import { LANGUAGE_NAMES, type Locale } from './i18n/messages';
import { Link } from './link';
import { hrefOf, loginHref, NavigationContext, routeOf, useNav, useNavigation, type Route } from './navigation';
import { AccountForm } from './session/account-form';
import { AccountPage } from './session/account-page';
import { SessionProvider, useSession } from './session/session';
import { useSite } from './tenant/site';

function AccountMenu() {
  const { t } = useSite();
  const session = useSession();
  const navigation = useNav();
  const { account } = session;
  const route = routeOf(navigation.url);
  if (account.status === 'checking') return null;
  if (account.status === 'anonymous') {
    if (route.page === 'login' || route.page === 'signup') return null;
    return (
      <Link className="site-header__link" href={loginHref(hrefOf(navigation.url))}>
        {t.account.logIn}
      </Link>
    );
  }
  return (
    <div className="account-menu">
      <ConsoleMenuLink />
      <HelperMenuLink />
      <Link className="site-header__link" href="/account" data-testid="signed-in-as">
        {account.viewer.displayName}
      </Link>
      <button className="site-header__button" type="button" onClick={() => void session.logOut()}>
        {t.account.logOut}
      </button>
    </div>
  );
}

function SiteHeader() {
  const { tenant, locales, locale, setLocale, t } = useSite();
  const [logoFailed, setLogoFailed] = useState(false);
  const { logoUrl, displayName } = tenant.branding;
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link className="brand" href="/">
          {logoUrl && !logoFailed ? <img className="brand__logo" src={logoUrl} alt="" height={32} onError={() => setLogoFailed(true)} /> : null}
          <span className="brand__name" data-testid="site-name">
            {displayName}
          </span>
        </Link>
        <div className="site-header__tools">
          <AccountMenu />
          {locales.length > 1 ? (
            <label className="locale-switcher">
              <span className="locale-switcher__label">{t.language}</span>
              <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
                {locales.map((option) => (
                  <option key={option} value={option} lang={option}>
                    {LANGUAGE_NAMES[option]}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </div>
      </div>
    </header>
  );
}

function Page({ route }: { route: Route }) {
  const { t } = useSite();
  switch (route.page) {
    case 'home':
      return <CustomerHome />;
    case 'helper':
      return <HelperProfilePage helperId={route.helperId} />;
    case 'login':
      return <AccountForm key="login" mode="login" />;
    case 'signup':
      return <AccountForm key="signup" mode="signup" />;
    case 'book':
      return <BookPage />;
    case 'post':
      return <PostRequestPage />;
    case 'request':
      return <RequestPage requestId={route.requestId} review={route.review} />;
    case 'account':
      return <AccountPage />;
    case 'console':
      return <ConsolePage />;
    case 'helper-app':
      return <HelperAppPage page={route.helperPage} />;
    case 'not-found':
      return (
        <section>
          <h1>{t.notFound}</h1>
          <p>
            <Link href="/">{t.backHome}</Link>
          </p>
        </section>
      );
  }
}

export function App() {
  const { tenant, t, format } = useSite();
  const navigation = useNavigation();
  const route = routeOf(navigation.url);
  const main = useRef<HTMLElement>(null);
  // A new page (not a new search on the same one) takes the focus, so screen readers start at its top.
  const pageKey = route.page === 'home' ? 'home' : `${navigation.url.pathname}`;
  const firstPage = useRef(true);
  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    if (pageKey !== 'home') main.current?.focus();
  }, [pageKey]);
  return (
    <NavigationContext.Provider value={navigation}>
      <SessionProvider>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} ref={main}>
          <Page route={route} />
        </main>
        <footer className="site-footer">
          <p>{t.footer(tenant.branding.displayName, format.zoneName)}</p>
        </footer>
      </SessionProvider>
    </NavigationContext.Provider>
  );
}
