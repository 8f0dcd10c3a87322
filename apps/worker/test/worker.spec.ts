// The worker process in-process: outbox events become jobs, a job that keeps failing is copied to
// the dead-letter queue with its tenant id, unrouted events are settled, and /health + /metrics answer.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DEAD_LETTER_QUEUE, type DeadLetterData, type QueueFactory, REDIS } from '@quartier/platform';
import type { Redis } from 'ioredis';
import request from 'supertest';
import { insertTestTenant, type TestDatabase } from '@quartier/testing';
import { createWorkerApp } from '../src/worker.app.js';
import { failingQueue, pingQueue, probeKey, testJobs } from './support/test-jobs.js';
import { type Emitter, type WorkerTestbed, openWorkerTestbed, waitFor } from './support/worker-harness.js';

describe('worker', () => {
  let db: TestDatabase;
  let emitter: Emitter;
  let queues: QueueFactory;
  let app: NestFastifyApplication;
  let bed: WorkerTestbed;
  beforeAll(async () => {
    bed = await openWorkerTestbed();
    ({ db, emitter, queues } = bed);
    app = await createWorkerApp(db.config, testJobs('failing'));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(async () => {
    await app?.close();
    await bed?.close();
  });

  const get = (url: string) => request(app.getHttpServer()).get(url);

  it('copies a job that failed on every attempt to the dead-letter queue, with its tenant id', async () => {
    const tenant = await insertTestTenant(db);
    const [eventId] = await emitter.emit(tenant.id, 'test.fail', ['order-7']);
    const deadLetters = queues.deadLetterQueue();
    await waitFor(async () => (await deadLetters.count()) > 0, 'the job to be dead-lettered');

    const [entry] = await deadLetters.getJobs(['wait']);
    const data = entry.data as DeadLetterData;
    expect(data).toEqual(
      expect.objectContaining({
        tenantId: tenant.id,
        queue: failingQueue.name,
        name: 'test.fail',
        jobId: eventId,
        attemptsMade: 3,
        error: 'the partner API refused aggregate order-7',
      }),
    );
    expect(data.data).toEqual(expect.objectContaining({ tenantId: tenant.id, eventId, aggregateId: 'order-7' }));

    const original = await queues.queue(failingQueue.name).getJob(eventId);
    expect(await original?.getState()).toBe('failed');
    expect(original?.attemptsMade).toBe(3);
    expect(await app.get<Redis>(REDIS).get(probeKey(db.config.QUEUE_PREFIX, 'attempts', eventId))).toBe('3');

    const metrics = await get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.text).toMatch(/quartier_jobs_total\{[^}]*outcome="dead_lettered"[^}]*\} 1/);
    expect(metrics.text).toMatch(/quartier_outbox_relayed_total\{[^}]*\} [1-9]/);
  });

  it('settles an event that no job is routed for, without enqueueing anything', async () => {
    const tenant = await insertTestTenant(db);
    const [eventId] = await emitter.emit(tenant.id, 'test.nobody-listens', ['x']);
    await waitFor(async () => {
      const [row] = await db.ownerQuery<{ relayed: boolean }>(`select relayed_at is not null as relayed from outbox_events where id = $1`, [eventId]);
      return row.relayed;
    }, 'the unrouted event to be settled');
    for (const name of [pingQueue.name, failingQueue.name, DEAD_LETTER_QUEUE]) {
      expect(await queues.queue(name).getJob(eventId)).toBeUndefined();
    }
  });

  it('reports Postgres and Redis healthy on /health', async () => {
    const response = await get('/health');
    expect(response.status).toBe(200);
    expect(response.body.details).toEqual({ postgres: { status: 'up' }, redis: { status: 'up' } });
  });
});
