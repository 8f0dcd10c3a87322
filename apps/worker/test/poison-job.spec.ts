// DESIGN invariant 4 for jobs that never reach their handler's catch block: a job that kills every
// worker process running it is given up on by BullMQ's stalled-job check and must still land in the
// dead-letter queue, once, with its tenant id — whichever process failed it, and also when no worker
// was listening as it failed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UnrecoverableError } from 'bullmq';
import { type DeadLetterData, deadLetterJobId, type QueueFactory, RequestContext } from '@quartier/platform';
import { insertTestTenant, type TestDatabase } from '@quartier/testing';
import type { Redis } from 'ioredis';
import { crashQueue, probeKey } from './support/test-jobs.js';
import { type Emitter, type WorkerTestbed, openWorkerTestbed, spawnTestWorker, type TestWorkerProcess, waitFor } from './support/worker-harness.js';

const STALLED_REASON = 'job stalled more than allowable limit';

describe('poison jobs', () => {
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

  const deadLetterOf = (jobId: string) => queues.deadLetterQueue().getJob(deadLetterJobId(crashQueue.name, jobId));
  const deadLettersOf = async (jobId: string) =>
    (await queues.deadLetterQueue().getJobs(['wait', 'delayed', 'active', 'completed', 'failed'])).filter(
      (entry) => (entry.data as DeadLetterData).jobId === jobId,
    );

  it('dead-letters once, with its tenant id, a job that kills every worker that runs it', async () => {
    const tenant = await insertTestTenant(db);
    // Two workers at all times, each replaced as soon as it dies, so more than one process sees
    // the job fail for good.
    const spawned: TestWorkerProcess[] = [];
    const alive = () => spawned.filter((worker) => worker.child.exitCode === null && worker.child.signalCode === null);
    const keepTwoAlive = () => {
      for (let missing = 2 - alive().length; missing > 0; missing--) spawned.push(spawnTestWorker(db.config, { TEST_WORKER_JOBS: 'crash' }));
    };
    const outputs = () => spawned.map((worker, i) => `--- worker ${i}\n${worker.output()}`).join('\n');
    keepTwoAlive();
    await Promise.all(spawned.map((worker) => worker.ready()));

    const [jobId] = await emitter.emit(tenant.id, 'test.crash', ['router-9']);
    await waitFor(
      async () => {
        keepTwoAlive();
        return (await deadLetterOf(jobId)) !== undefined;
      },
      () => `the crashing job to be dead-lettered; output:\n${outputs()}`,
    );
    // A graceful stop waits for dead-letter copies under way, so every process that saw the failure is done.
    await Promise.all(alive().map((worker) => worker.kill('SIGTERM')));

    const original = await queues.queue(crashQueue.name).getJob(jobId);
    expect(await original?.getState()).toBe('failed');
    expect(original?.failedReason).toBe(STALLED_REASON);
    expect(Number(await redis.get(probeKey(db.config.QUEUE_PREFIX, 'crashes', jobId)))).toBe(crashQueue.stalled.maxStalledCount + 1);
    expect(spawned.filter((worker) => worker.child.exitCode === 70).length).toBe(crashQueue.stalled.maxStalledCount + 1);

    const entries = await deadLettersOf(jobId);
    expect(entries).toHaveLength(1);
    const data = entries[0].data as DeadLetterData;
    expect(data).toEqual(
      expect.objectContaining({ tenantId: tenant.id, queue: crashQueue.name, name: 'test.crash', jobId, error: STALLED_REASON }),
    );
    expect(data.data).toEqual(expect.objectContaining({ tenantId: tenant.id, eventId: jobId, aggregateId: 'router-9' }));

    // The next worker's start-up sweep finds the failed job already copied.
    const next = spawnTestWorker(db.config, { TEST_WORKER_JOBS: 'crash' });
    await next.ready();
    await next.kill('SIGTERM');
    expect(await deadLettersOf(jobId)).toHaveLength(1);
  }, 90_000);

  it('has every watching worker see a failure made by another process, and keeps one copy', async () => {
    const tenant = await insertTestTenant(db);
    const jobId = 'failed-elsewhere-1';
    const context = RequestContext.system(tenant.id, 'worker-test').toJSON();
    await queues.add(crashQueue, 'test.crash', { v: 1, tenantId: tenant.id, eventId: jobId, aggregateId: 'router-11', context }, { jobId });
    // This process holds the job (its lock stays renewed, so no watcher takes it) and fails it only
    // once both watchers are past their start-up sweep: the copy can come from their event streams only.
    let fail: () => void = () => undefined;
    const failing = new Promise<never>((_, reject) => (fail = () => reject(new UnrecoverableError('the router firmware is bricked'))));
    failing.catch(() => undefined);
    const holder = queues.worker(crashQueue, () => failing);
    const watchers: TestWorkerProcess[] = [];
    const outputs = () => watchers.map((worker) => worker.output()).join('\n');
    try {
      const queue = queues.queue(crashQueue.name);
      await waitFor(async () => (await queue.getJob(jobId).then((job) => job?.getState())) === 'active', 'this process to hold the job');
      watchers.push(...[1, 2].map(() => spawnTestWorker(db.config, { TEST_WORKER_JOBS: 'crash', LOG_LEVEL: 'info' })));
      const swept = (worker: TestWorkerProcess) => worker.output().includes('failed jobs checked for dead-letter copies');
      await waitFor(() => watchers.every(swept), () => `the watchers to start; output:\n${outputs()}`);
      fail();
      await waitFor(async () => (await deadLetterOf(jobId)) !== undefined, () => `a watcher to dead-letter the job; output:\n${outputs()}`);
    } finally {
      fail();
      await holder.close();
    }
    await Promise.all(watchers.map((worker) => worker.kill('SIGTERM')));

    const entries = await deadLettersOf(jobId);
    expect(entries).toHaveLength(1);
    expect(entries[0].data).toEqual(
      expect.objectContaining({ tenantId: tenant.id, queue: crashQueue.name, jobId, error: 'the router firmware is bricked', attemptsMade: 1 }),
    );
  }, 60_000);

  it('dead-letters, when a worker starts, a job that failed for good while no worker was watching', async () => {
    const tenant = await insertTestTenant(db);
    const jobId = 'unwatched-1';
    const context = RequestContext.system(tenant.id, 'worker-test').toJSON();
    await queues.add(crashQueue, 'test.crash', { v: 1, tenantId: tenant.id, eventId: jobId, aggregateId: 'router-10', context }, { jobId });
    // A bare BullMQ worker, like a process that died before it could copy the job, or an older release.
    const bare = queues.worker(crashQueue, () => Promise.reject(new UnrecoverableError('the modem firmware is bricked')));
    await waitFor(async () => (await queues.queue(crashQueue.name).getJob(jobId).then((job) => job?.getState())) === 'failed', 'the job to fail');
    await bare.close();
    expect(await deadLetterOf(jobId)).toBeUndefined();

    const worker = spawnTestWorker(db.config, { TEST_WORKER_JOBS: 'crash' });
    await worker.ready();
    await waitFor(async () => (await deadLetterOf(jobId)) !== undefined, () => `the sweep to dead-letter the job; output:\n${worker.output()}`);
    await worker.kill('SIGTERM');

    const entries = await deadLettersOf(jobId);
    expect(entries).toHaveLength(1);
    expect(entries[0].data).toEqual(
      expect.objectContaining({ tenantId: tenant.id, queue: crashQueue.name, jobId, error: 'the modem firmware is bricked' }),
    );
  }, 60_000);
});
