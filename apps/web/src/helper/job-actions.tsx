// What a helper does with a job, on the home page and on the job's own page: on my way and start
// while it is scheduled, complete while it is in progress; a refusal shows under the buttons.
import { useState } from 'react';
import type { AppointmentStatus } from '../graphql/generated/graphql';
import { useSession } from '../session/session';
import { errorText, useHelperTexts } from './helper-kit';
import { HelperCompleteMutation, HelperOnMyWayMutation, HelperStartMutation } from './operations';

export function JobActions({ appointmentId, status, onChanged }: { appointmentId: string; status: AppointmentStatus; onChanged: () => void }) {
  const h = useHelperTexts();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
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
  return (
    <>
      <div className="button-row">
        {status === 'SCHEDULED' ? (
          <>
            <button className="button button--secondary" type="button" disabled={busy} onClick={() => void act(() => session.call(HelperOnMyWayMutation, { appointmentId }))}>
              {h.home.onMyWay}
            </button>
            <button className="button button--primary" type="button" disabled={busy} onClick={() => void act(() => session.call(HelperStartMutation, { appointmentId }))}>
              {h.home.start}
            </button>
          </>
        ) : null}
        {status === 'IN_PROGRESS' ? (
          <button className="button button--primary" type="button" disabled={busy} onClick={() => void act(() => session.call(HelperCompleteMutation, { appointmentId }))}>
            {h.home.complete}
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
