// What a helper does with a job, on the home page and on the job's own page: on my way and start
// while it is scheduled, complete while it is in progress; a refusal shows under the buttons. A job
// that starts with a call (remote help) starts with the call and ends either solved on the call or
// handed on for a visit, with a note, once the helper confirms.
import { useId, useRef, useState, type FormEvent } from 'react';
import type { AppointmentStatus, HelpMode } from '../graphql/generated/graphql';
import { useSession } from '../session/session';
import { errorText, useHelperTexts } from './helper-kit';
import { HelperCompleteMutation, HelperNeedVisitMutation, HelperOnMyWayMutation, HelperStartMutation } from './operations';

/** The note and the confirmation before a call's job goes back to dispatch for a visit. */
function NeedVisitForm({ busy, onConfirm, onKeep }: { busy: boolean; onConfirm(note: string): void; onKeep(): void }) {
  const h = useHelperTexts();
  const id = useId();
  const [note, setNote] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onConfirm(note.trim());
  };
  return (
    <form className="helper-visit-form" onSubmit={submit} aria-labelledby={`${id}-confirm`} aria-busy={busy} data-testid="need-visit-form">
      <div className="field">
        <label htmlFor={`${id}-note`}>{h.home.visitNote}</label>
        <textarea id={`${id}-note`} rows={3} maxLength={2000} value={note} aria-describedby={`${id}-hint`} onChange={(event) => setNote(event.target.value)} autoFocus />
        <p className="field__hint" id={`${id}-hint`}>
          {h.home.visitNoteHint}
        </p>
      </div>
      <p id={`${id}-confirm`}>{h.home.visitConfirm}</p>
      <div className="button-row">
        <button className="button button--primary" type="submit" disabled={busy}>
          {h.home.visitYes}
        </button>
        <button className="button button--secondary" type="button" onClick={onKeep}>
          {h.home.keep}
        </button>
      </div>
    </form>
  );
}

export function JobActions({ appointmentId, status, mode, onChanged }: { appointmentId: string; status: AppointmentStatus; mode: HelpMode; onChanged: () => void }) {
  const h = useHelperTexts();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [handingOn, setHandingOn] = useState(false);
  const needsVisitButton = useRef<HTMLButtonElement>(null);
  const call = mode === 'REMOTE';
  const act = async (run: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await run();
      onChanged();
    } catch (failure) {
      setError(errorText(failure, h));
    } finally {
      setBusy(false);
    }
  };
  const keep = () => {
    setHandingOn(false);
    requestAnimationFrame(() => needsVisitButton.current?.focus());
  };
  return (
    <>
      <div className="button-row">
        {status === 'SCHEDULED' ? (
          <>
            {call ? null : (
              <button className="button button--secondary" type="button" disabled={busy} onClick={() => void act(() => session.call(HelperOnMyWayMutation, { appointmentId }))}>
                {h.home.onMyWay}
              </button>
            )}
            <button className="button button--primary" type="button" disabled={busy} onClick={() => void act(() => session.call(HelperStartMutation, { appointmentId }))}>
              {call ? h.home.startCall : h.home.start}
            </button>
          </>
        ) : null}
        {status === 'IN_PROGRESS' && !handingOn ? (
          <>
            <button className="button button--primary" type="button" disabled={busy} onClick={() => void act(() => session.call(HelperCompleteMutation, { appointmentId }))}>
              {call ? h.home.solvedOnCall : h.home.complete}
            </button>
            {call ? (
              <button ref={needsVisitButton} className="button button--secondary" type="button" disabled={busy} onClick={() => setHandingOn(true)}>
                {h.home.needsVisit}
              </button>
            ) : null}
          </>
        ) : null}
      </div>
      {status === 'IN_PROGRESS' && call && handingOn ? (
        <NeedVisitForm busy={busy} onKeep={keep} onConfirm={(note) => void act(() => session.call(HelperNeedVisitMutation, { appointmentId, note: note || null }))} />
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
