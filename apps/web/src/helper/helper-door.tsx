// The helper app's door in the site: the header link for helper accounts, and the page that loads the
// helper app's own chunk only when someone opens /helper/…, so the customer entry bundle does not carry it.
import { lazy, Suspense } from 'react';
import type { Locale } from '../i18n/messages';
import { Link } from '../link';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { helperHref, type HelperPage } from './routes';

const HelperApp = lazy(() => import('./helper-app'));

const TEXTS: Record<Locale, { link: string; loading: string }> = {
  de: { link: 'Helferbereich', loading: 'Der Helferbereich wird geladen …' },
  fr: { link: 'Espace aidant', loading: 'Chargement de l’espace aidant…' },
  it: { link: 'Area aiutanti', loading: 'Caricamento dell’area aiutanti…' },
  en: { link: 'Helper area', loading: 'Loading the helper area…' },
};

/** In the header's account menu, for the site's helpers only. */
export function HelperMenuLink() {
  const { locale } = useSite();
  const { account } = useSession();
  if (account.status !== 'signed-in' || !account.viewer.roles.includes('HELPER')) return null;
  return (
    <Link className="site-header__link" href={helperHref('home')} data-testid="helper-link">
      {TEXTS[locale].link}
    </Link>
  );
}

export function HelperAppPage({ page }: { page: HelperPage | 'not-found' }) {
  const { locale } = useSite();
  return (
    <Suspense
      fallback={
        <p className="muted" role="status">
          {TEXTS[locale].loading}
        </p>
      }
    >
      <HelperApp page={page} />
    </Suspense>
  );
}
