// One request for an operator: what was asked, its timeline with reasons, where dispatch stands and
// whom it was offered to, its appointment (moved to another helper here) and payment (refunded here),
// and the actions its state allows (assign a helper, cancel).
import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../graphql/client';
import type { ConsoleRequestQuery as RequestResult, RequestStatus } from '../graphql/generated/graphql';
import { Link } from '../link';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { useRemote } from '../use-remote';
import { AssignRequestMutation, CancelRequestMutation, ConsoleRequestQuery } from './console-operations';
import { OPEN_STATUSES } from './dashboard-figures';
import { LoadFailed } from './load-failed';
import type { ConsoleMessages } from './messages';
import { AppointmentPanel } from './request/appointment-panel';
import { PaymentPanel } from './request/payment-panel';
import { consoleHref } from './routes';

const FINISHED: RequestStatus[] = ['COMPLETED', 'CLOSED', 'CANCELLED', 'EXPIRED', 'REFUNDED'];

function refusalText(c: ConsoleMessages, error: unknown): { text: string; onHelper: boolean } {
  const apiError = error instanceof ApiError ? error : new ApiError('INTERNAL', 'failed');
  if (apiError.field === 'helperId') return { text: c.requests.errors.helper, onHelper: true };
  if (apiError.code === 'FORBIDDEN') return { text: c.forbidden, onHelper: false };
  if (apiError.code === 'CONFLICT') return { text: c.requests.errors.conflict, onHelper: false };
  if (apiError.code === 'BAD_USER_INPUT') return { text: c.requests.errors.invalid, onHelper: false };
  return { text: c.failed, onHelper: false };
}

function Actions({ c, data, changed }: { c: ConsoleMessages; data: RequestResult; changed(message: string): void }) {
  const { format } = useSite();
  const session = useSession();
  const r = c.requests;
  const { request, requestDispatch } = data;
  const helpers = [...new Map(requestDispatch.offers.map((offer) => [offer.helperId, offer.displayName]))];
  const [helperId, setHelperId] = useState('');
  const [assignReason, setAssignReason] = useState('');
  const [cancelReason, setCancelReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ text: string; onHelper: boolean } | null>(null);
  const helperRef = useRef<HTMLSelectElement>(null);
  const refusalRef = useRef<HTMLParagraphElement>(null);

  const refuse = (error: unknown) => {
    const found = refusalText(c, error);
    setRefusal(found);
    requestAnimationFrame(() => (found.onHelper ? helperRef.current?.focus() : refusalRef.current?.focus()));
  };

  const assign = async (event: FormEvent) => {
    event.preventDefault();
    if (!helperId) {
      setRefusal({ text: r.errors.helperRequired, onHelper: true });
      helperRef.current?.focus();
      return;
    }
    setBusy(true);
    setRefusal(null);
    try {
      const { assignRequest } = await session.call(AssignRequestMutation, { requestId: request.id, helperId, reason: assignReason.trim() || null });
      changed(r.assigned(format.dateTime(assignRequest.startsAt)));
    } catch (error) {
      refuse(error);
    } finally {
      setBusy(false);
    }
  };

  const cancel = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      await session.call(CancelRequestMutation, { requestId: request.id, reason: cancelReason.trim() || null });
      changed(r.cancelled);
    } catch (error) {
      refuse(error);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  const canAssign = OPEN_STATUSES.includes(request.status) && helpers.length > 0;
  const canCancel = !FINISHED.includes(request.status);
  if (!canAssign && !canCancel) return <p className="muted">{r.noActions}</p>;
  const helperError = refusal?.onHelper ? refusal.text : null;
  return (
    <div className="console-actions">
      {refusal && !refusal.onHelper ? (
        <p className="notice notice--error" role="alert" tabIndex={-1} ref={refusalRef} data-testid="action-refusal">
          {refusal.text}
        </p>
      ) : null}
      {canAssign ? (
        <form className="form-stack" onSubmit={(event) => void assign(event)} noValidate>
          <div className="field">
            <label htmlFor="assign-helper">{r.assignHelper}</label>
            <select
              id="assign-helper"
              ref={helperRef}
              value={helperId}
              onChange={(event) => setHelperId(event.target.value)}
              aria-invalid={helperError ? true : undefined}
              aria-describedby={helperError ? 'assign-helper-error assign-helper-hint' : 'assign-helper-hint'}
            >
              <option value="">—</option>
              {helpers.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
            <p className="field__hint" id="assign-helper-hint">
              {r.assignHint}
            </p>
            {helperError ? (
              <p className="field__error" id="assign-helper-error" role="alert">
                {helperError}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="assign-reason">{r.assignReason}</label>
            <input id="assign-reason" value={assignReason} onChange={(event) => setAssignReason(event.target.value)} />
          </div>
          <button className="button button--primary" type="submit" disabled={busy}>
            {r.assign}
          </button>
        </form>
      ) : null}
      {canCancel ? (
        <div className="form-stack console-cancel">
          <div className="field">
            <label htmlFor="cancel-reason">{r.cancelReason}</label>
            <input id="cancel-reason" value={cancelReason} onChange={(event) => setCancelReason(event.target.value)} />
          </div>
          {confirming ? (
            <div className="notice" role="alertdialog" aria-labelledby="cancel-confirm">
              <p id="cancel-confirm">{r.confirmCancel}</p>
              <div className="button-row">
                <button className="button button--danger" type="button" disabled={busy} onClick={() => void cancel()}>
                  {r.cancel}
                </button>
                <button className="button button--secondary" type="button" onClick={() => setConfirming(false)}>
                  {r.keep}
                </button>
              </div>
            </div>
          ) : (
            <button className="button button--danger" type="button" onClick={() => setConfirming(true)}>
              {r.cancel}
            </button>
          )}
        </div>
      ) : null}
    </div>
  );
}

function RequestBody({ c, data, reload }: { c: ConsoleMessages; data: RequestResult; reload(): void }) {
  const { format } = useSite();
  const r = c.requests;
  const { request, requestDispatch } = data;
  const [done, setDone] = useState<string | null>(null);
  const service = data.catalogServices.edges.find((edge) => edge.node.id === request.serviceId)?.node.name ?? request.serviceId;
  const changed = (message: string) => {
    setDone(message);
    reload();
  };
  return (
    <>
      <h1>
        {service} · {request.postalCode}
      </h1>
      <p>
        <span className="status" data-testid="request-status">
          {c.status[request.status]}
        </span>
      </p>
      {done ? (
        <p className="notice console-saved" role="status" data-testid="action-done">
          {done}
        </p>
      ) : null}
      {request.knownOutage ? <p className="notice">{r.knownOutage(request.knownOutage.message)}</p> : null}
      <section className="panel">
        <h2>{r.description}</h2>
        <p>{request.description}</p>
        {request.remoteFirst ? <p data-testid="request-remote-first">{r.remoteFirst}</p> : null}
        <h3>{r.windows}</h3>
        <ul>
          {request.windows.map((window) => (
            <li key={window.from}>
              {format.dateTime(window.from)} – {format.time(window.to)}
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="request-timeline">
        <h2 id="request-timeline">{r.timeline}</h2>
        <ol className="timeline" data-testid="console-timeline">
          {request.timeline.map((entry) => (
            <li key={entry.sequence}>
              <strong>{entry.fromStatus ? r.transition(c.status[entry.fromStatus], c.status[entry.toStatus]) : c.status[entry.toStatus]}</strong>{' '}
              <span className="muted">
                {format.dateTime(entry.createdAt)}, {r.byActor[entry.actorKind]}
              </span>
              {entry.reason ? <p>{r.reason(entry.reason)}</p> : null}
            </li>
          ))}
        </ol>
      </section>
      <section className="panel" aria-labelledby="request-dispatch">
        <h2 id="request-dispatch">{r.dispatch}</h2>
        <p>{r.dispatchSummary(requestDispatch.wavesSent, requestDispatch.tiersEntered.join(', '))}</p>
        {requestDispatch.nextLookAt ? <p className="muted">{r.nextLook(format.dateTime(requestDispatch.nextLookAt))}</p> : null}
        {requestDispatch.offers.length === 0 ? (
          <p>{r.noOffers}</p>
        ) : (
          <div className="console-table-wrap">
            <table className="console-table" data-testid="dispatch-offers">
              <thead>
                <tr>
                  <th scope="col">{r.helper}</th>
                  <th scope="col">{r.wave}</th>
                  <th scope="col">{r.mode}</th>
                  <th scope="col">{r.distance}</th>
                  <th scope="col">{r.answer}</th>
                </tr>
              </thead>
              <tbody>
                {requestDispatch.offers.map((offer) => (
                  <tr key={`${offer.helperId}-${offer.wave}`}>
                    <th scope="row">{offer.displayName}</th>
                    <td>{offer.wave}</td>
                    <td data-testid="dispatch-offer-mode">{r.modes[offer.mode]}</td>
                    <td>{offer.mode === 'REMOTE' ? '–' : format.kilometres(offer.distanceKm)}</td>
                    <td>
                      {r.offerStatus[offer.status]}
                      {offer.reason ? ` (${offer.reason})` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <AppointmentPanel key={request.appointmentId ?? 'none'} c={c} request={request} changed={changed} />
      <PaymentPanel c={c} request={request} payment={data.requestPayment ?? null} changed={changed} />
      <section className="panel" aria-labelledby="request-actions">
        <h2 id="request-actions">{r.actions}</h2>
        <Actions key={request.status} c={c} data={data} changed={changed} />
      </section>
    </>
  );
}

export function RequestDetail({ c, requestId }: { c: ConsoleMessages; requestId: string }) {
  const session = useSession();
  const [remote, reload] = useRemote(`request:${requestId}`, (signal) => session.call(ConsoleRequestQuery, { id: requestId }, { signal }));
  return (
    <section>
      <p>
        <Link href={consoleHref.requests()}>{c.requests.back}</Link>
      </p>
      {remote.status === 'loading' ? (
        <p className="muted" role="status">
          {c.requests.detailLoading}
        </p>
      ) : remote.status === 'failed' ? (
        <LoadFailed c={c} error={remote.error} retry={reload} />
      ) : (
        <RequestBody c={c} data={remote.data} reload={reload} />
      )}
    </section>
  );
}
