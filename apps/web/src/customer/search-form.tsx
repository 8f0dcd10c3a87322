// "What do you need help with?": the site's services and a postal code. Errors sit under their
// field, are announced, and the first field in error takes the focus.
import { useEffect, useId, useRef, type FormEvent } from 'react';
import { useSite } from '../tenant/site';
import { ServiceOptions } from './service-options';
import type { CatalogState } from './use-catalog';

export interface FieldErrors {
  serviceId?: string;
  postalCode?: string;
}

export interface SearchFormProps {
  catalog: CatalogState;
  serviceId: string;
  postalCode: string;
  errors: FieldErrors;
  /** Bumped each time errors arrive, so the same error twice still moves the focus. */
  errorsVersion: number;
  busy: boolean;
  onChange(values: { serviceId: string; postalCode: string }): void;
  onSubmit(): void;
}

export function SearchForm(props: SearchFormProps) {
  const { t } = useSite();
  const id = useId();
  const serviceRef = useRef<HTMLSelectElement>(null);
  const postalCodeRef = useRef<HTMLInputElement>(null);
  const { catalog, serviceId, postalCode, errors, errorsVersion } = props;
  // Only a new round of errors moves the focus, not typing while one is shown.
  const latestErrors = useRef(errors);
  latestErrors.current = errors;

  useEffect(() => {
    if (errorsVersion === 0) return;
    if (latestErrors.current.serviceId) serviceRef.current?.focus();
    else if (latestErrors.current.postalCode) postalCodeRef.current?.focus();
  }, [errorsVersion]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    props.onSubmit();
  };

  return (
    <form className="search-form" onSubmit={submit} noValidate aria-busy={props.busy}>
      <div className="field">
        <label htmlFor={`${id}-service`}>{t.service}</label>
        <select
          id={`${id}-service`}
          ref={serviceRef}
          value={serviceId}
          disabled={catalog.status !== 'ready'}
          aria-invalid={errors.serviceId ? true : undefined}
          aria-describedby={errors.serviceId ? `${id}-service-error` : undefined}
          onChange={(event) => props.onChange({ serviceId: event.target.value, postalCode })}
        >
          <ServiceOptions catalog={catalog} />
        </select>
        {errors.serviceId ? (
          <p className="field__error" id={`${id}-service-error`} data-testid="service-error">
            {errors.serviceId}
          </p>
        ) : null}
        {catalog.status === 'failed' ? (
          <p className="field__error" role="alert">
            {t.servicesFailed}
          </p>
        ) : null}
      </div>
      <div className="field field--postal-code">
        <label htmlFor={`${id}-postal-code`}>{t.postalCode}</label>
        <input
          id={`${id}-postal-code`}
          ref={postalCodeRef}
          name="postalCode"
          type="text"
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={10}
          value={postalCode}
          aria-invalid={errors.postalCode ? true : undefined}
          aria-describedby={errors.postalCode ? `${id}-postal-code-error ${id}-postal-code-hint` : `${id}-postal-code-hint`}
          onChange={(event) => props.onChange({ serviceId, postalCode: event.target.value })}
        />
        <p className="field__hint" id={`${id}-postal-code-hint`}>
          {t.postalCodeHint}
        </p>
        {errors.postalCode ? (
          <p className="field__error" id={`${id}-postal-code-error`} data-testid="postal-code-error">
            {errors.postalCode}
          </p>
        ) : null}
      </div>
      <button className="button button--primary" type="submit" disabled={catalog.status !== 'ready'}>
        {t.search}
      </button>
    </form>
  );
}
