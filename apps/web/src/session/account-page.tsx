// The customer's account (/account): who is signed in and their requests, newest first.
import { useEffect } from 'react';
import { MyRequestsQuery } from '../graphql/operations';
import { Link } from '../link';
import { requestHref } from '../booking/booking-href';
import { useCatalog } from '../customer/use-catalog';
import { useSite } from '../tenant/site';
import { useRemote } from '../use-remote';
import { useRequireAccount, useSession } from './session';

export function AccountPage() {
  const { t, format, locale, tenant } = useSite();
  const session = useSession();
  const signedIn = useRequireAccount();
  const catalog = useCatalog(locale);
  const [requests] = useRemote(signedIn ? 'mine' : null, async (signal) => (await session.call(MyRequestsQuery, {}, { signal })).myRequests.edges.map((edge) => edge.node));
  useEffect(() => {
    document.title = `${t.account.title} – ${tenant.branding.displayName}`;
  }, [t, tenant]);
  if (session.account.status !== 'signed-in') return <p className="muted" role="status">{t.request.loading}</p>;
  const { viewer } = session.account;
  return (
    <section aria-labelledby="account-page-title">
      <h1 id="account-page-title">{t.account.title}</h1>
      <p className="page-lead">
        {viewer.displayName} · {viewer.email}
      </p>
      <section className="panel" aria-labelledby="account-requests">
        <h2 id="account-requests">{t.account.yourRequests}</h2>
        {requests.status === 'loading' ? <p className="muted">{t.request.loading}</p> : null}
        {requests.status === 'failed' ? <p className="notice notice--error">{t.request.failed}</p> : null}
        {requests.status === 'done' && requests.data.length === 0 ? <p className="muted">{t.account.noRequests}</p> : null}
        {requests.status === 'done' && requests.data.length > 0 ? (
          <ul className="request-list">
            {requests.data.map((item) => (
              <li key={item.id}>
                <Link href={requestHref(item.id)}>{(catalog.status === 'ready' && catalog.byId.get(item.serviceId)?.name) || t.request.title}</Link> · {t.request.status[item.status]} ·{' '}
                {format.date(item.createdAt)}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </section>
  );
}
