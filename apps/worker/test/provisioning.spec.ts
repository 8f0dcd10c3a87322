// The worker's first real duty: a `tenant.created` outbox event provisions the tenant (default
// policies and catalog, status active), once, however often the job runs.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { provisioningQueue, type QueueFactory } from '@quartier/platform';
import { insertTestTenant, type TestDatabase } from '@quartier/testing';
import { productJobs } from '../src/product-jobs.js';
import { createWorkerApp } from '../src/worker.app.js';
import { type Emitter, type WorkerTestbed, openWorkerTestbed, waitFor } from './support/worker-harness.js';

describe('tenant provisioning job', () => {
  let db: TestDatabase;
  let emitter: Emitter;
  let queues: QueueFactory;
  let app: NestFastifyApplication;
  let bed: WorkerTestbed;
  beforeAll(async () => {
    bed = await openWorkerTestbed();
    ({ db, emitter, queues } = bed);
    app = await createWorkerApp(db.config, productJobs);
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    await bed?.close();
  });

  it('provisions a tenant created on the platform, and skips a second run', async () => {
    const tenant = await insertTestTenant(db, { status: 'provisioning' });
    await db.ownerQuery(`update tenants set provisioned_at = null where id = $1`, [tenant.id]);
    const [eventId] = await emitter.emit(tenant.id, 'tenant.created', [tenant.id]);

    const queue = queues.queue(provisioningQueue.name);
    await waitFor(async () => (await (await queue.getJob(eventId))?.getState()) === 'completed', 'the provisioning job to complete');
    const job = await queue.getJob(eventId);
    expect(job?.returnvalue).toBe('provisioned');
    const [row] = await db.ownerQuery<{ status: string; provisioned: boolean }>(
      `select status, provisioned_at is not null as provisioned from tenants where id = $1`,
      [tenant.id],
    );
    expect(row).toEqual({ status: 'active', provisioned: true });
    const [policies] = await db.ownerQuery<{ n: string }>(`select count(*) as n from tenant_policies where tenant_id = $1`, [tenant.id]);
    expect(Number(policies.n)).toBeGreaterThan(0);

    // The same event relayed again later (its job long evicted) must change nothing.
    await job?.remove();
    await db.ownerQuery(`update outbox_events set relayed_at = null where id = $1`, [eventId]);
    await waitFor(async () => (await (await queue.getJob(eventId))?.getState()) === 'completed', 'the repeated job to complete');
    expect((await queue.getJob(eventId))?.returnvalue).toBe('skipped');
    const [again] = await db.ownerQuery<{ n: string }>(`select count(*) as n from tenant_policies where tenant_id = $1`, [tenant.id]);
    expect(again.n).toBe(policies.n);
  });
});
