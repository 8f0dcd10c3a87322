// The vetting queue: helpers in review, longest waiting first, each step with its evidence and, for a
// step handed in, approve or reject with a note (a rejection needs one; the server says so too).
import { useId, useRef, useState } from 'react';
import { ApiError } from '../graphql/client';
import type { ConsoleVettingQueueQuery as QueueResult, VettingDecision } from '../graphql/generated/graphql';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { useRemote } from '../use-remote';
import { DecideVettingStepMutation, VettingQueueQuery } from './console-operations';
import { LoadFailed } from './load-failed';
import type { ConsoleMessages } from './messages';

type Progress = QueueResult['vettingQueue']['edges'][number]['node'];
type Step = Progress['steps'][number];

function StepDecision({ c, helperId, step, decided }: { c: ConsoleMessages; helperId: string; step: Step; decided(message: string): void }) {
  const session = useSession();
  const v = c.vetting;
  const id = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; onNote: boolean } | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  const decide = async (decision: VettingDecision) => {
    if (decision === 'REJECT' && !note.trim()) {
      setError({ text: v.errors.noteRequired, onNote: true });
      noteRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await session.call(DecideVettingStepMutation, { helperId, stepKey: step.key, decision, note: note.trim() || null });
      decided(decision === 'APPROVE' ? v.decidedApproved(step.name) : v.decidedRejected(step.name));
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : new ApiError('INTERNAL', 'failed');
      if (apiError.field === 'note') {
        setError({ text: v.errors.noteRequired, onNote: true });
        noteRef.current?.focus();
      } else {
        setError({
          text: apiError.code === 'FORBIDDEN' ? c.forbidden : apiError.code === 'CONFLICT' ? v.errors.conflict : apiError.code === 'BAD_USER_INPUT' ? v.errors.invalid : c.failed,
          onNote: false,
        });
      }
    } finally {
      setBusy(false);
    }
  };

  const noteError = error?.onNote ? error.text : null;
  return (
    <div className="vetting-decision">
      <div className="field">
        <label htmlFor={`${id}-note`}>{v.note}</label>
        <textarea
          id={`${id}-note`}
          ref={noteRef}
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${id}-error ${id}-hint` : `${id}-hint`}
        />
        <p className="field__hint" id={`${id}-hint`}>
          {v.noteHint}
        </p>
        {noteError ? (
          <p className="field__error" id={`${id}-error`} data-testid="vetting-note-error">
            {noteError}
          </p>
        ) : null}
      </div>
      {error && !error.onNote ? (
        <p className="notice notice--error" role="alert">
          {error.text}
        </p>
      ) : null}
      <div className="button-row">
        <button className="button button--primary" type="button" disabled={busy} onClick={() => void decide('APPROVE')}>
          {v.approve}
        </button>
        <button className="button button--danger" type="button" disabled={busy} onClick={() => void decide('REJECT')}>
          {v.reject}
        </button>
      </div>
    </div>
  );
}

function HelperInReview({ c, progress, decided }: { c: ConsoleMessages; progress: Progress; decided(message: string): void }) {
  const { format } = useSite();
  const v = c.vetting;
  const steps = [...progress.steps].sort((a, b) => a.position - b.position);
  return (
    <li className="panel vetting-helper" data-testid="vetting-helper">
      <h2>{progress.displayName}</h2>
      <p className="muted">
        {progress.status === 'IN_REVIEW' ? v.waitingSince(format.dateTime(progress.statusChangedAt)) : v.helperStatus[progress.status]}
      </p>
      <ol className="vetting-steps">
        {steps.map((step) => (
          <li key={step.key} aria-label={step.name}>
            <h3>
              {step.name} <span className="muted">({step.required ? v.required : v.optional})</span>
            </h3>
            <p>
              <span className="status">{v.stepStatus[step.status]}</span>
              {step.submittedAt ? <span className="muted"> {v.submitted(format.dateTime(step.submittedAt))}</span> : null}
              {step.decidedAt ? <span className="muted"> · {v.decided(format.dateTime(step.decidedAt))}</span> : null}
            </p>
            {step.evidenceText || step.evidenceUrl ? (
              <div className="vetting-evidence">
                <h4>{v.evidence}</h4>
                {step.evidenceText ? <p>{step.evidenceText}</p> : null}
                {step.evidenceUrl ? (
                  <p>
                    <a href={step.evidenceUrl} target="_blank" rel="noreferrer noopener">
                      {v.evidenceLink}
                    </a>
                  </p>
                ) : null}
              </div>
            ) : step.status === 'PENDING' ? (
              <p className="muted">{v.noEvidence}</p>
            ) : null}
            {step.decisionNote ? <p>{step.decisionNote}</p> : null}
            {step.status === 'SUBMITTED' ? <StepDecision c={c} helperId={progress.helperId} step={step} decided={decided} /> : null}
          </li>
        ))}
      </ol>
    </li>
  );
}

export function VettingQueue({ c }: { c: ConsoleMessages }) {
  const session = useSession();
  const v = c.vetting;
  const [done, setDone] = useState<string | null>(null);
  const [remote, reload] = useRemote('vetting', (signal) => session.call(VettingQueueQuery, {}, { signal }));
  const decided = (message: string) => {
    setDone(message);
    reload();
  };
  return (
    <section aria-labelledby="console-vetting-title">
      <h1 id="console-vetting-title">{v.title}</h1>
      <p className="page-lead muted">{v.lead}</p>
      <div role="status">
        {done ? (
          <p className="notice console-saved" data-testid="vetting-done">
            {done}
          </p>
        ) : null}
      </div>
      {remote.status === 'loading' ? (
        <p className="muted" role="status">
          {v.loading}
        </p>
      ) : remote.status === 'failed' ? (
        <LoadFailed c={c} error={remote.error} retry={reload} />
      ) : remote.data.vettingQueue.edges.length === 0 ? (
        <p className="panel">{v.empty}</p>
      ) : (
        <ul className="vetting-queue">
          {remote.data.vettingQueue.edges.map(({ node }) => (
            <HelperInReview key={`${node.helperId}:${node.steps.map((step) => step.status).join()}`} c={c} progress={node} decided={decided} />
          ))}
        </ul>
      )}
    </section>
  );
}
