// The paged console lists' pure rules: a connection as rows and a next cursor, pages put together,
// a row changed by an action shown in place, and the status filter read from the address.
import { describe, expect, it } from '@jest/globals';
import { appendPage, pageOf, replaceItem, statusIn, type Page } from '../paged-list-state';

type Row = { id: string; status: string };

const row = (id: string, status = 'APPROVED'): Row => ({ id, status });
const connection = (rows: Row[], hasNextPage: boolean, endCursor?: string | null) => ({ edges: rows.map((node) => ({ node })), pageInfo: { hasNextPage, endCursor } });

describe('pageOf', () => {
  it('takes the rows in order and the cursor of the next page while there is one', () => {
    expect(pageOf(connection([row('a'), row('b')], true, 'cursor-b'))).toEqual({ items: [row('a'), row('b')], hasMore: true, cursor: 'cursor-b' });
  });

  it('has no cursor on the last page, even when the server names one', () => {
    expect(pageOf(connection([row('a')], false, 'cursor-a'))).toEqual({ items: [row('a')], hasMore: false, cursor: null });
  });

  it('knows there are more without a cursor when the query does not ask for one', () => {
    expect(pageOf(connection([row('a')], true))).toEqual({ items: [row('a')], hasMore: true, cursor: null });
  });
});

describe('appendPage', () => {
  const first: Page<Row> = { items: [row('a'), row('b')], hasMore: true, cursor: 'cursor-b' };

  it('puts the next page after the rows so far and takes its cursor', () => {
    const next: Page<Row> = { items: [row('c')], hasMore: false, cursor: null };
    expect(appendPage(first, next)).toEqual({ items: [row('a'), row('b'), row('c')], hasMore: false, cursor: null });
  });

  it('keeps a row the next page lists again once, where it was first shown', () => {
    const next: Page<Row> = { items: [row('b', 'SUSPENDED'), row('c')], hasMore: true, cursor: 'cursor-c' };
    expect(appendPage(first, next).items).toEqual([row('a'), row('b'), row('c')]);
  });
});

describe('replaceItem', () => {
  const page: Page<Row> = { items: [row('a'), row('b'), row('c')], hasMore: true, cursor: 'cursor-c' };

  it('shows the changed row in its place and leaves the others and the cursor as they were', () => {
    const changed = replaceItem(page, row('b', 'SUSPENDED'));
    expect(changed).toEqual({ items: [row('a'), row('b', 'SUSPENDED'), row('c')], hasMore: true, cursor: 'cursor-c' });
    expect(changed.items[0]).toBe(page.items[0]);
    expect(page.items[1]).toEqual(row('b'));
  });

  it('adds nothing for a row the list does not show', () => {
    expect(replaceItem(page, row('z')).items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('statusIn', () => {
  const labels = { OPEN: 'Open', CLOSED: 'Closed' };

  it('reads a status the page names', () => {
    expect(statusIn(labels, 'OPEN')).toBe('OPEN');
  });

  it('reads anything else, an empty choice or none as all statuses', () => {
    expect(statusIn(labels, 'open')).toBeNull();
    expect(statusIn(labels, 'toString')).toBeNull();
    expect(statusIn(labels, '')).toBeNull();
    expect(statusIn(labels, null)).toBeNull();
  });
});
