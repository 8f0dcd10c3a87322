// Reading a tenant's places: a paged, filtered list and the one coordinate of a postal code.
import { Injectable } from '@nestjs/common';
import {
  decodeCursor,
  encodeCursor,
  isUuid,
  NotFoundError,
  pageSize,
  type RequestContext,
  TenantDatabase,
  toConnection,
  ValidationError,
} from '@quartier/platform';
import type { PlaceConnection, PlaceOutput, PostalCodeOutput } from '../dto/place.output.js';

interface PlaceRecord {
  id: string;
  country_code: string;
  postal_code: string;
  name: string;
  admin1_name: string;
  admin1_code: string;
  admin2_name: string;
  admin2_code: string;
  admin3_name: string;
  admin3_code: string;
  latitude: number;
  longitude: number;
  accuracy: number | null;
}

interface PostalCodeRecord {
  country_code: string;
  postal_code: string;
  latitude: number;
  longitude: number;
  place_names: string[];
  admin1_code: string;
}

export interface ListPlacesInput {
  countryCode?: string | null;
  postalCode?: string | null;
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

/**
 * Filters shared by the page and its total: $1 country, $2 postal code, $3 the start of a name or
 * postal code. starts_with on stored columns (not `lower(name) like …`) so that the indexes serve
 * the search under row-level security; see migrations/1764000006000-places-search.ts.
 */
const FILTERS = `($1::text is null or p.country_code = $1)
   and ($2::text is null or p.postal_code = $2)
   and ($3::text is null or starts_with(p.name_search, lower($3)) or starts_with(p.postal_code, upper($3)))`;

const PLACE_COLUMNS = `p.id, p.country_code, p.postal_code, p.name, p.admin1_name, p.admin1_code, p.admin2_name, p.admin2_code,
  p.admin3_name, p.admin3_code, p.latitude, p.longitude, p.accuracy`;

function optionalText(value: string | null | undefined, field: string, maxLength: number): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (text.length > maxLength) throw new ValidationError(field, `${field} is longer than ${maxLength} characters`);
  return text;
}

function countryCodeOf(value: string | null | undefined): string | null {
  const code = value?.trim().toUpperCase();
  if (!code) return null;
  if (!/^[A-Z]{2}$/.test(code)) throw new ValidationError('countryCode', 'countryCode must be two letters (ISO 3166-1)');
  return code;
}

const blankToNull = (value: string): string | null => value || null;

function toPlaceOutput(row: PlaceRecord): PlaceOutput {
  return {
    id: row.id,
    countryCode: row.country_code,
    postalCode: row.postal_code,
    name: row.name,
    admin1Name: blankToNull(row.admin1_name),
    admin1Code: blankToNull(row.admin1_code),
    admin2Name: blankToNull(row.admin2_name),
    admin2Code: blankToNull(row.admin2_code),
    admin3Name: blankToNull(row.admin3_name),
    admin3Code: blankToNull(row.admin3_code),
    latitude: row.latitude,
    longitude: row.longitude,
    accuracy: row.accuracy,
  };
}

@Injectable()
export class PlacesService {
  constructor(private readonly db: TenantDatabase) {}

  /** Places by country, postal code, then name; `search` matches the start of a name or a postal code. */
  async list(ctx: RequestContext, input: ListPlacesInput): Promise<PlaceConnection> {
    const size = pageSize(input.first);
    const after = decodeCursor<{ id: string }>(input.after, ['id']);
    if (after && !isUuid(after.id)) throw new ValidationError('after', 'Malformed cursor');
    const search = optionalText(input.search, 'search', 100);
    const filters = [countryCodeOf(input.countryCode), optionalText(input.postalCode, 'postalCode', 20), search];
    return this.db.run(ctx, async (tx) => {
      // The cursor names a place; the page continues after that place's position in the order.
      let anchor: PlaceRecord | undefined;
      if (after) {
        [anchor] = await tx.query<PlaceRecord>(`select ${PLACE_COLUMNS} from places p where p.id = $1`, [after.id]);
        if (!anchor) throw new ValidationError('after', 'This cursor points at no place; start again from the first page');
      }
      // The order is the natural key's unique index, so a page reads only its own rows from the index
      // (ordering by id as well would sort every remaining place of the tenant for each page).
      const rows = await tx.query<PlaceRecord>(
        `select ${PLACE_COLUMNS} from places p
          where ${FILTERS}
            and ($4::text is null or (p.country_code, p.postal_code, p.name, p.admin3_code) > ($4, $5::text, $6::text, $7::text))
          order by p.country_code, p.postal_code, p.name, p.admin3_code
          limit $8`,
        [...filters, anchor?.country_code ?? null, anchor?.postal_code ?? null, anchor?.name ?? null, anchor?.admin3_code ?? null, size + 1],
      );
      const [{ count }] = await tx.query<{ count: number }>(`select count(*)::int as count from places p where ${FILTERS}`, filters);
      return { ...toConnection(rows, size, toPlaceOutput, (row) => encodeCursor({ id: row.id })), totalCount: count };
    });
  }

  /** The coordinate of a postal code; the country is needed only when the tenant has the code in several. */
  async findPostalCodeOrThrow(ctx: RequestContext, input: { code: string; countryCode?: string | null }): Promise<PostalCodeOutput> {
    const code = input.code.trim();
    if (!code || code.length > 20) throw new ValidationError('code', 'Give a postal code of 1–20 characters');
    const countryCode = countryCodeOf(input.countryCode);
    const rows = await this.db.run(ctx, (tx) =>
      tx.query<PostalCodeRecord>(
        `select country_code, postal_code, latitude, longitude, place_names, admin1_code
           from postal_codes where postal_code = $1 and ($2::text is null or country_code = $2)
          order by country_code limit 2`,
        [code, countryCode],
      ),
    );
    if (rows.length === 0) throw new NotFoundError('Postal code');
    if (rows.length > 1) {
      throw new ValidationError('countryCode', `Postal code ${code} exists in ${rows[0].country_code} and ${rows[1].country_code}; name the country`);
    }
    const [row] = rows;
    return {
      countryCode: row.country_code,
      code: row.postal_code,
      latitude: row.latitude,
      longitude: row.longitude,
      placeNames: row.place_names,
      admin1Code: blankToNull(row.admin1_code),
    };
  }
}
