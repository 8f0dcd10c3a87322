// /helper: an applicant follows their vetting steps; an approved helper sees today's jobs (on my way,
// start, complete; each links to its own page) and how many offers wait for an answer.
import { useState, type FormEvent } from 'react';
import { TextField } from '../form-field';
import { ApiError } from '../graphql/client';
import type { HelperAppHomeQuery } from '../graphql/generated/graphql';
import { Link } from '../link';
import type { Viewer } from '../session/session';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { useRemote } from '../use-remote';
import { errorText, Loaded, serviceName, useHelperServices, useHelperTexts } from './helper-kit';
import { JobActions } from './job-actions';
import { HelperHomeQuery, HelperSubmitStepMutation } from './operations';
import { helperHref, helperJobHref } from './routes';

type HomeData = HelperAppHomeQuery;
type Job = HomeData['myAppointments']['edges'][number]['node'];
type Progress = NonNullable<HomeData['myVettingProgress']>;
type Step = Progress['steps'][number];

/** The site's local date of an instant, YYYY-MM-DD. */
function localDate(iso: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/** Evidence for one step: a link to a document, a note, or both. */
function StepEvidence({ step, onChanged }: { step: Step; onChanged: () => void }) {
  const h = useHelperTexts();
  const session = useSession();
  const [url, setUrl] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ url?: string; text?: string }>({});
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!url.trim() && !text.trim()) return setErrors({ text: h.home.evidenceRequired });
    setBusy(true);
    setErrors({});
    try {
      await session.call(HelperSubmitStepMutation, { stepKey: step.key, evidence: { url: url.trim() || null, text: text.trim() || null } });
      onChanged();
    } catch (error) {
      const message = errorText(error, h);
      setErrors(error instanceof ApiError && error.field === 'evidence.url' ? { url: message } : { text: message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="helper-steps__evidence">
      <summary>{h.home.handIn(step.name)}</summary>
      <form className="form-stack" onSubmit={submit} noValidate aria-busy={busy}>
        <TextField label={h.home.evidenceLink} type="url" inputMode="url" value={url} error={errors.url} onChange={(event) => setUrl(event.target.value)} />
        <TextField label={h.home.evidenceNote} value={text} error={errors.text} errorTestId={`evidence-error-${step.key}`} onChange={(event) => setText(event.target.value)} />
        <button className="button button--primary" type="submit" disabled={busy}>
          {h.home.handIn(step.name)}
        </button>
      </form>
    </details>
  );
}

function VettingProgress({ progress, onChanged }: { progress: Progress | null; onChanged: () => void }) {
  const h = useHelperTexts();
  const { format } = useSite();
  if (!progress)
    return (
      <section className="panel" aria-labelledby="vetting-title">
        <h2 id="vetting-title">{h.home.vettingTitle}</h2>
        <p>{h.home.noProfile}</p>
        <Link className="button button--primary" href={helperHref('profile')}>
          {h.home.completeProfile}
        </Link>
      </section>
    );
  const steps = [...progress.steps].sort((a, b) => a.position - b.position);
  return (
    <section className="panel" aria-labelledby="vetting-title">
      <h2 id="vetting-title">{h.home.vettingTitle}</h2>
      <p data-testid="vetting-status">{h.home.vettingLead[progress.status]}</p>
      {progress.suspensionReason ? <p>{progress.suspensionReason}</p> : null}
      <ol className="helper-steps" data-testid="vetting-steps">
        {steps.map((step) => (
          <li key={step.key} className={`helper-steps__step helper-steps__step--${step.status.toLowerCase()}`}>
            <span className="helper-steps__name">
              {step.name}
              {step.required ? null : <span className="muted"> ({h.home.optional})</span>}
            </span>
            <span className="status">{h.home.stepStatus[step.status]}</span>
            {step.expiresAt ? <span className="muted">{h.home.expires(format.date(step.expiresAt))}</span> : null}
            {step.decisionNote ? <span className="helper-steps__note">{step.decisionNote}</span> : null}
            {step.status === 'PENDING' || step.status === 'REJECTED' ? <StepEvidence step={step} onChanged={onChanged} /> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function JobCard({ job, service, onChanged }: { job: Job; service: string; onChanged: () => void }) {
  const h = useHelperTexts();
  const { format } = useSite();
  return (
    <li className="helper-job" data-testid="helper-job">
      <div className="helper-job__head">
        <h3>
          <Link href={helperJobHref(job.requestId)}>{service || h.job.title}</Link>
        </h3>
        <span className="status" data-testid="job-status">
          {h.home.jobStatus[job.status]}
        </span>
      </div>
      <p>
        {format.time(job.startsAt)} – {format.time(job.endsAt)}
        {job.mode === 'REMOTE' ? ` · ${h.job.modes.REMOTE}` : ''}
      </p>
      <p className="muted">{h.home.payout(format.money(job.price.helperPayoutMinor, job.price.currency))}</p>
      {job.status === 'SCHEDULED' && job.onTheWayAt ? <p>{h.home.onTheWaySince(format.time(job.onTheWayAt))}</p> : null}
      <JobActions appointmentId={job.id} status={job.status} mode={job.mode} onChanged={onChanged} />
    </li>
  );
}

export function HelperHome({ viewer }: { viewer: Viewer }) {
  const h = useHelperTexts();
  const { tenant } = useSite();
  const session = useSession();
  const services = useHelperServices();
  const [remote, reload] = useRemote('helper-home', (signal) => session.call(HelperHomeQuery, {}, { signal }));
  return (
    <section aria-labelledby="helper-home-title">
      <h1 id="helper-home-title">{h.home.title(viewer.displayName)}</h1>
      <Loaded remote={remote} reload={reload}>
        {(data) => {
          const progress = data.myVettingProgress;
          if (progress?.status !== 'APPROVED') return <VettingProgress progress={progress ?? null} onChanged={reload} />;
          const today = localDate(new Date(), tenant.timezone);
          const jobs = data.myAppointments.edges
            .map(({ node }) => node)
            .filter((job) => job.helperId === viewer.id && job.status !== 'CANCELLED' && (job.status === 'IN_PROGRESS' || localDate(job.startsAt, tenant.timezone) === today));
          const waiting = data.myDispatchOffers.edges.length;
          return (
            <>
              <div className="panel helper-waiting">
                <p data-testid="offers-waiting">{h.home.offersWaiting(waiting)}</p>
                {waiting > 0 ? (
                  <Link className="button button--primary" href={helperHref('offers')}>
                    {h.home.seeOffers}
                  </Link>
                ) : null}
              </div>
              <h2>{h.home.todayTitle}</h2>
              {jobs.length === 0 ? (
                <p className="muted">{h.home.noJobsToday}</p>
              ) : (
                <ul className="helper-list" data-testid="helper-jobs">
                  {jobs.map((job) => (
                    <JobCard key={job.id} job={job} service={serviceName(services, job.serviceId)} onChanged={reload} />
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
