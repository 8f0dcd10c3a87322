// Notification templates: the text of one kind on one channel in one language, the site's own or the
// one Quartier ships. The operator edits subject and body with the kind's variables at hand, reads a
// preview filled with sample values as they type, saves, or goes back to the shipped text.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../graphql/client';
import type { ConsoleNotificationTemplatesQuery as TemplatesResult, NotificationChannel } from '../graphql/generated/graphql';
import type { Locale } from '../i18n/messages';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { useRemote } from '../use-remote';
import { NotificationTemplatesQuery, PreviewNotificationTemplateQuery, ResetNotificationTemplateMutation, SaveNotificationTemplateMutation } from './console-operations';
import { LoadFailed } from './load-failed';
import type { ConsoleMessages } from './messages';
import { NOTIFICATION_KINDS } from './notification-kinds';

type Template = TemplatesResult['notificationTemplates'][number];
type TextField = 'subject' | 'body';

const LOCALES: Locale[] = ['de', 'fr', 'it', 'en'];
const PREVIEW_DELAY_MS = 400;

type Preview = { status: 'idle' } | { status: 'done'; subject: string | null; body: string } | { status: 'refused'; field: TextField | null };

function refusedField(error: unknown): TextField | null {
  if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') return null;
  return error.field === 'subject' || error.field === 'body' ? error.field : null;
}

/** The preview of the draft, asked again a moment after the operator stops typing. */
function usePreview(draft: { kind: string; channel: NotificationChannel; locale: string; subject: string; body: string }): Preview {
  const session = useSession();
  const [preview, setPreview] = useState<Preview>({ status: 'idle' });
  const { kind, channel, locale, subject, body } = draft;
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      session.call(PreviewNotificationTemplateQuery, { input: { kind, channel, locale, subject: subject || null, body } }, { signal: controller.signal }).then(
        ({ previewNotificationTemplate }) => {
          if (!controller.signal.aborted) setPreview({ status: 'done', subject: previewNotificationTemplate.subject ?? null, body: previewNotificationTemplate.body });
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setPreview({ status: 'refused', field: refusedField(error) });
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [session, kind, channel, locale, subject, body]);
  return preview;
}

function TemplateEditor({ c, template, changed }: { c: ConsoleMessages; template: Template; changed(template: Template, message: string): void }) {
  const session = useSession();
  const { format } = useSite();
  const n = c.notifications;
  const [subject, setSubject] = useState(template.subject ?? '');
  const [body, setBody] = useState(template.body);
  const [busy, setBusy] = useState(false);
  const [fieldError, setFieldError] = useState<TextField | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const hasSubject = template.channel !== 'SMS';
  const preview = usePreview({ kind: template.kind, channel: template.channel, locale: template.locale, subject: hasSubject ? subject : '', body });
  const key = `${template.kind}-${template.channel}-${template.locale}`;

  const run = async (action: () => Promise<[Template, string]>) => {
    setBusy(true);
    setFieldError(null);
    setRefusal(null);
    try {
      const [result, message] = await action();
      changed(result, message);
    } catch (error) {
      const field = refusedField(error);
      if (field) {
        setFieldError(field);
        (field === 'subject' ? subjectRef.current : bodyRef.current)?.focus();
      } else {
        const code = error instanceof ApiError ? error.code : 'INTERNAL';
        setRefusal(code === 'FORBIDDEN' ? c.forbidden : code === 'BAD_USER_INPUT' ? n.errors.invalid : c.failed);
      }
    } finally {
      setBusy(false);
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const { saveNotificationTemplate } = await session.call(SaveNotificationTemplateMutation, {
        input: { kind: template.kind, channel: template.channel, locale: template.locale, subject: hasSubject ? subject : null, body },
      });
      return [saveNotificationTemplate, n.saved];
    });
  };

  const reset = () =>
    void run(async () => {
      const { resetNotificationTemplate } = await session.call(ResetNotificationTemplateMutation, {
        kind: template.kind,
        channel: template.channel,
        locale: template.locale,
      });
      return [resetNotificationTemplate, n.resetDone];
    });

  const errorOf = (field: TextField) => (fieldError === field ? n.errors.placeholder : null);
  const previewError = preview.status === 'refused' && preview.field !== null && fieldError === null ? preview.field : null;

  return (
    <div className="template-editor">
      <form className="form-stack" onSubmit={save} noValidate>
        <p className="muted" data-testid="template-origin">
          {template.customized && template.updatedAt ? n.customized(format.dateTime(template.updatedAt)) : n.shipped}
        </p>
        {hasSubject ? (
          <div className="field">
            <label htmlFor={`${key}-subject`}>{template.channel === 'IN_APP' ? n.inAppTitle : n.subject}</label>
            <input
              id={`${key}-subject`}
              ref={subjectRef}
              value={subject}
              maxLength={200}
              spellCheck
              onChange={(event) => {
                setSubject(event.target.value);
                if (fieldError === 'subject') setFieldError(null);
              }}
              aria-invalid={errorOf('subject') || previewError === 'subject' ? true : undefined}
              aria-describedby={errorOf('subject') ? `${key}-subject-error` : undefined}
            />
            {errorOf('subject') ? (
              <p className="field__error" id={`${key}-subject-error`} data-testid="subject-error">
                {errorOf('subject')}
              </p>
            ) : null}
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={`${key}-body`}>{n.body}</label>
          <textarea
            id={`${key}-body`}
            ref={bodyRef}
            rows={8}
            value={body}
            maxLength={template.channel === 'SMS' ? 640 : 5000}
            onChange={(event) => {
              setBody(event.target.value);
              if (fieldError === 'body') setFieldError(null);
            }}
            aria-invalid={errorOf('body') || previewError === 'body' ? true : undefined}
            aria-describedby={[errorOf('body') ? `${key}-body-error` : null, `${key}-body-hint`].filter(Boolean).join(' ')}
          />
          <p className="field__hint" id={`${key}-body-hint`}>
            {n.bodyHint}
          </p>
          {errorOf('body') ? (
            <p className="field__error" id={`${key}-body-error`} data-testid="body-error">
              {errorOf('body')}
            </p>
          ) : null}
        </div>
        <div>
          <h3 id={`${key}-variables`}>{n.variables}</h3>
          <ul className="template-editor__variables" aria-labelledby={`${key}-variables`} data-testid="template-variables">
            {template.variables.map((variable) => (
              <li key={variable}>
                <code>{`{{${variable}}}`}</code>
              </li>
            ))}
          </ul>
        </div>
        {refusal ? (
          <p className="notice notice--error" role="alert">
            {refusal}
          </p>
        ) : null}
        <div className="template-editor__buttons">
          <button className="button button--primary" type="submit" disabled={busy}>
            {n.save}
          </button>
          {template.customized ? (
            <button className="button button--secondary" type="button" disabled={busy} onClick={reset}>
              {n.reset}
            </button>
          ) : null}
        </div>
      </form>
      <section className="template-preview" aria-labelledby={`${key}-preview`}>
        <h3 id={`${key}-preview`}>{n.preview}</h3>
        <div aria-live="polite" data-testid="template-preview">
          {preview.status === 'idle' ? (
            <p className="muted">{n.previewLoading}</p>
          ) : preview.status === 'refused' ? (
            <p className="notice notice--error" data-testid="preview-refused">
              {preview.field ? n.errors.previewPlaceholder : n.errors.previewFailed}
            </p>
          ) : (
            <>
              {preview.subject ? <p className="template-preview__subject">{preview.subject}</p> : null}
              <p className="template-preview__body">{preview.body}</p>
            </>
          )}
        </div>
      </section>
    </div>
  );
}

function KindTemplates({ c, kind, locale }: { c: ConsoleMessages; kind: string; locale: string }) {
  const session = useSession();
  const n = c.notifications;
  const [remote, reload] = useRemote(`templates:${kind}:${locale}`, (signal) => session.call(NotificationTemplatesQuery, { kind, locale }, { signal }));
  const [channel, setChannel] = useState<NotificationChannel | null>(null);
  const [shown, setShown] = useState<{ template: Template; message: string } | null>(null);
  if (remote.status === 'loading') {
    return (
      <p className="muted" role="status">
        {n.loading}
      </p>
    );
  }
  if (remote.status === 'failed') return <LoadFailed c={c} error={remote.error} retry={reload} />;
  const templates = remote.data.notificationTemplates;
  const chosen = templates.find((template) => template.channel === channel) ?? templates[0];
  if (!chosen) return <p className="panel">{n.empty}</p>;
  const template = shown && shown.template.channel === chosen.channel ? shown.template : chosen;
  return (
    <>
      <fieldset className="console-channels">
        <legend>{n.channel}</legend>
        {templates.map((each) => (
          <label key={each.channel}>
            <input
              type="radio"
              name="template-channel"
              value={each.channel}
              checked={each.channel === template.channel}
              onChange={() => {
                setChannel(each.channel);
                setShown(null);
              }}
            />{' '}
            {n.channels[each.channel]}
          </label>
        ))}
      </fieldset>
      <div role="status">
        {shown && shown.template.channel === template.channel ? (
          <p className="notice console-saved" data-testid="template-done">
            {shown.message}
          </p>
        ) : null}
      </div>
      <TemplateEditor
        key={`${template.channel}:${template.updatedAt ?? 'shipped'}:${template.body}`}
        c={c}
        template={template}
        changed={(result, message) => setShown({ template: result, message })}
      />
    </>
  );
}

export function NotificationTemplates({ c }: { c: ConsoleMessages }) {
  const site = useSite();
  const n = c.notifications;
  const [kind, setKind] = useState<string>(NOTIFICATION_KINDS[0]);
  const [locale, setLocale] = useState<string>(site.locale);
  return (
    <section aria-labelledby="console-notifications-title">
      <h1 id="console-notifications-title">{n.title}</h1>
      <p className="page-lead muted">{n.lead}</p>
      <div className="console-filter">
        <div className="field">
          <label htmlFor="template-kind">{n.kind}</label>
          <select id="template-kind" value={kind} onChange={(event) => setKind(event.target.value)}>
            {NOTIFICATION_KINDS.map((each) => (
              <option key={each} value={each}>
                {n.kinds[each]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="template-locale">{n.locale}</label>
          <select id="template-locale" value={locale} onChange={(event) => setLocale(event.target.value)}>
            {LOCALES.map((each) => (
              <option key={each} value={each}>
                {n.locales[each]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <KindTemplates key={`${kind}:${locale}`} c={c} kind={kind} locale={locale} />
    </section>
  );
}
