// The helper's side of a request's conversation on the job page: the messages, oldest first, and a
// form to answer, as the customer has on their request page. Reading it marks the customer's
// messages read; a closed conversation says so instead of offering the form.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../graphql/client';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { useRemote } from '../use-remote';
import { useHelperTexts } from './helper-kit';
import { HelperJobMessagesQuery, HelperMarkReadMutation, HelperSendMessageMutation } from './operations';

export function JobConversation(props: { requestId: string; customerName: string; canSend: boolean; unread: number }) {
  const h = useHelperTexts();
  const texts = h.job;
  const { format } = useSite();
  const session = useSession();
  const { requestId } = props;
  const [messages, reload] = useRemote(`messages:${requestId}`, async (signal) => {
    const { requestMessages } = await session.call(HelperJobMessagesQuery, { requestId }, { signal });
    return requestMessages.edges.map((edge) => edge.node);
  });
  const [body, setBody] = useState('');
  const [error, setError] = useState<{ field: boolean; text: string } | null>(null);
  // Closed as the page last read it, or as a refused message just said.
  const [refusedAsClosed, setRefusedAsClosed] = useState(false);
  const closed = refusedAsClosed || !props.canSend;
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);

  // The customer's messages are read once they are on screen; a failure here changes nothing the
  // helper sees, so it is not reported.
  const shown = messages.status === 'done';
  useEffect(() => {
    if (shown && props.unread > 0) session.call(HelperMarkReadMutation, { requestId }).catch(() => undefined);
  }, [shown, props.unread, requestId, session]);

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
      await session.call(HelperSendMessageMutation, { requestId, body: body.trim() });
      setBody('');
      reload();
    } catch (refusal) {
      const isClosed = refusal instanceof ApiError && refusal.code === 'CONFLICT';
      const invalid = refusal instanceof ApiError && refusal.code === 'BAD_USER_INPUT' && refusal.field === 'body';
      if (isClosed) setRefusedAsClosed(true);
      else setError({ field: invalid, text: invalid ? texts.invalid : refusal instanceof ApiError && refusal.code === 'NETWORK' ? h.errors.network : texts.sendFailed });
      if (invalid) field.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="job-messages">
      <h2 id="job-messages">{texts.conversationTitle(props.customerName)}</h2>
      {messages.status === 'loading' ? (
        <p className="muted" role="status">
          {texts.messagesLoading}
        </p>
      ) : null}
      {messages.status === 'failed' ? (
        <div className="notice notice--error" role="alert">
          <p>{texts.messagesFailed}</p>
          <button className="button button--secondary" type="button" onClick={reload}>
            {h.retry}
          </button>
        </div>
      ) : null}
      {messages.status === 'done' && messages.data.length === 0 ? <p className="muted">{texts.noMessages}</p> : null}
      {messages.status === 'done' && messages.data.length > 0 ? (
        <ol className="message-list" data-testid="message-list">
          {messages.data.map((message) => (
            <li key={message.id} className={`message message--${message.senderRole === 'HELPER' ? 'mine' : 'theirs'}`}>
              <p className="message__meta">
                {message.senderRole === 'HELPER' ? texts.you : props.customerName} · <time dateTime={message.createdAt}>{format.dateTime(message.createdAt)}</time>
              </p>
              <p className="message__body">{message.body}</p>
            </li>
          ))}
        </ol>
      ) : null}
      {closed ? (
        <p className="notice" data-testid="conversation-closed">
          {texts.closed}
        </p>
      ) : (
        <form className="form-stack" onSubmit={send} noValidate aria-busy={busy}>
          <div className="field">
            <label htmlFor="job-message-body">{texts.write}</label>
            <textarea
              id="job-message-body"
              ref={field}
              rows={3}
              maxLength={4000}
              value={body}
              aria-invalid={error?.field ? true : undefined}
              aria-describedby={error?.field ? 'job-message-body-error' : undefined}
              onChange={(event) => setBody(event.target.value)}
            />
            {error?.field ? (
              <p className="field__error" id="job-message-body-error" data-testid="message-error">
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
