// SIGTERM to a real worker process with a job in flight: the job finishes within the grace period,
// or is handed back to the queue and completed by the next worker — never lost.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { QueueFactory } from '@quartier/platform';
import { insertTestTenant, type TestDatabase } from '@quartier/testing';
import type { Redis } from 'ioredis';
import { probeKey, slowQueue } from './support/test-jobs.js';
import { type Emitter, type WorkerTestbed, openWorkerTestbed, spawnTestWorker, waitFor } from './support/worker-harness.js';

describe('worker graceful shutdown', () => {
  let db: TestDatabase;
  let emitter: Emitter;
  let queues: QueueFactory;
  let redis: Redis;
  let bed: WorkerTestbed;
  beforeAll(async () => {
    bed = await openWorkerTestbed();
    ({ db, emitter, queues, redis } = bed);
  });
  afterAll(async () => {
    await bed?.close();
  });

  const probe = (what: 'started' | 'done', jobId: string) => redis.get(probeKey(db.config.QUEUE_PREFIX, what, jobId));

  it('lets the job in flight finish before exiting', async () => {
    const tenant = await insertTestTenant(db);
    const worker = spawnTestWorker(db.config, { TEST_WORKER_JOBS: 'slow', TEST_JOB_MS: '1500', WORKER_SHUTDOWN_TIMEOUT_MS: '30000' });
    await worker.ready();
    const [jobId] = await emitter.emit(tenant.id, 'test.slow', ['visit-1']);
    await waitFor(async () => (await probe('started', jobId)) !== null, () => `the job to start; output:\n${worker.output()}`);
    expect(await probe('done', jobId)).toBeNull();

    await worker.kill('SIGTERM');

    expect(await probe('done', jobId)).toBe('1');
    const job = await queues.queue(slowQueue.name).getJob(jobId);
    expect(await job?.getState()).toBe('completed');
    expect(job?.returnvalue).toBe('done');
  }, 90_000);

  it('hands a job that outlasts the grace period back to the queue, and the next worker completes it', async () => {
    const tenant = await insertTestTenant(db);
    const stuck = spawnTestWorker(db.config, { TEST_WORKER_JOBS: 'slow', TEST_JOB_MS: '600000', WORKER_SHUTDOWN_TIMEOUT_MS: '200' });
    await stuck.ready();
    const [jobId] = await emitter.emit(tenant.id, 'test.slow', ['visit-2']);
    await waitFor(async () => (await probe('started', jobId)) !== null, () => `the job to start; output:\n${stuck.output()}`);

    await stuck.kill('SIGTERM');

    const queue = queues.queue(slowQueue.name);
    const released = await queue.getJob(jobId);
    expect(await released?.getState()).toBe('waiting');
    expect(released?.attemptsMade).toBe(0);
    expect(await probe('done', jobId)).toBeNull();

    const next = spawnTestWorker(db.config, { TEST_WORKER_JOBS: 'slow', TEST_JOB_MS: '10' });
    await waitFor(async () => (await queue.getJob(jobId).then((job) => job?.getState())) === 'completed', () => `the job to complete; output:\n${next.output()}`);
    await next.kill('SIGTERM');
    expect(await probe('done', jobId)).toBe('1');
  }, 90_000);
});
