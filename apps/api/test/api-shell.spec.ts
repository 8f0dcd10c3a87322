import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { insertTestTenant } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

describe('API shell', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('reports Postgres and Redis healthy', async () => {
    const response = await api.http().get('/health');
    expect(response.status).toBe(200);
    expect(response.body.details).toEqual({ postgres: { status: 'up' }, redis: { status: 'up' } });
  });

  it('serves Prometheus metrics', async () => {
    const response = await api.http().get('/metrics');
    expect(response.status).toBe(200);
    expect(response.text).toContain('quartier_http_request_duration_seconds');
  });

  it('resolves the tenant from the host', async () => {
    const tenant = await insertTestTenant(api.db, { name: 'Alpine Telecom' });
    const result = await api.graphql<{ currentTenant: { name: string; slug: string } }>({
      host: tenant.slug,
      query: '{ currentTenant { name slug } }',
    });
    expect(result.data?.currentTenant).toEqual({ name: 'Alpine Telecom', slug: tenant.slug });
  });

  it('ignores forwarded host headers unless a trusted proxy is configured', async () => {
    const home = await insertTestTenant(api.db, { name: 'Home Tenant' });
    const other = await insertTestTenant(api.db, { name: 'Other Tenant' });
    const result = await api.graphql<{ currentTenant: { slug: string } }>({
      host: home.slug,
      headers: { 'x-forwarded-host': `${other.slug}.localhost` },
      query: '{ currentTenant { slug } }',
    });
    expect(result.data?.currentTenant.slug).toBe(home.slug);
  });

  it('answers an unknown host with TENANT_NOT_FOUND and 404', async () => {
    const result = await api.graphql({ host: 'nobody', query: '{ currentTenant { name } }' });
    expect(result.status).toBe(404);
    expect(result.errors?.[0].extensions?.code).toBe('TENANT_NOT_FOUND');
  });
});
