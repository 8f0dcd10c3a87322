// /tenants: every tenant with its status and usage; search by slug or name; suspend or reactivate in place.
import { useState, type FormEvent } from 'react';
import { Link } from '../link';
import { useNav } from '../navigation';
import { useRemote } from '../use-remote';
import { TenantsQuery } from './operations';
import { usePlatformI18n } from './platform-i18n';
import { usePlatformSession } from './platform-session';
import { NEW_TENANT_HREF, tenantHref, tenantsHref } from './routes';
import { StatusBadge, TenantStatusActions, type Tenant } from './tenant-status';

const PAGE_SIZE = 25;

export function TenantUsage({ tenant }: { tenant: Tenant }) {
  const { t } = usePlatformI18n();
  const { usage } = tenant;
  return (
    <ul className="tenant-usage" aria-label={t.tenants.usage}>
      <li>{t.tenants.customers(usage.customers)}</li>
      <li>{t.tenants.helpers(usage.helpers)}</li>
      <li>{t.tenants.operators(usage.operatorAdmins + usage.operatorAgents)}</li>
      {usage.openInvitations > 0 ? <li>{t.tenants.openInvitations(usage.openInvitations)}</li> : null}
    </ul>
  );
}

export function TenantsPage({ search, after }: { search: string; after: string | null }) {
  const { t, formatDate } = usePlatformI18n();
  const session = usePlatformSession();
  const navigation = useNav();
  const [query, setQuery] = useState(search);
  const [changed, setChanged] = useState<Record<string, Tenant>>({});
  const [tenants, reload] = useRemote(`${search}|${after ?? ''}`, (signal) =>
    session.call(TenantsQuery, { search: search || null, first: PAGE_SIZE, after }, { signal }),
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigation.navigate(tenantsHref({ search: query.trim() }));
  };

  return (
    <section aria-labelledby="tenants-title">
      <div className="platform-title-row">
        <h1 id="tenants-title">{t.tenants.title}</h1>
        <Link className="button button--primary platform-button-link" href={NEW_TENANT_HREF} data-testid="new-tenant">
          {t.nav.newTenant}
        </Link>
      </div>
      <form className="tenant-search" role="search" onSubmit={submit}>
        <div className="field">
          <label htmlFor="tenant-search">{t.tenants.search}</label>
          <input id="tenant-search" type="search" value={query} aria-describedby="tenant-search-hint" onChange={(event) => setQuery(event.target.value)} />
          <p className="field__hint" id="tenant-search-hint">
            {t.tenants.searchHint}
          </p>
        </div>
        <button className="button button--secondary" type="submit">
          {t.tenants.searchSubmit}
        </button>
      </form>
      {tenants.status === 'loading' ? (
        <p className="platform-state" role="status">
          {t.loading}
        </p>
      ) : tenants.status === 'failed' ? (
        <div className="notice notice--error" role="alert">
          <p>{t.loadFailed}</p>
          <button className="button button--secondary" type="button" onClick={reload}>
            {t.retry}
          </button>
        </div>
      ) : tenants.data.tenants.edges.length === 0 ? (
        <p className="platform-state" data-testid="tenants-empty">
          {search ? t.tenants.noMatch(search) : t.tenants.empty}
        </p>
      ) : (
        <>
          <p className="muted" role="status" data-testid="tenants-count">
            {t.tenants.count(tenants.data.tenants.totalCount)}
          </p>
          <ul className="tenant-list">
            {tenants.data.tenants.edges.map(({ node }) => {
              const tenant = changed[node.id] ?? node;
              return (
                <li key={tenant.id} className="tenant-card" data-testid={`tenant-${tenant.slug}`}>
                  <div className="tenant-card__head">
                    <h2 className="tenant-card__name">
                      <Link href={tenantHref(tenant.id)}>{tenant.name}</Link>
                    </h2>
                    <StatusBadge tenant={tenant} />
                  </div>
                  <p className="muted">
                    {tenant.slug} · {tenant.currency} · {tenant.timezone} · {t.tenants.createdOn(formatDate(tenant.createdAt))}
                  </p>
                  {tenant.suspendedReason ? <p className="tenant-card__reason">{t.suspension.suspendedBecause(tenant.suspendedReason)}</p> : null}
                  <TenantUsage tenant={tenant} />
                  <TenantStatusActions tenant={tenant} onChanged={(next) => setChanged((current) => ({ ...current, [next.id]: next }))} />
                </li>
              );
            })}
          </ul>
          <div className="button-row">
            {after ? <Link href={tenantsHref({ search })}>{t.tenants.first}</Link> : null}
            {tenants.data.tenants.pageInfo.hasNextPage ? (
              <Link href={tenantsHref({ search, after: tenants.data.tenants.pageInfo.endCursor })}>{t.tenants.next}</Link>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
