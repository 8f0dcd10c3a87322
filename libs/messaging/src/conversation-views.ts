// Conversations as their readers see them: the other side's name, the last message, what is
// unread, and whether writing and contacts are open. One query for a whole list.
import type { RequestParticipants } from '@quartier/booking';
import type { TenantTransaction } from '@quartier/platform';
import { contactsShared, sendRefusal } from './conversation-access.js';
import { toMessageView, type ConversationView, type MessageRow, type Side } from './message-rows.js';

export interface ConversationKey {
  requestId: string;
  helperId: string;
  /** The caller's side in it. */
  side: Side;
}

interface ViewRow {
  side: Side;
  request_id: string;
  helper_id: string;
  customer_id: string;
  helper_name: string;
  customer_name: string;
  unread: number;
  message: MessageRow | null;
}

/** Views of the conversations in `keys`, in that order; a conversation without messages yet is empty. */
export async function conversationViewsIn(
  tx: TenantTransaction,
  viewerId: string,
  keys: readonly ConversationKey[],
  participants: ReadonlyMap<string, RequestParticipants>,
): Promise<ConversationView[]> {
  if (keys.length === 0) return [];
  const rows = await tx.query<ViewRow>(
    `select k.side, k.request_id, k.helper_id, r.customer_id, hp.display_name as helper_name, cu.display_name as customer_name,
            case when k.side = 'operator' or c.request_id is null then 0 else (
              select count(*)::int from messages x
               where x.tenant_id = $1 and x.request_id = k.request_id and x.helper_id = k.helper_id and x.sender_role <> k.side
                 and x.sequence > case when k.side = 'customer' then c.customer_read_sequence else c.helper_read_sequence end
            ) end as unread,
            case when m.id is null then null else json_build_object(
              'id', m.id, 'request_id', m.request_id, 'helper_id', m.helper_id, 'sequence', m.sequence, 'sender_id', m.sender_id,
              'sender_role', m.sender_role, 'body', m.body, 'redacted', m.redacted, 'created_at', m.created_at) end as message
       from unnest($2::uuid[], $3::uuid[], $4::text[]) with ordinality as k(request_id, helper_id, side, position)
       join requests r on r.tenant_id = $1 and r.id = k.request_id
       join helper_profiles hp on hp.tenant_id = $1 and hp.user_id = k.helper_id
       join users cu on cu.tenant_id = $1 and cu.id = r.customer_id
       left join conversations c on c.tenant_id = $1 and c.request_id = k.request_id and c.helper_id = k.helper_id
       left join messages m on m.tenant_id = $1 and m.request_id = c.request_id and m.helper_id = c.helper_id and m.sequence = c.last_sequence
      order by k.position`,
    [tx.tenantId, keys.map((key) => key.requestId), keys.map((key) => key.helperId), keys.map((key) => key.side)],
  );
  return rows.map((row) => {
    const side = row.side;
    const ofRequest = participants.get(row.request_id);
    if (!ofRequest) throw new Error(`No participants read for request ${row.request_id}`);
    const counterpartIsHelper = side !== 'helper';
    return {
      requestId: row.request_id,
      helperId: row.helper_id,
      customerId: row.customer_id,
      counterpartId: counterpartIsHelper ? row.helper_id : row.customer_id,
      counterpartName: counterpartIsHelper ? row.helper_name : row.customer_name,
      lastMessage: row.message ? toMessageView({ ...row.message, created_at: new Date(row.message.created_at) }) : null,
      unreadCount: row.unread,
      canSend: sendRefusal({ participants: ofRequest, viewerId, side, helperId: row.helper_id }) === null,
      contactsShared: contactsShared(ofRequest, row.helper_id),
    };
  });
}
