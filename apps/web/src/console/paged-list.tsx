// The console's paged lists (requests, delivery log, reviews, helpers, payouts, reports): the first
// page for the list's key, further pages on demand, a row replaced in place after an action, their
// loading, empty and failed states, their table, and a status filter kept in the address.
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../graphql/client';
import { useNav } from '../navigation';
import { useRemote } from '../use-remote';
import { LoadFailed } from './load-failed';
import type { ConsoleMessages } from './messages';
import { appendPage, replaceItem, statusIn, type Page } from './paged-list-state';

/** Loads one page: the first when `after` is null. */
export type LoadPage<T> = (after: string | null, signal?: AbortSignal) => Promise<Page<T>>;

export type ShownList<T> = {
  status: 'done';
  items: T[];
  /** The server has more rows than shown. */
  hasMore: boolean;
  /** How the last "more" went: a failed one is said under the list and may be asked again. */
  more: 'idle' | 'loading' | 'failed';
  loadMore(): void;
  /** Shows a row as an action returned it, where it stands. */
  replace(item: T): void;
  /** Loads the first page again, showing the rows until it is there. */
  reload(): void;
};

export type PagedList<T> = { status: 'loading'; reload(): void } | { status: 'failed'; error: ApiError; reload(): void } | ShownList<T>;

/** What grew from one first page; a new first page (another key, a reload) starts again from it. */
type Grown<T> = { from: Page<T>; page: Page<T>; more: ShownList<T>['more'] };

export function usePagedList<T extends { id: string }>(key: string | null, loadPage: LoadPage<T>): PagedList<T> {
  const latestLoad = useRef(loadPage);
  latestLoad.current = loadPage;
  const [remote, reload] = useRemote(key, (signal) => latestLoad.current(null, signal));
  const first = remote.status === 'done' ? remote.data : null;
  const shownFirst = useRef(first);
  shownFirst.current = first;
  const [grown, setGrown] = useState<Grown<T> | null>(null);

  if (remote.status === 'loading') return { status: 'loading', reload };
  if (remote.status === 'failed') return { status: 'failed', error: remote.error, reload };
  const from = remote.data;
  const current: Grown<T> = grown?.from === from ? grown : { from, page: from, more: 'idle' };
  // An answer about a first page no longer shown (the key changed, the list reloaded) is dropped.
  const update = (change: (state: Grown<T>) => Grown<T>) => {
    if (shownFirst.current !== from) return;
    setGrown((state) => change(state?.from === from ? state : { from, page: from, more: 'idle' }));
  };

  return {
    status: 'done',
    items: current.page.items,
    hasMore: current.page.hasMore,
    more: current.more,
    loadMore: () => {
      const after = current.page.cursor;
      if (after === null || current.more === 'loading') return;
      update((state) => ({ ...state, more: 'loading' }));
      latestLoad.current(after).then(
        (next) => update((state) => ({ ...state, page: appendPage(state.page, next), more: 'idle' })),
        () => update((state) => ({ ...state, more: 'failed' })),
      );
    },
    replace: (item) => update((state) => ({ ...state, page: replaceItem(state.page, item) })),
    reload,
  };
}

/**
 * A list's states around its rows: loading, failed with a retry, empty, or the rows with the "more"
 * button while there are further pages (none without a `more` text).
 */
export function PagedListView<T>({
  c,
  list,
  loading,
  empty,
  emptyTestId,
  more,
  children,
}: {
  c: ConsoleMessages;
  list: PagedList<T>;
  loading: string;
  empty: string;
  emptyTestId?: string;
  more?: string;
  children(list: ShownList<T>): ReactNode;
}) {
  if (list.status === 'loading') {
    return (
      <p className="muted" role="status">
        {loading}
      </p>
    );
  }
  if (list.status === 'failed') return <LoadFailed c={c} error={list.error} retry={list.reload} />;
  if (list.items.length === 0) {
    return (
      <p className="panel" data-testid={emptyTestId}>
        {empty}
      </p>
    );
  }
  return (
    <>
      {children(list)}
      {list.more === 'failed' ? (
        <p className="notice notice--error" role="alert">
          {c.failed}
        </p>
      ) : null}
      {more && list.hasMore ? (
        <button className="button button--secondary" type="button" onClick={list.loadMore}>
          {more}
        </button>
      ) : null}
    </>
  );
}

/** A list's table: its column heads (a visually hidden one over a column of buttons) and its rows. */
export function ListTable({ testId, columns, children }: { testId: string; columns: ReactNode[]; children: ReactNode }) {
  return (
    <div className="console-table-wrap">
      <table className="console-table" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export type StatusFilter<S extends string> = {
  /** Every status the page names, with its label. */
  labels: Record<S, string>;
  /** The status in the address, when it is one the page knows. */
  status: S | null;
  /** The status chosen in the form, '' for all, until it is applied. */
  chosen: string;
  choose(value: string): void;
  /** Puts the chosen status in the address (nothing when it is already there). */
  apply(event?: FormEvent): void;
};

export function useStatusFilter<S extends string>(labels: Record<S, string>, inAddress: string | null, hrefOf: (status: S | null) => string): StatusFilter<S> {
  const navigation = useNav();
  const status = statusIn(labels, inAddress);
  const [chosen, choose] = useState<string>(status ?? '');
  return {
    labels,
    status,
    chosen,
    choose,
    apply: (event) => {
      event?.preventDefault();
      navigation.navigate(hrefOf(statusIn(labels, chosen)));
    },
  };
}

/**
 * A list's filter form: the status, any further fields the page gives (a search …) and the button
 * that applies them; without `onSubmit` it puts the chosen status in the address.
 */
export function StatusFilterForm<S extends string>({
  id,
  label,
  all,
  apply,
  filter,
  role,
  onSubmit,
  children,
}: {
  id: string;
  label: string;
  all: string;
  apply: string;
  filter: StatusFilter<S>;
  role?: 'search';
  onSubmit?(event: FormEvent): void;
  children?: ReactNode;
}) {
  return (
    <form className="console-filter" role={role} onSubmit={onSubmit ?? filter.apply}>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select id={id} value={filter.chosen} onChange={(event) => filter.choose(event.target.value)}>
          <option value="">{all}</option>
          {(Object.keys(filter.labels) as S[]).map((value) => (
            <option key={value} value={value}>
              {filter.labels[value]}
            </option>
          ))}
        </select>
      </div>
      {children}
      <button className="button button--secondary" type="submit">
        {apply}
      </button>
    </form>
  );
}
