// A suspension reaches every API process at once, through the Redis invalidation channel, not
// when the other processes' tenant caches expire. Its own file: two apps in one process share
// Passport's strategy registry, so the second app must live exactly as long as this test.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { RequestContext } from '@quartier/platform';
import { TenantProvisioningService } from '@quartier/tenancy';
import { createTestPlatformAdmin } from '@quartier/testing';
import { createApiApp } from '../src/api.app.js';
import { startTestApi, type TestApi } from './test-api.js';

describe('tenant cache invalidation across processes', () => {
  let api: TestApi;
  let other: NestFastifyApplication;

  beforeAll(async () => {
    // A long cache lifetime: only the invalidation message can make the other process notice.
    api = await startTestApi({ TENANT_CACHE_TTL_SECONDS: '3600' });
    other = await createApiApp(api.db.config);
  });
  afterAll(async () => {
    await other.close();
    await api.close();
  });

  it('answers TENANT_SUSPENDED in another process once the tenant is suspended', async () => {
    const admin = await createTestPlatformAdmin(api);
    const created = await api.platformGraphql<{ createTenant: { tenant: { id: string } } }>({
      query: `mutation($input: CreateTenantInput!) { createTenant(input: $input) { tenant { id } } }`,
      variables: {
        input: {
          slug: `cache${process.pid}`,
          name: 'Cache Test',
          locales: ['en'],
          defaultLocale: 'en',
          currency: 'EUR',
          timezone: 'Europe/Berlin',
          operatorAdminEmail: 'ops@cache.test',
          operatorAdminName: 'Ops Cache',
        },
      },
      token: admin.accessToken,
    });
    const tenantId = created.data!.createTenant.tenant.id;
    await api.app.get(TenantProvisioningService).provision(RequestContext.system(tenantId, 'test'));

    const askOther = async () => {
      const response = await request(other.getHttpServer())
        .post('/graphql')
        .set('host', `cache${process.pid}.localhost`)
        .set('content-type', 'application/json')
        .send({ query: '{ currentTenant { id } }' });
      return response.body as { data?: { currentTenant: { id: string } }; errors?: { extensions: { code: string } }[] };
    };
    // The other process now has the tenant cached as active.
    expect((await askOther()).data?.currentTenant.id).toBe(tenantId);

    const suspended = await api.platformGraphql<{ suspendTenant: { status: string } }>({
      query: `mutation($id: ID!) { suspendTenant(id: $id, reason: "Contract ended") { status } }`,
      variables: { id: tenantId },
      token: admin.accessToken,
    });
    expect(suspended.data?.suspendTenant.status).toBe('suspended');

    // Pub/sub delivery is asynchronous: poll a bounded number of times for the message to land.
    let code: string | undefined;
    for (let attempt = 0; attempt < 100 && code !== 'TENANT_SUSPENDED'; attempt++) {
      code = (await askOther()).errors?.[0].extensions.code;
      if (code !== 'TENANT_SUSPENDED') await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(code).toBe('TENANT_SUSPENDED');
  });
});
