// Factories that return ready actors. They arrange state with the owner connection only where the
// product has no path yet; each says so.
import { newId } from '@quartier/platform';
import type { TestDatabase } from './test-database.js';

export interface TestTenant {
  id: string;
  slug: string;
  name: string;
}

let sequence = 0;

/** A provisioned, active tenant. */
export async function insertTestTenant(db: TestDatabase, input: Partial<TestTenant> & { status?: string } = {}): Promise<TestTenant> {
  sequence += 1;
  const tenant = {
    id: input.id ?? newId(),
    slug: input.slug ?? `t${process.pid}x${sequence}`,
    name: input.name ?? `Test Tenant ${sequence}`,
  };
  await db.ownerQuery(
    `insert into tenants (id, slug, name, status, locales, default_locale, currency, timezone, provisioned_at)
     values ($1, $2, $3, $4, '{de,fr,it,en}', 'de', 'CHF', 'Europe/Zurich', now())`,
    [tenant.id, tenant.slug, tenant.name, input.status ?? 'active'],
  );
  return tenant;
}
