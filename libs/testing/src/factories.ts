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

/**
 * An active tenant without policies or catalog, marked provisioned unless `provisioned: false` leaves
 * it to the provisioning service (as createMarketplaceTenant does).
 */
export async function insertTestTenant(
  db: Pick<TestDatabase, 'ownerQuery'>,
  input: Partial<TestTenant> & { status?: string; timezone?: string; provisioned?: boolean } = {},
): Promise<TestTenant> {
  sequence += 1;
  const tenant = {
    id: input.id ?? newId(),
    slug: input.slug ?? `t${process.pid}x${sequence}`,
    name: input.name ?? `Test Tenant ${sequence}`,
  };
  await db.ownerQuery(
    `insert into tenants (id, slug, name, status, locales, default_locale, currency, timezone, provisioned_at)
     values ($1, $2, $3, $4, '{de,fr,it,en}', 'de', 'CHF', $5, case when $6::boolean then now() end)`,
    [tenant.id, tenant.slug, tenant.name, input.status ?? 'active', input.timezone ?? 'Europe/Zurich', input.provisioned !== false],
  );
  return tenant;
}
