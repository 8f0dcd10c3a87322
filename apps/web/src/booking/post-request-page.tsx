// Posting a request (/post?service=…&postalCode=…): the service, the place, what is needed, when the
// customer is at home (one to five windows, picked in the site's time zone) and an optional budget.
// A service that can start with a call asks whether a helper may call first (yes unless the customer
// unticks it). Helpers answer with offers on the request's page, where the customer chooses one. Each refusal of
// the server sits under the field it names; the first field in error takes the focus.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../graphql/client';
import { PostRequestMutation } from '../graphql/operations';
import { TextField } from '../form-field';
import { amountToMinor } from '../i18n/money';
import { siteDate, siteInstant } from '../i18n/site-time';
import type { Messages } from '../i18n/messages';
import { useNav } from '../navigation';
import { ServiceOptions } from '../customer/service-options';
import { useCatalog } from '../customer/use-catalog';
import { useRequireAccount, useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { requestHref } from './booking-href';

const MAX_WINDOWS = 5;

interface WindowFields {
  key: number;
  date: string;
  from: string;
  to: string;
}

type Errors = Partial<Record<'serviceId' | 'postalCode' | 'description' | 'windows' | 'budget' | 'remoteFirst' | 'form', string>> & { window?: Record<number, string> };

/** The server's refusal under the field it names (`windows[1].to` is the second window's). */
function errorsOf(error: unknown, t: Messages): Errors {
  const texts = t.post.errors;
  if (!(error instanceof ApiError)) return { form: t.post.failed };
  if (error.code === 'CONFLICT' && error.detail === 'KNOWN_OUTAGE') return { form: texts.outage };
  const field = error.field ?? '';
  const window = /^windows\[(\d+)\]\.(from|to)$/.exec(field);
  if (window) {
    const index = Number(window[1]);
    const message = /start in the future/.test(error.message) ? texts.windowPast : /within/.test(error.message) ? texts.windowTooFar : window[2] === 'to' ? texts.windowOrder : texts.window;
    return { window: { [index]: message } };
  }
  if (field === 'windows') return { windows: texts.windows };
  if (field === 'description') return { description: texts.description };
  if (field.startsWith('budget')) return { budget: texts.budget };
  if (field === 'remoteFirst') return { remoteFirst: texts.remoteFirst };
  if (field === 'postalCode' || field === 'countryCode') return { postalCode: t.errors.postalCodeUnknown };
  if (field === 'serviceId' || error.code === 'NOT_FOUND') return { serviceId: texts.service };
  return { form: t.post.failed };
}

function PostRequestForm({ initial }: { initial: { serviceId: string; postalCode: string } }) {
  const { t, tenant, locale } = useSite();
  const texts = t.post;
  const session = useSession();
  const navigation = useNav();
  const catalog = useCatalog(locale);
  const id = useId();
  const tomorrow = siteDate(tenant.timezone, Date.now(), 1);
  const [serviceId, setServiceId] = useState(initial.serviceId);
  const [postalCode, setPostalCode] = useState(initial.postalCode);
  const [description, setDescription] = useState('');
  const [windows, setWindows] = useState<WindowFields[]>([{ key: 0, date: tomorrow, from: '09:00', to: '12:00' }]);
  const [budget, setBudget] = useState('');
  // Asked only for a service that can start with a call; yes by default, as it is usually the quickest help.
  const [remoteFirst, setRemoteFirst] = useState(true);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [refusals, setRefusals] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const nextKey = useRef(1);

  useEffect(() => {
    document.title = `${texts.title} – ${tenant.branding.displayName}`;
  }, [texts, tenant]);
  // A new round of errors moves the focus to the first field in error (or the form's own notice).
  useEffect(() => {
    if (refusals === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-error]')?.focus();
  }, [refusals]);

  const refuse = (found: Errors) => {
    setErrors(found);
    setRefusals((count) => count + 1);
  };
  const remoteHelp = catalog.status === 'ready' && (catalog.byId.get(serviceId)?.remoteHelp ?? false);
  const updateWindow = (key: number, change: Partial<WindowFields>) => setWindows((list) => list.map((window) => (window.key === key ? { ...window, ...change } : window)));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (!serviceId) found.serviceId = t.errors.serviceRequired;
    if (!postalCode.trim()) found.postalCode = t.errors.postalCodeRequired;
    if (!description.trim()) found.description = texts.errors.description;
    const budgetMinor = budget.trim() ? amountToMinor(budget, tenant.currency) : null;
    if (budget.trim() && !budgetMinor) found.budget = texts.errors.budget;
    windows.forEach((window, index) => {
      if (!window.date || !window.from || !window.to) found.window = { ...found.window, [index]: texts.errors.window };
    });
    if (Object.keys(found).length > 0) return refuse(found);
    setBusy(true);
    setErrors({});
    try {
      const { postRequest } = await session.call(PostRequestMutation, {
        input: {
          serviceId,
          postalCode: postalCode.trim(),
          description: description.trim(),
          windows: windows.map((window) => ({
            from: siteInstant(window.date, window.from, tenant.timezone).toISOString(),
            to: siteInstant(window.date, window.to, tenant.timezone).toISOString(),
          })),
          budget: budgetMinor ? { amountMinor: budgetMinor, currency: tenant.currency } : undefined,
          remoteFirst: remoteHelp && remoteFirst,
        },
      });
      navigation.navigate(requestHref(postRequest.id));
    } catch (error) {
      setBusy(false);
      refuse(errorsOf(error, t));
    }
  };

  const describedBy = (name: string, error: string | undefined, hint = false) => [error ? `${id}-${name}-error` : null, hint ? `${id}-${name}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{texts.title}</h1>
      <p className="muted">{texts.lead}</p>
      <form ref={form} className="panel form-stack" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy} data-testid="post-request">
        {errors.form ? (
          <p className="notice notice--error" role="alert" tabIndex={-1} data-form-error data-testid="post-error">
            {errors.form}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-service`}>{t.service}</label>
          <select
            id={`${id}-service`}
            value={serviceId}
            disabled={catalog.status !== 'ready'}
            aria-invalid={errors.serviceId ? true : undefined}
            aria-describedby={describedBy('service', errors.serviceId)}
            onChange={(event) => setServiceId(event.target.value)}
          >
            <ServiceOptions catalog={catalog} />
          </select>
          {errors.serviceId ? (
            <p className="field__error" id={`${id}-service-error`}>
              {errors.serviceId}
            </p>
          ) : null}
        </div>
        <TextField
          label={t.postalCode}
          name="postalCode"
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={10}
          value={postalCode}
          error={errors.postalCode}
          onChange={(event) => setPostalCode(event.target.value)}
        />
        <div className="field">
          <label htmlFor={`${id}-description`}>{texts.description}</label>
          <textarea
            id={`${id}-description`}
            rows={4}
            maxLength={4000}
            value={description}
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={describedBy('description', errors.description, true)}
            onChange={(event) => setDescription(event.target.value)}
          />
          <p className="field__hint" id={`${id}-description-hint`}>
            {texts.descriptionHint}
          </p>
          {errors.description ? (
            <p className="field__error" id={`${id}-description-error`}>
              {errors.description}
            </p>
          ) : null}
        </div>
        <fieldset className="post-windows" aria-describedby={describedBy('windows', errors.windows, true)}>
          <legend>{texts.windows}</legend>
          <p className="field__hint" id={`${id}-windows-hint`}>
            {texts.windowsHint}
          </p>
          {errors.windows ? (
            <p className="field__error" id={`${id}-windows-error`}>
              {errors.windows}
            </p>
          ) : null}
          {windows.map((window, index) => {
            const error = errors.window?.[index];
            const errorId = `${id}-window-${window.key}-error`;
            const invalid = error ? true : undefined;
            return (
              <fieldset key={window.key} className="post-window" data-testid="post-window">
                <legend>{texts.windowLegend(index + 1)}</legend>
                <div className="post-window__fields">
                  <div className="field">
                    <label htmlFor={`${id}-date-${window.key}`}>{texts.date}</label>
                    <input id={`${id}-date-${window.key}`} type="date" min={siteDate(tenant.timezone, Date.now())} value={window.date} aria-invalid={invalid} aria-describedby={error ? errorId : undefined} onChange={(event) => updateWindow(window.key, { date: event.target.value })} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${id}-from-${window.key}`}>{texts.from}</label>
                    <input id={`${id}-from-${window.key}`} type="time" step={1800} value={window.from} aria-invalid={invalid} aria-describedby={error ? errorId : undefined} onChange={(event) => updateWindow(window.key, { from: event.target.value })} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${id}-to-${window.key}`}>{texts.to}</label>
                    <input id={`${id}-to-${window.key}`} type="time" step={1800} value={window.to} aria-invalid={invalid} aria-describedby={error ? errorId : undefined} onChange={(event) => updateWindow(window.key, { to: event.target.value })} />
                  </div>
                </div>
                {error ? (
                  <p className="field__error" id={errorId}>
                    {error}
                  </p>
                ) : null}
                {windows.length > 1 ? (
                  <button className="button button--secondary" type="button" onClick={() => setWindows((list) => list.filter((entry) => entry.key !== window.key))}>
                    {texts.removeWindow}
                  </button>
                ) : null}
              </fieldset>
            );
          })}
          {windows.length < MAX_WINDOWS ? (
            <button
              className="button button--secondary"
              type="button"
              onClick={() => setWindows((list) => [...list, { key: nextKey.current++, date: list.at(-1)?.date ?? tomorrow, from: '14:00', to: '17:00' }])}
            >
              {texts.addWindow}
            </button>
          ) : null}
        </fieldset>
        {remoteHelp ? (
          <div className="field field--check">
            <label>
              <input
                type="checkbox"
                name="remoteFirst"
                checked={remoteFirst}
                aria-invalid={errors.remoteFirst ? true : undefined}
                aria-describedby={describedBy('remote-first', errors.remoteFirst, true)}
                onChange={(event) => setRemoteFirst(event.target.checked)}
              />{' '}
              {texts.remoteFirst}
            </label>
            <p className="field__hint" id={`${id}-remote-first-hint`}>
              {texts.remoteFirstHint}
            </p>
            {errors.remoteFirst ? (
              <p className="field__error" id={`${id}-remote-first-error`} data-testid="remote-first-error">
                {errors.remoteFirst}
              </p>
            ) : null}
          </div>
        ) : null}
        <TextField
          label={texts.budget(tenant.currency)}
          hint={texts.budgetHint}
          name="budget"
          inputMode="decimal"
          value={budget}
          error={errors.budget}
          onChange={(event) => setBudget(event.target.value)}
        />
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? texts.submitting : texts.submit}
        </button>
      </form>
    </section>
  );
}

export function PostRequestPage() {
  const { t } = useSite();
  const navigation = useNav();
  const signedIn = useRequireAccount();
  if (!signedIn) return <p className="muted" role="status">{t.post.loading}</p>;
  const params = navigation.url.searchParams;
  return <PostRequestForm initial={{ serviceId: params.get('service') ?? '', postalCode: params.get('postalCode') ?? '' }} />;
}
