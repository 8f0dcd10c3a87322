// The results of a search: the ranked list with its sort and filters, or why it is empty.
import { forwardRef, useId } from 'react';
import { SORT_KEYS, type SortKey } from '../i18n/messages';
import { useSite } from '../tenant/site';
import { helperHref, postRequestHref } from '../booking/booking-href';
import { Link } from '../link';
import { HelperCard } from './helper-card';
import { SearchFiltersForm } from './search-filters';
import { hasFilters, sortResults, type HelperResult, type SearchFilters } from './search-query';

export interface HelperResultsProps {
  results: HelperResult[];
  serviceName: string;
  postalCode: string;
  serviceId: string;
  sort: SortKey;
  onSort(sort: SortKey): void;
  filters: SearchFilters;
  onFilters(filters: SearchFilters): void;
}

export const HelperResults = forwardRef<HTMLHeadingElement, HelperResultsProps>(function HelperResults(props, headingRef) {
  const { t } = useSite();
  const sortId = useId();
  const { serviceName, postalCode, filters, results } = props;
  if (results.length === 0 && !hasFilters(filters)) {
    return (
      <section className="results results--empty" aria-labelledby={`${sortId}-title`}>
        <h2 id={`${sortId}-title`} ref={headingRef} tabIndex={-1}>
          {t.noResults(serviceName, postalCode)}
        </h2>
        <p>{t.noResultsHint}</p>
        <PostInstead serviceId={props.serviceId} postalCode={postalCode} />
      </section>
    );
  }
  return (
    <section className="results" aria-labelledby={`${sortId}-title`}>
      <div className="results__head">
        <h2 id={`${sortId}-title`} ref={headingRef} tabIndex={-1}>
          {t.resultsTitle(results.length, serviceName, postalCode)}
        </h2>
        <div className="results__sort">
          <label htmlFor={sortId}>{t.sortBy}</label>
          <select id={sortId} value={props.sort} onChange={(event) => props.onSort(event.target.value as SortKey)}>
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {t.sort[key]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <SearchFiltersForm filters={filters} onChange={props.onFilters} />
      {results.length === 0 ? (
        <p className="panel" data-testid="no-filter-match">
          {t.filters.noMatch}
        </p>
      ) : (
        <ol className="results__list">
          {sortResults(results, props.sort).map((result) => (
            <li key={result.helper.id}>
              <HelperCard result={result} profileHref={helperHref(result.helper.id, { serviceId: props.serviceId, postalCode })} />
            </li>
          ))}
        </ol>
      )}
      <PostInstead serviceId={props.serviceId} postalCode={postalCode} />
    </section>
  );
});

/** The other way to find help: post the job and let helpers make offers. */
function PostInstead({ serviceId, postalCode }: { serviceId: string; postalCode: string }) {
  const { t } = useSite();
  return (
    <p className="panel post-instead">
      {t.post.linkHint}{' '}
      <Link href={postRequestHref({ serviceId, postalCode })} data-testid="post-request-link">
        {t.post.link}
      </Link>
    </p>
  );
}
