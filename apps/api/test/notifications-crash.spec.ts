// Notifications survive their worker being killed: 10,000 outbox events, each one email, are fanned
// out and mailed to a real SMTP server on loopback by a real worker process that is SIGKILLed at
// random moments and restarted. In the end the mailbox holds every message exactly once.
//
// "Exactly once" is counted the way a mailbox counts it: by Message-ID. Each delivery has one
// Message-ID, written before its first send. SMTP has no idempotent submit and no way to ask a
// server whether it took a message, so a worker killed after the server accepted a message and
// before the outcome was written sends it again, with the same Message-ID, when the delivery's lease
// runs out; receivers (and this sink's mailbox view) keep one copy. Those raw repeats can only come
// from sends in flight at a kill, so the suite also bounds them by that.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEAD_LETTER_QUEUE, QueueFactory } from '@quartier/platform';
import {
  createMarketplaceTenant,
  createTestUser,
  type MarketplaceTenant,
  seededRandom,
  SmtpSink,
  startWorkerProcess,
  stopWorkerProcesses,
  waitUntil,
  type WorkerProcess,
} from '@quartier/testing';
import { emailTally, insertApprovalEvents, messageIdOf } from './notification-load.js';
import { startTestApi, type TestApi } from './test-api.js';

const NOTIFICATIONS = 10_000;
const RECIPIENTS = 20;
const KILLS = 4;
const MAX_IN_FLIGHT = 20;
const SENDER = 'no-reply@quartier.localhost';

describe('notifications under worker crashes', () => {
  let api: TestApi;
  let sink: SmtpSink;
  let tenant: MarketplaceTenant;
  let queues: QueueFactory;
  let workerEnv: Record<string, string>;
  const recipients: string[] = [];

  beforeAll(async () => {
    sink = await SmtpSink.start();
    api = await startTestApi();
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich' });
    for (let i = 0; i < RECIPIENTS; i += 1) recipients.push((await createTestUser(api, tenant, { roles: ['helper'] })).id);
    queues = new QueueFactory(api.db.config);
    workerEnv = {
      SMTP_URL: sink.url,
      MAIL_FROM_ADDRESS: SENDER,
      NOTIFY_LEASE_MS: '2000',
      NOTIFY_SEND_TIMEOUT_MS: '2000',
      NOTIFY_TENANT_MAX_IN_FLIGHT: String(MAX_IN_FLIGHT),
      QUEUE_LOCK_DURATION_MS: '1500',
      LOG_LEVEL: 'warn',
    };
  });

  afterAll(async () => {
    await stopWorkerProcesses();
    await queues?.close();
    await api?.close();
    await sink?.stop();
  });

  it('mails each of 10,000 notifications exactly once while the worker is killed again and again', async () => {
    const events = await insertApprovalEvents(api, tenant.id, recipients, NOTIFICATIONS);
    expect(events).toHaveLength(NOTIFICATIONS);

    const random = seededRandom(20261201);
    let worker: WorkerProcess = startWorkerProcess(api.db.config, workerEnv);
    await worker.ready();
    const distinct = () => new Set(sink.messages().map((mail) => mail.messageId)).size;
    let kills = 0;
    let killedDuringFanOut = false;
    for (let kill = 1; kill <= KILLS; kill += 1) {
      // The first kill as soon as mail flows, while events are still being fanned out; the others spread over the run.
      const target = kill === 1 ? 50 : Math.floor((NOTIFICATIONS * (kill - 1 + random())) / (KILLS + 1));
      await waitUntil(`${target} mails before kill ${kill}`, async () => (distinct() >= target ? true : undefined), 300_000);
      const [inbox] = await api.db.ownerQuery<{ n: string }>(`select count(*)::text as n from notification_inbox where tenant_id = $1`, [tenant.id]);
      if (Number(inbox.n) > 0) killedDuringFanOut = true;
      await worker.kill('SIGKILL');
      kills += 1;
      worker = startWorkerProcess(api.db.config, workerEnv);
      await worker.ready();
    }
    expect(kills).toBe(KILLS);
    expect(killedDuringFanOut).toBe(true);

    await waitUntil(
      'every notification to be mailed',
      async () => {
        const tally = await emailTally(api, tenant.id);
        return tally.sent === NOTIFICATIONS ? tally : undefined;
      },
      480_000,
    );

    // Quartier's side: one email delivery per event, all sent, nothing left in flight or in the inbox.
    expect(await emailTally(api, tenant.id)).toEqual({ total: NOTIFICATIONS, sent: NOTIFICATIONS, open: 0 });
    const [perEvent] = await api.db.ownerQuery<{ events: string; inbox: string; in_app: string }>(
      `select (select count(distinct event_id) from notification_deliveries where tenant_id = $1 and channel = 'email')::text as events,
              (select count(*) from notification_inbox where tenant_id = $1)::text as inbox,
              (select count(*) from notifications where tenant_id = $1)::text as in_app`,
      [tenant.id],
    );
    expect(perEvent).toEqual({ events: String(NOTIFICATIONS), inbox: '0', in_app: String(NOTIFICATIONS) });

    // The mailbox's side: every delivery's Message-ID, and no other, arrived.
    const deliveries = await api.db.ownerQuery<{ id: string }>(`select id from notification_deliveries where tenant_id = $1 and channel = 'email'`, [tenant.id]);
    const expected = new Set(deliveries.map((delivery) => messageIdOf(delivery.id, SENDER)));
    const received = new Set(sink.messages().map((mail) => mail.messageId));
    expect(received.size).toBe(NOTIFICATIONS);
    expect([...expected].filter((id) => !received.has(id))).toEqual([]);
    expect([...received].filter((id) => !expected.has(id as string))).toEqual([]);

    // Raw repeats (the same Message-ID twice) only for sends cut by a kill: at most the sends in
    // flight at each kill, and never a third copy.
    const repeats = sink.duplicates();
    expect(repeats.every((repeat) => repeat.count === 2)).toBe(true);
    expect(repeats.length).toBeLessThanOrEqual(KILLS * MAX_IN_FLIGHT);
    expect(sink.count()).toBe(NOTIFICATIONS + repeats.length);

    // A notification job cut by a kill is harmless (its lease hands the work out again): none is dead-lettered.
    const deadLetters = await queues.queue(DEAD_LETTER_QUEUE).getJobs(['waiting']);
    expect(deadLetters.map((job) => job.data)).toEqual([]);
  }, 900_000);
});
