// The notification log: the site's emails, SMS and webhook deliveries, newest first, narrowed by status
// (the filter is in the address). One that was sent, kept or given up is sent again on request.
import { useState, type FormEvent } from 'react';
import { ApiError } from '../graphql/client';
import type { ConsoleNotificationLogQuery as LogResult, NotificationDeliveryStatus } from '../graphql/generated/graphql';
import { useNav } from '../navigation';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { useRemote } from '../use-remote';
import { NotificationLogQuery, ReplayDeliveryMutation } from './console-operations';
import { LoadFailed } from './load-failed';
import type { ConsoleMessages } from './messages';
import { consoleHref } from './routes';

type Delivery = LogResult['notificationLog']['edges'][number]['node'];

const REPLAYABLE: NotificationDeliveryStatus[] = ['SENT', 'KEPT', 'FAILED'];

function isStatus(c: ConsoleMessages, value: string | null): value is NotificationDeliveryStatus {
  return value !== null && value in c.log.status;
}

function nextCursor(page: LogResult['notificationLog']): string | null {
  return page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
}

function DeliveryRow({ c, delivery }: { c: ConsoleMessages; delivery: Delivery }) {
  const { format } = useSite();
  const session = useSession();
  const l = c.log;
  const [shown, setShown] = useState(delivery);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);

  const replay = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const { replayNotificationDelivery } = await session.call(ReplayDeliveryMutation, { id: shown.id });
      setShown((current) => ({ ...current, ...replayNotificationDelivery }));
      setOutcome(l.replayed);
    } catch (error) {
      const code = error instanceof ApiError ? error.code : 'INTERNAL';
      setOutcome(code === 'CONFLICT' ? l.inFlight : code === 'FORBIDDEN' ? c.forbidden : c.failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <tr data-testid="delivery-row">
      <th scope="row">
        {l.channel[shown.channel]} · <code>{shown.kind}</code>
        <div className="muted notification-log__address">{shown.address}</div>
        {shown.subject ? <div>{shown.subject}</div> : null}
      </th>
      <td>
        <span data-testid="delivery-status">{l.status[shown.status]}</span>
        <div className="muted">
          {l.attempts(shown.attempts, shown.maxAttempts)}
          {shown.replays > 0 ? ` · ${l.replays(shown.replays)}` : ''}
        </div>
        {shown.lastError ? (
          <div className="muted notification-log__address">
            {shown.lastCode ? `${shown.lastCode}: ` : ''}
            {shown.lastError}
          </div>
        ) : null}
      </td>
      <td>{format.dateTime(shown.createdAt)}</td>
      <td>
        {REPLAYABLE.includes(shown.status) ? (
          <button className="button button--secondary" type="button" disabled={busy} onClick={() => void replay()} aria-label={l.replayOf(shown.kind, shown.address)}>
            {l.replay}
          </button>
        ) : null}
        <div role="status">{outcome ? <span data-testid="delivery-outcome">{outcome}</span> : null}</div>
      </td>
    </tr>
  );
}

function DeliveryTable({ c, first, status }: { c: ConsoleMessages; first: LogResult; status: NotificationDeliveryStatus | null }) {
  const session = useSession();
  const l = c.log;
  const [items, setItems] = useState<Delivery[]>(() => first.notificationLog.edges.map((edge) => edge.node));
  const [cursor, setCursor] = useState(() => nextCursor(first.notificationLog));
  const [failed, setFailed] = useState(false);

  const loadMore = async (after: string) => {
    setFailed(false);
    try {
      const page = await session.call(NotificationLogQuery, { filter: status ? { status } : null, after });
      setItems((current) => [...current, ...page.notificationLog.edges.map((edge) => edge.node)]);
      setCursor(nextCursor(page.notificationLog));
    } catch {
      setFailed(true);
    }
  };

  return (
    <>
      <div className="console-table-wrap">
        <table className="console-table" data-testid="delivery-table">
          <thead>
            <tr>
              <th scope="col">{l.what}</th>
              <th scope="col">{l.statusTitle}</th>
              <th scope="col">{l.created}</th>
              <th scope="col">
                <span className="visually-hidden">{l.replay}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((delivery) => (
              <DeliveryRow key={delivery.id} c={c} delivery={delivery} />
            ))}
          </tbody>
        </table>
      </div>
      {failed ? (
        <p className="notice notice--error" role="alert">
          {c.failed}
        </p>
      ) : null}
      {cursor ? (
        <button className="button button--secondary" type="button" onClick={() => void loadMore(cursor)}>
          {l.more}
        </button>
      ) : null}
    </>
  );
}

export function NotificationLog({ c, status }: { c: ConsoleMessages; status: string | null }) {
  const session = useSession();
  const navigation = useNav();
  const l = c.log;
  const filter = isStatus(c, status) ? status : null;
  const [chosen, setChosen] = useState<string>(filter ?? '');
  const key = `notification-log:${filter ?? ''}`;
  const [remote, reload] = useRemote(key, (signal) => session.call(NotificationLogQuery, { filter: filter ? { status: filter } : null }, { signal }));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    navigation.navigate(consoleHref.notificationLog(chosen || null));
  };

  return (
    <section aria-labelledby="console-log-title">
      <h1 id="console-log-title">{l.title}</h1>
      <p className="page-lead muted">{l.lead}</p>
      <form className="console-filter" onSubmit={apply}>
        <div className="field">
          <label htmlFor="log-status">{l.filter}</label>
          <select id="log-status" value={chosen} onChange={(event) => setChosen(event.target.value)}>
            <option value="">{l.allStatuses}</option>
            {(Object.keys(l.status) as NotificationDeliveryStatus[]).map((value) => (
              <option key={value} value={value}>
                {l.status[value]}
              </option>
            ))}
          </select>
        </div>
        <button className="button button--secondary" type="submit">
          {l.apply}
        </button>
      </form>
      {remote.status === 'loading' ? (
        <p className="muted" role="status">
          {l.loading}
        </p>
      ) : remote.status === 'failed' ? (
        <LoadFailed c={c} error={remote.error} retry={reload} />
      ) : remote.data.notificationLog.edges.length === 0 ? (
        <p className="panel">{l.empty}</p>
      ) : (
        <DeliveryTable key={key} c={c} first={remote.data} status={filter} />
      )}
    </section>
  );
}
