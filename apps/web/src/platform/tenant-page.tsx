// /tenants/:id: one tenant's settings, site address, usage and status; after onboarding, who was invited.
import { useState } from 'react';
import { ApiError } from '../graphql/client';
import { Link } from '../link';
import { useRemote } from '../use-remote';
import type { Locale } from '../i18n/messages';
import { TenantQuery } from './operations';
import { siteOrigin } from './platform-host';
import { usePlatformI18n } from './platform-i18n';
import { usePlatformSession } from './platform-session';
import { tenantsHref, type Invitation } from './routes';
import { StatusBadge, TenantStatusActions, type Tenant } from './tenant-status';
import { TenantUsage } from './tenants-page';

export function TenantPage({ tenantId, invitation }: { tenantId: string; invitation: Invitation | null }) {
  const { t, formatDateTime } = usePlatformI18n();
  const session = usePlatformSession();
  const [changed, setChanged] = useState<Tenant | null>(null);
  const [loaded, reload] = useRemote(tenantId, (signal) => session.call(TenantQuery, { id: tenantId }, { signal }));

  if (loaded.status === 'loading') {
    return (
      <p className="platform-state" role="status">
        {t.loading}
      </p>
    );
  }
  if (loaded.status === 'failed') {
    const missing = loaded.error instanceof ApiError && loaded.error.code === 'NOT_FOUND';
    return (
      <section>
        <h1>{missing ? t.notFound : t.loadFailed}</h1>
        <div className="button-row">
          {missing ? null : (
            <button className="button button--secondary" type="button" onClick={reload}>
              {t.retry}
            </button>
          )}
          <Link href={tenantsHref()}>{t.tenant.back}</Link>
        </div>
      </section>
    );
  }
  const tenant = changed ?? loaded.data.tenant;
  const site = siteOrigin(window.location, tenant.slug);
  const languageName = (locale: string) => t.languages[locale as Locale] ?? locale;
  return (
    <section aria-labelledby="tenant-title" className="tenant-page">
      <p>
        <Link href={tenantsHref()}>← {t.tenant.back}</Link>
      </p>
      <div className="platform-title-row">
        <h1 id="tenant-title" data-testid="tenant-name">
          {tenant.name}
        </h1>
        <StatusBadge tenant={tenant} />
      </div>
      {invitation ? (
        <p className="notice notice--success" role="status" data-testid="tenant-created">
          {t.tenant.invited(
            invitation.displayName ? `${invitation.displayName} (${invitation.email})` : invitation.email,
            formatDateTime(invitation.expiresAt),
          )}
        </p>
      ) : null}
      {tenant.suspendedReason ? <p className="tenant-card__reason">{t.suspension.suspendedBecause(tenant.suspendedReason)}</p> : null}
      <div className="panel">
        <dl className="platform-facts">
          <dt>{t.tenant.site}</dt>
          <dd>
            <a href={site} data-testid="tenant-site">
              {site.replace(/^https?:\/\//, '')}
            </a>
          </dd>
          <dt>{t.tenant.slug}</dt>
          <dd>{tenant.slug}</dd>
          <dt>{t.tenant.domains}</dt>
          <dd>{tenant.domains.length ? tenant.domains.join(', ') : t.tenant.noDomains}</dd>
          <dt>{t.tenant.locales}</dt>
          <dd>{tenant.locales.map(languageName).join(', ')}</dd>
          <dt>{t.tenant.defaultLocale}</dt>
          <dd>{languageName(tenant.defaultLocale)}</dd>
          <dt>{t.tenant.currency}</dt>
          <dd>{tenant.currency}</dd>
          <dt>{t.tenant.timezone}</dt>
          <dd>{tenant.timezone}</dd>
          <dt>{t.tenant.created}</dt>
          <dd>{formatDateTime(tenant.createdAt)}</dd>
          <dt>{t.tenant.provisioned}</dt>
          <dd>{tenant.provisionedAt ? formatDateTime(tenant.provisionedAt) : t.tenant.notYet}</dd>
        </dl>
      </div>
      <div className="panel">
        <h2>{t.tenants.usage}</h2>
        <TenantUsage tenant={tenant} />
      </div>
      <div className="panel">
        <TenantStatusActions tenant={tenant} onChanged={setChanged} />
      </div>
    </section>
  );
}
