// Webhook endpoints: where the site's events go. Registering one or rotating its secret shows the
// signing secret this once, with a copy button; an endpoint is switched on or off, its event types
// changed, and removed after a confirmation.
import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../graphql/client';
import type { ConsoleWebhookEndpointsQuery as EndpointsResult } from '../graphql/generated/graphql';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { useRemote } from '../use-remote';
import { CreateWebhookEndpointMutation, DeleteWebhookEndpointMutation, RotateWebhookSecretMutation, UpdateWebhookEndpointMutation, WebhookEndpointsQuery } from './console-operations';
import { LoadFailed } from './load-failed';
import type { ConsoleMessages } from './messages';

type Endpoint = EndpointsResult['webhookEndpoints'][number];

function refusalOf(c: ConsoleMessages, error: unknown): string {
  const code = error instanceof ApiError ? error.code : 'INTERNAL';
  return code === 'FORBIDDEN' ? c.forbidden : code === 'BAD_USER_INPUT' ? c.webhooks.errors.invalid : code === 'NOT_FOUND' ? c.notFound : c.failed;
}

/** The signing secret, shown once: after a reload it is gone. */
function SecretOnce({ c, secret, dismiss }: { c: ConsoleMessages; secret: string; dismiss(): void }) {
  const w = c.webhooks;
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="notice webhook-secret" role="alert" data-testid="webhook-secret">
      <p>
        <strong>{w.secretOnce}</strong>
      </p>
      <p>
        <code className="webhook-secret__value" data-testid="webhook-secret-value">
          {secret}
        </code>
      </p>
      <div className="template-editor__buttons">
        <button className="button button--primary" type="button" onClick={() => void copy()}>
          {copied ? w.copied : w.copy}
        </button>
        <button className="button button--secondary" type="button" onClick={dismiss}>
          {w.secretStored}
        </button>
      </div>
    </div>
  );
}

function EventTypes({ c, name, types, chosen, onChange, error }: { c: ConsoleMessages; name: string; types: string[]; chosen: string[]; onChange(next: string[]): void; error?: string | null }) {
  return (
    <fieldset className="webhook-events" aria-describedby={error ? `${name}-error` : undefined}>
      <legend>{c.webhooks.eventTypes}</legend>
      <ul>
        {types.map((type) => (
          <li key={type}>
            <label>
              <input
                type="checkbox"
                name={name}
                value={type}
                checked={chosen.includes(type)}
                onChange={(event) => onChange(event.target.checked ? [...chosen, type] : chosen.filter((each) => each !== type))}
              />{' '}
              <code>{type}</code>
            </label>
          </li>
        ))}
      </ul>
      {error ? (
        <p className="field__error" id={`${name}-error`} data-testid={`${name}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function CreateEndpoint({ c, types, created }: { c: ConsoleMessages; types: string[]; created(secret: string): void }) {
  const session = useSession();
  const w = c.webhooks;
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [fieldError, setFieldError] = useState<'url' | 'eventTypes' | 'description' | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const urlRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    if (!url.trim()) {
      setFieldError('url');
      urlRef.current?.focus();
      return;
    }
    if (chosen.length === 0) {
      setFieldError('eventTypes');
      return;
    }
    setBusy(true);
    setFieldError(null);
    try {
      const { createWebhookEndpoint } = await session.call(CreateWebhookEndpointMutation, {
        input: { url: url.trim(), description: description.trim() || null, eventTypes: chosen },
      });
      setUrl('');
      setDescription('');
      setChosen([]);
      created(createWebhookEndpoint.secret);
    } catch (error) {
      const field = error instanceof ApiError && error.code === 'BAD_USER_INPUT' ? error.field : null;
      if (field === 'url' || field === 'eventTypes' || field === 'description') {
        setFieldError(field);
        if (field === 'url') urlRef.current?.focus();
      } else {
        setRefusal(refusalOf(c, error));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-stack panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="webhook-create-title">
      <h2 id="webhook-create-title">{w.create}</h2>
      <div className="field">
        <label htmlFor="webhook-url">{w.url}</label>
        <input
          id="webhook-url"
          ref={urlRef}
          type="url"
          value={url}
          spellCheck={false}
          onChange={(event) => setUrl(event.target.value)}
          aria-invalid={fieldError === 'url' ? true : undefined}
          aria-describedby={fieldError === 'url' ? 'webhook-url-error webhook-url-hint' : 'webhook-url-hint'}
        />
        <p className="field__hint" id="webhook-url-hint">
          {w.urlHint}
        </p>
        {fieldError === 'url' ? (
          <p className="field__error" id="webhook-url-error" data-testid="webhook-url-error">
            {w.errors.url}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="webhook-description">{w.description}</label>
        <input
          id="webhook-description"
          value={description}
          maxLength={500}
          onChange={(event) => setDescription(event.target.value)}
          aria-invalid={fieldError === 'description' ? true : undefined}
          aria-describedby={fieldError === 'description' ? 'webhook-description-error' : undefined}
        />
        {fieldError === 'description' ? (
          <p className="field__error" id="webhook-description-error">
            {w.errors.description}
          </p>
        ) : null}
      </div>
      <EventTypes c={c} name="webhook-new-events" types={types} chosen={chosen} onChange={setChosen} error={fieldError === 'eventTypes' ? w.errors.eventTypes : null} />
      {refusal ? (
        <p className="notice notice--error" role="alert">
          {refusal}
        </p>
      ) : null}
      <button className="button button--primary" type="submit" disabled={busy}>
        {w.createButton}
      </button>
    </form>
  );
}

function EndpointCard({ c, endpoint, types, changed, secretShown }: { c: ConsoleMessages; endpoint: Endpoint; types: string[]; changed(message: string): void; secretShown(secret: string): void }) {
  const session = useSession();
  const { format } = useSite();
  const w = c.webhooks;
  const [chosen, setChosen] = useState(endpoint.eventTypes);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [eventsError, setEventsError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setRefusal(null);
    setEventsError(null);
    try {
      await action();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'BAD_USER_INPUT' && error.field === 'eventTypes') setEventsError(w.errors.eventTypes);
      else setRefusal(refusalOf(c, error));
    } finally {
      setBusy(false);
    }
  };

  const saveTypes = () => {
    if (chosen.length === 0) {
      setEventsError(w.errors.eventTypes);
      return;
    }
    void run(async () => {
      await session.call(UpdateWebhookEndpointMutation, { id: endpoint.id, input: { eventTypes: chosen } });
      changed(w.updated);
    });
  };
  const toggle = () =>
    void run(async () => {
      await session.call(UpdateWebhookEndpointMutation, { id: endpoint.id, input: { enabled: !endpoint.enabled } });
      changed(endpoint.enabled ? w.disabledDone : w.enabledDone);
    });
  const rotate = () =>
    void run(async () => {
      const { rotateWebhookSecret } = await session.call(RotateWebhookSecretMutation, { id: endpoint.id });
      secretShown(rotateWebhookSecret.secret);
    });
  const remove = () =>
    void run(async () => {
      const { deleteWebhookEndpoint } = await session.call(DeleteWebhookEndpointMutation, { id: endpoint.id });
      changed(deleteWebhookEndpoint === 'DELETED' ? w.deleted : w.keptDisabled);
    });

  return (
    <li className="panel" data-testid="webhook-endpoint">
      <h2 className="webhook-endpoint__url">{endpoint.url}</h2>
      <p>
        <span className="status" data-testid="webhook-state">
          {endpoint.enabled ? w.enabled : w.disabled}
        </span>{' '}
        <span className="muted">
          {w.secretMasked(endpoint.secretMasked)} · {w.since(format.dateTime(endpoint.createdAt))}
        </span>
      </p>
      {endpoint.description ? <p>{endpoint.description}</p> : null}
      <EventTypes c={c} name={`webhook-${endpoint.id}-events`} types={types} chosen={chosen} onChange={setChosen} error={eventsError} />
      {refusal ? (
        <p className="notice notice--error" role="alert">
          {refusal}
        </p>
      ) : null}
      <div className="template-editor__buttons">
        <button className="button button--secondary" type="button" disabled={busy} onClick={saveTypes}>
          {w.saveTypes}
        </button>
        <button className="button button--secondary" type="button" disabled={busy} onClick={toggle}>
          {endpoint.enabled ? w.disable : w.enable}
        </button>
        <button className="button button--secondary" type="button" disabled={busy} onClick={rotate}>
          {w.rotate}
        </button>
        {confirming ? null : (
          <button className="button button--secondary" type="button" disabled={busy} onClick={() => setConfirming(true)}>
            {w.delete}
          </button>
        )}
      </div>
      {confirming ? (
        <div className="notice notice--error" role="alert">
          <p>{w.deleteConfirm(endpoint.url)}</p>
          <div className="template-editor__buttons">
            <button className="button button--primary" type="button" disabled={busy} onClick={remove}>
              {w.deleteYes}
            </button>
            <button className="button button--secondary" type="button" onClick={() => setConfirming(false)}>
              {w.keep}
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
}

export function WebhookEndpoints({ c }: { c: ConsoleMessages }) {
  const session = useSession();
  const w = c.webhooks;
  const [remote, reload] = useRemote('webhooks', (signal) => session.call(WebhookEndpointsQuery, {}, { signal }));
  const [secret, setSecret] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const showSecret = (value: string) => {
    setDone(null);
    setSecret(value);
    reload();
  };
  return (
    <section aria-labelledby="console-webhooks-title">
      <h1 id="console-webhooks-title">{w.title}</h1>
      <p className="page-lead muted">{w.lead}</p>
      {secret ? <SecretOnce c={c} secret={secret} dismiss={() => setSecret(null)} /> : null}
      <div role="status">
        {done ? (
          <p className="notice console-saved" data-testid="webhook-done">
            {done}
          </p>
        ) : null}
      </div>
      {remote.status === 'loading' ? (
        <p className="muted" role="status">
          {w.loading}
        </p>
      ) : remote.status === 'failed' ? (
        <LoadFailed c={c} error={remote.error} retry={reload} />
      ) : (
        <>
          {remote.data.webhookEndpoints.length === 0 ? (
            <p className="panel">{w.empty}</p>
          ) : (
            <ul className="console-cards">
              {remote.data.webhookEndpoints.map((endpoint) => (
                <EndpointCard
                  key={`${endpoint.id}:${endpoint.enabled}:${endpoint.eventTypes.join()}`}
                  c={c}
                  endpoint={endpoint}
                  types={remote.data.webhookEventTypes}
                  secretShown={showSecret}
                  changed={(message) => {
                    setSecret(null);
                    setDone(message);
                    reload();
                  }}
                />
              ))}
            </ul>
          )}
          <CreateEndpoint c={c} types={remote.data.webhookEventTypes} created={showSecret} />
        </>
      )}
    </section>
  );
}
