// What a paged console list holds between loads, without React: the rows so far and where the next
// page starts. Every console list reads a GraphQL connection newest first, 50 at a time.

/** A connection as the console's queries select it. */
export type Connection<T> = { edges: readonly { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };

/**
 * The rows loaded so far, whether the server has more, and the cursor the next page starts after
 * (null when there is none, or when the query does not ask for it: such a list is not paged further).
 */
export type Page<T> = { items: T[]; hasMore: boolean; cursor: string | null };

export function pageOf<T>(connection: Connection<T>): Page<T> {
  const { hasNextPage, endCursor } = connection.pageInfo;
  return { items: connection.edges.map((edge) => edge.node), hasMore: hasNextPage, cursor: hasNextPage ? (endCursor ?? null) : null };
}

/** The next page after the rows so far; a row the server lists again (a new one pushed it down) is kept once. */
export function appendPage<T extends { id: string }>(list: Page<T>, next: Page<T>): Page<T> {
  const known = new Set(list.items.map((item) => item.id));
  return { items: [...list.items, ...next.items.filter((item) => !known.has(item.id))], hasMore: next.hasMore, cursor: next.cursor };
}

/** The rows with one changed by an action (suspended, sent again …) in its place; others untouched. */
export function replaceItem<T extends { id: string }>(list: Page<T>, changed: T): Page<T> {
  return { ...list, items: list.items.map((item) => (item.id === changed.id ? changed : item)) };
}

/** The filter value from the address when it is one of the statuses the page names, else none. */
export function statusIn<S extends string>(labels: Record<S, string>, value: string | null): S | null {
  return value !== null && Object.prototype.hasOwnProperty.call(labels, value) ? (value as S) : null;
}
