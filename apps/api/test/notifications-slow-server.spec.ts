// A slow mail server: a worker's batches of mail wait their turn on the pooled connections, which
// every batch running in the process shares, so a batch can still be sending long after the lease it
// was claimed under would have run out. The lease is renewed while the batch sends: nothing is
// handed out again while it is still being sent, and every mail arrives once.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createMarketplaceTenant, createTestUser, type MarketplaceTenant, SmtpSink, startWorkerProcess, stopWorkerProcesses, waitUntil } from '@quartier/testing';
import { emailTally, insertApprovalEvents, messageIdOf } from './notification-load.js';
import { startTestApi, type TestApi } from './test-api.js';

const NOTIFICATIONS = 1_000;
const SENDER = 'no-reply@quartier.localhost';
/** Each mail answered after this: 1,000 mails over five connections take about a minute. */
const REPLY_DELAY_MS = 300;
/**
 * A claim of 50 mails is leased for ⌈50 ÷ 5⌉ send timeouts plus 10 s: 40 s, well short of the
 * minute the last batches wait. The timeout itself stays ten times the server's delay, so no send
 * gives up on a reply that is merely slow.
 */
const SEND_TIMEOUT_MS = 3_000;

describe('notifications to a slow mail server', () => {
  let api: TestApi;
  let sink: SmtpSink;
  let tenant: MarketplaceTenant;
  const recipients: string[] = [];

  beforeAll(async () => {
    sink = await SmtpSink.start({ replyDelayMs: REPLY_DELAY_MS });
    api = await startTestApi();
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich' });
    for (let i = 0; i < 8; i += 1) recipients.push((await createTestUser(api, tenant, { roles: ['helper'] })).id);
  });

  afterAll(async () => {
    await stopWorkerProcesses();
    await api?.close();
    await sink?.stop();
  });

  it('keeps a batch leased while it waits for the shared connections, so nothing is sent twice', async () => {
    await insertApprovalEvents(api, tenant.id, recipients, NOTIFICATIONS);
    const worker = startWorkerProcess(api.db.config, {
      SMTP_URL: sink.url,
      MAIL_FROM_ADDRESS: SENDER,
      NOTIFY_SEND_TIMEOUT_MS: String(SEND_TIMEOUT_MS),
      // Every batch at once, all sharing the five connections.
      NOTIFY_TENANT_MAX_IN_FLIGHT: '2000',
      // Long enough for any send still queued on the connections to go out before the worker exits.
      WORKER_SHUTDOWN_TIMEOUT_MS: '60000',
    });
    await worker.ready();
    await waitUntil('every mail', async () => ((await emailTally(api, tenant.id)).sent === NOTIFICATIONS ? true : undefined), 300_000);
    // A copy handed out again would still be waiting for a connection after the first was recorded:
    // the worker stops only once its jobs are done, so the sink has then seen every copy there is.
    await worker.kill('SIGTERM');

    // Each hand-out of a delivery ended in an attempt of its own: no lease ran out under a batch still
    // sending (that hands the delivery out again while the first attempt is under way).
    const rows = await api.db.ownerQuery<{ id: string; handouts: number; attempts: number; status: string }>(
      `select id, handouts, attempts, status from notification_deliveries where tenant_id = $1 and channel = 'email'`,
      [tenant.id],
    );
    expect(rows).toHaveLength(NOTIFICATIONS);
    expect(rows.filter((row) => row.handouts !== row.attempts || row.status !== 'sent')).toEqual([]);
    expect(new Set(sink.messages().map((mail) => mail.messageId))).toEqual(new Set(rows.map((row) => messageIdOf(row.id, SENDER))));
    // The one way left to a repeat: a send whose reply came after its timeout (the machine stalled for
    // seconds) is tried again as a second attempt. No mail sent once comes twice, none comes three times.
    const retried = new Set(rows.filter((row) => row.attempts > 1).map((row) => messageIdOf(row.id, SENDER)));
    const repeats = sink.duplicates();
    expect(repeats.filter((repeat) => repeat.count > 2 || !retried.has(repeat.messageId))).toEqual([]);
  }, 400_000);
});
