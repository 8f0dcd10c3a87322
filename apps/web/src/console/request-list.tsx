// The site's requests, newest first, narrowed by status; the filter is in the address.
import { useState, type FormEvent } from 'react';
import type { ConsoleRequestsQuery as RequestsResult, RequestStatus } from '../graphql/generated/graphql';
import { Link } from '../link';
import { useNav } from '../navigation';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { useRemote } from '../use-remote';
import { ConsoleRequestsQuery } from './console-operations';
import { LoadFailed } from './load-failed';
import type { ConsoleMessages } from './messages';
import { consoleHref } from './routes';

type ListedRequest = RequestsResult['requests']['edges'][number]['node'];

function isStatus(c: ConsoleMessages, value: string | null): value is RequestStatus {
  return value !== null && value in c.status;
}

function nextCursor(page: RequestsResult['requests']): string | null {
  return page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
}

/** The first page as loaded, and further pages on demand. */
function RequestTable({ c, first, status }: { c: ConsoleMessages; first: RequestsResult; status: RequestStatus | null }) {
  const { format } = useSite();
  const session = useSession();
  const r = c.requests;
  const [items, setItems] = useState<ListedRequest[]>(() => first.requests.edges.map((edge) => edge.node));
  const [cursor, setCursor] = useState(() => nextCursor(first.requests));
  const [failed, setFailed] = useState(false);
  const services = new Map(first.catalogServices.edges.map((edge) => [edge.node.id, edge.node.name]));

  const loadMore = async (after: string) => {
    setFailed(false);
    try {
      const page = await session.call(ConsoleRequestsQuery, { status, after });
      setItems((current) => [...current, ...page.requests.edges.map((edge) => edge.node)]);
      setCursor(nextCursor(page.requests));
    } catch {
      setFailed(true);
    }
  };

  return (
    <>
      <div className="console-table-wrap">
        <table className="console-table" data-testid="request-table">
          <thead>
            <tr>
              <th scope="col">{r.service}</th>
              <th scope="col">{r.postalCode}</th>
              <th scope="col">{r.status}</th>
              <th scope="col">{r.created}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((request) => (
              <tr key={request.id}>
                <th scope="row">
                  <Link href={consoleHref.request(request.id)}>{services.get(request.serviceId) ?? r.open}</Link>
                </th>
                <td>{request.postalCode}</td>
                <td>{c.status[request.status]}</td>
                <td>{format.dateTime(request.createdAt)}</td>
              </tr>
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
          {r.more}
        </button>
      ) : null}
    </>
  );
}

export function RequestList({ c, status }: { c: ConsoleMessages; status: string | null }) {
  const session = useSession();
  const navigation = useNav();
  const r = c.requests;
  const filter = isStatus(c, status) ? status : null;
  const [chosen, setChosen] = useState<string>(filter ?? '');
  const key = `requests:${filter ?? ''}`;
  const [remote, reload] = useRemote(key, (signal) => session.call(ConsoleRequestsQuery, { status: filter }, { signal }));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    navigation.navigate(consoleHref.requests(chosen || null));
  };

  return (
    <section aria-labelledby="console-requests-title">
      <h1 id="console-requests-title">{r.title}</h1>
      <form className="console-filter" onSubmit={apply}>
        <div className="field">
          <label htmlFor="console-status">{r.filter}</label>
          <select id="console-status" value={chosen} onChange={(event) => setChosen(event.target.value)}>
            <option value="">{r.allStatuses}</option>
            {(Object.keys(c.status) as RequestStatus[]).map((value) => (
              <option key={value} value={value}>
                {c.status[value]}
              </option>
            ))}
          </select>
        </div>
        <button className="button button--secondary" type="submit">
          {r.apply}
        </button>
      </form>
      {remote.status === 'loading' ? (
        <p className="muted" role="status">
          {r.loading}
        </p>
      ) : remote.status === 'failed' ? (
        <LoadFailed c={c} error={remote.error} retry={reload} />
      ) : remote.data.requests.edges.length === 0 ? (
        <p className="panel">{r.empty}</p>
      ) : (
        <RequestTable key={key} c={c} first={remote.data} status={filter} />
      )}
    </section>
  );
}
