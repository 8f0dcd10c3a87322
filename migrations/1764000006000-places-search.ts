// Indexes the public place and postal-code lookups can actually use under row-level security.
// Postgres only turns a condition into an index condition ahead of the tenant policy when every
// function over a column in it is leakproof: `lower(name) like …` never is, so the expression index
// on lower(name) was never used and each search read all of the tenant's places. A stored
// lower-case name searched with starts_with (leakproof, and planned as an index range) is.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlacesSearch1764000006000 implements MigrationInterface {
  name = 'PlacesSearch1764000006000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `alter table places add column name_search text generated always as (lower(name)) stored`,
      `drop index places_name`,
      `create index places_name on places (tenant_id, name_search text_pattern_ops)`,
      // Serves the postal-code filter and the postal-code prefix search (codes are stored in capitals, as GeoNames ships them).
      `create index places_by_postal_code on places (tenant_id, postal_code text_pattern_ops)`,
      // A postal code is looked up without its country far more often than a country is rebuilt.
      `alter table postal_codes drop constraint postal_codes_pkey, add primary key (tenant_id, postal_code, country_code)`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`alter table postal_codes drop constraint postal_codes_pkey, add primary key (tenant_id, country_code, postal_code)`);
    await db.query(`drop index places_by_postal_code`);
    await db.query(`drop index places_name`);
    await db.query(`alter table places drop column name_search`);
    await db.query(`create index places_name on places (tenant_id, lower(name) text_pattern_ops)`);
  }
}
