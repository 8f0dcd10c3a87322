// Catalog and prices: every category with its services (archived ones too), priced as the API prices
// them under the site's pricing policy. An operator adds and changes categories and services in the
// site's languages, and archives a service after a confirmation; customers then no longer find it.
import { useEffect, useRef, useState } from 'react';
import type { CatalogCategoryFieldsFragment as Category, CatalogServiceFieldsFragment as Service } from '../../graphql/generated/graphql';
import { Link } from '../../link';
import { useSession } from '../../session/session';
import { useSite } from '../../tenant/site';
import { useRemote } from '../../use-remote';
import { LoadFailed } from '../load-failed';
import type { ConsoleMessages } from '../messages';
import { consoleHref } from '../routes';
import { asApiError, refusalOf } from './catalog-fields';
import { CategoryForm } from './category-form';
import { catalogMessages, type CatalogMessages } from './messages';
import { ArchiveServiceMutation, CatalogEditorQuery, CatalogServicesQuery } from './operations';
import { ServiceForm, type HourlyBounds } from './service-form';
import './catalog.css';

interface PricingSummary {
  hourly: HourlyBounds;
  commissionBasisPoints: number | null;
}

/** The parts of the pricing policy this page shows, read defensively: the document is free-form JSON. */
function pricingOf(document: unknown): PricingSummary | null {
  const policy = document as { helperHourlyRate?: { minMinor?: unknown; maxMinor?: unknown }; commissionBasisPoints?: unknown } | null;
  const min = policy?.helperHourlyRate?.minMinor;
  const max = policy?.helperHourlyRate?.maxMinor;
  if (typeof min !== 'number' || typeof max !== 'number') return null;
  return { hourly: { minMinor: min, maxMinor: max }, commissionBasisPoints: typeof policy?.commissionBasisPoints === 'number' ? policy.commissionBasisPoints : null };
}

function PriceOf({ m, service }: { m: CatalogMessages; service: Service }) {
  const { format } = useSite();
  const { price } = service;
  if (price.mode === 'FIXED' && price.fixedPriceMinor != null) return <>{m.perJob(format.money(price.fixedPriceMinor, price.currency))}</>;
  if (price.mode === 'HOURLY' && price.hourlyRateMinMinor != null && price.hourlyRateMaxMinor != null) {
    return <>{m.hourlyBetween(format.money(price.hourlyRateMinMinor, price.currency), format.money(price.hourlyRateMaxMinor, price.currency))}</>;
  }
  return <>{m.quoted}</>;
}

function ServiceRow({
  c,
  m,
  service,
  categories,
  hourly,
  changed,
}: {
  c: ConsoleMessages;
  m: CatalogMessages;
  service: Service;
  categories: Category[];
  hourly: HourlyBounds | null;
  changed(message: string): void;
}) {
  const session = useSession();
  const { format } = useSite();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  // The buttons give way to the form or the question; focus follows so the keyboard is not lost.
  const focusEditButton = useRef(false);
  useEffect(() => {
    if (confirming) confirmation.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (!editing && !confirming && focusEditButton.current) {
      focusEditButton.current = false;
      editButton.current?.focus();
    }
  }, [editing, confirming]);
  const backToButtons = () => {
    focusEditButton.current = true;
    setEditing(false);
    setConfirming(false);
  };

  const archive = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      const { archiveService } = await session.call(ArchiveServiceMutation, { id: service.id });
      setConfirming(false);
      changed(m.serviceArchived(archiveService.name));
    } catch (error) {
      setRefusal(refusalOf(c, m, asApiError(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className={`catalog-service${service.active ? '' : ' catalog-service--archived'}`} data-testid="catalog-service" data-service-slug={service.slug}>
      <div className="catalog-service__head">
        <h3>{service.name}</h3>
        <span className="status" data-testid="service-state">
          {service.active ? m.active : service.archivedAt ? m.archivedOn(format.date(service.archivedAt)) : m.archived}
        </span>
      </div>
      <p className="catalog-service__facts" data-testid="service-facts">
        <span className="muted">{m.key(service.slug)}</span>
        <span>{m.modes[service.pricingMode]}</span>
        <span data-testid="service-price">
          <PriceOf m={m} service={service} />
        </span>
        <span>{format.minutes(service.estimatedDurationMinutes)}</span>
        {service.remoteHelp ? <span data-testid="service-remote-help">{m.startsWithCall}</span> : null}
      </p>
      {service.active && !editing ? (
        <div className="button-row">
          <button ref={editButton} className="button button--secondary" type="button" onClick={() => setEditing(true)} aria-label={m.edit(service.name)}>
            {m.editButton}
          </button>
          {confirming ? null : (
            <button className="button button--secondary" type="button" onClick={() => setConfirming(true)} aria-label={m.archive(service.name)}>
              {m.archiveButton}
            </button>
          )}
        </div>
      ) : null}
      {editing ? (
        <ServiceForm
          c={c}
          m={m}
          categories={categories}
          hourly={hourly}
          service={service}
          cancel={backToButtons}
          done={(message) => {
            setEditing(false);
            changed(message);
          }}
        />
      ) : null}
      {confirming ? (
        <div className="notice notice--error catalog-confirm" role="alert" tabIndex={-1} ref={confirmation}>
          <p>{m.archiveConfirm(service.name)}</p>
          <div className="button-row">
            <button className="button button--danger" type="button" disabled={busy} onClick={() => void archive()}>
              {m.archiveYes}
            </button>
            <button className="button button--secondary" type="button" onClick={backToButtons}>
              {m.keep}
            </button>
          </div>
        </div>
      ) : null}
      {refusal ? (
        <p className="notice notice--error" role="alert">
          {refusal}
        </p>
      ) : null}
    </li>
  );
}

function CategoryPanel({
  c,
  m,
  category,
  services,
  categories,
  hourly,
  changed,
}: {
  c: ConsoleMessages;
  m: CatalogMessages;
  category: Category;
  services: Service[];
  categories: Category[];
  hourly: HourlyBounds | null;
  changed(message: string): void;
}) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const focusEditButton = useRef(false);
  useEffect(() => {
    if (!editing && focusEditButton.current) {
      focusEditButton.current = false;
      editButton.current?.focus();
    }
  }, [editing]);
  const titleId = `catalog-category-${category.id}`;
  return (
    <section className="panel catalog-category" aria-labelledby={titleId} data-testid="catalog-category" data-category-slug={category.slug}>
      <div className="catalog-service__head">
        <h2 id={titleId}>{category.name}</h2>
        {category.active ? null : <span className="status">{m.categoryHidden}</span>}
      </div>
      <p className="muted">{m.key(category.slug)}</p>
      {editing ? (
        <CategoryForm
          c={c}
          m={m}
          category={category}
          cancel={() => {
            focusEditButton.current = true;
            setEditing(false);
          }}
          done={(message) => {
            setEditing(false);
            changed(message);
          }}
        />
      ) : (
        <button ref={editButton} className="button button--secondary" type="button" onClick={() => setEditing(true)}>
          {m.editCategory(category.name)}
        </button>
      )}
      {services.length === 0 ? (
        <p className="catalog-empty">{m.emptyServices}</p>
      ) : (
        <ul className="catalog-services">
          {services.map((service) => (
            <ServiceRow key={`${service.id}:${service.active}`} c={c} m={m} service={service} categories={categories} hourly={hourly} changed={changed} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function CatalogEditor({ c }: { c: ConsoleMessages }) {
  const session = useSession();
  const { locale, format } = useSite();
  const m = catalogMessages(locale);
  const [remote, reload] = useRemote(`catalog:${locale}`, async (signal) => {
    const [editor, services] = await Promise.all([session.call(CatalogEditorQuery, {}, { signal }), session.call(CatalogServicesQuery, {}, { signal })]);
    return { ...editor, ...services };
  });
  // Forms are remounted after a save so a new one starts empty and a changed one shows what is stored.
  const [generation, setGeneration] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  // A save closes or empties the form it came from; the keyboard continues at the message saying so.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done, generation]);
  const changed = (message: string) => {
    setDone(message);
    setGeneration((count) => count + 1);
    reload();
  };

  return (
    <section aria-labelledby="console-catalog-title" className="catalog-editor">
      <h1 id="console-catalog-title">{m.title}</h1>
      <p className="page-lead muted">{m.lead}</p>
      <div role="status">
        {done ? (
          <p className="notice console-saved" data-testid="catalog-done" tabIndex={-1} ref={doneRef}>
            {done}
          </p>
        ) : null}
      </div>
      {remote.status === 'loading' ? (
        <p className="muted" role="status">
          {m.loading}
        </p>
      ) : remote.status === 'failed' ? (
        <LoadFailed c={c} error={remote.error} retry={reload} />
      ) : (
        (() => {
          const categories = remote.data.catalogCategories.edges.map((edge) => edge.node);
          const services = remote.data.catalogServices.edges.map((edge) => edge.node);
          const pricing = pricingOf(remote.data.tenantPolicy?.document);
          const truncated = remote.data.catalogCategories.pageInfo.hasNextPage || remote.data.catalogServices.pageInfo.hasNextPage;
          return (
            <>
              <div className="panel catalog-pricing" data-testid="catalog-pricing">
                <p>
                  {pricing ? m.bounds(format.money(pricing.hourly.minMinor), format.money(pricing.hourly.maxMinor)) : m.boundsUnknown}
                  {pricing?.commissionBasisPoints != null ? ` ${m.commission(new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(pricing.commissionBasisPoints / 10_000))}` : ''}
                </p>
                <Link href={`${consoleHref.policies()}#policy-PRICING`}>{m.policiesLink}</Link>
              </div>
              {truncated ? <p className="muted">{m.truncated}</p> : null}
              {categories.length === 0 ? <p className="panel">{m.emptyCategories}</p> : null}
              {categories.map((category) => (
                <CategoryPanel
                  key={`${category.id}:${generation}`}
                  c={c}
                  m={m}
                  category={category}
                  services={services.filter((service) => service.categoryId === category.id)}
                  categories={categories}
                  hourly={pricing?.hourly ?? null}
                  changed={changed}
                />
              ))}
              <div className="catalog-new">
                {categories.length > 0 ? (
                  <div className="panel">
                    <ServiceForm key={`service:${generation}`} c={c} m={m} categories={categories} hourly={pricing?.hourly ?? null} done={changed} />
                  </div>
                ) : null}
                <div className="panel">
                  <CategoryForm key={`category:${generation}`} c={c} m={m} done={changed} />
                </div>
              </div>
            </>
          );
        })()
      )}
    </section>
  );
}
