// Incidents: many alike requests for one service in one postal area. The list, newest first; one
// incident with its requests, confirmed as a known outage with the notice customers there read, and
// closed (an outage resolved, an open incident dismissed). Incident notifications link to its page.
import { useRef, useState } from 'react';
import { ApiError } from '../graphql/client';
import type { ConsoleIncidentQuery as IncidentResult } from '../graphql/generated/graphql';
import { Link } from '../link';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { useRemote } from '../use-remote';
import { CloseIncidentMutation, IncidentQuery, IncidentsQuery, MarkKnownOutageMutation } from './console-operations';
import { LoadFailed } from './load-failed';
import type { ConsoleMessages } from './messages';
import { consoleHref } from './routes';

export function IncidentList({ c }: { c: ConsoleMessages }) {
  const { format } = useSite();
  const session = useSession();
  const i = c.incidents;
  const [remote, reload] = useRemote('incidents', (signal) => session.call(IncidentsQuery, {}, { signal }));
  return (
    <section aria-labelledby="console-incidents-title">
      <h1 id="console-incidents-title">{i.title}</h1>
      <p className="page-lead muted">{i.lead}</p>
      {remote.status === 'loading' ? (
        <p className="muted" role="status">
          {i.loading}
        </p>
      ) : remote.status === 'failed' ? (
        <LoadFailed c={c} error={remote.error} retry={reload} />
      ) : remote.data.incidents.edges.length === 0 ? (
        <p className="panel">{i.empty}</p>
      ) : (
        <ul className="console-cards" data-testid="incident-list">
          {remote.data.incidents.edges.map(({ node }) => (
            <li key={node.id} className="panel">
              <h2>
                <Link href={consoleHref.incident(node.id)}>{node.title}</Link>
              </h2>
              <p>
                <span className="status">{i.status[node.status]}</span>{' '}
                <span className="muted">
                  {i.area(node.area)} · {i.requests(node.requestCount)} · {i.opened(format.dateTime(node.openedAt))}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type Incident = IncidentResult['incident'];

function refusal(c: ConsoleMessages, error: unknown): string {
  const apiError = error instanceof ApiError ? error : new ApiError('INTERNAL', 'failed');
  if (apiError.code === 'FORBIDDEN') return c.forbidden;
  if (apiError.code === 'CONFLICT') return c.incidents.errors.conflict;
  if (apiError.code === 'BAD_USER_INPUT') return c.incidents.errors.invalid;
  return c.failed;
}

function IncidentActions({ c, incident, changed }: { c: ConsoleMessages; incident: Incident; changed(message: string): void }) {
  const session = useSession();
  const i = c.incidents;
  const [notice, setNotice] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [fieldError, setFieldError] = useState<'notice' | 'note' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const noticeRef = useRef<HTMLTextAreaElement>(null);
  const noteRef = useRef<HTMLInputElement>(null);

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setFieldError(null);
    try {
      changed(await action());
    } catch (caught) {
      const field = caught instanceof ApiError && caught.code === 'BAD_USER_INPUT' ? caught.field : null;
      if (field === 'message') {
        setFieldError('notice');
        noticeRef.current?.focus();
      } else if (field === 'note') {
        setFieldError('note');
        noteRef.current?.focus();
      } else {
        setError(refusal(c, caught));
      }
    } finally {
      setBusy(false);
    }
  };

  const markKnown = () => {
    if (!notice.trim()) {
      setFieldError('notice');
      noticeRef.current?.focus();
      return;
    }
    void run(async () => {
      await session.call(MarkKnownOutageMutation, { id: incident.id, message: { text: notice.trim() } });
      return i.markedKnown;
    });
  };

  const close = () =>
    void run(async () => {
      await session.call(CloseIncidentMutation, { id: incident.id, note: note.trim() || null });
      return i.closed;
    });

  return (
    <div className="console-actions">
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {incident.status === 'OPEN' ? (
        <div className="form-stack">
          <div className="field">
            <label htmlFor="incident-notice">{i.notice}</label>
            <textarea
              id="incident-notice"
              ref={noticeRef}
              rows={3}
              value={notice}
              onChange={(event) => setNotice(event.target.value)}
              aria-invalid={fieldError === 'notice' ? true : undefined}
              aria-describedby={fieldError === 'notice' ? 'incident-notice-error incident-notice-hint' : 'incident-notice-hint'}
            />
            <p className="field__hint" id="incident-notice-hint">
              {i.noticeHint}
            </p>
            {fieldError === 'notice' ? (
              <p className="field__error" id="incident-notice-error" data-testid="notice-error">
                {i.errors.notice}
              </p>
            ) : null}
          </div>
          <button className="button button--primary" type="button" disabled={busy} onClick={markKnown}>
            {i.markKnown}
          </button>
        </div>
      ) : null}
      <div className="form-stack">
        <div className="field">
          <label htmlFor="incident-close-note">{i.closeNote}</label>
          <input
            id="incident-close-note"
            ref={noteRef}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            aria-invalid={fieldError === 'note' ? true : undefined}
            aria-describedby={fieldError === 'note' ? 'incident-note-error' : undefined}
          />
          {fieldError === 'note' ? (
            <p className="field__error" id="incident-note-error">
              {i.errors.note}
            </p>
          ) : null}
        </div>
        <button className="button button--secondary" type="button" disabled={busy} onClick={close}>
          {incident.status === 'KNOWN_OUTAGE' ? i.closeResolve : i.closeDismiss}
        </button>
      </div>
    </div>
  );
}

function IncidentBody({ c, incident, reload }: { c: ConsoleMessages; incident: Incident; reload(): void }) {
  const { format } = useSite();
  const i = c.incidents;
  const [done, setDone] = useState<string | null>(null);
  const notice = incident.message ? (incident.message.text ?? incident.message.en ?? incident.message.de ?? incident.message.fr ?? incident.message.it) : null;
  return (
    <>
      <h1>{incident.title}</h1>
      <p>
        <span className="status" data-testid="incident-status">
          {i.status[incident.status]}
          {incident.outcome ? ` (${i.outcome[incident.outcome]})` : ''}
        </span>{' '}
        <span className="muted">
          {i.area(incident.area)} · {i.requests(incident.requestCount)} · {i.opened(format.dateTime(incident.openedAt))}
        </span>
      </p>
      <div role="status">
        {done ? (
          <p className="notice console-saved" data-testid="incident-done">
            {done}
          </p>
        ) : null}
      </div>
      {notice ? (
        <p className="notice" data-testid="incident-notice">
          {i.notice}: {notice}
        </p>
      ) : null}
      <section className="panel">
        <h2>{i.summary}</h2>
        <p>{incident.summary}</p>
        {incident.closedAt ? (
          <p className="muted">
            {i.closedOn(format.dateTime(incident.closedAt))}
            {incident.closeNote ? `: ${incident.closeNote}` : ''}
          </p>
        ) : null}
      </section>
      <section className="panel" aria-labelledby="incident-requests">
        <h2 id="incident-requests">{i.requestsTitle}</h2>
        {incident.requests.length === 0 ? (
          <p>{i.noRequests}</p>
        ) : (
          <ul className="console-list">
            {incident.requests.map((request) => (
              <li key={request.id}>
                <Link href={consoleHref.request(request.id)}>
                  {request.postalCode} · {format.dateTime(request.createdAt)}
                </Link>
                <p>{request.description}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {incident.status !== 'CLOSED' ? (
        <section className="panel" aria-labelledby="incident-actions">
          <h2 id="incident-actions">{c.requests.actions}</h2>
          <IncidentActions
            key={incident.status}
            c={c}
            incident={incident}
            changed={(message) => {
              setDone(message);
              reload();
            }}
          />
        </section>
      ) : null}
    </>
  );
}

export function IncidentDetail({ c, incidentId }: { c: ConsoleMessages; incidentId: string }) {
  const session = useSession();
  const [remote, reload] = useRemote(`incident:${incidentId}`, (signal) => session.call(IncidentQuery, { id: incidentId }, { signal }));
  return (
    <section>
      <p>
        <Link href={consoleHref.incidents()}>{c.incidents.back}</Link>
      </p>
      {remote.status === 'loading' ? (
        <p className="muted" role="status">
          {c.incidents.detailLoading}
        </p>
      ) : remote.status === 'failed' ? (
        <LoadFailed c={c} error={remote.error} retry={reload} />
      ) : (
        <IncidentBody c={c} incident={remote.data.incident} reload={reload} />
      )}
    </section>
  );
}
