// /helper/jobs/<requestId>: one of the helper's jobs on its own page — when, its status and price
// with the day's actions, what the customer asked for and when they are free, their contact details
// once the booking with this helper is confirmed, and the conversation with them. A helper who is
// on the request without the booking (an offer, a quote) still reads and answers the customer here.
// A job that starts with a call puts the customer's number first, and says when it was handed on
// for a visit.
import { ApiError } from '../graphql/client';
import type { HelperAppJobAppointmentsQuery, HelperAppJobQuery } from '../graphql/generated/graphql';
import { Link } from '../link';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { useRemote } from '../use-remote';
import { Loaded, serviceName, useHelperServices, useHelperTexts } from './helper-kit';
import { JobActions } from './job-actions';
import { JobConversation } from './job-conversation';
import { HelperJobAppointmentsQuery, HelperJobContactsQuery, HelperJobQuery } from './operations';
import { helperHref } from './routes';

type Appointment = HelperAppJobAppointmentsQuery['myAppointments']['edges'][number]['node'];

interface JobData {
  conversation: HelperAppJobQuery['requestConversations'][number] | null;
  /** What the customer asked for and when they are free (a helper on the request may read it). */
  request: HelperAppJobQuery['request'];
  appointment: Appointment | null;
}

/**
 * The helper's appointment on the request, read a page at a time: the latest one still on, else
 * the latest (a cancelled one says why the job is gone).
 */
async function appointmentOf(call: (after: string | null) => Promise<HelperAppJobAppointmentsQuery>, requestId: string, helperId: string): Promise<Appointment | null> {
  const mine: Appointment[] = [];
  let after: string | null = null;
  for (;;) {
    const { myAppointments } = await call(after);
    mine.push(...myAppointments.edges.map(({ node }) => node).filter((node) => node.requestId === requestId && node.helperId === helperId));
    if (!myAppointments.pageInfo.hasNextPage || !myAppointments.pageInfo.endCursor) break;
    after = myAppointments.pageInfo.endCursor;
  }
  const newest = mine.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return newest.find((appointment) => appointment.status !== 'CANCELLED') ?? newest[0] ?? null;
}

function CustomerContacts({ requestId, shared, call }: { requestId: string; shared: boolean; call: boolean }) {
  const h = useHelperTexts();
  const session = useSession();
  const [contacts, reload] = useRemote(shared ? `contacts:${requestId}` : null, (signal) => session.call(HelperJobContactsQuery, { requestId }, { signal }));
  return (
    <section className="panel" aria-labelledby="job-customer">
      <h2 id="job-customer">{call ? h.job.callTitle : h.job.customerTitle}</h2>
      {!shared ? <p className="muted">{h.job.contactsHidden}</p> : null}
      {shared && contacts.status === 'loading' ? (
        <p className="muted" role="status">
          {h.loading}
        </p>
      ) : null}
      {shared && contacts.status === 'failed' ? (
        <div className="notice notice--error" role="alert">
          <p>{contacts.error.code === 'CONFLICT' ? h.job.contactsHidden : h.job.contactsFailed}</p>
          <button className="button button--secondary" type="button" onClick={reload}>
            {h.retry}
          </button>
        </div>
      ) : null}
      {call && shared ? (
        <div className="helper-call">
          <p className="muted">{h.job.callLead}</p>
          {contacts.status === 'done' ? (
            contacts.data.requestContacts.phone ? (
              <p>
                <a className="button button--primary" href={`tel:${contacts.data.requestContacts.phone}`} data-testid="job-call">
                  {h.job.callNumber(contacts.data.requestContacts.phone)}
                </a>
              </p>
            ) : (
              <p className="notice" data-testid="job-call">
                {h.job.noPhoneToCall}
              </p>
            )
          ) : null}
        </div>
      ) : null}
      {shared && contacts.status === 'done' ? (
        <dl className="helper-facts" data-testid="job-contacts">
          <dt>{h.job.name}</dt>
          <dd>{contacts.data.requestContacts.displayName}</dd>
          <dt>{h.job.email}</dt>
          <dd>
            <a href={`mailto:${contacts.data.requestContacts.email}`}>{contacts.data.requestContacts.email}</a>
          </dd>
          <dt>{h.job.phone}</dt>
          <dd>{contacts.data.requestContacts.phone ? <a href={`tel:${contacts.data.requestContacts.phone}`}>{contacts.data.requestContacts.phone}</a> : <span className="muted">{h.job.noPhone}</span>}</dd>
        </dl>
      ) : null}
    </section>
  );
}

/** A call's job closed while in progress: the call found it needs a visit (the only way a started job is cancelled). */
function handedOn(appointment: Appointment): boolean {
  return appointment.mode === 'REMOTE' && appointment.status === 'CANCELLED' && appointment.startedAt !== null && appointment.startedAt !== undefined;
}

function JobPanel({ appointment, onChanged }: { appointment: Appointment; onChanged: () => void }) {
  const h = useHelperTexts();
  const { format } = useSite();
  return (
    <section className="panel" data-testid="job-panel">
      {handedOn(appointment) ? (
        <div className="notice" role="status" data-testid="job-handed-on">
          <p>{h.job.handedOn}</p>
          {appointment.completionNote ? <p>{h.job.handedOnNote(appointment.completionNote)}</p> : null}
        </div>
      ) : null}
      <dl className="helper-facts">
        <dt>{h.job.mode}</dt>
        <dd data-testid="job-mode">{h.job.modes[appointment.mode]}</dd>
        <dt>{h.job.when}</dt>
        <dd>
          {format.dateTime(appointment.startsAt)} – {format.time(appointment.endsAt)}
        </dd>
        <dt>{h.job.status}</dt>
        <dd data-testid="job-status">{h.home.jobStatus[appointment.status]}</dd>
        <dt>{h.job.price}</dt>
        <dd>{format.money(appointment.price.customerTotalMinor, appointment.price.currency)}</dd>
        <dt>{h.job.payout}</dt>
        <dd>{format.money(appointment.price.helperPayoutMinor, appointment.price.currency)}</dd>
      </dl>
      {appointment.status === 'SCHEDULED' && appointment.onTheWayAt ? <p>{h.home.onTheWaySince(format.time(appointment.onTheWayAt))}</p> : null}
      <JobActions appointmentId={appointment.id} status={appointment.status} mode={appointment.mode} onChanged={onChanged} />
    </section>
  );
}

function RequestPanel({ request }: { request: JobData['request'] }) {
  const h = useHelperTexts();
  const { format } = useSite();
  return (
    <section className="panel" aria-labelledby="job-request">
      <h2 id="job-request">{h.job.requestTitle}</h2>
      <p className="helper-job__text" data-testid="job-description">
        {request.description}
      </p>
      <p className="muted">{h.job.place(request.postalCode)}</p>
      {request.windows.length > 0 ? (
        <>
          <h3 className="helper-job__subtitle">{h.job.windowsTitle}</h3>
          <ul className="helper-windows">
            {request.windows.map((window) => (
              <li key={window.from}>{h.job.window(format.dateTime(window.from), format.dateTime(window.to))}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export function HelperJob({ requestId, viewerId }: { requestId: string; viewerId: string }) {
  const h = useHelperTexts();
  const session = useSession();
  const services = useHelperServices();
  const [remote, reload] = useRemote(`job:${requestId}`, async (signal): Promise<JobData | 'not-found'> => {
    try {
      const [data, appointment] = await Promise.all([
        session.call(HelperJobQuery, { requestId }, { signal }),
        appointmentOf((after) => session.call(HelperJobAppointmentsQuery, { after }, { signal }), requestId, viewerId),
      ]);
      return { conversation: data.requestConversations[0] ?? null, request: data.request, appointment };
    } catch (error) {
      // An unknown request and someone else's read the same: not one of the helper's jobs.
      if (error instanceof ApiError && error.code === 'NOT_FOUND') return 'not-found';
      throw error;
    }
  });
  return (
    <section aria-labelledby="helper-job-title">
      <Loaded remote={remote} reload={reload}>
        {(data) => {
          if (data === 'not-found' || !data.conversation)
            return (
              <>
                <h1 id="helper-job-title">{h.job.title}</h1>
                <p>{h.job.notFound}</p>
                <Link href={helperHref('home')}>{h.job.back}</Link>
              </>
            );
          const serviceId = data.appointment?.serviceId ?? data.request?.serviceId ?? '';
          return (
            <>
              <p>
                <Link href={helperHref('home')}>{h.job.back}</Link>
              </p>
              <h1 id="helper-job-title">{serviceName(services, serviceId) || h.job.title}</h1>
              {data.appointment ? <JobPanel appointment={data.appointment} onChanged={reload} /> : <p className="notice">{h.job.notBooked}</p>}
              <RequestPanel request={data.request} />
              {data.appointment && !handedOn(data.appointment) ? <CustomerContacts requestId={requestId} shared={data.conversation.contactsShared} call={data.appointment.mode === 'REMOTE' && data.appointment.status !== 'CANCELLED'} /> : null}
              <JobConversation requestId={requestId} customerName={data.conversation.counterpartName} canSend={data.conversation.canSend} unread={data.conversation.unreadCount} />
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
