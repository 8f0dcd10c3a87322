import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { identityEntities } from '@quartier/identity';
import { ConfigModule, DatabaseModule, RedisModule, RequestContext } from '@quartier/platform';
import { clearRedisNamespace, createTestDatabase, insertTestTenant, type TestDatabase } from '@quartier/testing';
import { TenancyModule, tenancyEntities, TenantProvisioningService } from '@quartier/tenancy';

describe('tenant provisioning', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let provisioning: TenantProvisioningService;

  beforeAll(async () => {
    db = await createTestDatabase();
    @Module({
      imports: [
        ConfigModule.forRoot(db.config),
        DatabaseModule.forRoot({ entities: [...tenancyEntities, ...identityEntities] }),
        RedisModule.forRoot(),
        TenancyModule,
      ],
    })
    class ProvisioningTestModule {}
    app = await NestFactory.createApplicationContext(ProvisioningTestModule, { logger: false });
    provisioning = app.get(TenantProvisioningService);
  });

  afterAll(async () => {
    await app.close();
    await clearRedisNamespace(db.config.REDIS_URL, db.config.QUEUE_PREFIX);
    await db.drop();
  });

  async function snapshot(tenantId: string) {
    const [tenant] = await db.ownerQuery<{ status: string; provisioned_at: Date | null }>(`select status, provisioned_at from tenants where id = $1`, [tenantId]);
    const policies = await db.ownerQuery<{ kind: string; version: number }>(
      `select kind, version from tenant_policies where tenant_id = $1 order by kind, version`,
      [tenantId],
    );
    const categories = await db.ownerQuery<{ slug: string; names: Record<string, string> }>(
      `select slug, names from categories where tenant_id = $1 order by position`,
      [tenantId],
    );
    const welcomes = await db.ownerQuery(`select id from outbox_events where tenant_id = $1 and type = 'tenant.welcome_requested'`, [tenantId]);
    return { tenant, policies, categories, welcomes: welcomes.length };
  }

  async function newTenant() {
    const tenant = await insertTestTenant(db, { status: 'provisioning' });
    await db.ownerQuery(`update tenants set provisioned_at = null where id = $1`, [tenant.id]);
    return tenant;
  }

  it('writes default policies, the default catalog and one welcome event, then activates the tenant', async () => {
    const tenant = await newTenant();
    expect(await provisioning.provision(RequestContext.system(tenant.id, 'test'))).toBe('provisioned');
    const state = await snapshot(tenant.id);
    expect(state.tenant.status).toBe('active');
    expect(state.tenant.provisioned_at).toBeInstanceOf(Date);
    expect(state.policies).toEqual(
      ['branding', 'cancellation', 'payouts', 'pricing', 'reviews', 'rewards', 'sla', 'vetting'].map((kind) => ({ kind, version: 1 })),
    );
    expect(state.categories.map((category) => category.slug)).toEqual([
      'internet-wifi',
      'tv-streaming',
      'smart-home',
      'computers-phones',
      'furniture-assembly',
    ]);
    expect(state.categories[0].names.de).toBe('Internet & WLAN');
    const services = await db.ownerQuery<{ category: string; slug: string; pricing_mode: string; fixed_price_minor: number | null }>(
      `select c.slug as category, s.slug, s.pricing_mode, s.fixed_price_minor
         from services s join categories c on c.tenant_id = s.tenant_id and c.id = s.category_id
        where s.tenant_id = $1 order by c.position, s.position`,
      [tenant.id],
    );
    expect(new Set(services.map((service) => service.category)).size).toBe(5);
    expect(services).toContainEqual({ category: 'tv-streaming', slug: 'tv-box-second-room', pricing_mode: 'fixed', fixed_price_minor: 4900 });
    expect(services).toContainEqual({ category: 'internet-wifi', slug: 'wifi-setup', pricing_mode: 'hourly', fixed_price_minor: null });
    expect(services).toContainEqual({ category: 'smart-home', slug: 'smart-home-install', pricing_mode: 'quote', fixed_price_minor: null });
    expect(state.welcomes).toBe(1);
  });

  it('is idempotent: a second run is skipped and changes nothing', async () => {
    const tenant = await newTenant();
    await provisioning.provision(RequestContext.system(tenant.id, 'test'));
    const first = await snapshot(tenant.id);
    expect(await provisioning.provision(RequestContext.system(tenant.id, 'test'))).toBe('skipped');
    expect(await snapshot(tenant.id)).toEqual(first);
  });

  it('is safe to run twice at the same time', async () => {
    const tenant = await newTenant();
    const outcomes = await Promise.all([1, 2].map(() => provisioning.provision(RequestContext.system(tenant.id, 'test'))));
    expect(outcomes.sort()).toEqual(['provisioned', 'skipped']);
    const state = await snapshot(tenant.id);
    expect(state.policies).toHaveLength(8);
    expect(state.categories).toHaveLength(5);
    expect(state.welcomes).toBe(1);
  });

  it('keeps a policy the tenant already has (branding from onboarding) and fills in the rest', async () => {
    const tenant = await newTenant();
    await db.ownerQuery(
      `insert into tenant_policies (tenant_id, kind, version, document, created_by) values ($1, 'branding', 1, $2, 'test')`,
      [tenant.id, JSON.stringify({ displayName: 'Own Brand', primaryColor: '#123456' })],
    );
    await provisioning.provision(RequestContext.system(tenant.id, 'test'));
    const [branding] = await db.ownerQuery<{ document: { displayName: string } }>(
      `select document from tenant_policies where tenant_id = $1 and kind = 'branding'`,
      [tenant.id],
    );
    expect(branding.document.displayName).toBe('Own Brand');
    expect((await snapshot(tenant.id)).policies).toHaveLength(8);
  });

  it('leaves a tenant suspended before provisioning suspended', async () => {
    const tenant = await newTenant();
    await db.ownerQuery(`update tenants set status = 'suspended' where id = $1`, [tenant.id]);
    expect(await provisioning.provision(RequestContext.system(tenant.id, 'test'))).toBe('provisioned');
    expect((await snapshot(tenant.id)).tenant.status).toBe('suspended');
  });
});
