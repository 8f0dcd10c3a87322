// Identifiers are UUIDv7: time-ordered, so B-tree inserts stay local and cursors sort by creation.
import { v7 as uuidv7, validate, version } from 'uuid';

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

export function newId(): string {
  return uuidv7();
}

export function isUuid(value: string): boolean {
  return typeof value === 'string' && validate(value) && version(value) >= 1;
}

/**
 * The id as stored (lower case) when it is a UUID. Anything else names no row: the nil UUID, which
 * no row has, keeps the answer the NOT_FOUND of any unknown id instead of a failed `::uuid` cast.
 */
export function asUuid(value: string): string {
  return isUuid(value) ? value.toLowerCase() : NIL_UUID;
}
