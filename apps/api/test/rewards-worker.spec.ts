// Rewards through the real worker: a job completed through the API reaches the worker's rewards
// queue by the outbox, and the helper sees the points once it ran.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createApprovedHelper,
  createMarketplaceTenant,
  createTestUser,
  EVERY_DAY,
  startWorkerProcess,
  stopWorkerProcesses,
  swissPlacesTsv,
  waitUntil,
  type MarketplaceTenant,
} from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const MINUTE_MS = 60_000;

describe('rewards through the worker', () => {
  let api: TestApi;
  let tenant: MarketplaceTenant;

  beforeAll(async () => {
    api = await startTestApi();
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001') });
  });
  afterAll(async () => {
    await stopWorkerProcesses();
    await api?.close();
  });

  it('earns the points of a job completed through the API', async () => {
    const serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    const customer = await createTestUser(api, tenant, { roles: ['customer'] });
    const helper = await createApprovedHelper(api, tenant, { postalCode: '8001', radiusKm: 10, skills: [{ serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });
    const as = async (query: string, variables: Record<string, unknown>, token: string) => {
      const response = await api.graphql<Record<string, { id?: string }>>({ host: tenant.slug, query, variables, token });
      expect(response.errors).toBeUndefined();
      return response.data!;
    };
    const booked = await as(
      `mutation($input: BookSlotInput!) { bookSlot(input: $input) { id } }`,
      { input: { helperId: helper.id, serviceId, postalCode: '8001', startsAt: new Date(Date.now() + 10 * MINUTE_MS).toISOString() } },
      customer.accessToken,
    );
    const appointmentId = booked.bookSlot.id!;
    await as(`mutation($id: ID!) { startAppointment(appointmentId: $id) { status } }`, { id: appointmentId }, helper.accessToken);
    await as(`mutation($id: ID!) { completeAppointment(appointmentId: $id) { status } }`, { id: appointmentId }, helper.accessToken);
    const [{ request_id: requestId }] = await api.db.ownerQuery<{ request_id: string }>(`select request_id from appointments where id = $1`, [appointmentId]);

    const worker = startWorkerProcess(api.db.config);
    await worker.ready();
    const entries = await waitUntil('the completed job to earn points', async () => {
      const rows = await api.db.ownerQuery<{ reason: string; points: number; business_key: string; source_event_id: string }>(
        `select reason, points, business_key, source_event_id from reward_points where tenant_id = $1 and helper_id = $2`,
        [tenant.id, helper.id],
      );
      return rows.length > 0 ? rows : undefined;
    });
    const [event] = await api.db.ownerQuery<{ id: string }>(`select id from outbox_events where tenant_id = $1 and type = 'request.completed' and aggregate_id = $2`, [
      tenant.id,
      requestId,
    ]);
    expect(entries).toEqual([{ reason: 'job_completed', points: 100, business_key: `job_completed:${requestId}`, source_event_id: event.id }]);
    const mine = await api.graphql<{ myRewards: { balance: number; level: { key: string } } }>({
      host: tenant.slug,
      query: '{ myRewards { balance level { key } } }',
      token: helper.accessToken,
    });
    expect(mine.data?.myRewards).toEqual({ balance: 100, level: { key: 'bronze' } });
    await worker.kill('SIGTERM');
  }, 180_000);
});
