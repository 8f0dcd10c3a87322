// Notifications survive Redis being lost: the worker runs on a Redis of the test's own that is
// killed mid-run and started again empty (it keeps nothing on disk, like the machine's). The
// worker process is left alone: its connections come back by themselves, the work Redis lost is
// handed out again from Postgres when its lease runs out, and every mail arrives once.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createMarketplaceTenant,
  createTestUser,
  type MarketplaceTenant,
  RedisServerProcess,
  SmtpSink,
  startWorkerProcess,
  stopWorkerProcesses,
  waitUntil,
} from '@quartier/testing';
import { emailTally, insertApprovalEvents, messageIdOf } from './notification-load.js';
import { startTestApi, type TestApi } from './test-api.js';

const NOTIFICATIONS = 3_000;
const SENDER = 'no-reply@quartier.localhost';
/** The promise: after Redis is back, mail flows again within this. */
const RESUME_WITHIN_MS = 30_000;

describe('notifications across a Redis restart', () => {
  let api: TestApi;
  let sink: SmtpSink;
  let redis: RedisServerProcess;
  let tenant: MarketplaceTenant;
  const recipients: string[] = [];

  beforeAll(async () => {
    sink = await SmtpSink.start();
    redis = await RedisServerProcess.start();
    api = await startTestApi();
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich' });
    for (let i = 0; i < 10; i += 1) recipients.push((await createTestUser(api, tenant, { roles: ['helper'] })).id);
  });

  afterAll(async () => {
    await stopWorkerProcesses();
    await api?.close();
    await sink?.stop();
    await redis?.stop();
  });

  it('resumes by itself once Redis is back, losing and doubling nothing', async () => {
    await insertApprovalEvents(api, tenant.id, recipients, NOTIFICATIONS);
    const worker = startWorkerProcess(api.db.config, {
      REDIS_URL: redis.url,
      SMTP_URL: sink.url,
      MAIL_FROM_ADDRESS: SENDER,
      NOTIFY_LEASE_MS: '3000',
      NOTIFY_SEND_TIMEOUT_MS: '2000',
      // No per-tenant cap below the queue's window, so Redis holds waiting jobs (not only running ones) to lose.
      NOTIFY_TENANT_MAX_IN_FLIGHT: '2000',
    });
    await worker.ready();
    await waitUntil('a third of the mails', async () => ((await emailTally(api, tenant.id)).sent >= NOTIFICATIONS / 3 ? true : undefined), 300_000);

    await redis.crash();
    // Work handed out to Redis and now lost with it: fan-outs and deliveries under a lease, not yet sending.
    const [lost] = await api.db.ownerQuery<{ n: string }>(
      `select ((select count(*) from notification_inbox where tenant_id = $1 and lease_until is not null)
             + (select count(*) from notification_deliveries where tenant_id = $1 and status = 'queued'))::text as n`,
      [tenant.id],
    );
    expect(Number(lost.n)).toBeGreaterThan(0);
    const atCrash = await emailTally(api, tenant.id);
    expect(atCrash.open).toBeGreaterThan(0);
    // Down long enough for every connection to notice and for leases to run out meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    await redis.startAgain();
    const atRestart = await emailTally(api, tenant.id);

    await waitUntil('mail to flow again after the restart', async () => ((await emailTally(api, tenant.id)).sent > atRestart.sent ? true : undefined), RESUME_WITHIN_MS);
    await waitUntil('every mail', async () => ((await emailTally(api, tenant.id)).sent === NOTIFICATIONS ? true : undefined), 300_000);

    // The same worker process did it: nothing restarted it.
    expect(worker.child.exitCode).toBeNull();
    expect(worker.child.signalCode).toBeNull();

    expect(await emailTally(api, tenant.id)).toEqual({ total: NOTIFICATIONS, sent: NOTIFICATIONS, open: 0 });
    const deliveries = await api.db.ownerQuery<{ id: string }>(`select id from notification_deliveries where tenant_id = $1 and channel = 'email'`, [tenant.id]);
    const received = sink.messages().map((mail) => mail.messageId);
    expect(new Set(received)).toEqual(new Set(deliveries.map((delivery) => messageIdOf(delivery.id, SENDER))));
    expect(new Set(received).size).toBe(NOTIFICATIONS);
    // No worker died. A send whose reply came after its timeout (the machine stalled for seconds) is
    // tried again as a second attempt, and that mail comes again with the same Message-ID (a mailbox
    // keeps one). Such raw repeats stay few and never make a third copy; a lease running out under a
    // batch still being sent (the defect this guards) doubled hundreds, each on its first attempt.
    const attempts = await api.db.ownerQuery<{ id: string; attempts: number }>(`select id, attempts from notification_deliveries where tenant_id = $1 and channel = 'email'`, [tenant.id]);
    const retried = new Set(attempts.filter((delivery) => delivery.attempts > 1).map((delivery) => messageIdOf(delivery.id, SENDER)));
    const repeats = sink.duplicates();
    expect(repeats.filter((repeat) => repeat.count > 2 || !retried.has(repeat.messageId))).toEqual([]);
    expect(repeats.length).toBeLessThanOrEqual(50);
    const [left] = await api.db.ownerQuery<{ inbox: string; outbox: string }>(
      `select (select count(*) from notification_inbox where tenant_id = $1)::text as inbox,
              (select count(*) from outbox_events where tenant_id = $1 and relayed_at is null)::text as outbox`,
      [tenant.id],
    );
    expect(left).toEqual({ inbox: '0', outbox: '0' });
  }, 600_000);
});
