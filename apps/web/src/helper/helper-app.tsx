// The helper app (/helper/…): the entry the site loads lazily for its helpers. It decides between the
// helper's pages (a job's own page among them), the invitation to apply (visitors and customers), the helper sign-up form and a
// customer's application with their own account.
import { useEffect } from 'react';
import { Link } from '../link';
import { hrefOf, loginHref, useNav } from '../navigation';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { HelperApply, HelperApplyAsCustomer } from './helper-apply';
import { HelperEarnings } from './helper-earnings';
import { HelperHome } from './helper-home';
import { HelperJob } from './helper-job';
import { useHelperTexts } from './helper-kit';
import { HelperOffers } from './helper-offers';
import { HelperProfilePage } from './helper-profile';
import { HelperReviews } from './helper-reviews';
import { helperHref, jobRequestOf, type HelperPage } from './routes';
import './helper.css';

const TABS = ['home', 'offers', 'profile', 'earnings', 'reviews'] as const;

function HelperNav({ current }: { current: HelperPage }) {
  const h = useHelperTexts();
  return (
    <nav className="helper-nav" aria-label={h.navLabel}>
      <ul>
        {TABS.map((tab) => (
          <li key={tab}>
            <Link href={helperHref(tab)} aria-current={tab === current ? 'page' : undefined}>
              {h.nav[tab]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Visitors and customers: what helping means here, and how to become a helper. */
function NotAHelper() {
  const h = useHelperTexts();
  const { account } = useSession();
  return (
    <section className="helper-apply-invite" aria-labelledby="helper-invite-title">
      <h1 id="helper-invite-title">{h.notHelper.title}</h1>
      <p className="page-lead">{h.notHelper.lead}</p>
      {account.status === 'signed-in' ? (
        <div className="panel">
          <p>{h.notHelper.signedInAs(account.viewer.displayName)}</p>
          <Link className="button button--primary" href={helperHref('apply')}>
            {h.notHelper.apply}
          </Link>
        </div>
      ) : (
        <div className="button-row">
          <Link className="button button--primary" href={helperHref('apply')}>
            {h.notHelper.apply}
          </Link>
          <Link className="button button--secondary" href={loginHref(helperHref('home'))}>
            {h.notHelper.logIn}
          </Link>
        </div>
      )}
    </section>
  );
}

export default function HelperApp({ page }: { page: HelperPage | 'not-found' }) {
  const h = useHelperTexts();
  const { tenant } = useSite();
  const { account } = useSession();
  const navigation = useNav();
  const isHelper = account.status === 'signed-in' && account.viewer.roles.includes('HELPER');
  // Pages past the home page need an account: log in first, then come back.
  const needsLogIn = account.status === 'anonymous' && page !== 'home' && page !== 'apply';
  useEffect(() => {
    if (needsLogIn) navigation.navigate(loginHref(hrefOf(navigation.url)), { replace: true });
  }, [needsLogIn, navigation]);
  useEffect(() => {
    const title = page === 'not-found' ? h.notFound : page === 'apply' ? h.apply.title : jobRequestOf(page) !== null ? h.job.title : h.nav[page as keyof typeof h.nav];
    document.title = `${title} – ${tenant.branding.displayName}`;
  }, [page, h, tenant]);

  if (page === 'not-found') return <h1>{h.notFound}</h1>;
  if (account.status === 'checking' || needsLogIn)
    return (
      <p className="muted" role="status">
        {h.loading}
      </p>
    );
  if (page === 'apply') {
    if (account.status !== 'signed-in') return <HelperApply />;
    return isHelper ? <HelperHomeRedirect /> : <HelperApplyAsCustomer viewer={account.viewer} />;
  }
  if (!isHelper || account.status !== 'signed-in') return <NotAHelper />;
  const jobRequestId = jobRequestOf(page);
  return (
    <div className="helper-app">
      <HelperNav current={page} />
      {page === 'home' ? <HelperHome viewer={account.viewer} /> : null}
      {page === 'offers' ? <HelperOffers /> : null}
      {page === 'profile' ? <HelperProfilePage /> : null}
      {page === 'earnings' ? <HelperEarnings /> : null}
      {page === 'reviews' ? <HelperReviews viewerId={account.viewer.id} /> : null}
      {jobRequestId !== null ? <HelperJob requestId={jobRequestId} viewerId={account.viewer.id} /> : null}
    </div>
  );
}

function HelperHomeRedirect() {
  const navigation = useNav();
  useEffect(() => navigation.navigate(helperHref('home'), { replace: true }), [navigation]);
  return null;
}
