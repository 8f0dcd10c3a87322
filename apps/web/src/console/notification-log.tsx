// The notification log: the site's emails, SMS and webhook deliveries, newest first, narrowed by status
// (the filter is in the address). One that was sent, kept or given up is sent again on request.
import { useState } from 'react';
import { ApiError } from '../graphql/client';
import type { ConsoleNotificationLogQuery as LogResult, NotificationDeliveryStatus } from '../graphql/generated/graphql';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { NotificationLogQuery, ReplayDeliveryMutation } from './console-operations';
import type { ConsoleMessages } from './messages';
import { ListTable, PagedListView, StatusFilterForm, usePagedList, useStatusFilter } from './paged-list';
import { pageOf } from './paged-list-state';
import { consoleHref } from './routes';

type Delivery = LogResult['notificationLog']['edges'][number]['node'];

const REPLAYABLE: NotificationDeliveryStatus[] = ['SENT', 'KEPT', 'FAILED'];

function DeliveryRow({ c, delivery, replaced }: { c: ConsoleMessages; delivery: Delivery; replaced(delivery: Delivery): void }) {
  const { format } = useSite();
  const session = useSession();
  const l = c.log;
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);

  const replay = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const { replayNotificationDelivery } = await session.call(ReplayDeliveryMutation, { id: delivery.id });
      replaced({ ...delivery, ...replayNotificationDelivery });
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
        {l.channel[delivery.channel]} · <code>{delivery.kind}</code>
        <div className="muted notification-log__address">{delivery.address}</div>
        {delivery.subject ? <div>{delivery.subject}</div> : null}
      </th>
      <td>
        <span data-testid="delivery-status">{l.status[delivery.status]}</span>
        <div className="muted">
          {l.attempts(delivery.attempts, delivery.maxAttempts)}
          {delivery.replays > 0 ? ` · ${l.replays(delivery.replays)}` : ''}
        </div>
        {delivery.lastError ? (
          <div className="muted notification-log__address">
            {delivery.lastCode ? `${delivery.lastCode}: ` : ''}
            {delivery.lastError}
          </div>
        ) : null}
      </td>
      <td>{format.dateTime(delivery.createdAt)}</td>
      <td>
        {REPLAYABLE.includes(delivery.status) ? (
          <button className="button button--secondary" type="button" disabled={busy} onClick={() => void replay()} aria-label={l.replayOf(delivery.kind, delivery.address)}>
            {l.replay}
          </button>
        ) : null}
        <div role="status">{outcome ? <span data-testid="delivery-outcome">{outcome}</span> : null}</div>
      </td>
    </tr>
  );
}

export function NotificationLog({ c, status }: { c: ConsoleMessages; status: string | null }) {
  const session = useSession();
  const l = c.log;
  const filter = useStatusFilter<NotificationDeliveryStatus>(l.status, status, consoleHref.notificationLog);
  const list = usePagedList(`notification-log:${filter.status ?? ''}`, async (after, signal) => {
    const page = await session.call(NotificationLogQuery, { filter: filter.status ? { status: filter.status } : null, after }, { signal });
    return pageOf(page.notificationLog);
  });

  return (
    <section aria-labelledby="console-log-title">
      <h1 id="console-log-title">{l.title}</h1>
      <p className="page-lead muted">{l.lead}</p>
      <StatusFilterForm id="log-status" label={l.filter} all={l.allStatuses} apply={l.apply} filter={filter} />
      <PagedListView c={c} list={list} loading={l.loading} empty={l.empty} more={l.more}>
        {({ items, replace }) => (
          <ListTable testId="delivery-table" columns={[l.what, l.statusTitle, l.created, <span className="visually-hidden">{l.replay}</span>]}>
            {items.map((delivery) => (
              <DeliveryRow key={delivery.id} c={c} delivery={delivery} replaced={replace} />
            ))}
          </ListTable>
        )}
      </PagedListView>
    </section>
  );
}
