// /tenants/new: onboarding a tenant in steps (site, branding, languages and region, first operator),
// then a summary to check before creating it. The server judges every value; its typed errors bring
// the admin back to the step of the field it names, shown under that field.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { TextField } from '../form-field';
import { ApiError } from '../graphql/client';
import { LOCALES, type Locale } from '../i18n/messages';
import { Link } from '../link';
import { useNav } from '../navigation';
import type { TenantField, WizardStep } from './messages';
import { CreateTenantMutation } from './operations';
import { siteOrigin } from './platform-host';
import { usePlatformI18n } from './platform-i18n';
import { usePlatformSession } from './platform-session';
import { tenantHref, tenantsHref } from './routes';
import { ALL_FIELDS, domainsOf, STEP_FIELDS, STEPS, tenantFieldOf } from './tenant-fields';

interface Draft {
  slug: string;
  name: string;
  domains: string;
  displayName: string;
  primaryColor: string;
  accentColor: string;
  logoUrl: string;
  badgeName: string;
  locales: Locale[];
  defaultLocale: Locale;
  currency: string;
  timezone: string;
  operatorAdminName: string;
  operatorAdminEmail: string;
}

type TextKey = Exclude<keyof Draft, 'locales' | 'defaultLocale'>;
type FieldErrors = Partial<Record<TenantField, string>>;

const EMPTY: Draft = {
  slug: '',
  name: '',
  domains: '',
  displayName: '',
  primaryColor: '#1f4b99',
  accentColor: '#f2a900',
  logoUrl: '',
  badgeName: '',
  locales: ['de', 'fr', 'it', 'en'],
  defaultLocale: 'de',
  currency: 'CHF',
  timezone: 'Europe/Zurich',
  operatorAdminName: '',
  operatorAdminEmail: '',
};

function timeZones(): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
}

function TextAreaField(props: { label: string; hint?: string; error?: string; value: string; onChange(value: string): void; fieldRef(element: HTMLElement | null): void; testId: string }) {
  const id = useId();
  const described = [props.error ? `${id}-error` : null, props.hint ? `${id}-hint` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        ref={props.fieldRef}
        rows={3}
        value={props.value}
        spellCheck={false}
        autoCapitalize="none"
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described || undefined}
        data-testid={props.testId}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p className="field__error" id={`${id}-error`} data-testid={`${props.testId}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

export function OnboardingWizard() {
  const { t } = usePlatformI18n();
  const texts = t.wizard;
  const session = usePlatformSession();
  const navigation = useNav();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [stepIndex, setStepIndex] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fields = useRef<Partial<Record<TenantField, HTMLElement | null>>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<TenantField | 'heading' | null>(null);
  const step = STEPS[stepIndex] ?? 'site';

  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target === 'heading') heading.current?.focus();
    else if (target) fields.current[target]?.focus();
  });

  const refFor = (field: TenantField) => (element: HTMLElement | null) => {
    fields.current[field] = element;
  };

  const goTo = (index: number, focus: TenantField | 'heading' = 'heading') => {
    pendingFocus.current = focus;
    setStepIndex(index);
  };

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    const first = ALL_FIELDS.find((field) => found[field]);
    if (!first) return;
    goTo(STEPS.findIndex((candidate) => STEP_FIELDS[candidate].includes(first)), first);
  };

  const set = (key: TextKey) => (value: string) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };

  const toggleLocale = (locale: Locale, on: boolean) => {
    setDraft((current) => {
      const locales = LOCALES.filter((candidate) => (candidate === locale ? on : current.locales.includes(candidate)));
      const defaultLocale = locales.includes(current.defaultLocale) ? current.defaultLocale : (locales[0] ?? current.defaultLocale);
      return { ...current, locales, defaultLocale };
    });
    setErrors((current) => ({ ...current, locales: undefined, defaultLocale: undefined }));
  };

  /** What is missing on this step; the server checks everything else when the tenant is created. */
  const missingOn = (current: WizardStep): FieldErrors => {
    const found: FieldErrors = {};
    const required: Partial<Record<WizardStep, TextKey[]>> = {
      site: ['slug', 'name'],
      region: ['currency', 'timezone'],
      operator: ['operatorAdminName', 'operatorAdminEmail'],
    };
    for (const key of required[current] ?? []) if (!draft[key].trim()) found[key] = t.fieldErrors.invalid[key];
    if (current === 'region' && draft.locales.length === 0) found.locales = texts.localeRequired;
    return found;
  };

  const next = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = missingOn(step);
    if (Object.keys(missing).length > 0) return showErrors(missing);
    goTo(stepIndex + 1);
  };

  const create = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const optional = (value: string) => value.trim() || undefined;
      const { createTenant } = await session.call(CreateTenantMutation, {
        input: {
          slug: draft.slug.trim(),
          name: draft.name.trim(),
          domains: domainsOf(draft.domains),
          locales: draft.locales,
          defaultLocale: draft.defaultLocale,
          currency: draft.currency.trim().toUpperCase(),
          timezone: draft.timezone.trim(),
          operatorAdminName: draft.operatorAdminName.trim(),
          operatorAdminEmail: draft.operatorAdminEmail.trim(),
          branding: {
            displayName: optional(draft.displayName),
            primaryColor: draft.primaryColor,
            accentColor: draft.accentColor,
            logoUrl: optional(draft.logoUrl),
            badgeName: optional(draft.badgeName),
          },
        },
      });
      navigation.navigate(tenantHref(createTenant.tenant.id, createTenant.operatorInvitation));
    } catch (error) {
      const field = error instanceof ApiError ? tenantFieldOf(error.field) : null;
      if (field && error instanceof ApiError) {
        const taken = error.code === 'CONFLICT' ? t.fieldErrors.taken[field] : undefined;
        showErrors({ [field]: taken ?? t.fieldErrors.invalid[field] });
      } else setFailure(t.submitFailed);
    } finally {
      setBusy(false);
    }
  };

  const input = (field: TextKey, extra: { type?: string; autoComplete?: string; list?: string } = {}) => (
    <TextField
      ref={refFor(field)}
      label={texts.labels[field]}
      hint={field === 'slug' ? texts.slugHint(siteOrigin(window.location, draft.slug.trim() || '<slug>').replace(/^https?:\/\//, '')) : texts.hints[field]}
      error={errors[field]}
      errorTestId={`${field}-error`}
      name={field}
      data-testid={`field-${field}`}
      value={draft[field]}
      spellCheck={false}
      onChange={(event) => set(field)(event.target.value)}
      {...extra}
    />
  );

  let body: ReactNode;
  switch (step) {
    case 'site':
      body = (
        <>
          {input('slug', { autoComplete: 'off' })}
          {input('name', { autoComplete: 'organization' })}
          <TextAreaField
            label={texts.labels.domains}
            hint={texts.hints.domains}
            error={errors.domains}
            value={draft.domains}
            onChange={set('domains')}
            fieldRef={refFor('domains')}
            testId="field-domains"
          />
        </>
      );
      break;
    case 'branding':
      body = (
        <>
          {input('displayName')}
          <div className="wizard-colors">
            {input('primaryColor', { type: 'color' })}
            {input('accentColor', { type: 'color' })}
          </div>
          {input('logoUrl', { type: 'url' })}
          {input('badgeName')}
        </>
      );
      break;
    case 'region':
      body = (
        <>
          <fieldset className="wizard-locales" aria-describedby={errors.locales ? 'wizard-locales-error' : undefined}>
            <legend>{texts.labels.locales}</legend>
            {LOCALES.map((locale, index) => (
              <label key={locale} className="wizard-locales__option">
                <input
                  type="checkbox"
                  ref={index === 0 ? refFor('locales') : undefined}
                  checked={draft.locales.includes(locale)}
                  onChange={(event) => toggleLocale(locale, event.target.checked)}
                  data-testid={`locale-${locale}`}
                />
                {t.languages[locale]}
              </label>
            ))}
            {errors.locales ? (
              <p className="field__error" id="wizard-locales-error" data-testid="locales-error">
                {errors.locales}
              </p>
            ) : null}
          </fieldset>
          <div className="field">
            <label htmlFor="wizard-default-locale">{texts.labels.defaultLocale}</label>
            <select
              id="wizard-default-locale"
              ref={refFor('defaultLocale')}
              value={draft.defaultLocale}
              aria-invalid={errors.defaultLocale ? true : undefined}
              aria-describedby={errors.defaultLocale ? 'wizard-default-locale-error' : undefined}
              onChange={(event) => {
                setDraft((current) => ({ ...current, defaultLocale: event.target.value as Locale }));
                setErrors((current) => ({ ...current, defaultLocale: undefined }));
              }}
            >
              {draft.locales.map((locale) => (
                <option key={locale} value={locale}>
                  {t.languages[locale]}
                </option>
              ))}
            </select>
            {errors.defaultLocale ? (
              <p className="field__error" id="wizard-default-locale-error">
                {errors.defaultLocale}
              </p>
            ) : null}
          </div>
          {input('currency', { autoComplete: 'off' })}
          {input('timezone', { autoComplete: 'off', list: 'wizard-time-zones' })}
          <datalist id="wizard-time-zones">
            {timeZones().map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </>
      );
      break;
    case 'operator':
      body = (
        <>
          {input('operatorAdminName', { autoComplete: 'off' })}
          {input('operatorAdminEmail', { type: 'email', autoComplete: 'off' })}
        </>
      );
      break;
    case 'summary':
      body = <WizardSummary draft={draft} onEdit={(index) => goTo(index)} />;
      break;
  }

  const last = step === 'summary';
  return (
    <section className="wizard" aria-labelledby="wizard-title">
      <p>
        <Link href={tenantsHref()}>← {t.tenant.back}</Link>
      </p>
      <h1 id="wizard-title">{texts.title}</h1>
      <ol className="wizard-steps">
        {STEPS.map((candidate, index) => (
          <li key={candidate} aria-current={index === stepIndex ? 'step' : undefined} className={index < stepIndex ? 'wizard-steps__done' : undefined}>
            {texts.steps[candidate]}
          </li>
        ))}
      </ol>
      <form
        className="panel form-stack wizard__panel"
        noValidate
        aria-busy={busy}
        onSubmit={(event) => {
          if (last) {
            event.preventDefault();
            void create();
          } else next(event);
        }}
      >
        <p className="muted">{texts.stepOf(stepIndex + 1, STEPS.length)}</p>
        <h2 tabIndex={-1} ref={heading} data-testid="wizard-step">
          {texts.steps[step]}
        </h2>
        {body}
        {failure ? (
          <p className="notice notice--error" role="alert">
            {failure}
          </p>
        ) : null}
        <div className="button-row">
          {stepIndex > 0 ? (
            <button className="button button--secondary" type="button" onClick={() => goTo(stepIndex - 1)}>
              {texts.back}
            </button>
          ) : null}
          <button className="button button--primary" type="submit" disabled={busy} data-testid={last ? 'create-tenant' : 'wizard-next'}>
            {last ? (busy ? texts.creating : texts.create) : texts.next}
          </button>
        </div>
      </form>
    </section>
  );
}

function WizardSummary({ draft, onEdit }: { draft: Draft; onEdit(stepIndex: number): void }) {
  const { t } = usePlatformI18n();
  const texts = t.wizard;
  const shown = (value: string) => value.trim() || texts.none;
  const rows: Record<Exclude<WizardStep, 'summary'>, [TenantField, ReactNode][]> = {
    site: [
      ['slug', draft.slug.trim()],
      ['name', draft.name.trim()],
      ['domains', domainsOf(draft.domains).join(', ') || texts.none],
    ],
    branding: [
      ['displayName', draft.displayName.trim() || draft.name.trim()],
      ['primaryColor', <ColorValue key="primary" color={draft.primaryColor} />],
      ['accentColor', <ColorValue key="accent" color={draft.accentColor} />],
      ['logoUrl', shown(draft.logoUrl)],
      ['badgeName', shown(draft.badgeName)],
    ],
    region: [
      ['locales', draft.locales.map((locale) => t.languages[locale]).join(', ')],
      ['defaultLocale', t.languages[draft.defaultLocale]],
      ['currency', draft.currency.trim().toUpperCase()],
      ['timezone', draft.timezone.trim()],
    ],
    operator: [
      ['operatorAdminName', draft.operatorAdminName.trim()],
      ['operatorAdminEmail', draft.operatorAdminEmail.trim()],
    ],
  };
  return (
    <>
      <p className="page-lead">{texts.summaryLead}</p>
      {(Object.keys(rows) as Exclude<WizardStep, 'summary'>[]).map((step) => (
        <div className="wizard-summary" key={step}>
          <div className="wizard-summary__head">
            <h3>{texts.steps[step]}</h3>
            <button className="button button--quiet" type="button" onClick={() => onEdit(STEPS.indexOf(step))} aria-label={`${texts.edit}: ${texts.steps[step]}`}>
              {texts.edit}
            </button>
          </div>
          <dl className="platform-facts">
            {rows[step].map(([field, value]) => (
              <div key={field} className="platform-facts__row">
                <dt>{texts.labels[field]}</dt>
                <dd data-testid={`summary-${field}`}>{value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </>
  );
}

function ColorValue({ color }: { color: string }) {
  return (
    <span className="color-value">
      <span className="color-value__swatch" style={{ background: color }} aria-hidden="true" />
      {color}
    </span>
  );
}
