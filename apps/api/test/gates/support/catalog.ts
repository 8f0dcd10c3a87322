// What pg_catalog says about the migrated schema: which tables carry tenant_id, their keys, their
// policies. The gates read the database itself, never the migrations' source.
import type { TestDatabase } from '@quartier/testing';

/** Global tables (no tenant_id), each with the reason it cannot belong to one tenant. */
export const GLOBAL_TABLES: Record<string, string> = {
  tenants: 'the tenant registry itself; host resolution reads it before any tenant is known',
  tenant_hosts: 'routes a custom domain to its tenant before any tenant is known',
  platform_admins: 'platform staff are a global identity, not users of any tenant',
  platform_refresh_tokens: 'sessions of platform admins, a global identity',
  platform_audit_log: "the record of platform admins' cross-tenant reads spans tenants",
  schema_migrations: "TypeORM's list of applied migrations; owner only",
};

/** The one policy expression every tenant table must carry (DESIGN invariant 1), as written by hand. */
export const EXPECTED_TENANT_POLICY = `tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid)`;

export interface CatalogTable {
  /** `name`, or `schema.name` outside public. */
  name: string;
  hasTenantId: boolean;
  rlsEnabled: boolean;
  rlsForced: boolean;
}

const USER_TABLES = `
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
 where c.relkind in ('r', 'p')
   and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'`;

const TABLE_NAME = `case when n.nspname = 'public' then c.relname else n.nspname || '.' || c.relname end`;

export async function listTables(db: TestDatabase): Promise<CatalogTable[]> {
  const rows = await db.ownerQuery<{ name: string; has_tenant_id: boolean; rls: boolean; forced: boolean }>(
    `select ${TABLE_NAME} as name,
            exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped) as has_tenant_id,
            c.relrowsecurity as rls, c.relforcerowsecurity as forced
     ${USER_TABLES}
      order by 1`,
  );
  return rows.map((row) => ({ name: row.name, hasTenantId: row.has_tenant_id, rlsEnabled: row.rls, rlsForced: row.forced }));
}

export async function tenantTableNames(db: TestDatabase): Promise<string[]> {
  return (await listTables(db)).filter((table) => table.hasTenantId).map((table) => table.name);
}

export interface TableKey {
  table: string;
  kind: 'primary key' | 'unique constraint' | 'unique index' | 'foreign key';
  name: string;
  definition: string;
  leadingColumn: string | null;
  referencedTable: string | null;
}

/** Primary keys, unique constraints, unique indexes (including expression ones) and foreign keys. */
export async function listKeys(db: TestDatabase): Promise<TableKey[]> {
  const constraints = await db.ownerQuery<TableKey & { kind: string }>(
    `select ${TABLE_NAME} as "table",
            case co.contype when 'p' then 'primary key' when 'u' then 'unique constraint' else 'foreign key' end as kind,
            co.conname as name, pg_get_constraintdef(co.oid) as definition,
            (select attname from pg_attribute where attrelid = c.oid and attnum = co.conkey[1]) as "leadingColumn",
            case when co.contype = 'f' then (select relname from pg_class where oid = co.confrelid) end as "referencedTable"
     ${USER_TABLES.replace('from pg_class c', 'from pg_constraint co join pg_class c on c.oid = co.conrelid')}
       and co.contype in ('p', 'u', 'f')`,
  );
  // Unique indexes not backing a constraint (e.g. `unique (tenant_id, lower(email))`).
  const indexes = await db.ownerQuery<TableKey>(
    `select ${TABLE_NAME} as "table", 'unique index' as kind, ic.relname as name,
            pg_get_indexdef(i.indexrelid) as definition,
            (select attname from pg_attribute where attrelid = c.oid and attnum = i.indkey[0] and i.indkey[0] <> 0) as "leadingColumn",
            null as "referencedTable"
     ${USER_TABLES.replace('from pg_class c', 'from pg_index i join pg_class c on c.oid = i.indrelid join pg_class ic on ic.oid = i.indexrelid')}
       and i.indisunique
       and not exists (select 1 from pg_constraint co where co.conindid = i.indexrelid and co.contype in ('p', 'u'))`,
  );
  return [...constraints, ...indexes];
}

export interface TablePolicy {
  table: string;
  name: string;
  permissive: boolean;
  command: string;
  using: string | null;
  withCheck: string | null;
}

export async function listPolicies(db: TestDatabase): Promise<TablePolicy[]> {
  return db.ownerQuery<TablePolicy>(
    `select ${TABLE_NAME} as "table", p.polname as name, p.polpermissive as permissive, p.polcmd::text as command,
            pg_get_expr(p.polqual, p.polrelid) as using, pg_get_expr(p.polwithcheck, p.polrelid) as "withCheck"
     ${USER_TABLES.replace('from pg_class c', 'from pg_policy p join pg_class c on c.oid = p.polrelid')}`,
  );
}

/**
 * How Postgres itself prints the expected policy: a scratch table gets it, its deparsed text is
 * read back, and the table is dropped. Comparing deparsed forms ignores spacing and casts.
 */
export async function canonicalPolicyText(db: TestDatabase, expression: string): Promise<string> {
  const scratch = `gate_policy_${Math.random().toString(36).slice(2, 10)}`;
  await db.ownerQuery(`create table ${scratch} (tenant_id uuid)`);
  try {
    await db.ownerQuery(`create policy canonical on ${scratch} using (${expression})`);
    const [row] = await db.ownerQuery<{ qual: string }>(
      `select pg_get_expr(polqual, polrelid) as qual from pg_policy where polrelid = $1::regclass`,
      [scratch],
    );
    return normalizeSql(row.qual) ?? '';
  } finally {
    await db.ownerQuery(`drop table ${scratch}`);
  }
}

export function normalizeSql(sql: string | null): string | null {
  return sql === null ? null : sql.replace(/\s+/g, ' ').trim();
}

export interface ForeignKeyEdge {
  table: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
}

export async function listForeignKeys(db: TestDatabase): Promise<ForeignKeyEdge[]> {
  return db.ownerQuery<ForeignKeyEdge>(
    `select ${TABLE_NAME} as "table",
            array(select a.attname::text from unnest(co.conkey) with ordinality k(num, ord)
                    join pg_attribute a on a.attrelid = co.conrelid and a.attnum = k.num order by k.ord) as columns,
            (select relname from pg_class where oid = co.confrelid) as "referencedTable",
            array(select a.attname::text from unnest(co.confkey) with ordinality k(num, ord)
                    join pg_attribute a on a.attrelid = co.confrelid and a.attnum = k.num order by k.ord) as "referencedColumns"
     ${USER_TABLES.replace('from pg_class c', 'from pg_constraint co join pg_class c on c.oid = co.conrelid')}
       and co.contype = 'f'`,
  );
}
