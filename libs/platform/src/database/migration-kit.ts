// SQL builders for migrations: a tenant-owned table always gets RLS enabled and forced, the one
// tenant policy, and grants to the application's access role. Global tables are declared apart.
import { APP_ACCESS_ROLE, TENANT_POLICY } from './roles.js';

export type Privilege = 'select' | 'insert' | 'update' | 'delete';

export function secureTenantTable(table: string, privileges: Privilege[] = ['select', 'insert', 'update', 'delete']): string[] {
  return [
    `alter table ${table} enable row level security`,
    `alter table ${table} force row level security`,
    `create policy tenant_isolation on ${table} using (${TENANT_POLICY}) with check (${TENANT_POLICY})`,
    `grant ${privileges.join(', ')} on ${table} to ${APP_ACCESS_ROLE}`,
  ];
}

export function grantGlobalTable(table: string, privileges: Privilege[]): string[] {
  return [`grant ${privileges.join(', ')} on ${table} to ${APP_ACCESS_ROLE}`];
}

export { APP_ACCESS_ROLE, SYSTEM_ROLE, TENANT_POLICY } from './roles.js';
