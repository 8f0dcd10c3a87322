// Sends one attempt of one delivery. The attempt is claimed in a committed transaction first (status
// `sending` with a lease), the provider is called outside any transaction, and the outcome is written
// in a second one: sent; kept (no server configured — rendered and readable in the log); failed for
// good (a permanent failure, or the last attempt, which is also copied to the dead-letter queue with
// the tenant id); or pending again, due after a backoff with jitter (SMS never inside quiet hours).
// A worker killed mid-send leaves the lease to run out, and the attempt is sent again with the
// same Message-ID / idempotency key, so receivers can recognise the repeat.
import { Inject, Injectable } from '@nestjs/common';
import {
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
import { deliveryJobId, notificationsQueue } from '../jobs/notification.jobs.js';
import { sendableAt } from '../quiet-hours.js';
import { NOTIFICATION_SECRET_PURPOSES, NotificationSettingsService, type TenantChannelSettings } from '../settings/notification-settings.service.js';
import { NotificationChannels } from './notification-channels.js';

/** The first retry of a notification waits this long unless QUEUE_RETRY_BASE_MS says otherwise. */
const RETRY_BASE_MS = 30_000;
/** Margin over the send timeout before a `sending` lease counts as abandoned. */
const SENDING_LEASE_MARGIN_MS = 10_000;

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

interface Claimed {
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

  async deliver(ctx: RequestContext, input: { deliveryId: string; handout: number; signal?: AbortSignal }): Promise<string> {
    const claimed = await this.claim(ctx, input.deliveryId, input.handout);
    if (!claimed) return 'skipped';
    const startedAt = this.clock.now();
    const outcome = await this.send(claimed, input.signal);
    return this.record(ctx, claimed, outcome, startedAt);
  }

  /** Only the newest hand-out of a queued delivery may send it; any other copy of its job is stale. */
  private claim(ctx: RequestContext, deliveryId: string, handout: number): Promise<Claimed | null> {
    return this.db.run(ctx, async (tx) => {
      const now = this.clock.now();
      const [delivery] = await tx.query<DeliveryRow>(
        `update notification_deliveries set status = 'sending', lease_until = $4, updated_at = $5
          where tenant_id = $1 and id = $2::uuid and handouts = $3 and status = 'queued'
          returning id, event_id, event_type, kind, channel, recipient_id, address, subject, body, html, attempts, handouts, max_attempts`,
        [tx.tenantId, deliveryId, handout, new Date(now.getTime() + this.config.NOTIFY_SEND_TIMEOUT_MS + SENDING_LEASE_MARGIN_MS), now],
      );
      if (!delivery) return null;
      const [channels, branding, tenant, webhookSecret] = await Promise.all([
        this.settings.channelsIn(tx),
        this.policies.currentDocumentIn(tx, 'branding'),
        tx.query<{ name: string; timezone: string }>(`select name, timezone from tenants where id = $1`, [tx.tenantId]),
        delivery.channel === 'webhook' ? this.webhookSecretIn(tx, delivery.recipient_id) : Promise.resolve(null),
      ]);
      return { delivery, channels, siteName: branding.displayName || tenant[0].name, timeZone: tenant[0].timezone, webhookSecret };
    });
  }

  private async webhookSecretIn(tx: TenantTransaction, endpointId: string): Promise<string | null> {
    const [endpoint] = await tx.query<{ secret_sealed: string; enabled: boolean }>(`select secret_sealed, enabled from webhook_endpoints where tenant_id = $1 and id = $2`, [tx.tenantId, endpointId]);
    return endpoint?.enabled ? this.secrets.open(NOTIFICATION_SECRET_PURPOSES.webhookSecret(tx.tenantId), endpoint.secret_sealed) : null;
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

  private async record(ctx: RequestContext, claimed: Claimed, outcome: Outcome, startedAt: Date): Promise<string> {
    const { delivery } = claimed;
    const attempt = delivery.attempts + 1;
    const deadLetter = await this.db.run(ctx, async (tx) => {
      const now = this.clock.now();
      let status: 'sent' | 'kept' | 'failed' | 'pending';
      let dueAt: Date | null = null;
      if (outcome.kind === 'sent' || outcome.kind === 'kept') status = outcome.kind;
      else if (outcome.failure.permanent || attempt >= delivery.max_attempts) status = 'failed';
      else {
        status = 'pending';
        const retryAt = new Date(now.getTime() + retryDelayMs(attempt, this.config.QUEUE_RETRY_BASE_MS ?? RETRY_BASE_MS));
        dueAt = delivery.channel === 'sms' ? sendableAt(retryAt, claimed.timeZone, claimed.channels.quietHours) : retryAt;
      }
      const code = outcome.kind === 'sent' ? outcome.code : outcome.kind === 'failed' ? outcome.failure.code : null;
      const error = outcome.kind === 'failed' ? outcome.failure.message : outcome.kind === 'kept' ? outcome.reason : null;
      const [updated] = await tx.query<{ id: string }>(
        `update notification_deliveries
            set status = $4, attempts = $3 + 1, lease_until = null, due_at = coalesce($5, due_at), last_code = $6, last_error = $7,
                permanent = $8, provider_message_id = coalesce($9, provider_message_id),
                sent_at = case when $4 = 'sent' then $10 else sent_at end,
                failed_at = case when $4 = 'failed' then $10 else failed_at end,
                updated_at = $10
          where tenant_id = $1 and id = $2 and attempts = $3 and status = 'sending'
          returning id`,
        [tx.tenantId, delivery.id, delivery.attempts, status, dueAt, code, error, outcome.kind === 'failed' && outcome.failure.permanent, outcome.kind === 'sent' ? outcome.providerMessageId : null, now],
      );
      if (!updated) return null;
      await tx.query(
        `insert into notification_attempts (tenant_id, delivery_id, attempt, started_at, finished_at, outcome, code, error, response_excerpt)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [tx.tenantId, delivery.id, attempt, startedAt, now, status === 'pending' ? 'retry' : status, code, error, outcome.kind === 'kept' ? null : outcome.excerpt],
      );
      return status === 'failed' && !(outcome.kind === 'failed' && outcome.failure.permanent) ? (error ?? 'failed') : null;
    });
    if (deadLetter !== null) await this.copyToDeadLetter(ctx, delivery, attempt, deadLetter);
    return outcome.kind === 'failed' ? `${outcome.failure.permanent ? 'failed for good' : 'will retry'}: ${outcome.failure.message}` : outcome.kind;
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
    await this.queues.deadLetterQueue().add('notification.deliver', data, { jobId: `${notificationsQueue.name}-${jobId}` });
  }
}
