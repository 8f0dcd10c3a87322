// The filters above the results, kept in the page's address: free within a window, a minimum rating,
// a highest price in the site's currency. Each change applies at once; the list and its count follow.
import { useEffect, useId, useState } from 'react';
import { WITHIN_HOURS, type WithinKey } from '../i18n/messages';
import { useSite } from '../tenant/site';
import { hasFilters, MIN_RATINGS, NO_FILTERS, type SearchFilters } from './search-query';
import './search-filters.css';

const WITHIN_KEYS = Object.keys(WITHIN_HOURS) as WithinKey[];

/** A typed price as a positive number, or null (empty or not a number). */
function priceOf(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() && Number.isFinite(value) && value > 0 ? value : null;
}

export function SearchFiltersForm({ filters, onChange }: { filters: SearchFilters; onChange(filters: SearchFilters): void }) {
  const { t, tenant, format } = useSite();
  const f = t.filters;
  const id = useId();
  const [priceText, setPriceText] = useState(filters.maxPrice?.toString() ?? '');
  // Back and forward change the address: the field shows its price unless it already means the same.
  useEffect(() => {
    setPriceText((text) => (priceOf(text) === filters.maxPrice ? text : (filters.maxPrice?.toString() ?? '')));
  }, [filters.maxPrice]);

  return (
    <fieldset className="search-filters">
      <legend>{f.title}</legend>
      <div className="search-filters__control">
        <label htmlFor={`${id}-within`}>{f.available}</label>
        <select id={`${id}-within`} value={filters.within ?? ''} onChange={(event) => onChange({ ...filters, within: WITHIN_KEYS.find((key) => key === event.target.value) ?? null })}>
          <option value="">{f.anyTime}</option>
          {WITHIN_KEYS.map((key) => (
            <option key={key} value={key}>
              {f.within[key]}
            </option>
          ))}
        </select>
      </div>
      <div className="search-filters__control">
        <label htmlFor={`${id}-rating`}>{f.minRating}</label>
        <select id={`${id}-rating`} value={filters.minRating?.toString() ?? ''} onChange={(event) => onChange({ ...filters, minRating: MIN_RATINGS.find((stars) => String(stars) === event.target.value) ?? null })}>
          <option value="">{f.anyRating}</option>
          {MIN_RATINGS.map((stars) => (
            <option key={stars} value={String(stars)}>
              {f.atLeast(format.stars(stars))}
            </option>
          ))}
        </select>
      </div>
      <div className="search-filters__control">
        <label htmlFor={`${id}-price`}>{f.maxPrice(tenant.currency)}</label>
        <input
          id={`${id}-price`}
          type="text"
          inputMode="decimal"
          value={priceText}
          aria-describedby={`${id}-price-hint`}
          onChange={(event) => {
            setPriceText(event.target.value);
            onChange({ ...filters, maxPrice: priceOf(event.target.value) });
          }}
        />
        <p className="field__hint" id={`${id}-price-hint`}>
          {f.maxPriceHint}
        </p>
      </div>
      {hasFilters(filters) ? (
        <button className="button button--secondary search-filters__clear" type="button" onClick={() => onChange(NO_FILTERS)}>
          {f.clear}
        </button>
      ) : null}
    </fieldset>
  );
}
