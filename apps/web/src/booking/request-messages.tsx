// The conversation with the booked helper on a request page: the messages, oldest first, and a
// form to write one. `version` changes when the page reads the request afresh (a live update), so
// the helper's replies arrive with it.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../graphql/client';
import { RequestMessagesQuery, SendMessageMutation } from '../graphql/operations';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { useRemote } from '../use-remote';

export function RequestMessages(props: { requestId: string; helperId: string; helperName: string | null; version: number }) {
  const { t, format } = useSite();
  const texts = t.messages;
  const session = useSession();
  const { requestId, helperId } = props;
  const [messages, reload] = useRemote(`${requestId}:${helperId}`, async (signal) => {
    const { requestMessages } = await session.call(RequestMessagesQuery, { requestId, helperId }, { signal });
    return requestMessages.edges.map((edge) => edge.node);
  });
  useEffect(() => {
    if (props.version > 0) reload();
  }, [props.version, reload]);
  const [body, setBody] = useState('');
  const [error, setError] = useState<{ field: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!body.trim()) {
      setError({ field: true, text: texts.empty });
      field.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await session.call(SendMessageMutation, { requestId, helperId, body: body.trim() });
      setBody('');
      reload();
    } catch (refusal) {
      const closed = refusal instanceof ApiError && refusal.code === 'CONFLICT';
      const invalid = refusal instanceof ApiError && refusal.code === 'BAD_USER_INPUT' && refusal.field === 'body';
      setError({ field: invalid, text: closed ? texts.closed : invalid ? texts.invalid : texts.failed });
      if (invalid) field.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="request-messages">
      <h2 id="request-messages">{props.helperName ? texts.titleWith(props.helperName) : texts.title}</h2>
      {messages.status === 'loading' ? <p className="muted">{texts.loading}</p> : null}
      {messages.status === 'failed' ? <p className="notice notice--error">{texts.loadFailed}</p> : null}
      {messages.status === 'done' && messages.data.length === 0 ? <p className="muted">{texts.none}</p> : null}
      {messages.status === 'done' && messages.data.length > 0 ? (
        <ol className="message-list" data-testid="message-list">
          {messages.data.map((message) => (
            <li key={message.id} className={`message message--${message.senderRole === 'CUSTOMER' ? 'mine' : 'theirs'}`}>
              <p className="message__meta">
                {message.senderRole === 'CUSTOMER' ? texts.you : (props.helperName ?? texts.helper)} · <time dateTime={message.createdAt}>{format.dateTime(message.createdAt)}</time>
              </p>
              <p className="message__body">{message.body}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <form className="form-stack" onSubmit={send} noValidate aria-busy={busy}>
        <div className="field">
          <label htmlFor="message-body">{texts.write}</label>
          <textarea
            id="message-body"
            ref={field}
            rows={3}
            maxLength={4000}
            value={body}
            aria-invalid={error?.field ? true : undefined}
            aria-describedby={error?.field ? 'message-body-error' : undefined}
            onChange={(event) => setBody(event.target.value)}
          />
          {error?.field ? (
            <p className="field__error" id="message-body-error">
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
    </section>
  );
}
