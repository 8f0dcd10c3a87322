// The signed-in person's own in-app notifications: their list, newest first, the unread count, and
// marking some or all read. Everything is scoped to the caller; another person's notification is
// answered like one that does not exist.
import { Inject, Injectable } from '@nestjs/common';
import {
  asUuid,
  Clock,
  decodeTimeCursor,
  encodeCursor,
  NotFoundError,
  pageSize,
  type RequestContext,
  TenantDatabase,
  type TenantTransaction,
  toConnection,
  userIdOf,
  ValidationError,
} from '@quartier/platform';

export interface InAppNotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

interface NotificationRow {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
  sort_key: string;
}

/** At most this many ids per call; "all" is ids omitted. */
const MAX_IDS = 100;

const toView = (row: NotificationRow): InAppNotificationView => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  link: row.link,
  createdAt: row.created_at,
  readAt: row.read_at,
});
const cursorOf = (row: NotificationRow) => encodeCursor({ t: row.sort_key, id: row.id });

@Injectable()
export class InAppNotificationsService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  myNotifications(ctx: RequestContext, input: { first?: number | null; after?: string | null; unreadOnly?: boolean | null }) {
    const userId = userIdOf(ctx);
    const size = pageSize(input.first);
    const after = decodeTimeCursor(input.after);
    return this.db.run(ctx, async (tx) => {
      const rows = await tx.query<NotificationRow>(
        `select id, kind, title, body, link, created_at, read_at,
                to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as sort_key
           from notifications
          where tenant_id = $1 and user_id = $2 and (not $3 or read_at is null)
            and ($4::timestamptz is null or (created_at, id) < ($4, $5::uuid))
          order by created_at desc, id desc
          limit $6`,
        [tx.tenantId, userId, input.unreadOnly === true, after?.t ?? null, after?.id ?? null, size + 1],
      );
      return toConnection(rows, size, toView, cursorOf);
    });
  }

  unreadCount(ctx: RequestContext): Promise<number> {
    const userId = userIdOf(ctx);
    return this.db.run(ctx, (tx) => this.unreadIn(tx, userId));
  }

  /**
   * Marks the caller's notifications read: those named, or all with `ids` null. An id that is not
   * one of the caller's own is NOT_FOUND and nothing is marked. Returns the unread count after.
   */
  markRead(ctx: RequestContext, input: { ids: string[] | null }): Promise<number> {
    const userId = userIdOf(ctx);
    const ids = input.ids === null ? null : [...new Set(input.ids.map(asUuid))];
    if (ids && ids.length > MAX_IDS) throw new ValidationError('ids', `Mark at most ${MAX_IDS} notifications at once, or leave ids out to mark all`);
    return this.db.run(ctx, async (tx) => {
      const now = this.clock.now();
      if (ids === null) {
        await tx.query(`update notifications set read_at = $3 where tenant_id = $1 and user_id = $2 and read_at is null`, [tx.tenantId, userId, now]);
      } else if (ids.length > 0) {
        const owned = await tx.query<{ id: string }>(`select id from notifications where tenant_id = $1 and user_id = $2 and id = any($3::uuid[]) for update`, [
          tx.tenantId,
          userId,
          ids,
        ]);
        if (owned.length !== ids.length) throw new NotFoundError('Notification');
        await tx.query(`update notifications set read_at = $4 where tenant_id = $1 and user_id = $2 and id = any($3::uuid[]) and read_at is null`, [
          tx.tenantId,
          userId,
          ids,
          now,
        ]);
      }
      return this.unreadIn(tx, userId);
    });
  }

  private async unreadIn(tx: TenantTransaction, userId: string): Promise<number> {
    const [row] = await tx.query<{ count: number }>(`select count(*)::int as count from notifications where tenant_id = $1 and user_id = $2 and read_at is null`, [
      tx.tenantId,
      userId,
    ]);
    return row?.count ?? 0;
  }
}
