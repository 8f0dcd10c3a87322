// A request's conversation between its customer and a helper, as either side sees it: the messages,
// oldest first, each marked mine or theirs, and a form to write one. An empty or refused message is
// said under the field; a conversation the server says is closed (CONFLICT on sending, or known
// closed already) says so instead of offering the form. The customer's request page and the helper's
// job page each give their own texts, their data and how to send.
import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from './graphql/client';
import { useSite } from './tenant/site';
import type { Remote } from './use-remote';

export interface ConversationMessage {
  id: string;
  body: string;
  senderRole: string;
  createdAt: string;
}

export interface ConversationTexts {
  title: string;
  loading: string;
  loadFailed: string;
  retry: string;
  none: string;
  you: string;
  /** The other side's name, for their messages. */
  other: string;
  write: string;
  send: string;
  sending: string;
  empty: string;
  invalid: string;
  closed: string;
  failed: string;
  network: string;
}

export function Conversation(props: {
  texts: ConversationTexts;
  /** The reader's own role in `senderRole` (CUSTOMER or HELPER). */
  ownRole: string;
  messages: Remote<ConversationMessage[]>;
  reload(): void;
  /** Closed as the page last read it. */
  closed?: boolean;
  send(body: string): Promise<unknown>;
}) {
  const { format } = useSite();
  const { texts, messages } = props;
  const id = useId();
  const [body, setBody] = useState('');
  const [error, setError] = useState<{ field: boolean; text: string } | null>(null);
  const [refusedAsClosed, setRefusedAsClosed] = useState(false);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const closed = refusedAsClosed || props.closed === true;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!body.trim()) {
      setError({ field: true, text: texts.empty });
      field.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await props.send(body.trim());
      setBody('');
      props.reload();
    } catch (refusal) {
      const code = refusal instanceof ApiError ? refusal.code : null;
      const invalid = code === 'BAD_USER_INPUT' && (refusal as ApiError).field === 'body';
      if (code === 'CONFLICT') setRefusedAsClosed(true);
      else setError({ field: invalid, text: invalid ? texts.invalid : code === 'NETWORK' ? texts.network : texts.failed });
      if (invalid) field.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{texts.title}</h2>
      {messages.status === 'loading' ? (
        <p className="muted" role="status">
          {texts.loading}
        </p>
      ) : null}
      {messages.status === 'failed' ? (
        <div className="notice notice--error" role="alert">
          <p>{texts.loadFailed}</p>
          <button className="button button--secondary" type="button" onClick={props.reload}>
            {texts.retry}
          </button>
        </div>
      ) : null}
      {messages.status === 'done' && messages.data.length === 0 ? <p className="muted">{texts.none}</p> : null}
      {messages.status === 'done' && messages.data.length > 0 ? (
        <ol className="message-list" data-testid="message-list">
          {messages.data.map((message) => {
            const mine = message.senderRole === props.ownRole;
            return (
              <li key={message.id} className={`message message--${mine ? 'mine' : 'theirs'}`}>
                <p className="message__meta">
                  {mine ? texts.you : texts.other} · <time dateTime={message.createdAt}>{format.dateTime(message.createdAt)}</time>
                </p>
                <p className="message__body">{message.body}</p>
              </li>
            );
          })}
        </ol>
      ) : null}
      {closed ? (
        <p className="notice" data-testid="conversation-closed">
          {texts.closed}
        </p>
      ) : (
        <form className="form-stack" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
          <div className="field">
            <label htmlFor={`${id}-body`}>{texts.write}</label>
            <textarea
              id={`${id}-body`}
              ref={field}
              rows={3}
              maxLength={4000}
              value={body}
              aria-invalid={error?.field ? true : undefined}
              aria-describedby={error?.field ? `${id}-body-error` : undefined}
              onChange={(event) => setBody(event.target.value)}
            />
            {error?.field ? (
              <p className="field__error" id={`${id}-body-error`} data-testid="message-error">
                {error.text}
              </p>
            ) : null}
          </div>
          {error && !error.field ? (
            <p className="notice notice--error" role="alert">
              {error.text}
            </p>
          ) : null}
          <button className="button button--primary" type="submit" disabled={busy}>
            {busy ? texts.sending : texts.send}
          </button>
        </form>
      )}
    </section>
  );
}
