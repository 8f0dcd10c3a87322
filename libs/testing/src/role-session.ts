// One dedicated Postgres session as a given login role (the owner or the application role), for
// gate tests that must see exactly what that role sees, outside the application's own code paths.
import pg from 'pg';

export interface RoleSession {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  end(): Promise<void>;
}

/** Opens a single connection (not a pool), so session state and transactions are under the caller's control. */
export async function openRoleSession(url: string): Promise<RoleSession> {
  const client = new pg.Client({ connectionString: url, application_name: 'quartier-gate' });
  await client.connect();
  return {
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await client.query(sql, params);
      return result.rows as T[];
    },
    end: () => client.end(),
  };
}
