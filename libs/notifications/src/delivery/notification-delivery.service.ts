// Sends the current attempt of a handful of one tenant's deliveries (one job of the feeder's). The
// attempts are claimed together in a committed transaction first (status `sending` with a lease), the
// providers are called outside any transaction, side by side, and the outcomes are written together in
// a second one: sent; kept (no server configured — rendered and readable in the log); failed for
// good (a permanent failure, or the last attempt, which is also copied to the dead-letter queue with
// the tenant id); or pending again, due after a backoff with jitter (SMS never inside quiet hours).
// While a batch is sending, its lease is renewed (its mails may wait for a pooled connection behind
// other batches of the process for longer than any fixed lease). A worker killed mid-send stops
// renewing and leaves the lease to run out, and the attempt is sent again with the same Message-ID /
// idempotency key, so receivers can recognise the repeat.
import { Inject, Injectable } from '@nestjs/common';
import {
  addDeadLetter,
  APP_CONFIG,
  type AppConfig,
  Clock,
  type DeadLetterData,
  QueueFactory,
  type RequestContext,
  retryDelayMs,
  SecretBox,
  TenantDatabase,
  type TenantTransaction,
} from '@quartier/platform';
import { TenantPolicyService } from '@quartier/tenancy';
import { DeliveryFailure } from '../channels/delivery-failure.js';
import { DEFAULT_MAX_CONNECTIONS } from '../channels/smtp-mailer.js';
import { deliveryJobId, notificationsQueue } from '../jobs/notification.jobs.js';
import { sendableAt } from '../quiet-hours.js';
import { NOTIFICATION_SECRET_PURPOSES, NotificationSettingsService, type TenantChannelSettings } from '../settings/notification-settings.service.js';
import { NotificationChannels } from './notification-channels.js';

/** The first retry of a notification waits this long unless QUEUE_RETRY_BASE_MS says otherwise. */
const RETRY_BASE_MS = 30_000;
/** Margin over the send timeout before a `sending` lease counts as abandoned. */
const SENDING_LEASE_MARGIN_MS = 10_000;

/** A delivery and the hand-out a job was given it under. */
export interface DeliveryHandout {
  id: string;
  handout: number;
}

export interface DeliveryRow {
  id: string;
  event_id: string;
  event_type: string;
  kind: string;
  channel: 'email' | 'sms' | 'webhook';
  recipient_id: string;
  address: string;
  subject: string | null;
  body: string;
  html: string | null;
  attempts: number;
  handouts: number;
  max_attempts: number;
}

type Outcome =
  | { kind: 'sent'; providerMessageId: string | null; code: string | null; excerpt: string | null }
  | { kind: 'kept'; reason: string }
  | { kind: 'failed'; failure: DeliveryFailure; excerpt: string | null };

export interface Claimed {
  delivery: DeliveryRow;
  channels: TenantChannelSettings;
  siteName: string;
  timeZone: string;
  webhookSecret: string | null;
}

@Injectable()
export class NotificationDeliveryService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(NotificationSettingsService) private readonly settings: NotificationSettingsService,
    @Inject(NotificationChannels) private readonly channels: NotificationChannels,
    @Inject(TenantPolicyService) private readonly policies: TenantPolicyService,
    @Inject(SecretBox) private readonly secrets: SecretBox,
    @Inject(QueueFactory) private readonly queues: QueueFactory,
  ) {}

  /** Sends the deliveries' current attempts; returns a summary of the outcomes (for the job's log line). */
  async deliver(ctx: RequestContext, input: { deliveries: readonly DeliveryHandout[]; signal?: AbortSignal }): Promise<string> {
    const claimed = await this.claim(ctx, input.deliveries);
    if (claimed.length === 0) return 'skipped';
    return this.sendClaimed(ctx, claimed, input.signal);
  }

  /** Only the newest hand-out of a queued delivery may send it; any other copy of its job is stale and claims nothing. */
  private claim(ctx: RequestContext, handouts: readonly DeliveryHandout[]): Promise<Claimed[]> {
    return this.db.run(ctx, async (tx) => {
      const now = this.clock.now();
      const deliveries = await tx.query<DeliveryRow>(
        `update notification_deliveries d set status = 'sending', lease_until = $4, updated_at = $5
           from unnest($2::uuid[], $3::int[]) as handed (id, handout)
          where d.tenant_id = $1 and d.id = handed.id and d.handouts = handed.handout and d.status = 'queued'
          returning d.id, d.event_id, d.event_type, d.kind, d.channel, d.recipient_id, d.address, d.subject, d.body, d.html, d.attempts, d.handouts, d.max_attempts`,
        [tx.tenantId, handouts.map((one) => one.id), handouts.map((one) => one.handout), this.sendingLeaseUntil(now, handouts.length), now],
      );
      return this.claimedIn(tx, deliveries);
    });
  }

  /**
   * Deliveries this transaction has just set `sending` (with the lease of `sendingLeaseUntil`), with
   * what sending them needs from the site. The fan-out uses it for what it writes due now, so its job
   * sends them right after committing (`sendClaimed`) without reading them back.
   */
  async claimedIn(tx: TenantTransaction, deliveries: readonly DeliveryRow[]): Promise<Claimed[]> {
    if (deliveries.length === 0) return [];
    const channels = await this.settings.channelsIn(tx);
    const branding = await this.policies.currentDocumentIn(tx, 'branding');
    const [tenant] = await tx.query<{ name: string; timezone: string }>(`select name, timezone from tenants where id = $1`, [tx.tenantId]);
    const secrets = await this.webhookSecretsIn(tx, deliveries.filter((delivery) => delivery.channel === 'webhook').map((delivery) => delivery.recipient_id));
    const site = { channels, siteName: branding.displayName || tenant.name, timeZone: tenant.timezone };
    return deliveries.map((delivery) => ({ delivery, ...site, webhookSecret: secrets.get(delivery.recipient_id) ?? null }));
  }

  /** When a claim of `count` deliveries made now runs out unless renewed (see sendingLeaseMs). */
  sendingLeaseUntil(now: Date, count: number): Date {
    return new Date(now.getTime() + this.sendingLeaseMs(count));
  }

  /**
   * How long a claim of `count` deliveries is leased: a pooled mailer sends a batch
   * DEFAULT_MAX_CONNECTIONS at a time, so the batch alone may take that many send timeouts in turn,
   * plus a margin. Batches running side by side share the connections, so a batch may wait longer
   * still: the lease is renewed while it sends (keepLeased), and runs out only when nobody renews it.
   */
  private sendingLeaseMs(count: number): number {
    const rounds = Math.max(1, Math.ceil(count / DEFAULT_MAX_CONNECTIONS));
    return rounds * this.config.NOTIFY_SEND_TIMEOUT_MS + SENDING_LEASE_MARGIN_MS;
  }

  /** Sends deliveries claimed by a committed transaction (see claimedIn) and records the outcomes. */
  async sendClaimed(ctx: RequestContext, claimed: readonly Claimed[], signal?: AbortSignal): Promise<string> {
    if (claimed.length === 0) return 'nothing to send';
    const startedAt = this.clock.now();
    const stopRenewing = this.keepLeased(ctx, claimed);
    let outcomes: Outcome[];
    try {
      outcomes = await Promise.all(claimed.map((one) => this.send(one, signal)));
    } finally {
      // No renewal may run beside the recording, which updates the same rows.
      await stopRenewing();
    }
    return this.record(ctx, claimed, outcomes, startedAt);
  }

  /**
   * Renews the claim's lease every third of its length while the batch sends; returns how to stop
   * (which waits for a renewal under way). A renewal that fails (the database away for a moment) is
   * tried again on the next tick; should none get through, the lease runs out and the feeder hands
   * the mail out again, as after a crash.
   */
  private keepLeased(ctx: RequestContext, claimed: readonly Claimed[]): () => Promise<void> {
    const leaseMs = this.sendingLeaseMs(claimed.length);
    const ids = claimed.map((one) => one.delivery.id);
    const handouts = claimed.map((one) => one.delivery.handouts);
    let renewing: Promise<void> = Promise.resolve();
    const timer = setInterval(() => {
      renewing = renewing.then(() => this.renewLeases(ctx, ids, handouts, leaseMs)).catch(() => undefined);
    }, Math.ceil(leaseMs / 3));
    timer.unref();
    return async () => {
      clearInterval(timer);
      await renewing;
    };
  }

  /** Extends the leases of the deliveries still `sending` under these hand-outs (not one handed out again since). */
  private async renewLeases(ctx: RequestContext, ids: readonly string[], handouts: readonly number[], leaseMs: number): Promise<void> {
    await this.db.run(ctx, (tx) =>
      tx.query(
        `update notification_deliveries d set lease_until = greatest(d.lease_until, $4)
           from unnest($2::uuid[], $3::int[]) as mine (id, handout)
          where d.tenant_id = $1 and d.id = mine.id and d.handouts = mine.handout and d.status = 'sending'`,
        [tx.tenantId, ids, handouts, new Date(this.clock.now().getTime() + leaseMs)],
      ),
    );
  }

  /** The signing secrets of the enabled endpoints among `endpointIds`. */
  private async webhookSecretsIn(tx: TenantTransaction, endpointIds: string[]): Promise<Map<string, string>> {
    if (endpointIds.length === 0) return new Map();
    const endpoints = await tx.query<{ id: string; secret_sealed: string }>(
      `select id, secret_sealed from webhook_endpoints where tenant_id = $1 and id = any($2::uuid[]) and enabled`,
      [tx.tenantId, [...new Set(endpointIds)]],
    );
    return new Map(endpoints.map((endpoint) => [endpoint.id, this.secrets.open(NOTIFICATION_SECRET_PURPOSES.webhookSecret(tx.tenantId), endpoint.secret_sealed)]));
  }

  private async send(claimed: Claimed, signal?: AbortSignal): Promise<Outcome> {
    const { delivery, channels } = claimed;
    try {
      if (delivery.channel === 'email') {
        if (!channels.smtpUrl) return { kind: 'kept', reason: 'No mail server is configured: the message is kept in the notification log' };
        const from = { name: channels.senderName ?? claimed.siteName, address: channels.senderAddress ?? this.config.MAIL_FROM_ADDRESS };
        const receipt = await this.channels.mailerFor(channels.smtpUrl).send(
          {
            messageId: `<${delivery.id}@${from.address.split('@')[1]}>`,
            from,
            to: delivery.address,
            subject: delivery.subject ?? claimed.siteName,
            text: delivery.body,
            html: delivery.html ?? delivery.body,
            headers: { 'X-Quartier-Delivery': delivery.id },
          },
          signal,
        );
        return { kind: 'sent', providerMessageId: receipt.providerMessageId, code: null, excerpt: null };
      }
      if (delivery.channel === 'sms') {
        if (!channels.sms) return { kind: 'kept', reason: 'No SMS account is configured: the message is kept in the notification log' };
        const receipt = await this.channels.smsSenderFor(channels.sms).send({ to: delivery.address, body: delivery.body, idempotencyKey: delivery.id }, signal);
        return { kind: 'sent', providerMessageId: receipt.providerMessageId, code: null, excerpt: null };
      }
      if (!claimed.webhookSecret) return { kind: 'failed', failure: DeliveryFailure.permanent('The webhook endpoint was disabled or removed', 'endpoint_disabled'), excerpt: null };
      const response = await this.channels.webhooks.send(
        {
          url: delivery.address,
          secret: claimed.webhookSecret,
          deliveryId: delivery.id,
          eventType: delivery.event_type,
          body: delivery.body,
          timestamp: Math.floor(this.clock.now().getTime() / 1000),
        },
        signal,
      );
      return { kind: 'sent', providerMessageId: null, code: String(response.status), excerpt: response.bodyExcerpt };
    } catch (error) {
      const failure = error instanceof DeliveryFailure ? error : DeliveryFailure.temporary(error instanceof Error ? error.message : String(error), 'error');
      const excerpt = (error as { bodyExcerpt?: unknown }).bodyExcerpt;
      return { kind: 'failed', failure, excerpt: typeof excerpt === 'string' ? excerpt : null };
    }
  }

  private async record(ctx: RequestContext, claimed: readonly Claimed[], outcomes: readonly Outcome[], startedAt: Date): Promise<string> {
    const deadLetters = await this.db.run(ctx, async (tx) => {
      const now = this.clock.now();
      const results = claimed.map(({ delivery, channels, timeZone }, i) => {
        const outcome = outcomes[i];
        let status: 'sent' | 'kept' | 'failed' | 'pending';
        let dueAt: Date | null = null;
        if (outcome.kind === 'sent' || outcome.kind === 'kept') status = outcome.kind;
        else if (outcome.failure.permanent || delivery.attempts + 1 >= delivery.max_attempts) status = 'failed';
        else {
          status = 'pending';
          const retryAt = new Date(now.getTime() + retryDelayMs(delivery.attempts + 1, this.config.QUEUE_RETRY_BASE_MS ?? RETRY_BASE_MS));
          dueAt = delivery.channel === 'sms' ? sendableAt(retryAt, timeZone, channels.quietHours) : retryAt;
        }
        const code = outcome.kind === 'sent' ? outcome.code : outcome.kind === 'failed' ? outcome.failure.code : null;
        const error = outcome.kind === 'failed' ? outcome.failure.message : outcome.kind === 'kept' ? outcome.reason : null;
        const permanent = outcome.kind === 'failed' && outcome.failure.permanent;
        const excerpt = outcome.kind === 'kept' ? null : outcome.excerpt;
        return { delivery, status, dueAt, code, error, permanent, excerpt, providerMessageId: outcome.kind === 'sent' ? outcome.providerMessageId : null };
      });
      // Only attempts still this run's are recorded: `attempts` and `sending` unchanged since the claim.
      const updated = await tx.query<{ id: string }>(
        `update notification_deliveries d
            set status = r.status, attempts = d.attempts + 1, lease_until = null, due_at = coalesce(r.due_at, d.due_at), last_code = r.code,
                last_error = r.error, permanent = r.permanent, provider_message_id = coalesce(r.provider_message_id, d.provider_message_id),
                sent_at = case when r.status = 'sent' then $2 else d.sent_at end,
                failed_at = case when r.status = 'failed' then $2 else d.failed_at end,
                updated_at = $2
           from unnest($3::uuid[], $4::int[], $5::text[], $6::timestamptz[], $7::text[], $8::text[], $9::boolean[], $10::text[])
                as r (id, attempts, status, due_at, code, error, permanent, provider_message_id)
          where d.tenant_id = $1 and d.id = r.id and d.attempts = r.attempts and d.status = 'sending'
          returning d.id`,
        [
          tx.tenantId,
          now,
          results.map((r) => r.delivery.id),
          results.map((r) => r.delivery.attempts),
          results.map((r) => r.status),
          results.map((r) => r.dueAt),
          results.map((r) => r.code),
          results.map((r) => r.error),
          results.map((r) => r.permanent),
          results.map((r) => r.providerMessageId),
        ],
      );
      const mine = new Set(updated.map((row) => row.id));
      const recorded = results.filter((r) => mine.has(r.delivery.id));
      if (recorded.length > 0) {
        await tx.query(
          `insert into notification_attempts (tenant_id, delivery_id, attempt, started_at, finished_at, outcome, code, error, response_excerpt)
           select $1, * from unnest($2::uuid[], $3::int[], $4::timestamptz[], $5::timestamptz[], $6::text[], $7::text[], $8::text[], $9::text[])`,
          [
            tx.tenantId,
            recorded.map((r) => r.delivery.id),
            recorded.map((r) => r.delivery.attempts + 1),
            recorded.map(() => startedAt),
            recorded.map(() => now),
            recorded.map((r) => (r.status === 'pending' ? 'retry' : r.status)),
            recorded.map((r) => r.code),
            recorded.map((r) => r.error),
            recorded.map((r) => r.excerpt),
          ],
        );
      }
      return recorded.filter((r) => r.status === 'failed' && !r.permanent).map((r) => ({ delivery: r.delivery, error: r.error ?? 'failed' }));
    });
    for (const { delivery, error } of deadLetters) await this.copyToDeadLetter(ctx, delivery, delivery.attempts + 1, error);
    const tally = new Map<string, number>();
    outcomes.forEach((outcome) => {
      const label = outcome.kind === 'failed' ? (outcome.failure.permanent ? 'failed for good' : 'will retry') : outcome.kind;
      tally.set(label, (tally.get(label) ?? 0) + 1);
    });
    return [...tally].map(([label, count]) => `${label}: ${count}`).join(', ');
  }

  /** The last attempt failed: operators replay from the log; platform admins see it in the dead-letter queue. */
  private async copyToDeadLetter(ctx: RequestContext, delivery: DeliveryRow, attempts: number, error: string): Promise<void> {
    const jobId = deliveryJobId(delivery.id, delivery.handouts);
    const data: DeadLetterData = {
      v: 1,
      tenantId: ctx.requireTenantId(),
      queue: notificationsQueue.name,
      name: 'notification.deliver',
      jobId,
      data: { v: 1, tenantId: ctx.requireTenantId(), deliveryId: delivery.id, handout: delivery.handouts, channel: delivery.channel },
      error,
      attemptsMade: attempts,
      failedAt: this.clock.now().toISOString(),
    };
    await addDeadLetter(this.queues, data);
  }
}
