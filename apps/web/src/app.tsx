// The customer site's frame: skip link, the tenant's header (logo, name, language), the page, footer.
import { useState, type MouseEvent } from 'react';
import { CustomerHome } from './customer/customer-home';
import { LANGUAGE_NAMES, type Locale } from './i18n/messages';
import { useNavigation } from './navigation';
import { useSite } from './tenant/site';

function SiteHeader({ onHome }: { onHome(event: MouseEvent<HTMLAnchorElement>): void }) {
  const { tenant, locales, locale, setLocale, t } = useSite();
  const [logoFailed, setLogoFailed] = useState(false);
  const { logoUrl, displayName } = tenant.branding;
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <a className="brand" href="/" onClick={onHome}>
          {logoUrl && !logoFailed ? <img className="brand__logo" src={logoUrl} alt="" height={32} onError={() => setLogoFailed(true)} /> : null}
          <span className="brand__name" data-testid="site-name">
            {displayName}
          </span>
        </a>
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
    </header>
  );
}

export function App() {
  const { tenant, t, format } = useSite();
  const navigation = useNavigation();
  const goHome = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigation.navigate('/');
  };
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <SiteHeader onHome={goHome} />
      <main id="main" tabIndex={-1}>
        <CustomerHome navigation={navigation} />
      </main>
      <footer className="site-footer">
        <p>{t.footer(tenant.branding.displayName, format.zoneName)}</p>
      </footer>
    </>
  );
}
