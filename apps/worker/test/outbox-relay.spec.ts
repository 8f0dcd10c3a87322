// DESIGN invariant 4 (issue 2, test 7): an event of a rolled-back transaction is never relayed; a
// committed one becomes exactly one job, even when the relay process is SIGKILLed mid-batch and
// restarted, again and again.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type QueueFactory, redisQueueName } from '@quartier/platform';
import { clearRedisNamespace, createTestDatabase, insertTestTenant, openRoleSession, type TestDatabase } from '@quartier/testing';
import { pingQueue } from './support/test-jobs.js';
import { type Emitter, openQueues, spawnTestWorker, startEmitter, stopTestWorkers, waitFor } from './support/worker-harness.js';

// Enough events that a relay running on between kills cannot drain them before the last round.
const EVENTS = 600;
const BATCH = 20;

describe('outbox relay', () => {
  let db: TestDatabase;
  let emitter: Emitter;
  let queues: QueueFactory;

  beforeAll(async () => {
    db = await createTestDatabase();
    emitter = await startEmitter(db.config);
    queues = openQueues(db.config);
  });
  afterAll(async () => {
    await stopTestWorkers();
    await emitter?.close();
    await queues?.close();
    await clearRedisNamespace(db.config.REDIS_URL, db.config.QUEUE_PREFIX);
    await db.drop();
  });

  const relayedCount = async () =>
    Number((await db.ownerQuery<{ n: string }>(`select count(*) as n from outbox_events where relayed_at is not null`))[0].n);
  const queuedCount = () => queues.queue(pingQueue.name).count();
  const blockedMarkings = async () =>
    Number(
      (
        await db.ownerQuery<{ n: string }>(
          `select count(*) as n from pg_stat_activity
           where datname = current_database() and wait_event_type = 'Lock' and query like 'update outbox_events%'`,
        )
      )[0].n,
    );

  it('relays committed events exactly once across SIGKILLed relays, and never a rolled-back one', async () => {
    const [tenantA, tenantB] = [await insertTestTenant(db), await insertTestTenant(db)];
    const rolledBackId = await emitter.emitAndRollBack(tenantA.id, 'test.ping', 'never');
    const eventIds: string[] = [];
    for (let round = 0; round < EVENTS / 10; round++) {
      const tenant = round % 2 === 0 ? tenantA : tenantB;
      eventIds.push(...(await emitter.emit(tenant.id, 'test.ping', Array.from({ length: 10 }, (_, i) => `a${round}-${i}`))));
    }

    let killedMidBatch = 0;
    for (let round = 0; round < 3; round++) {
      if ((await relayedCount()) > EVENTS - 2 * BATCH) break;
      // Freeze the relay between enqueueing and committing: SHARE mode lets it claim rows (FOR UPDATE)
      // but blocks its UPDATE, so when jobs appear the batch is provably in flight — kill it there.
      const lock = await openRoleSession(db.config.DATABASE_URL);
      await lock.query('begin');
      await lock.query('lock table outbox_events in share mode');
      const before = await relayedCount();
      const queuedBefore = await queuedCount();
      const relay = spawnTestWorker(db.config, { TEST_WORKER_JOBS: 'relay', TEST_OUTBOX_BATCH_SIZE: String(BATCH) });
      // The UPDATE that marks the batch runs only after the batch's jobs were added to the queue.
      await waitFor(async () => (await blockedMarkings()) > 0, () => `the relay to block before committing; output:\n${relay.output()}`);
      await relay.kill('SIGKILL');
      killedMidBatch += 1;
      expect(await relayedCount()).toBe(before);
      expect(await queuedCount()).toBeGreaterThanOrEqual(queuedBefore);
      expect(await queuedCount()).toBeGreaterThan(before);
      await lock.query('rollback');
      await lock.end();
      // The killed relay's session notices its client is gone and rolls back.
      await waitFor(async () => (await blockedMarkings()) === 0, 'the killed relay session to end');

      // Then let a fresh relay make some progress and kill it wherever it happens to be.
      const next = spawnTestWorker(db.config, { TEST_WORKER_JOBS: 'relay', TEST_OUTBOX_BATCH_SIZE: String(BATCH) });
      await waitFor(async () => (await relayedCount()) >= Math.min(EVENTS, before + BATCH), () => `progress; output:\n${next.output()}`);
      await next.kill('SIGKILL');
    }
    expect(killedMidBatch).toBeGreaterThanOrEqual(2);

    const last = spawnTestWorker(db.config, { TEST_WORKER_JOBS: 'relay', TEST_OUTBOX_BATCH_SIZE: String(BATCH) });
    await waitFor(async () => (await relayedCount()) === EVENTS, () => `every event to be relayed; output:\n${last.output()}`);
    await last.kill('SIGTERM');

    const rows = await db.ownerQuery<{ id: string; relayed: boolean }>(`select id, relayed_at is not null as relayed from outbox_events`);
    expect(rows).toHaveLength(EVENTS);
    expect(rows.every((row) => row.relayed)).toBe(true);
    expect(rows.map((row) => row.id)).not.toContain(rolledBackId);

    const queue = queues.queue(pingQueue.name);
    expect(queue.name).toBe(redisQueueName(pingQueue.name));
    const jobs = await queue.getJobs(['wait', 'active', 'delayed', 'prioritized', 'completed', 'failed'], 0, EVENTS * 2);
    expect(jobs).toHaveLength(EVENTS);
    expect(new Set(jobs.map((job) => job.id))).toEqual(new Set(eventIds));
    expect(await queue.getJob(rolledBackId)).toBeUndefined();
    for (const job of jobs) {
      expect(job.name).toBe('test.ping');
      expect(job.data).toEqual(expect.objectContaining({ v: 1, eventId: job.id, tenantId: expect.any(String) }));
      expect([tenantA.id, tenantB.id]).toContain(job.data.tenantId);
      expect(job.data.context.tenantId).toBe(job.data.tenantId);
    }
  }, 180_000);

  it('serves every tenant with pending events in each batch, and keeps polling an empty outbox without errors', async () => {
    const [flooding, quiet] = [await insertTestTenant(db), await insertTestTenant(db)];
    const relay = spawnTestWorker(db.config, { TEST_WORKER_JOBS: 'relay', TEST_OUTBOX_BATCH_SIZE: String(BATCH) });
    // Idle polls of an outbox with nothing pending first.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const flood = await emitter.emit(flooding.id, 'test.ping', Array.from({ length: 10 * BATCH }, (_, i) => `flood-${i}`));
    const trickle = await emitter.emit(quiet.id, 'test.ping', ['trickle-1', 'trickle-2', 'trickle-3']);
    const relayedAt = async (ids: string[]) =>
      (await db.ownerQuery<{ at: Date | null }>(`select relayed_at as at from outbox_events where id = any($1::uuid[])`, [ids])).map((row) => row.at?.getTime() ?? null);
    await waitFor(async () => (await relayedAt([...flood, ...trickle])).every((at) => at !== null), () => `every event to be relayed; output:\n${relay.output()}`);
    await relay.kill('SIGTERM');

    // Batches are marked with their transaction's time: the quiet tenant's events went in the first
    // batch that found them, ahead of most of the flood written before them.
    const floodTimes = (await relayedAt(flood)) as number[];
    const trickleTimes = (await relayedAt(trickle)) as number[];
    const latestOfTrickle = Math.max(...trickleTimes);
    expect(floodTimes.filter((at) => at > latestOfTrickle).length).toBeGreaterThan(flood.length / 2);
    expect(relay.output()).not.toContain('outbox relay failed');
  }, 60_000);
});
