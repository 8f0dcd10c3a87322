// The demo catalog prices its fixed-price services in the tenant's own currency, whatever its
// number of minor digits (JPY has none).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CatalogModule, CatalogService } from '@quartier/catalog';
import { ConfigModule, DatabaseModule, RedisModule, RequestContext } from '@quartier/platform';
import { TenancyModule, tenancyEntities, TenantProvisioningService } from '@quartier/tenancy';
import { clearRedisNamespace, createTestDatabase, insertTestTenant, type TestDatabase, type TestTenant } from '@quartier/testing';
import { seedDemoCatalog } from '../src/demo-catalog.js';

describe('demo catalog', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let tenant: TestTenant;

  beforeAll(async () => {
    db = await createTestDatabase();
    @Module({
      imports: [ConfigModule.forRoot(db.config), DatabaseModule.forRoot({ entities: tenancyEntities }), RedisModule.forRoot(), TenancyModule, CatalogModule],
    })
    class DemoCatalogTestModule {}
    app = await NestFactory.createApplicationContext(DemoCatalogTestModule, { logger: false });
    tenant = await insertTestTenant(db, { slug: 'nordhaus' });
    await db.ownerQuery(`update tenants set currency = 'JPY', locales = '{de,en}', provisioned_at = null where id = $1`, [tenant.id]);
    await app.get(TenantProvisioningService).provision(RequestContext.system(tenant.id, 'test'));
  });
  afterAll(async () => {
    await app.close();
    await clearRedisNamespace(db.config.REDIS_URL, db.config.QUEUE_PREFIX);
    await db.drop();
  });

  it('prices the demo services in yen for a yen tenant (no minor digits)', async () => {
    const ctx = RequestContext.system(tenant.id, 'test');
    expect(await seedDemoCatalog(app, ctx, 'nordhaus')).toBe(4);
    const services = (await app.get(CatalogService).list(ctx, { includeArchived: true, first: 100 })).edges.map((edge) => edge.node);
    const bed = services.find((service) => service.slug === 'bed-assembly');
    expect(bed?.price).toMatchObject({ currency: 'JPY', fixedPriceMinor: 79 });
  });
});
