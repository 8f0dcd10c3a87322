// The search benchmark's data: its own database (quartier_bench_search), migrated like production,
// holding two datasets generated with set-based SQL — many small tenants, and a few large ones.
// Generation is idempotent: a dataset already there (same version and shape) is kept, so only the
// first run pays for it.
import { parseGeonamesPostalCodes } from '@quartier/geo';
import { migrations } from '@quartier/migrations';
import { type AppConfig, migrate } from '@quartier/platform';
import { DEFAULT_CATEGORIES, defaultPolicy, POLICY_KINDS, type PolicyTenant } from '@quartier/tenancy';
import pg from 'pg';
import { benchAppConfig, dropBenchDatabaseNamed } from '../bench-database-kit.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

export const SEARCH_BENCH_DATABASE = 'quartier_bench_search';

/** Bump when the generated rows change shape, so an older copy is regenerated. */
const DATASET_VERSION = 2;

export interface DatasetSpec {
  key: 'wide' | 'skewed';
  /** Tenants are `<prefix>-<n>`; the prefix also scopes regeneration. */
  prefix: string;
  /** Distinguishes the datasets' generated ids. */
  number: number;
  tenants: number;
  helpersPerTenant: number;
  postalCodesPerTenant: number;
}

export const DATASETS: Record<DatasetSpec['key'], DatasetSpec> = {
  wide: { key: 'wide', prefix: 'wide', number: 1, tenants: 1_000, helpersPerTenant: 1_000, postalCodesPerTenant: 20 },
  skewed: { key: 'skewed', prefix: 'skew', number: 2, tenants: 10, helpersPerTenant: 20_000, postalCodesPerTenant: 2_000 },
};

export interface DatasetStats {
  key: DatasetSpec['key'];
  tenants: number;
  helpers: number;
  approvedHelpers: number;
  skills: number;
  weeklySlots: number;
  exceptions: number;
  places: number;
  postalCodes: number;
  /** Seconds the generation took when it ran (this run or an earlier one). */
  generationSeconds: number;
  generatedAt: string;
  /** False when an earlier run's copy was reused. */
  generatedNow: boolean;
}

/** Production settings (secrets required, introspection off) against the benchmark database. */
export function searchBenchConfig(overrides: Record<string, string> = {}): AppConfig {
  return benchAppConfig(
    { database: SEARCH_BENCH_DATABASE, queuePrefix: 'quartier-bench-search' },
    {
      // An experiment's knob: how long each API process trusts its host → tenant cache (default 30 s).
      ...(process.env.TENANT_CACHE_TTL_SECONDS ? { TENANT_CACHE_TTL_SECONDS: process.env.TENANT_CACHE_TTL_SECONDS } : {}),
      ...overrides,
    },
  );
}

export function dropSearchBenchDatabase(): Promise<void> {
  return dropBenchDatabaseNamed(SEARCH_BENCH_DATABASE);
}

/**
 * Ids shaped like UUIDv7: a prefix that grows with (dataset, kind, tenant, row) where v7 has its
 * timestamp, so B-tree inserts stay local, then the version and random bits. The random bits
 * matter: btree_gist ranks uuids by their first eight bytes read as a native integer (bytes 6–7 most
 * significant on x86), and ids identical there made the availability exclusion constraint's GiST
 * index degenerate (every insert scanned the whole index).
 */
const SUPPORT_SQL = [
  `create or replace function bench_id(dataset integer, kind integer, tenant integer, n bigint) returns uuid
     language sql immutable parallel safe
     as $$ select (lpad(to_hex(dataset * 16 + kind), 2, '0') || lpad(to_hex(tenant), 4, '0') || lpad(to_hex(n), 6, '0')
                   || '7' || lpad(to_hex(hashint8(n * 65536 + tenant) & 4095), 3, '0')
                   || '8' || lpad(to_hex(n), 15, '0'))::uuid $$`,
  `create table if not exists bench_search_datasets (
     name text primary key,
     version integer not null,
     spec jsonb not null,
     generated_at timestamptz not null default now(),
     seconds numeric not null
   )`,
  // GeoNames' Swiss postal codes, numbered by code: tenants pick their codes from here.
  `create table if not exists bench_geonames (
     code_no integer not null, postal_code text not null, name text not null,
     admin1_name text not null, admin1_code text not null, admin2_name text not null, admin2_code text not null,
     admin3_name text not null, admin3_code text not null,
     latitude double precision not null, longitude double precision not null, accuracy smallint
   )`,
];

async function loadGeonames(owner: pg.Client): Promise<number> {
  const [{ count }] = (await owner.query<{ count: number }>(`select count(distinct postal_code)::int as count from bench_geonames`)).rows;
  if (count > 0) return count;
  const file = fileURLToPath(new URL('../../data/geonames/CH.txt', import.meta.url));
  const parsed = parseGeonamesPostalCodes(readFileSync(file, 'utf8'));
  if (parsed.badRows.length) throw new Error(`data/geonames/CH.txt has bad rows: ${JSON.stringify(parsed.badRows.slice(0, 3))}`);
  const rows = parsed.rows;
  const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((row) => row[key]);
  await owner.query(
    `insert into bench_geonames
     select dense_rank() over (order by postal_code) - 1, postal_code, name, admin1_name, admin1_code, admin2_name, admin2_code,
            admin3_name, admin3_code, latitude, longitude, accuracy
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::float8[], $10::float8[], $11::smallint[])
         as g (postal_code, name, admin1_name, admin1_code, admin2_name, admin2_code, admin3_name, admin3_code, latitude, longitude, accuracy)`,
    [
      column('postalCode'),
      column('name'),
      column('admin1Name'),
      column('admin1Code'),
      column('admin2Name'),
      column('admin2Code'),
      column('admin3Name'),
      column('admin3Code'),
      column('latitude'),
      column('longitude'),
      column('accuracy'),
    ],
  );
  return (await owner.query<{ count: number }>(`select count(distinct postal_code)::int as count from bench_geonames`)).rows[0].count;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** A step through the numbered codes that visits `wanted` distinct ones spread over the whole list. */
function codeStride(available: number, wanted: number): number {
  let stride = Math.max(1, Math.floor(available / wanted));
  while (gcd(stride, available) !== 1) stride -= 1;
  return stride;
}

const FIRST_NAMES = [
  'Anna', 'Luca', 'Mia', 'Noah', 'Lea', 'Elias', 'Sofia', 'Leon', 'Emma', 'Matteo', 'Lina', 'Julien', 'Chloé', 'Marco', 'Giulia',
  'Samuel', 'Nina', 'David', 'Laura', 'Jonas', 'Sara', 'Louis', 'Elena', 'Tim', 'Alessia', 'Nico', 'Léa', 'Fabio', 'Jana', 'Yannick',
];

/**
 * Every statement of one dataset, run in one transaction (a failed run leaves nothing behind).
 * Foreign-key triggers are skipped (`session_replication_role = replica`): the rows are consistent by
 * construction, and checking 7 million references one by one would dominate the run. Indexes and
 * exclusion constraints are maintained as usual.
 */
function generationSql(spec: DatasetSpec, input: { codes: number }): { sql: string; params?: unknown[]; optional?: boolean }[] {
  const d = spec.number;
  const stride = codeStride(input.codes, spec.postalCodesPerTenant);
  const tenantOffset = Math.max(1, Math.floor(input.codes / spec.tenants));
  const width = String(spec.tenants).length;
  const facts: PolicyTenant = { name: 'Bench', currency: 'CHF', locales: ['de', 'fr', 'it', 'en'], defaultLocale: 'de' };
  const policies = Object.fromEntries(POLICY_KINDS.map((kind) => [kind, defaultPolicy(kind, facts)]));
  (policies.branding as { badgeName: string | null }).badgeName = 'Quartier Friend';
  const pricing = defaultPolicy('pricing', facts);
  const categories = DEFAULT_CATEGORIES.map((category, position) => ({ slug: category.slug, names: category.names, position }));
  const services = DEFAULT_CATEGORIES.flatMap((category) =>
    category.services.map((service, position) => ({
      categorySlug: category.slug,
      slug: service.slug,
      names: service.names,
      pricingMode: service.pricingMode,
      fixedPriceMinor: service.fixedPrice === undefined ? null : service.fixedPrice * 100,
      duration: service.estimatedDurationMinutes,
      position,
    })),
  );
  // Three distinct services per helper: the first at random, the others 1..m and m+1..2m further on.
  const m = Math.floor((services.length - 1) / 2);
  if (m < 1) throw new Error('the default catalog needs at least three services');
  const { minMinor, maxMinor } = pricing.helperHourlyRate;
  return [
    { sql: `set local session_replication_role = replica` },
    { sql: `set local synchronous_commit = off` },
    { sql: `set local work_mem = '256MB'` },
    {
      sql: `create temp table bench_t on commit drop as
            select n as t_no, bench_id(${d}, 1, n, 0) as id, '${spec.prefix}-' || lpad(n::text, ${width}, '0') as slug,
                   'Bench ${spec.key} ' || n as name
              from generate_series(1, ${spec.tenants}) as n`,
    },
    {
      sql: `insert into tenants (id, slug, name, status, locales, default_locale, currency, timezone, provisioned_at)
            select id, slug, name, 'active', '{de,fr,it,en}', 'de', 'CHF', 'Europe/Zurich', now() from bench_t`,
    },
    // One statement per kind: a kind the database does not know yet (code ahead of its migration) is skipped.
    ...Object.entries(policies).map(([kind, document]) => ({
      sql: `insert into tenant_policies (tenant_id, kind, version, document, created_by)
            select t.id, $1, 1, case when $1 = 'branding' then $2::jsonb || jsonb_build_object('displayName', t.name) else $2::jsonb end, 'system:bench'
              from bench_t t`,
      params: [kind, JSON.stringify(document)],
      optional: kind !== 'branding' && kind !== 'pricing' && kind !== 'sla',
    })),
    {
      sql: `insert into categories (tenant_id, id, slug, names, position)
            select t.id, gen_random_uuid(), c->>'slug', c->'names', (c->>'position')::integer
              from bench_t t cross join jsonb_array_elements($1::jsonb) c`,
      params: [JSON.stringify(categories)],
    },
    {
      sql: `insert into services (tenant_id, id, category_id, slug, names, pricing_mode, fixed_price_minor, estimated_duration_minutes, position)
            select t.id, gen_random_uuid(), c.id, s->>'slug', s->'names', s->>'pricingMode', (s->>'fixedPriceMinor')::integer,
                   (s->>'duration')::integer, (s->>'position')::integer
              from bench_t t cross join jsonb_array_elements($1::jsonb) s
              join categories c on c.tenant_id = t.id and c.slug = s->>'categorySlug'`,
      params: [JSON.stringify(services)],
    },
    {
      sql: `create temp table bench_s on commit drop as
            select s.tenant_id, (row_number() over (partition by s.tenant_id order by c.position, s.position) - 1)::integer as s_no,
                   s.id, s.pricing_mode, s.estimated_duration_minutes as duration
              from services s join bench_t t on t.id = s.tenant_id join categories c on c.tenant_id = s.tenant_id and c.id = s.category_id`,
    },
    // Each tenant's postal codes: every stride-th of the numbered Swiss codes from its own offset,
    // so a tenant's codes spread over the country like a national operator's.
    {
      sql: `create temp table bench_tc on commit drop as
            select t.id as tenant_id, k as k_no, g.postal_code
              from bench_t t cross join generate_series(0, ${spec.postalCodesPerTenant - 1}) as k
              join (select distinct code_no, postal_code from bench_geonames) g on g.code_no = (k * ${stride} + t.t_no * ${tenantOffset}) % ${input.codes}`,
    },
    {
      sql: `insert into places (tenant_id, id, country_code, postal_code, name, admin1_name, admin1_code, admin2_name, admin2_code,
                                admin3_name, admin3_code, latitude, longitude, accuracy)
            select tc.tenant_id, gen_random_uuid(), 'CH', g.postal_code, g.name, g.admin1_name, g.admin1_code, g.admin2_name, g.admin2_code,
                   g.admin3_name, g.admin3_code, g.latitude, g.longitude, g.accuracy
              from bench_tc tc join bench_geonames g on g.postal_code = tc.postal_code`,
    },
    {
      sql: `insert into postal_codes (tenant_id, country_code, postal_code, latitude, longitude, place_names, admin1_code)
            select p.tenant_id, p.country_code, p.postal_code, round(avg(p.latitude)::numeric, 4)::float8, round(avg(p.longitude)::numeric, 4)::float8,
                   array_agg(distinct p.name order by p.name), min(p.admin1_code)
              from places p join bench_t t on t.id = p.tenant_id
             group by p.tenant_id, p.country_code, p.postal_code`,
    },
    { sql: `analyze bench_t` },
    { sql: `analyze bench_s` },
    { sql: `analyze bench_tc` },
    // One row per helper with three independent hashes to draw from, so reruns give the same data.
    {
      sql: `create temp table bench_h on commit drop as
            select t.id as tenant_id, t.t_no, n, bench_id(${d}, 2, t.t_no, n) as user_id, t.slug,
                   abs(hashint8(t.t_no::bigint * 4000003 + n * 3)::bigint) as h1,
                   abs(hashint8(t.t_no::bigint * 4000003 + n * 3 + 1)::bigint) as h2,
                   abs(hashint8(t.t_no::bigint * 4000003 + n * 3 + 2)::bigint) as h3
              from bench_t t cross join generate_series(1, ${spec.helpersPerTenant}) as n`,
    },
    {
      sql: `insert into users (tenant_id, id, email, password_hash, display_name, locale)
            select tenant_id, user_id, 'helper' || n || '@' || slug || '.bench.example', '$bench$no-login',
                   ($1::text[])[(1 + h1 % cardinality($1::text[]))::integer] || ' ' || chr(65 + ((h1 >> 8) % 26)::integer) || '.', 'de'
              from bench_h`,
      params: [FIRST_NAMES],
    },
    { sql: `insert into user_roles (tenant_id, user_id, role) select tenant_id, user_id, 'helper' from bench_h` },
    // 92 % approved; the rest waits in vetting or is suspended, so the status filter does work.
    {
      sql: `insert into helper_profiles (tenant_id, user_id, display_name, photo_url, languages, home_country_code, home_postal_code,
                                         service_radius_km, status, status_changed_at, submitted_at, approved_at, suspended_at, vetting_policy_version)
            select h.tenant_id, h.user_id, ($1::text[])[(1 + h.h1 % cardinality($1::text[]))::integer] || ' ' || chr(65 + ((h.h1 >> 8) % 26)::integer) || '.',
                   case when h.h2 % 10 < 7 then 'https://photos.bench.example/' || h.user_id || '.jpg' end,
                   case when h.h2 % 3 = 0 then '{de,en}'::text[] else '{de}'::text[] end,
                   'CH', tc.postal_code, 5 + ((h.h2 >> 4) % 36)::integer,
                   s.status, now(), now(), case when s.status in ('approved', 'suspended') then now() end,
                   case when s.status = 'suspended' then now() end, 1
              from bench_h h
              join bench_tc tc on tc.tenant_id = h.tenant_id and tc.k_no = (h.h1 >> 12) % ${spec.postalCodesPerTenant}
              cross join lateral (select case when (h.h2 >> 10) % 100 < 92 then 'approved' when (h.h2 >> 10) % 100 < 95 then 'in_review'
                                              when (h.h2 >> 10) % 100 < 98 then 'applicant' else 'suspended' end as status) s`,
      params: [FIRST_NAMES],
    },
    // Hourly services at the helper's rate inside the policy's bounds; fixed ones at the service's
    // price, or for three helpers in ten their own price inside the bounds for the duration.
    {
      sql: `insert into helper_skills (tenant_id, helper_id, service_id, price_minor, position)
            select h.tenant_id, h.user_id, s.id,
                   case s.pricing_mode
                     when 'hourly' then ${minMinor} + 100 * (((h.h3 >> (4 * j)) % (${(maxMinor - minMinor) / 100 + 1})))::integer
                     when 'fixed' then case when (h.h3 >> (20 + j)) % 10 < 3
                       then (${minMinor} * s.duration + 30) / 60 + ((h.h2 >> (14 + j)) % (((${maxMinor} - ${minMinor}) * s.duration) / 60))::integer end
                   end,
                   j
              from bench_h h cross join generate_series(0, 2) as j
              join bench_s s on s.tenant_id = h.tenant_id
               and s.s_no = (h.h3 % ${services.length}
                             + case j when 0 then 0 when 1 then 1 + (h.h3 >> 5) % ${m} else 1 + ${m} + (h.h3 >> 9) % ${m} end) % ${services.length}`,
    },
    // Each weekday with probability ½: a morning, an afternoon, a full day, or a split day.
    {
      sql: `insert into helper_weekly_slots (tenant_id, helper_id, weekday, start_time, end_time)
            select h.tenant_id, h.user_id, w.weekday, v.start_time, v.end_time
              from bench_h h cross join generate_series(1, 7) as w (weekday)
              join (values (0, time '08:00', time '12:00'), (1, time '13:00', time '18:00'), (2, time '09:00', time '17:00'),
                           (3, time '08:00', time '12:00'), (3, time '14:00', time '19:00')) as v (template, start_time, end_time)
                on v.template = (h.h2 >> (12 + 2 * w.weekday)) % 4
             where (h.h3 >> (12 + w.weekday)) % 2 = 0`,
    },
    // One helper in twenty has a day off within the next two weeks.
    {
      sql: `insert into helper_availability_exceptions (tenant_id, helper_id, on_date, windows, note)
            select tenant_id, user_id, current_date + (1 + h1 % 13)::integer, '[]'::jsonb, 'Day off'
              from bench_h where (h1 >> 16) % 20 = 0`,
    },
  ];
}

async function tenantTables(owner: pg.Client): Promise<string[]> {
  const { rows } = await owner.query<{ table_name: string }>(
    `select c.table_name from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
      where c.table_schema = 'public' and c.column_name = 'tenant_id'`,
  );
  return rows.map((row) => row.table_name);
}

/** Removes whatever an older or unfinished generation left for the dataset's tenants. */
async function removeDataset(owner: pg.Client, spec: DatasetSpec): Promise<void> {
  await owner.query('begin');
  try {
    await owner.query(`set local session_replication_role = replica`);
    const tenants = `select id from tenants where slug like '${spec.prefix}-%'`;
    for (const table of await tenantTables(owner)) await owner.query(`delete from ${table} where tenant_id in (${tenants})`);
    await owner.query(`delete from tenant_hosts where tenant in (${tenants})`);
    await owner.query(`delete from tenants where slug like '${spec.prefix}-%'`);
    await owner.query(`delete from bench_search_datasets where name = $1`, [spec.key]);
    await owner.query('commit');
  } catch (error) {
    await owner.query('rollback');
    throw error;
  }
}

async function statsOf(owner: pg.Client, spec: DatasetSpec, generatedNow: boolean): Promise<DatasetStats> {
  const tenants = `(select id from tenants where slug like '${spec.prefix}-%')`;
  const count = async (sql: string) => (await owner.query<{ count: number }>(`select count(*)::int as count from ${sql}`)).rows[0].count;
  const [marker] = (await owner.query<{ seconds: string; generated_at: Date }>(`select seconds, generated_at from bench_search_datasets where name = $1`, [spec.key])).rows;
  return {
    key: spec.key,
    tenants: await count(`tenants where slug like '${spec.prefix}-%'`),
    helpers: await count(`helper_profiles where tenant_id in ${tenants}`),
    approvedHelpers: await count(`helper_profiles where tenant_id in ${tenants} and status = 'approved'`),
    skills: await count(`helper_skills where tenant_id in ${tenants}`),
    weeklySlots: await count(`helper_weekly_slots where tenant_id in ${tenants}`),
    exceptions: await count(`helper_availability_exceptions where tenant_id in ${tenants}`),
    places: await count(`places where tenant_id in ${tenants}`),
    postalCodes: await count(`postal_codes where tenant_id in ${tenants}`),
    generationSeconds: Number(marker.seconds),
    generatedAt: marker.generated_at.toISOString(),
    generatedNow,
  };
}

/**
 * Creates and migrates the database when needed (pending migrations are applied on every run), then
 * generates each requested dataset that is not already there in its current version.
 */
export async function prepareSearchDatasets(specs: DatasetSpec[], log: (line: string) => void = console.log): Promise<DatasetStats[]> {
  const config = searchBenchConfig();
  const migrated = Date.now();
  const applied = await migrate(config, migrations);
  if (applied.length) log(`Migrated ${SEARCH_BENCH_DATABASE}: ${applied.length} migrations in ${((Date.now() - migrated) / 1000).toFixed(1)} s`);
  const owner = new pg.Client({ connectionString: config.DATABASE_URL });
  await owner.connect();
  try {
    for (const sql of SUPPORT_SQL) await owner.query(sql);
    const codes = await loadGeonames(owner);
    const stats: DatasetStats[] = [];
    for (const spec of specs) {
      const shape = { ...spec, version: DATASET_VERSION };
      const [marker] = (await owner.query<{ version: number; spec: DatasetSpec }>(`select version, spec from bench_search_datasets where name = $1`, [spec.key])).rows;
      // jsonb keeps its own key order, so the shapes are compared as values.
      if (marker && marker.version === DATASET_VERSION && isDeepStrictEqual(marker.spec, shape)) {
        stats.push(await statsOf(owner, spec, false));
        log(`Dataset ${spec.key}: reusing the copy generated ${stats.at(-1)?.generatedAt} (took ${stats.at(-1)?.generationSeconds} s)`);
        continue;
      }
      const started = Date.now();
      log(`Dataset ${spec.key}: generating ${spec.tenants} tenants × ${spec.helpersPerTenant} helpers…`);
      await removeDataset(owner, spec);
      await owner.query('begin');
      try {
        for (const step of generationSql(spec, { codes })) {
          const stepStarted = Date.now();
          if (step.optional) await owner.query('savepoint optional_step');
          const result = await owner.query(step.sql, step.params).catch(async (error: { code?: string; message: string }) => {
            if (!step.optional || error.code !== '23514') throw error;
            await owner.query('rollback to savepoint optional_step');
            log(`  skipped (${error.message}): ${String(step.params?.[0])}`);
            return { rowCount: 0 };
          });
          const seconds = (Date.now() - stepStarted) / 1000;
          if (seconds >= 1) log(`  ${step.sql.trim().split('\n')[0].slice(0, 70)}… ${result.rowCount ?? ''} rows, ${seconds.toFixed(1)} s`);
        }
        await owner.query(`insert into bench_search_datasets (name, version, spec, seconds) values ($1, $2, $3, $4)`, [
          spec.key,
          DATASET_VERSION,
          JSON.stringify(shape),
          0,
        ]);
        await owner.query('commit');
      } catch (error) {
        await owner.query('rollback');
        throw error;
      }
      const analyzed = Date.now();
      await owner.query(`vacuum (analyze) tenants, tenant_policies, services, categories, places, postal_codes, users, user_roles,
                         helper_profiles, helper_skills, helper_weekly_slots, helper_availability_exceptions`);
      log(`  vacuum (analyze): ${((Date.now() - analyzed) / 1000).toFixed(1)} s`);
      const seconds = (Date.now() - started) / 1000;
      await owner.query(`update bench_search_datasets set seconds = $2 where name = $1`, [spec.key, seconds.toFixed(1)]);
      stats.push(await statsOf(owner, spec, true));
      log(`Dataset ${spec.key}: generated in ${seconds.toFixed(1)} s`);
    }
    return stats;
  } finally {
    await owner.end();
  }
}

export interface DatasetTenant {
  id: string;
  slug: string;
  postalCodes: string[];
  serviceIds: string[];
}

/** What the workload draws from: each tenant with its postal codes and active services. */
export async function datasetTenants(spec: DatasetSpec): Promise<DatasetTenant[]> {
  const owner = new pg.Client({ connectionString: searchBenchConfig().DATABASE_URL });
  await owner.connect();
  try {
    const { rows } = await owner.query<{ id: string; slug: string; postal_codes: string[]; service_ids: string[] }>(
      `select t.id, t.slug,
              (select array_agg(p.postal_code order by p.postal_code) from postal_codes p where p.tenant_id = t.id) as postal_codes,
              (select array_agg(s.id order by s.slug) from services s where s.tenant_id = t.id and s.archived_at is null) as service_ids
         from tenants t where t.slug like $1 order by t.slug`,
      [`${spec.prefix}-%`],
    );
    return rows.map((row) => ({ id: row.id, slug: row.slug, postalCodes: row.postal_codes, serviceIds: row.service_ids }));
  } finally {
    await owner.end();
  }
}
