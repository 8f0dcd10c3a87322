// Cursor pagination shared by every list: opaque cursors, `first` capped at 100.
import { ValidationError } from './errors/errors.js';
import { isUuid } from './ids.js';

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new ValidationError('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return size;
}

export function encodeCursor(values: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor<T extends Record<string, string | number>>(cursor: string | null | undefined, keys: (keyof T)[]): T | null {
  if (!cursor) return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as T;
    if (keys.every((key) => typeof parsed[key] === 'string' || typeof parsed[key] === 'number')) return parsed;
  } catch {
    // fall through to the typed error
  }
  throw new ValidationError('after', 'Malformed cursor');
}

/** What a cursor field holds: a timestamp (kept as its text, to the microsecond), a UUID, or a count from 0. */
const CURSOR_FIELDS = {
  time: (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value)),
  uuid: (value: unknown) => typeof value === 'string' && isUuid(value),
  count: (value: unknown) => Number.isInteger(value) && (value as number) >= 0,
};
export type CursorField = keyof typeof CURSOR_FIELDS;
type CursorValues<S extends Record<string, CursorField>> = { [K in keyof S]: S[K] extends 'count' ? number : string };

/**
 * The cursor of a list keyed by `shape` (field name → what it holds), or null without one; a cursor
 * that is not one of the list's own is the typed error on `after`, before any query runs.
 */
export function decodeCheckedCursor<S extends Record<string, CursorField>>(cursor: string | null | undefined, shape: S): CursorValues<S> | null {
  const keys = Object.keys(shape) as (keyof S & string)[];
  const decoded = decodeCursor<Record<string, string | number>>(cursor, keys);
  if (decoded && !keys.every((key) => CURSOR_FIELDS[shape[key]](decoded[key]))) throw new ValidationError('after', 'Malformed cursor');
  return decoded as CursorValues<S> | null;
}

/** The cursor of a list ordered by a time and then an id: `{ t, id }`. */
export function decodeTimeCursor(cursor: string | null | undefined): { t: string; id: string } | null {
  return decodeCheckedCursor(cursor, { t: 'time', id: 'uuid' });
}
