// Reads a GeoNames postal code export exactly as GeoNames ships it: UTF-8, tab-separated, twelve
// columns, no header, an accuracy column that may be empty. Pure: no I/O, every row checked.

export interface PlaceRow {
  /** 1-based line of the file the row came from. */
  line: number;
  countryCode: string;
  postalCode: string;
  name: string;
  admin1Name: string;
  admin1Code: string;
  admin2Name: string;
  admin2Code: string;
  admin3Name: string;
  admin3Code: string;
  latitude: number;
  longitude: number;
  accuracy: number | null;
}

export interface BadRow {
  line: number;
  reason: string;
}

export interface ParsedPlaces {
  /** One row per place (natural key), in file order; a repeated place keeps its first line. */
  rows: PlaceRow[];
  /** Rows of the file that named a place already read (GeoNames exports repeat some lines). */
  duplicates: number;
  /** Every row that cannot be imported, in file order. */
  badRows: BadRow[];
}

const COLUMNS = 12;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const MAX_NAME = 200;
const MAX_CODE = 20;

/** The natural key of a place within a tenant: what a re-import matches on. */
export function placeKey(row: Pick<PlaceRow, 'countryCode' | 'postalCode' | 'name' | 'admin3Code'>): string {
  return [row.countryCode, row.postalCode, row.name, row.admin3Code].join('\t');
}

function coordinate(value: string, label: string, bound: number): number | string {
  if (!DECIMAL.test(value)) return `${label} "${value}" is not a decimal number`;
  const parsed = Number(value);
  if (parsed < -bound || parsed > bound) return `${label} ${value} is outside −${bound}..${bound}`;
  return parsed;
}

/** The row, or the reasons it is bad (all of them, so one pass over the file tells everything). */
function parseLine(text: string, line: number): PlaceRow | string[] {
  const cells = text.split('\t');
  // Tools that strip trailing whitespace drop the empty accuracy column: eleven columns are the same row.
  if (cells.length !== COLUMNS && cells.length !== COLUMNS - 1) {
    return [`expected ${COLUMNS} tab-separated columns, found ${cells.length}`];
  }
  const [countryCode, postalCode, name, admin1Name, admin1Code, admin2Name, admin2Code, admin3Name, admin3Code, lat, lon, acc = ''] = cells.map(
    (cell) => cell.trim(),
  );
  const reasons: string[] = [];
  if (!/^[A-Z]{2}$/.test(countryCode)) reasons.push(`country code "${countryCode}" is not two capital letters`);
  if (!postalCode) reasons.push('postal code is empty');
  else if (postalCode.length > MAX_CODE) reasons.push(`postal code is longer than ${MAX_CODE} characters`);
  if (!name) reasons.push('place name is empty');
  else if (name.length > MAX_NAME) reasons.push(`place name is longer than ${MAX_NAME} characters`);
  for (const [label, value] of [
    ['admin1 name', admin1Name],
    ['admin2 name', admin2Name],
    ['admin3 name', admin3Name],
  ] as const) {
    if (value.length > MAX_NAME) reasons.push(`${label} is longer than ${MAX_NAME} characters`);
  }
  for (const [label, value] of [
    ['admin1 code', admin1Code],
    ['admin2 code', admin2Code],
    ['admin3 code', admin3Code],
  ] as const) {
    if (value.length > MAX_CODE) reasons.push(`${label} is longer than ${MAX_CODE} characters`);
  }
  const latitude = coordinate(lat, 'latitude', 90);
  const longitude = coordinate(lon, 'longitude', 180);
  if (typeof latitude === 'string') reasons.push(latitude);
  if (typeof longitude === 'string') reasons.push(longitude);
  let accuracy: number | null = null;
  if (acc) {
    if (/^[1-6]$/.test(acc)) accuracy = Number(acc);
    else reasons.push(`accuracy "${acc}" is not a whole number from 1 to 6`);
  }
  if (reasons.length || typeof latitude === 'string' || typeof longitude === 'string') return reasons;
  return {
    line,
    countryCode,
    postalCode,
    name,
    admin1Name,
    admin1Code,
    admin2Name,
    admin2Code,
    admin3Name,
    admin3Code,
    latitude,
    longitude,
    accuracy,
  };
}

/**
 * Parses a whole file. Blank lines are skipped (a file ends with one); a byte order mark and
 * Windows line ends are accepted. A place repeated under the same key keeps its first line, so
 * the outcome never depends on anything but the file.
 */
export function parseGeonamesPostalCodes(text: string): ParsedPlaces {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const rows: PlaceRow[] = [];
  const badRows: BadRow[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  lines.forEach((raw, index) => {
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (content.trim() === '') return;
    const line = index + 1;
    const parsed = parseLine(content, line);
    if (Array.isArray(parsed)) {
      badRows.push({ line, reason: parsed.join('; ') });
      return;
    }
    const key = placeKey(parsed);
    if (seen.has(key)) {
      duplicates += 1;
      return;
    }
    seen.add(key);
    rows.push(parsed);
  });
  return { rows, duplicates, badRows };
}
