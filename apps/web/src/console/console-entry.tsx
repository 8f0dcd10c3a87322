// The operator console: for operator admins and agents of the site, a tab bar over the dashboard, the
// requests, vetting, incidents, reviews, notification texts and log, webhooks and the branding editor,
// each page at its own /console address.
import { useMemo } from 'react';
import { Link } from '../link';
import { useNav } from '../navigation';
import { useRequireAccount, useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { BrandingEditor } from './branding-editor';
import { CatalogEditor } from './catalog/catalog-editor';
import { HelperDirectory } from './helpers/helper-directory';
import { PayoutsPage } from './payouts/payouts-page';
import { PolicyEditor } from './policies/policy-editor';
import { ConsoleDashboard } from './console-dashboard';
import { IncidentDetail, IncidentList } from './incidents';
import { NotificationLog } from './notification-log';
import { NotificationTemplates } from './notification-templates';
import { consoleMessages, type ConsoleMessages } from './messages';
import { RequestDetail } from './request-detail';
import { RequestList } from './request-list';
import { ReviewModeration } from './review-moderation';
import { consoleHref, consoleRouteOf, isOperator, type ConsoleRoute } from './routes';
import { VettingQueue } from './vetting-queue';
import { WebhookEndpoints } from './webhook-endpoints';
import './console.css';

function ConsoleNav({ route, c }: { route: ConsoleRoute; c: ConsoleMessages }) {
  const tabs = [
    { href: consoleHref.dashboard(), label: c.nav.dashboard, current: route.view === 'dashboard' },
    { href: consoleHref.requests(), label: c.nav.requests, current: route.view === 'requests' || route.view === 'request' },
    { href: consoleHref.helpers(), label: c.nav.helpers, current: route.view === 'helpers' },
    { href: consoleHref.vetting(), label: c.nav.vetting, current: route.view === 'vetting' },
    { href: consoleHref.incidents(), label: c.nav.incidents, current: route.view === 'incidents' || route.view === 'incident' },
    { href: consoleHref.reviews(), label: c.nav.reviews, current: route.view === 'reviews' },
    { href: consoleHref.catalog(), label: c.nav.catalog, current: route.view === 'catalog' },
    { href: consoleHref.policies(), label: c.nav.policies, current: route.view === 'policies' },
    { href: consoleHref.payouts(), label: c.nav.payouts, current: route.view === 'payouts' },
    { href: consoleHref.notifications(), label: c.nav.notifications, current: route.view === 'notifications' },
    { href: consoleHref.notificationLog(), label: c.nav.notificationLog, current: route.view === 'notification-log' },
    { href: consoleHref.webhooks(), label: c.nav.webhooks, current: route.view === 'webhooks' },
    { href: consoleHref.branding(), label: c.nav.branding, current: route.view === 'branding' },
  ];
  return (
    <nav className="console-nav" aria-label={c.nav.label}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link href={tab.href} aria-current={tab.current ? 'page' : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ConsoleView({ route, c }: { route: ConsoleRoute; c: ConsoleMessages }) {
  switch (route.view) {
    case 'dashboard':
      return <ConsoleDashboard c={c} />;
    case 'branding':
      return <BrandingEditor c={c} />;
    case 'requests':
      return <RequestList c={c} status={route.status} />;
    case 'request':
      return <RequestDetail key={route.requestId} c={c} requestId={route.requestId} />;
    case 'vetting':
      return <VettingQueue c={c} />;
    case 'incidents':
      return <IncidentList c={c} />;
    case 'incident':
      return <IncidentDetail key={route.incidentId} c={c} incidentId={route.incidentId} />;
    case 'reviews':
      return <ReviewModeration c={c} hidden={route.hidden} />;
    case 'notifications':
      return <NotificationTemplates c={c} />;
    case 'notification-log':
      return <NotificationLog c={c} status={route.status} />;
    case 'webhooks':
      return <WebhookEndpoints c={c} />;
    case 'helpers':
      return <HelperDirectory c={c} status={route.status} />;
    case 'catalog':
      return <CatalogEditor c={c} />;
    case 'policies':
      return <PolicyEditor c={c} />;
    case 'payouts':
      return <PayoutsPage c={c} />;
    case 'not-found':
      return <h1>{c.notFound}</h1>;
  }
}

export default function ConsoleEntry() {
  const { locale } = useSite();
  const { account } = useSession();
  const navigation = useNav();
  const signedIn = useRequireAccount();
  const c = consoleMessages(locale);
  const route = useMemo(() => consoleRouteOf(navigation.url), [navigation.url]);
  if (!signedIn || account.status !== 'signed-in') return null;
  if (!isOperator(account.viewer.roles)) {
    return (
      <section className="console">
        <h1>{c.title}</h1>
        <p className="notice notice--error" role="alert">
          {c.forOperatorsOnly}
        </p>
      </section>
    );
  }
  return (
    <div className="console" data-testid="console">
      <ConsoleNav route={route} c={c} />
      <ConsoleView route={route} c={c} />
    </div>
  );
}
