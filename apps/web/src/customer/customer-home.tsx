// The customer landing page and its results (/ and /search?…): pick a service, enter a postal code,
// compare the helpers who cover it. The search lives in the address, so results can be shared and
// the back button returns to the previous search.
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../graphql/client';
import type { Messages } from '../i18n/messages';
import { useNav } from '../navigation';
import { useSite } from '../tenant/site';
import { HelperResults } from './helper-results';
import { SearchForm, type FieldErrors } from './search-form';
import { NO_FILTERS, readSearchQuery, searchHref } from './search-query';
import { useCatalog } from './use-catalog';
import { useHelperSearch } from './use-helper-search';

/** Which form field the server's typed error is about; null when it belongs to none. */
function fieldOf(error: ApiError): keyof FieldErrors | null {
  if (error.code === 'BAD_USER_INPUT' && error.field === 'serviceId') return 'serviceId';
  if (error.code === 'BAD_USER_INPUT' && (error.field === 'postalCode' || error.field === 'countryCode')) return 'postalCode';
  return null;
}

function fieldErrorsOf(error: ApiError, t: Messages): FieldErrors | null {
  switch (fieldOf(error)) {
    case 'serviceId':
      return { serviceId: t.errors.serviceUnavailable };
    case 'postalCode':
      return { postalCode: error.field === 'postalCode' ? t.errors.postalCodeUnknown : t.errors.invalid };
    default:
      return null;
  }
}

export function CustomerHome() {
  const navigation = useNav();
  const { tenant, locale, t } = useSite();
  const query = readSearchQuery(navigation.url);
  const catalog = useCatalog(locale);
  // Submitting the search already on screen runs it again (after a failure, say).
  const [attempt, setAttempt] = useState(0);
  const search = useHelperSearch(query, tenant.currency, locale, attempt);
  const [values, setValues] = useState({ serviceId: query?.serviceId ?? '', postalCode: query?.postalCode ?? '' });
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [errorsVersion, setErrorsVersion] = useState(0);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);

  // The address changed (back, forward, a shared link): the form shows that search.
  const queryServiceId = query?.serviceId ?? '';
  const queryPostalCode = query?.postalCode ?? '';
  useEffect(() => {
    setValues({ serviceId: queryServiceId, postalCode: queryPostalCode });
    setClientErrors({});
  }, [queryServiceId, queryPostalCode]);

  const serverErrors = search.status === 'failed' ? fieldErrorsOf(search.error, t) : null;
  const errors = { ...serverErrors, ...clientErrors };

  // A finished search moves the focus: to the field the server refused, or to the results.
  useEffect(() => {
    if (search.status === 'failed') {
      focusResults.current = false;
      if (fieldOf(search.error)) setErrorsVersion((version) => version + 1);
    }
    if (search.status === 'done' && focusResults.current) {
      focusResults.current = false;
      resultsHeading.current?.focus();
    }
  }, [search]);

  const serviceName = query ? (catalog.status === 'ready' ? catalog.byId.get(query.serviceId)?.name : undefined) : undefined;
  useEffect(() => {
    const site = tenant.branding.displayName;
    document.title = query && search.status === 'done' && serviceName ? `${t.resultsTitle(search.results.length, serviceName, query.postalCode)} – ${site}` : site;
  }, [tenant, t, query, search, serviceName]);

  const submit = () => {
    const postalCode = values.postalCode.trim();
    const missing: FieldErrors = {};
    if (!values.serviceId) missing.serviceId = t.errors.serviceRequired;
    if (!postalCode) missing.postalCode = t.errors.postalCodeRequired;
    setClientErrors(missing);
    if (missing.serviceId || missing.postalCode) {
      setErrorsVersion((version) => version + 1);
      return;
    }
    focusResults.current = true;
    const href = searchHref({ serviceId: values.serviceId, postalCode, sort: query?.sort ?? 'best', filters: query?.filters ?? NO_FILTERS });
    if (query && href === searchHref(query)) setAttempt((count) => count + 1);
    else navigation.navigate(href);
  };

  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t.heroTitle}</h1>
        <p className="hero__lead">{t.heroLead(tenant.branding.displayName)}</p>
        <SearchForm
          catalog={catalog}
          serviceId={values.serviceId}
          postalCode={values.postalCode}
          errors={errors}
          errorsVersion={errorsVersion}
          busy={search.status === 'loading'}
          onChange={(next) => {
            setValues(next);
            setClientErrors({});
          }}
          onSubmit={submit}
        />
      </section>
      <p className="visually-hidden" role="status" aria-live="polite">
        {search.status === 'loading' ? t.searching : ''}
      </p>
      {query && search.status === 'loading' ? (
        <p className="results__loading" aria-hidden="true">
          {t.searching}
        </p>
      ) : null}
      {query && search.status === 'failed' && !serverErrors ? (
        <p className="notice notice--error" role="alert">
          {t.searchFailed}
        </p>
      ) : null}
      {query && search.status === 'done' && catalog.status !== 'loading' ? (
        <HelperResults
          ref={resultsHeading}
          results={search.results}
          serviceName={serviceName ?? ''}
          postalCode={query.postalCode}
          serviceId={query.serviceId}
          sort={query.sort}
          onSort={(sort) => navigation.navigate(searchHref({ ...query, sort }), { replace: true })}
          filters={query.filters}
          onFilters={(filters) => navigation.navigate(searchHref({ ...query, filters }), { replace: true })}
        />
      ) : null}
    </>
  );
}
