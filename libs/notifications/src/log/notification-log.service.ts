// The notification log for operators: every email, SMS and webhook delivery of the site with its
// attempts, and the replay of one that ended (failed, sent or kept) — a mail that bounced after the
// fact, a receiver that lost a webhook. A replay puts the delivery back in the queue Postgres keeps;
// the feeder sends it like any other due delivery.
import { Inject, Injectable } from '@nestjs/common';
import {
  asUuid,
  Clock,
  ConflictError,
  decodeTimeCursor,
  encodeCursor,
  NotFoundError,
  pageSize,
  type RequestContext,
  TenantDatabase,
  type TenantTransaction,
  toConnection,
} from '@quartier/platform';
import { DELIVERY_MAX_ATTEMPTS } from '../fan-out/notification-fan-out.service.js';

export type DeliveryChannel = 'email' | 'sms' | 'webhook';
export type DeliveryStatus = 'pending' | 'queued' | 'sending' | 'sent' | 'kept' | 'failed';

export interface NotificationDeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  kind: string;
  channel: DeliveryChannel;
  recipientId: string;
  address: string;
  locale: string | null;
  subject: string | null;
  body: string;
  html: string | null;
  status: DeliveryStatus;
  attempts: number;
  maxAttempts: number;
  dueAt: Date;
  sentAt: Date | null;
  failedAt: Date | null;
  lastCode: string | null;
  lastError: string | null;
  permanent: boolean;
  replays: number;
  createdAt: Date;
}

export interface NotificationAttemptView {
  attempt: number;
  startedAt: Date;
  finishedAt: Date;
  outcome: string;
  code: string | null;
  error: string | null;
  responseExcerpt: string | null;
}

export interface NotificationLogFilter {
  channel?: DeliveryChannel | null;
  status?: DeliveryStatus | null;
  recipientId?: string | null;
  kind?: string | null;
}

interface DeliveryRow {
  id: string;
  event_id: string;
  event_type: string;
  kind: string;
  channel: DeliveryChannel;
  recipient_id: string;
  address: string;
  locale: string | null;
  subject: string | null;
  body: string;
  html: string | null;
  status: DeliveryStatus;
  attempts: number;
  max_attempts: number;
  due_at: Date;
  sent_at: Date | null;
  failed_at: Date | null;
  last_code: string | null;
  last_error: string | null;
  permanent: boolean;
  replays: number;
  created_at: Date;
  sort_key: string;
}

const DELIVERY_COLUMNS = `id, event_id, event_type, kind, channel, recipient_id, address, locale, subject, body, html, status, attempts, max_attempts,
  due_at, sent_at, failed_at, last_code, last_error, permanent, replays, created_at,
  to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as sort_key`;
/** The attempts column of notification_deliveries allows at most this many sends in all. */
const MAX_ATTEMPTS_EVER = 50;
const REPLAYABLE: readonly DeliveryStatus[] = ['failed', 'sent', 'kept'];

const cursorOf = (row: DeliveryRow) => encodeCursor({ t: row.sort_key, id: row.id });

function toView(row: DeliveryRow): NotificationDeliveryView {
  return {
    id: row.id,
    eventId: row.event_id,
    eventType: row.event_type,
    kind: row.kind,
    channel: row.channel,
    recipientId: row.recipient_id,
    address: row.address,
    locale: row.locale,
    subject: row.subject,
    body: row.body,
    html: row.html,
    status: row.status,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    dueAt: row.due_at,
    sentAt: row.sent_at,
    failedAt: row.failed_at,
    lastCode: row.last_code,
    lastError: row.last_error,
    permanent: row.permanent,
    replays: row.replays,
    createdAt: row.created_at,
  };
}

@Injectable()
export class NotificationLogService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Deliveries newest first, optionally by channel, status, recipient and kind. */
  log(ctx: RequestContext, input: { first?: number | null; after?: string | null; filter?: NotificationLogFilter | null }) {
    const size = pageSize(input.first);
    const after = decodeTimeCursor(input.after);
    const filter = input.filter ?? {};
    return this.db.run(ctx, async (tx) => {
      const rows = await tx.query<DeliveryRow>(
        `select ${DELIVERY_COLUMNS} from notification_deliveries
          where tenant_id = $1 and ($2::text is null or channel = $2) and ($3::text is null or status = $3)
            and ($4::uuid is null or recipient_id = $4) and ($5::text is null or kind = $5)
            and ($6::timestamptz is null or (created_at, id) < ($6, $7::uuid))
          order by created_at desc, id desc
          limit $8`,
        [
          tx.tenantId,
          filter.channel ?? null,
          filter.status ?? null,
          filter.recipientId ? asUuid(filter.recipientId) : null,
          filter.kind ?? null,
          after?.t ?? null,
          after?.id ?? null,
          size + 1,
        ],
      );
      return toConnection(rows, size, toView, cursorOf);
    });
  }

  /** One delivery with its attempts, oldest first. */
  delivery(ctx: RequestContext, input: { id: string }): Promise<{ delivery: NotificationDeliveryView; attempts: NotificationAttemptView[] }> {
    return this.db.run(ctx, async (tx) => {
      const row = await this.findIn(tx, input.id, false);
      const attempts = await tx.query<{
        attempt: number;
        started_at: Date;
        finished_at: Date;
        outcome: string;
        code: string | null;
        error: string | null;
        response_excerpt: string | null;
      }>(
        `select attempt, started_at, finished_at, outcome, code, error, response_excerpt from notification_attempts
          where tenant_id = $1 and delivery_id = $2 order by attempt`,
        [tx.tenantId, row.id],
      );
      return {
        delivery: toView(row),
        attempts: attempts.map((a) => ({
          attempt: a.attempt,
          startedAt: a.started_at,
          finishedAt: a.finished_at,
          outcome: a.outcome,
          code: a.code,
          error: a.error,
          responseExcerpt: a.response_excerpt,
        })),
      };
    });
  }

  /**
   * Sends a delivery that ended once more, due now. Its attempts keep counting (each has its row in
   * notification_attempts) and it gets its channel's full allowance of sends again. CONFLICT
   * DELIVERY_IN_FLIGHT while it is still pending or on its way; REPLAY_LIMIT_REACHED once it has
   * used every send a delivery may ever have.
   */
  replay(ctx: RequestContext, input: { id: string }): Promise<NotificationDeliveryView> {
    return this.db.run(ctx, async (tx) => {
      const row = await this.findIn(tx, input.id, true);
      if (!REPLAYABLE.includes(row.status)) {
        throw new ConflictError('This delivery is still on its way; it can be replayed once it is sent, kept or failed', { field: 'id', detail: 'DELIVERY_IN_FLIGHT', status: row.status });
      }
      if (row.attempts >= MAX_ATTEMPTS_EVER) {
        throw new ConflictError(`This delivery was tried ${row.attempts} times, as often as a delivery can be`, { field: 'id', detail: 'REPLAY_LIMIT_REACHED' });
      }
      const now = this.clock.now();
      const [updated] = await tx.query<DeliveryRow>(
        `update notification_deliveries
            set status = 'pending', due_at = $3, lease_until = null, permanent = false, last_error = null, last_code = null,
                max_attempts = least($4::int, attempts + $5::int), replays = replays + 1, updated_at = $3
          where tenant_id = $1 and id = $2
          returning ${DELIVERY_COLUMNS}`,
        [tx.tenantId, row.id, now, MAX_ATTEMPTS_EVER, DELIVERY_MAX_ATTEMPTS[row.channel]],
      );
      return toView(updated);
    });
  }

  private async findIn(tx: TenantTransaction, id: string, lock: boolean): Promise<DeliveryRow> {
    const [row] = await tx.query<DeliveryRow>(`select ${DELIVERY_COLUMNS} from notification_deliveries where tenant_id = $1 and id = $2${lock ? ' for update' : ''}`, [
      tx.tenantId,
      asUuid(id),
    ]);
    if (!row) throw new NotFoundError('Notification delivery');
    return row;
  }
}
