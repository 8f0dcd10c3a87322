// Imports a GeoNames postal code file into one tenant's places: all rows are checked first and a
// file with any bad row writes nothing; a good file is written in one tenant transaction.
//
// The file is the truth for each country it contains: places of that country that are not in the
// file are removed, changed ones are updated, the rest is left untouched (same id, same
// imported_at). Re-importing the same file therefore changes nothing and emits no event.
import { Injectable } from '@nestjs/common';
import { newId, type RequestContext, TenantDatabase, type TenantTransaction, ValidationError } from '@quartier/platform';
import { PlacesFileInvalidError } from '../geo.errors.js';
import { parseGeonamesPostalCodes, placeKey, type PlaceRow } from './geonames-parser.js';

export interface PlacesImportResult {
  /** Countries in the file, whose places now match it. */
  countries: string[];
  /** Distinct places in the file. */
  places: number;
  /** Lines that repeated a place already read (kept once). */
  duplicates: number;
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
  /** Distinct postal codes of those countries after the import. */
  postalCodes: number;
}

export interface ImportPlacesInput {
  tsv: string;
  /** Where the file came from, named in errors (`tsv` for the API, `file` for the CLI). */
  field?: string;
  /** Refuses larger files (the API's request size); the CLI reads any size. */
  maxBytes?: number;
  /** Runs in the import's transaction after a successful write (a platform audit row). */
  record?: (tx: TenantTransaction, result: PlacesImportResult) => Promise<void>;
}

/** Rows per INSERT statement: large enough to be few round trips, small enough for any file. */
const CHUNK = 5_000;

const UPSERT = `
  with incoming as (
    select * from unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                         $10::text[], $11::text[], $12::float8[], $13::float8[], $14::smallint[])
      as t (id, country_code, postal_code, name, admin1_name, admin1_code, admin2_name, admin2_code, admin3_name, admin3_code,
            latitude, longitude, accuracy)
  ), written as (
    insert into places as p (tenant_id, id, country_code, postal_code, name, admin1_name, admin1_code, admin2_name, admin2_code,
                             admin3_name, admin3_code, latitude, longitude, accuracy)
    select $1, i.* from incoming i
    on conflict (tenant_id, country_code, postal_code, name, admin3_code) do update
       set admin1_name = excluded.admin1_name, admin1_code = excluded.admin1_code,
           admin2_name = excluded.admin2_name, admin2_code = excluded.admin2_code,
           admin3_name = excluded.admin3_name, latitude = excluded.latitude, longitude = excluded.longitude,
           accuracy = excluded.accuracy, imported_at = now()
     where (p.admin1_name, p.admin1_code, p.admin2_name, p.admin2_code, p.admin3_name, p.latitude, p.longitude, p.accuracy)
           is distinct from
           (excluded.admin1_name, excluded.admin1_code, excluded.admin2_name, excluded.admin2_code, excluded.admin3_name,
            excluded.latitude, excluded.longitude, excluded.accuracy)
    returning (xmax = 0) as inserted
  )
  select count(*) filter (where inserted)::int as inserted, count(*) filter (where not inserted)::int as updated from written`;

/**
 * Keys are compared as one tab-joined string (no field holds a tab: the file is split on them).
 * `<> all(array)` is hashed by Postgres, whatever the table statistics say; an anti-join against
 * unnest() was planned as a nested loop right after a bulk load (seconds instead of milliseconds).
 */
const REMOVE_MISSING = `
  with gone as (
    delete from places p
     where p.tenant_id = $1 and p.country_code = any($2::text[])
       and (p.country_code || E'\\t' || p.postal_code || E'\\t' || p.name || E'\\t' || p.admin3_code) <> all($3::text[])
    returning 1
  )
  select count(*)::int as count from gone`;

/** One coordinate per postal code: the centre of its places, to GeoNames' four decimals. */
const REBUILD_POSTAL_CODES = [
  `delete from postal_codes where tenant_id = $1 and country_code = any($2::text[])`,
  `insert into postal_codes (tenant_id, country_code, postal_code, latitude, longitude, place_names, admin1_code)
   select $1, country_code, postal_code,
          round(avg(latitude)::numeric, 4)::float8, round(avg(longitude)::numeric, 4)::float8,
          array_agg(distinct name order by name), min(admin1_code)
     from places
    where tenant_id = $1 and country_code = any($2::text[])
    group by country_code, postal_code`,
];

@Injectable()
export class PlacesImportService {
  constructor(private readonly db: TenantDatabase) {}

  async importTsv(ctx: RequestContext, input: ImportPlacesInput): Promise<PlacesImportResult> {
    const field = input.field ?? 'tsv';
    if (input.maxBytes !== undefined && Buffer.byteLength(input.tsv, 'utf8') > input.maxBytes) {
      throw new ValidationError(field, `The file is larger than ${Math.floor(input.maxBytes / 1024)} KiB; split it or ask the platform team to import it`);
    }
    const parsed = parseGeonamesPostalCodes(input.tsv);
    if (parsed.badRows.length) throw new PlacesFileInvalidError(field, parsed.badRows);
    if (parsed.rows.length === 0) throw new ValidationError(field, 'The file holds no places');
    const countries = [...new Set(parsed.rows.map((row) => row.countryCode))].sort();

    return this.db.run(ctx, async (tx) => {
      // Two imports for one tenant at once would each remove the other's rows: they take turns.
      await tx.query(`select pg_advisory_xact_lock(hashtextextended('geo.places_import:' || $1, 0))`, [tx.tenantId]);
      let inserted = 0;
      let updated = 0;
      for (let start = 0; start < parsed.rows.length; start += CHUNK) {
        const [counts] = await tx.query<{ inserted: number; updated: number }>(UPSERT, [
          tx.tenantId,
          ...columnsOf(parsed.rows.slice(start, start + CHUNK)),
        ]);
        inserted += counts.inserted;
        updated += counts.updated;
      }
      const removed = await this.removeMissing(tx, countries, parsed.rows);
      const changed = inserted + updated + removed > 0;
      if (changed) for (const sql of REBUILD_POSTAL_CODES) await tx.query(sql, [tx.tenantId, countries]);
      const [{ count }] = await tx.query<{ count: number }>(
        `select count(*)::int as count from postal_codes where tenant_id = $1 and country_code = any($2::text[])`,
        [tx.tenantId, countries],
      );
      const result: PlacesImportResult = {
        countries,
        places: parsed.rows.length,
        duplicates: parsed.duplicates,
        inserted,
        updated,
        unchanged: parsed.rows.length - inserted - updated,
        removed,
        postalCodes: count,
      };
      if (changed) {
        await tx.emit({ type: 'geo.places_imported', aggregateType: 'tenant', aggregateId: tx.tenantId, payload: { ...result } });
      }
      await input.record?.(tx, result);
      return result;
    });
  }

  private async removeMissing(tx: TenantTransaction, countries: string[], rows: PlaceRow[]): Promise<number> {
    const [{ count }] = await tx.query<{ count: number }>(REMOVE_MISSING, [tx.tenantId, countries, rows.map(placeKey)]);
    return count;
  }
}

/** The rows as one array per column, in the order of UPSERT's parameters $2…$14. */
function columnsOf(rows: PlaceRow[]): unknown[][] {
  return [
    rows.map(() => newId()),
    rows.map((row) => row.countryCode),
    rows.map((row) => row.postalCode),
    rows.map((row) => row.name),
    rows.map((row) => row.admin1Name),
    rows.map((row) => row.admin1Code),
    rows.map((row) => row.admin2Name),
    rows.map((row) => row.admin2Code),
    rows.map((row) => row.admin3Name),
    rows.map((row) => row.admin3Code),
    rows.map((row) => row.latitude),
    rows.map((row) => row.longitude),
    rows.map((row) => row.accuracy),
  ];
}
