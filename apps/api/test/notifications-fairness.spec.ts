// One tenant's flood does not hold up another's notifications: tenant A writes 100,000 notifiable
// events at once; tenant B's few, written once A's mails are flowing, are mailed after only a small
// slice of A's backlog — their place is set by the per-tenant shares of the outbox relay and the
// notification feeder, not by A's queue. Asserted as ordering (how many of A's mails went out while
// B waited), never as a wall-clock time.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createMarketplaceTenant,
  createTestUser,
  type MarketplaceTenant,
  SmtpSink,
  startWorkerProcess,
  stopWorkerProcesses,
  waitUntil,
} from '@quartier/testing';
import { emailTally, insertApprovalEvents, messageIdOf } from './notification-load.js';
import { startTestApi, type TestApi } from './test-api.js';

const FLOOD = 100_000;
const TRICKLE = 20;
const SENDER = 'no-reply@quartier.localhost';
/** Notification work a tenant may have in flight (the product's default). */
const TENANT_MAX_IN_FLIGHT = 400;
/**
 * Mails of A's that may go out between B's events being written and B's last mail: what A had in
 * flight when B arrived, twice over — under 1 % of A's flood. Served in arrival order, B would wait
 * for all of it.
 */
const MAX_OF_A_WHILE_B_WAITS = 2 * TENANT_MAX_IN_FLIGHT;

describe('notifications: one tenant’s flood and another tenant’s trickle', () => {
  let api: TestApi;
  let sink: SmtpSink;
  let flooding: MarketplaceTenant;
  let quiet: MarketplaceTenant;
  const floodRecipients: string[] = [];
  const quietRecipients: string[] = [];

  beforeAll(async () => {
    sink = await SmtpSink.start();
    api = await startTestApi();
    flooding = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich' });
    quiet = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich' });
    for (let i = 0; i < 10; i += 1) floodRecipients.push((await createTestUser(api, flooding, { roles: ['helper'] })).id);
    for (let i = 0; i < 5; i += 1) quietRecipients.push((await createTestUser(api, quiet, { roles: ['helper'] })).id);
  });

  afterAll(async () => {
    await stopWorkerProcesses();
    await api?.close();
    await sink?.stop();
  });

  it('mails tenant B’s notifications after a small slice of tenant A’s 100,000, not after all of them', async () => {
    expect(await insertApprovalEvents(api, flooding.id, floodRecipients, FLOOD)).toHaveLength(FLOOD);
    const worker = startWorkerProcess(api.db.config, { SMTP_URL: sink.url, MAIL_FROM_ADDRESS: SENDER, NOTIFY_TENANT_MAX_IN_FLIGHT: String(TENANT_MAX_IN_FLIGHT) });
    await worker.ready();
    await waitUntil('tenant A’s mails to flow', async () => ((await emailTally(api, flooding.id)).sent >= 200 ? true : undefined), 300_000);

    const before = await emailTally(api, flooding.id);
    expect(await insertApprovalEvents(api, quiet.id, quietRecipients, TRICKLE)).toHaveLength(TRICKLE);
    await waitUntil('tenant B’s mails', async () => ((await emailTally(api, quiet.id)).sent === TRICKLE ? true : undefined), 300_000);
    const after = await emailTally(api, flooding.id);
    await worker.kill('SIGKILL');

    const ofAWhileBWaited = after.sent - before.sent;
    expect(ofAWhileBWaited).toBeLessThanOrEqual(MAX_OF_A_WHILE_B_WAITS);
    // A's flood is still mostly waiting: B went ahead of it rather than after it.
    const [waitingOfA] = await api.db.ownerQuery<{ outbox: string; inbox: string }>(
      `select (select count(*) from outbox_events where tenant_id = $1 and relayed_at is null)::text as outbox,
              (select count(*) from notification_inbox where tenant_id = $1)::text as inbox`,
      [flooding.id],
    );
    expect(Number(waitingOfA.outbox) + Number(waitingOfA.inbox) + after.open).toBeGreaterThan(FLOOD / 2);

    // Each of B's mails arrived once.
    const ofB = await api.db.ownerQuery<{ id: string }>(`select id from notification_deliveries where tenant_id = $1 and channel = 'email'`, [quiet.id]);
    const copies = new Map<string, number>();
    for (const mail of sink.messages()) copies.set(mail.messageId ?? '', (copies.get(mail.messageId ?? '') ?? 0) + 1);
    expect(ofB.map((delivery) => copies.get(messageIdOf(delivery.id, SENDER)))).toEqual(ofB.map(() => 1));
  }, 600_000);
});
