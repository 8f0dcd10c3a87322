// The site's requests, newest first, narrowed by status; the filter is in the address.
import type { ConsoleRequestsQuery as RequestsResult, RequestStatus } from '../graphql/generated/graphql';
import { Link } from '../link';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { ConsoleRequestsQuery } from './console-operations';
import type { ConsoleMessages } from './messages';
import { ListTable, PagedListView, StatusFilterForm, usePagedList, useStatusFilter, type LoadPage } from './paged-list';
import { pageOf } from './paged-list-state';
import { consoleHref } from './routes';

/** A request with the name of its service, which every page of the query carries alongside. */
type ListedRequest = RequestsResult['requests']['edges'][number]['node'] & { serviceName: string | null };

export function RequestList({ c, status }: { c: ConsoleMessages; status: string | null }) {
  const { format } = useSite();
  const session = useSession();
  const r = c.requests;
  const filter = useStatusFilter<RequestStatus>(c.status, status, consoleHref.requests);
  const loadPage: LoadPage<ListedRequest> = async (after, signal) => {
    const page = await session.call(ConsoleRequestsQuery, { status: filter.status, after }, { signal });
    const services = new Map(page.catalogServices.edges.map((edge) => [edge.node.id, edge.node.name]));
    const listed = pageOf(page.requests);
    return { ...listed, items: listed.items.map((request) => ({ ...request, serviceName: services.get(request.serviceId) ?? null })) };
  };
  const list = usePagedList(`requests:${filter.status ?? ''}`, loadPage);

  return (
    <section aria-labelledby="console-requests-title">
      <h1 id="console-requests-title">{r.title}</h1>
      <StatusFilterForm id="console-status" label={r.filter} all={r.allStatuses} apply={r.apply} filter={filter} />
      <PagedListView c={c} list={list} loading={r.loading} empty={r.empty} more={r.more}>
        {({ items }) => (
          <ListTable testId="request-table" columns={[r.service, r.postalCode, r.status, r.created]}>
            {items.map((request) => (
              <tr key={request.id}>
                <th scope="row">
                  <Link href={consoleHref.request(request.id)}>{request.serviceName ?? r.open}</Link>
                </th>
                <td>{request.postalCode}</td>
                <td>{c.status[request.status]}</td>
                <td>{format.dateTime(request.createdAt)}</td>
              </tr>
            ))}
          </ListTable>
        )}
      </PagedListView>
    </section>
  );
}
