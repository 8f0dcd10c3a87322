// Cursor pagination shared by every list: opaque cursors, `first` capped at 100.
import { ValidationError } from './errors/errors.js';

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
