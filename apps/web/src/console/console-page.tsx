// The console's door in the customer app: the header link for operator accounts, and the page that
// loads the console's own chunk only when an operator opens /console, so the customer entry bundle
// does not carry it.
import { lazy, Suspense } from 'react';
import type { Locale } from '../i18n/messages';
import { Link } from '../link';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { CONSOLE_PREFIX, isOperator } from './routes';

const ConsoleEntry = lazy(() => import('./console-entry'));

const TEXTS: Record<Locale, { link: string; loading: string }> = {
  de: { link: 'Konsole', loading: 'Die Konsole wird geladen …' },
  fr: { link: 'Console', loading: 'Chargement de la console…' },
  it: { link: 'Console', loading: 'Caricamento della console…' },
  en: { link: 'Console', loading: 'Loading the console…' },
};

/** In the header's account menu, for the site's operator admins and agents only. */
export function ConsoleMenuLink() {
  const { locale } = useSite();
  const { account } = useSession();
  if (account.status !== 'signed-in' || !isOperator(account.viewer.roles)) return null;
  return (
    <Link className="site-header__link" href={CONSOLE_PREFIX} data-testid="console-link">
      {TEXTS[locale].link}
    </Link>
  );
}

export function ConsolePage() {
  const { locale } = useSite();
  return (
    <Suspense
      fallback={
        <p className="muted" role="status">
          {TEXTS[locale].loading}
        </p>
      }
    >
      <ConsoleEntry />
    </Suspense>
  );
}
