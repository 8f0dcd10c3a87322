// Lists of conversations: the caller's inbox across requests (newest activity first) and the one
// thread of a request (a conversation per helper on it); and the contact details of the other
// side, which are shown only once the booking with that helper is confirmed.
import { Injectable } from '@nestjs/common';
import { participantsOfRequestsIn } from '@quartier/booking';
import {
  ConflictError,
  decodeCheckedCursor,
  encodeCursor,
  ForbiddenError,
  pageSize,
  type RequestContext,
  TenantDatabase,
  toConnection,
  userIdOf,
} from '@quartier/platform';
import { accessRequest } from './conversation-access.js';
import { conversationViewsIn } from './conversation-views.js';
import type { ConversationView } from './message-rows.js';

export interface ContactView {
  userId: string;
  displayName: string;
  email: string;
  phone: string | null;
}

const contactsHidden = () =>
  new ConflictError('Contact details are shared once the booking is confirmed', { field: 'requestId', detail: 'CONTACTS_HIDDEN' });

@Injectable()
export class ConversationService {
  constructor(private readonly db: TenantDatabase) {}

  /**
   * The caller's conversations as customer or helper, the most recent message first. A conversation
   * that gets a new message moves to the top, so a later page may miss it until the list is re-read.
   */
  myConversations(ctx: RequestContext, input: { first?: number | null; after?: string | null }) {
    const viewerId = userIdOf(ctx);
    const size = pageSize(input.first);
    const after = decodeCheckedCursor(input.after, { t: 'time', r: 'uuid', h: 'uuid' });
    return this.db.run(ctx, async (tx) => {
      // The cursor keeps the time to the microsecond, as stored; a JavaScript Date would round it.
      const rows = await tx.query<{ request_id: string; helper_id: string; customer_id: string; time_key: string }>(
        `select request_id, helper_id, customer_id, to_char(last_message_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as time_key
           from conversations
          where tenant_id = $1 and (customer_id = $2 or helper_id = $2)
            and ($3::timestamptz is null or (last_message_at, request_id, helper_id) < ($3, $4::uuid, $5::uuid))
          order by last_message_at desc, request_id desc, helper_id desc
          limit $6`,
        [tx.tenantId, viewerId, after?.t ?? null, after?.r ?? null, after?.h ?? null, size + 1],
      );
      const page = rows.slice(0, size);
      const participants = await participantsOfRequestsIn(tx, page.map((row) => row.request_id));
      const views = await conversationViewsIn(
        tx,
        viewerId,
        page.map((row) => ({ requestId: row.request_id, helperId: row.helper_id, side: row.customer_id === viewerId ? 'customer' : 'helper' })),
        participants,
      );
      const byKey = new Map(views.map((view) => [`${view.requestId}/${view.helperId}`, view]));
      return toConnection(
        rows,
        size,
        (row) => byKey.get(`${row.request_id}/${row.helper_id}`) as ConversationView,
        (row) => encodeCursor({ t: row.time_key, r: row.request_id, h: row.helper_id }),
      );
    });
  }

  /**
   * The request's thread: one conversation per helper who offered on it or holds its appointment,
   * with messages or not yet. Its customer and operators see all of them, a helper their own.
   */
  requestConversations(ctx: RequestContext, input: { requestId: string }): Promise<ConversationView[]> {
    userIdOf(ctx);
    return this.db.run(ctx, async (tx) => {
      const { participants, viewerId, side } = await accessRequest(tx, input.requestId);
      const helperIds = side === 'helper' ? [viewerId] : participants.helperIds;
      const views = await conversationViewsIn(
        tx,
        viewerId,
        helperIds.map((helperId) => ({ requestId: participants.requestId, helperId, side })),
        new Map([[participants.requestId, participants]]),
      );
      // Conversations with the latest message first, then those nobody wrote in yet.
      const time = (view: ConversationView) => view.lastMessage?.createdAt.getTime() ?? -Infinity;
      return views.sort((a, b) => time(b) - time(a));
    });
  }

  /**
   * The other side's name, email and phone once the booking is confirmed: the customer sees the
   * booked helper's, that helper sees the customer's. Before, a CONFLICT with detail CONTACTS_HIDDEN.
   */
  requestContacts(ctx: RequestContext, input: { requestId: string }): Promise<ContactView> {
    userIdOf(ctx);
    return this.db.run(ctx, async (tx) => {
      const { participants, viewerId, side } = await accessRequest(tx, input.requestId);
      if (side === 'operator') throw new ForbiddenError('Contact details are shared between the customer and the booked helper');
      const booked = participants.confirmedHelperId;
      if (!booked || (side === 'helper' && booked !== viewerId)) throw contactsHidden();
      const counterpartId = side === 'customer' ? booked : participants.customerId;
      const [row] = await tx.query<{ id: string; email: string; phone: string | null; display_name: string }>(
        `select u.id, u.email, u.phone, ${side === 'customer' ? 'coalesce(hp.display_name, u.display_name)' : 'u.display_name'} as display_name
           from users u left join helper_profiles hp on hp.tenant_id = u.tenant_id and hp.user_id = u.id
          where u.tenant_id = $1 and u.id = $2`,
        [tx.tenantId, counterpartId],
      );
      return { userId: row.id, displayName: row.display_name, email: row.email, phone: row.phone };
    });
  }
}
