// Errors of the geo domain that carry more than a field: a file's bad rows.
import { QuartierError } from '@quartier/platform';
import type { BadRow } from './import/geonames-parser.js';

/** How many bad rows an error lists; the total is always given. */
export const MAX_REPORTED_BAD_ROWS = 50;

/** A places file with bad rows: every one is named by line (up to the cap) and nothing was written. */
export class PlacesFileInvalidError extends QuartierError {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    readonly field: string,
    readonly badRows: BadRow[],
  ) {
    const shown = badRows.slice(0, MAX_REPORTED_BAD_ROWS);
    super(`The places file has ${badRows.length} bad row${badRows.length === 1 ? '' : 's'}; nothing was imported`, {
      field,
      rows: shown,
      badRowCount: badRows.length,
    });
  }
}
