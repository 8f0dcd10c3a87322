// A service added or changed: its category, key (new ones only), a name and an optional description in
// every site language, how it is priced, its fixed price within the site's hourly bounds for the
// duration, and the duration. The page checks formats first; the server's refusal of a field (a price
// outside the bounds, a key taken) sits under that field and nothing is stored.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CatalogCategoryFieldsFragment as Category, CatalogServiceFieldsFragment as Service, PricingMode } from '../../graphql/generated/graphql';
import type { Locale } from '../../i18n/messages';
import { TextField } from '../../form-field';
import { useSession } from '../../session/session';
import { useSite } from '../../tenant/site';
import type { ConsoleMessages } from '../messages';
import { asApiError, type FieldError, languageOf, NameFields, refusalOf, TextAreaField, textsOf, useSiteLanguages } from './catalog-fields';
import type { CatalogMessages } from './messages';
import { amountToMinor, minorToAmountText } from '../../i18n/money';
import { fixedPriceBounds } from './money-input';
import { CreateServiceMutation, UpdateServiceMutation } from './operations';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MODES: PricingMode[] = ['FIXED', 'HOURLY', 'QUOTE'];

export interface HourlyBounds {
  minMinor: number;
  maxMinor: number;
}

export function ServiceForm({
  c,
  m,
  categories,
  hourly,
  service,
  done,
  cancel,
}: {
  c: ConsoleMessages;
  m: CatalogMessages;
  categories: Category[];
  /** The pricing policy's hourly bounds, when the site has one. */
  hourly: HourlyBounds | null;
  /** The service changed; none for a new one. */
  service?: Service;
  done(message: string): void;
  cancel?(): void;
}) {
  const session = useSession();
  const { tenant, format } = useSite();
  const languages = useSiteLanguages();
  const titleId = useId();
  const modeHintId = useId();
  const prefix = service ? `service-${service.slug}` : 'new-service';
  const [categoryId, setCategoryId] = useState(service?.categoryId ?? categories[0]?.id ?? '');
  const [slug, setSlug] = useState('');
  const [names, setNames] = useState(() => textsOf(service?.names));
  const [descriptions, setDescriptions] = useState(() => textsOf(service?.descriptions));
  const [mode, setMode] = useState<PricingMode>(service?.pricingMode ?? 'FIXED');
  const [price, setPrice] = useState(service?.price.fixedPriceMinor != null ? minorToAmountText(service.price.fixedPriceMinor, tenant.currency) : '');
  const [remoteHelp, setRemoteHelp] = useState(service?.remoteHelp ?? false);
  const [duration, setDuration] = useState(service ? String(service.estimatedDurationMinutes) : '60');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FieldError>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const fields = useRef(new Map<string, HTMLElement | null>());
  const register = (field: string, element: HTMLElement | null) => {
    fields.current.set(field, element);
  };

  const minutes = /^\d+$/.test(duration.trim()) ? Number(duration.trim()) : null;
  const bounds = hourly && minutes && minutes >= 5 && minutes <= 1440 ? fixedPriceBounds(hourly, minutes) : null;
  const rangeHint = bounds ? m.fixedPriceRange(format.money(bounds.minMinor), format.money(bounds.maxMinor)) : undefined;
  const errorOf = (field: string) => (error?.field === field ? error.message : undefined);

  // An edit form opens in place of the button that opened it: the keyboard carries on in its first field.
  const editing = Boolean(service);
  useEffect(() => {
    if (editing) fields.current.get('categoryId')?.focus();
    // Once, when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const refuse = (field: string, message: string) => {
    setError({ field, message });
    fields.current.get(field)?.focus();
  };

  /** What the server's refusal of a field means for the operator, or null when it is not about one field. */
  const serverFieldError = (code: string, field: string): string | null => {
    if (code === 'CONFLICT') return field === 'slug' ? m.errors.slugTaken : null;
    if (code !== 'BAD_USER_INPUT') return null;
    if (field === 'slug') return m.errors.slug;
    if (field.startsWith('names.')) return m.errors.name(languageOf(field, languages));
    if (field.startsWith('descriptions.')) return m.errors.description(languageOf(field, languages));
    if (field === 'estimatedDurationMinutes') return m.errors.duration;
    if (field === 'fixedPriceMinor') return bounds ? m.errors.priceOutside(format.money(bounds.minMinor), format.money(bounds.maxMinor)) : m.errors.priceInvalid;
    if (field === 'pricingMode' || field === 'categoryId') return m.errors.invalid;
    return null;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setRefusal(null);
    if (!service && !SLUG.test(slug.trim())) return refuse('slug', m.errors.slug);
    const missing = languages.find(({ locale }) => !names[locale].trim());
    if (missing) return refuse(`names.${missing.locale}`, m.errors.name(missing.name));
    if (minutes === null || minutes < 5 || minutes > 1440) return refuse('estimatedDurationMinutes', m.errors.duration);
    const fixedPriceMinor = mode === 'FIXED' ? amountToMinor(price, tenant.currency) : null;
    if (mode === 'FIXED' && fixedPriceMinor === null) return refuse('fixedPriceMinor', m.errors.priceFormat);
    setBusy(true);
    const common = { categoryId, names, descriptions, pricingMode: mode, fixedPriceMinor, estimatedDurationMinutes: minutes, remoteHelp };
    try {
      if (service) {
        const { updateService } = await session.call(UpdateServiceMutation, { id: service.id, input: common });
        done(m.serviceSaved(updateService.name));
      } else {
        const { createService } = await session.call(CreateServiceMutation, { input: { ...common, slug: slug.trim() } });
        done(m.serviceCreated(createService.name));
      }
    } catch (caught) {
      const apiError = asApiError(caught);
      const field = apiError.field ?? '';
      const message = serverFieldError(apiError.code, field);
      if (message) refuse(field, message);
      else setRefusal(refusalOf(c, m, apiError));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-stack catalog-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={titleId} data-testid={`${prefix}-form`}>
      <h3 id={titleId}>{service ? m.edit(service.name) : m.newService}</h3>
      <div className="field">
        <label htmlFor={`${prefix}-category`}>{m.category}</label>
        <select
          id={`${prefix}-category`}
          ref={(element) => register('categoryId', element)}
          value={categoryId}
          onChange={(event) => setCategoryId(event.target.value)}
          aria-invalid={errorOf('categoryId') ? true : undefined}
          aria-describedby={errorOf('categoryId') ? `${prefix}-category-error` : undefined}
        >
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
        {errorOf('categoryId') ? (
          <p className="field__error" id={`${prefix}-category-error`}>
            {errorOf('categoryId')}
          </p>
        ) : null}
      </div>
      {service ? null : (
        <TextField
          ref={(element) => register('slug', element)}
          label={m.slug}
          hint={m.slugHint}
          value={slug}
          maxLength={60}
          spellCheck={false}
          autoCapitalize="none"
          onChange={(event) => setSlug(event.target.value)}
          error={errorOf('slug')}
          errorTestId={`${prefix}-slug-error`}
        />
      )}
      <NameFields m={m} prefix={prefix} texts={names} onChange={(locale: Locale, value) => setNames((current) => ({ ...current, [locale]: value }))} error={error} register={register} />
      {languages.map(({ locale, name }) => (
        <TextAreaField
          key={locale}
          ref={(element) => register(`descriptions.${locale}`, element)}
          label={m.description(name)}
          hint={m.descriptionHint}
          lang={locale}
          rows={3}
          maxLength={2000}
          value={descriptions[locale]}
          onChange={(event) => {
            const value = event.target.value;
            setDescriptions((current) => ({ ...current, [locale]: value }));
          }}
          error={errorOf(`descriptions.${locale}`)}
          errorTestId={`${prefix}-descriptions-${locale}-error`}
        />
      ))}
      <div className="field">
        <label htmlFor={`${prefix}-mode`}>{m.pricingMode}</label>
        <select
          id={`${prefix}-mode`}
          ref={(element) => register('pricingMode', element)}
          value={mode}
          onChange={(event) => setMode(event.target.value as PricingMode)}
          aria-describedby={modeHintId}
          aria-invalid={errorOf('pricingMode') ? true : undefined}
        >
          {MODES.map((each) => (
            <option key={each} value={each}>
              {m.modes[each]}
            </option>
          ))}
        </select>
        <p className="field__hint" id={modeHintId}>
          {m.modeHints[mode]}
          {mode === 'HOURLY' && hourly ? ` ${m.bounds(format.money(hourly.minMinor), format.money(hourly.maxMinor))}` : ''}
        </p>
        {errorOf('pricingMode') ? <p className="field__error">{errorOf('pricingMode')}</p> : null}
      </div>
      <TextField
        ref={(element) => register('estimatedDurationMinutes', element)}
        label={m.duration}
        hint={m.durationHint}
        inputMode="numeric"
        value={duration}
        onChange={(event) => setDuration(event.target.value)}
        error={errorOf('estimatedDurationMinutes')}
        errorTestId={`${prefix}-duration-error`}
      />
      {mode === 'FIXED' ? (
        <TextField
          ref={(element) => register('fixedPriceMinor', element)}
          label={m.fixedPrice(tenant.currency)}
          hint={rangeHint}
          inputMode="decimal"
          value={price}
          onChange={(event) => setPrice(event.target.value)}
          error={errorOf('fixedPriceMinor')}
          errorTestId={`${prefix}-price-error`}
        />
      ) : null}
      <div className="field catalog-check">
        <label>
          <input type="checkbox" checked={remoteHelp} onChange={(event) => setRemoteHelp(event.target.checked)} aria-describedby={`${prefix}-remote-hint`} data-testid={`${prefix}-remote-help`} /> {m.remoteHelp}
        </label>
        <p className="field__hint" id={`${prefix}-remote-hint`}>
          {m.remoteHelpHint}
        </p>
      </div>
      {refusal ? (
        <p className="notice notice--error" role="alert">
          {refusal}
        </p>
      ) : null}
      <div className="button-row">
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? m.saving : service ? m.save : m.createService}
        </button>
        {cancel ? (
          <button className="button button--secondary" type="button" onClick={cancel}>
            {m.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
