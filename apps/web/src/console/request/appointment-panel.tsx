// The appointment a request is booked on now, and moving it to another helper: the choice is the
// approved helpers search finds free for the appointment's very time (the server still has the last
// word: a helper booked meanwhile is a CONFLICT on helperId, shown under the field). A call under way
// (remote help) can be handed on for a visit, after a confirmation.
import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../graphql/client';
import type { ConsoleRequestQuery } from '../../graphql/generated/graphql';
import { useSession } from '../../session/session';
import { useSite } from '../../tenant/site';
import { useRemote } from '../../use-remote';
import { ConsoleAppointmentQuery, ConsoleFreeHelpersQuery, ConsoleHelperNameQuery, ConsoleNeedVisitMutation, ReassignAppointmentMutation } from '../console-operations';
import { LoadFailed } from '../load-failed';
import type { ConsoleMessages } from '../messages';

type Request = ConsoleRequestQuery['request'];
type FieldErrors = { helperId?: string; reason?: string; form?: string };

/** The server's refusal of a reassignment, next to the field it is about. */
export function reassignRefusal(c: ConsoleMessages, error: unknown): FieldErrors {
  const e = c.requestActions.reassignErrors;
  const apiError = error instanceof ApiError ? error : new ApiError('INTERNAL', 'failed');
  if (apiError.code === 'FORBIDDEN') return { form: c.forbidden };
  if (apiError.field === 'helperId') return { helperId: apiError.code === 'CONFLICT' ? e.busy : e.unfit };
  if (apiError.field === 'reason') return { reason: e.reasonRequired };
  if (apiError.field === 'appointmentId' && apiError.code === 'CONFLICT') return { form: e.over };
  if (apiError.code === 'CONFLICT' || apiError.code === 'BAD_USER_INPUT') return { form: e.invalid };
  return { form: c.failed };
}

/** The helper's name: only approved helpers have one to read, so any other is "no longer approved". */
async function helperNameOf(call: ReturnType<typeof useSession>['call'], helperId: string, signal: AbortSignal): Promise<string | null> {
  try {
    return (await call(ConsoleHelperNameQuery, { id: helperId }, { signal })).helper.displayName;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

function ReassignForm({
  c,
  request,
  appointment,
  currentHelperId,
  changed,
}: {
  c: ConsoleMessages;
  request: Request;
  appointment: { id: string; startsAt: string; endsAt: string };
  currentHelperId: string;
  changed(message: string): void;
}) {
  const { format } = useSite();
  const session = useSession();
  const a = c.requestActions;
  const [helperId, setHelperId] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const helperRef = useRef<HTMLSelectElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const formErrorRef = useRef<HTMLParagraphElement>(null);
  // Searching a window already begun is refused; a job under way cannot be moved anyway.
  const window = Date.parse(appointment.startsAt) > Date.now() ? { from: appointment.startsAt, to: appointment.endsAt } : null;
  const [free] = useRemote(`free-helpers:${appointment.id}`, (signal) =>
    session.call(
      ConsoleFreeHelpersQuery,
      { serviceId: request.serviceId, postalCode: request.postalCode, countryCode: request.countryCode, window },
      { signal },
    ),
  );
  const choices = free.status === 'done' ? free.data.searchHelpers.edges.map((edge) => edge.node).filter((node) => node.helper.id !== currentHelperId) : [];

  const show = (found: FieldErrors) => {
    setErrors(found);
    requestAnimationFrame(() => {
      if (found.helperId) helperRef.current?.focus();
      else if (found.reason) reasonRef.current?.focus();
      else formErrorRef.current?.focus();
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!helperId) missing.helperId = a.reassignErrors.helperRequired;
    if (!reason.trim()) missing.reason = a.reassignErrors.reasonRequired;
    if (missing.helperId || missing.reason) return show(missing);
    setBusy(true);
    setErrors({});
    try {
      await session.call(ReassignAppointmentMutation, { appointmentId: appointment.id, helperId, reason: reason.trim() });
      const name = choices.find((choice) => choice.helper.id === helperId)?.helper.displayName ?? a.unknownHelper;
      changed(a.reassigned(name));
    } catch (error) {
      show(reassignRefusal(c, error));
    } finally {
      setBusy(false);
    }
  };

  const helperError = errors.helperId;
  const reasonError = errors.reason;
  return (
    <form className="form-stack" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="reassign-title" data-testid="reassign-form">
      <h3 id="reassign-title">{a.reassignTitle}</h3>
      <p className="muted">{a.reassignLead}</p>
      {errors.form ? (
        <p className="notice notice--error" role="alert" tabIndex={-1} ref={formErrorRef} data-testid="reassign-refusal">
          {errors.form}
        </p>
      ) : null}
      {free.status === 'loading' ? (
        <p className="muted" role="status">
          {a.helpersLoading}
        </p>
      ) : free.status === 'failed' ? (
        <p className="notice notice--error" role="alert">
          {a.helpersFailed}
        </p>
      ) : choices.length === 0 ? (
        <p data-testid="no-free-helpers">{a.noFreeHelpers}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="reassign-helper">{a.newHelper}</label>
            <select
              id="reassign-helper"
              ref={helperRef}
              value={helperId}
              onChange={(event) => setHelperId(event.target.value)}
              aria-invalid={helperError ? true : undefined}
              aria-describedby={helperError ? 'reassign-helper-error reassign-helper-hint' : 'reassign-helper-hint'}
            >
              <option value="">—</option>
              {choices.map((choice) => (
                <option key={choice.helper.id} value={choice.helper.id}>
                  {a.helperOption(choice.helper.displayName, format.kilometres(choice.distanceKm))}
                </option>
              ))}
            </select>
            <p className="field__hint" id="reassign-helper-hint">
              {a.newHelperHint}
            </p>
            {helperError ? (
              <p className="field__error" id="reassign-helper-error" role="alert" data-testid="reassign-helper-error">
                {helperError}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="reassign-reason">{a.reassignReason}</label>
            <input
              id="reassign-reason"
              ref={reasonRef}
              value={reason}
              maxLength={500}
              onChange={(event) => setReason(event.target.value)}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? 'reassign-reason-error reassign-reason-hint' : 'reassign-reason-hint'}
            />
            <p className="field__hint" id="reassign-reason-hint">
              {a.reasonHint}
            </p>
            {reasonError ? (
              <p className="field__error" id="reassign-reason-error" role="alert" data-testid="reassign-reason-error">
                {reasonError}
              </p>
            ) : null}
          </div>
          <button className="button button--primary" type="submit" disabled={busy}>
            {a.reassign}
          </button>
        </>
      )}
    </form>
  );
}

/** The call under way found the job needs hands on: the operator hands it on for a visit, with an optional note. */
function NeedVisitForm({ c, appointmentId, changed }: { c: ConsoleMessages; appointmentId: string; changed(message: string): void }) {
  const session = useSession();
  const a = c.requestActions;
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const handOn = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      await session.call(ConsoleNeedVisitMutation, { appointmentId, note: note.trim() || null });
      changed(a.handedOn);
    } catch (error) {
      setRefusal(error instanceof ApiError && error.code === 'FORBIDDEN' ? c.forbidden : error instanceof ApiError && error.code === 'CONFLICT' ? a.reassignErrors.invalid : c.failed);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="form-stack" data-testid="console-need-visit">
      <h3 id="need-visit-title">{a.needVisitTitle}</h3>
      <p className="muted">{a.needVisitLead}</p>
      {refusal ? (
        <p className="notice notice--error" role="alert">
          {refusal}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="need-visit-note">{a.needVisitNote}</label>
        <input id="need-visit-note" value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} />
      </div>
      {confirming ? (
        <div className="notice" role="alertdialog" aria-labelledby="need-visit-confirm">
          <p id="need-visit-confirm">{a.needVisitConfirm}</p>
          <div className="button-row">
            <button className="button button--primary" type="button" disabled={busy} onClick={() => void handOn()}>
              {a.needVisitYes}
            </button>
            <button className="button button--secondary" type="button" onClick={() => setConfirming(false)}>
              {c.requests.keep}
            </button>
          </div>
        </div>
      ) : (
        <button className="button button--secondary" type="button" onClick={() => setConfirming(true)}>
          {a.needVisit}
        </button>
      )}
    </div>
  );
}

/** The request's live appointment: who does it and when, and (while it is scheduled) the move to another helper. */
export function AppointmentPanel({ c, request, changed }: { c: ConsoleMessages; request: Request; changed(message: string): void }) {
  const { format } = useSite();
  const session = useSession();
  const a = c.requestActions;
  const appointmentId = request.appointmentId ?? null;
  const [remote, reload] = useRemote(appointmentId && `appointment:${appointmentId}`, async (signal) => {
    const { appointment } = await session.call(ConsoleAppointmentQuery, { id: appointmentId ?? '' }, { signal });
    return { appointment, helperName: await helperNameOf(session.call, appointment.helperId, signal) };
  });
  let body;
  if (!appointmentId) body = <p>{a.noAppointment}</p>;
  else if (remote.status === 'loading')
    body = (
      <p className="muted" role="status">
        {a.appointmentLoading}
      </p>
    );
  else if (remote.status === 'failed') body = <LoadFailed c={c} error={remote.error} retry={reload} />;
  else {
    const { appointment, helperName } = remote.data;
    const movable = appointment.status === 'SCHEDULED' && request.status === 'SCHEDULED' && Date.parse(appointment.endsAt) > Date.now();
    body = (
      <>
        <dl className="summary" data-testid="appointment-summary">
          <dt>{a.helperNow}</dt>
          <dd data-testid="appointment-helper">{helperName ?? a.unknownHelper}</dd>
          <dt>{a.when}</dt>
          <dd>
            {format.dateTime(appointment.startsAt)} – {format.time(appointment.endsAt)}
          </dd>
          <dt>{c.requests.mode}</dt>
          <dd data-testid="appointment-mode">{c.requests.modes[appointment.mode]}</dd>
          <dt>{c.requests.status}</dt>
          <dd>{a.appointmentStatus[appointment.status]}</dd>
        </dl>
        {movable ? <ReassignForm c={c} request={request} appointment={appointment} currentHelperId={appointment.helperId} changed={changed} /> : null}
        {appointment.mode === 'REMOTE' && appointment.status === 'IN_PROGRESS' ? <NeedVisitForm c={c} appointmentId={appointment.id} changed={changed} /> : null}
      </>
    );
  }
  return (
    <section className="panel" aria-labelledby="request-appointment">
      <h2 id="request-appointment">{a.appointment}</h2>
      {body}
    </section>
  );
}
