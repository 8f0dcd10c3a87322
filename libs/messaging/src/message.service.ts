// Messages of one conversation (request, helper): written by its customer or helper, read by them
// and by the site's operators, oldest first. Before that helper's booking is confirmed, contact
// details are replaced in the stored text. Each message writes `message.sent` (ids only) for the
// notifications, in the same transaction. A send holds the request's row FOR SHARE while it decides
// and writes, so a booking cannot move or end between the decision and the stored message.
import { Injectable } from '@nestjs/common';
import {
  Clock,
  decodeCheckedCursor,
  encodeCursor,
  ForbiddenError,
  newId,
  pageSize,
  type RequestContext,
  TenantDatabase,
  toConnection,
  userIdOf,
  ValidationError,
} from '@quartier/platform';
import { redactContacts } from './contact-redaction.js';
import { accessConversation, contactsShared, sendRefusal } from './conversation-access.js';
import { conversationViewsIn } from './conversation-views.js';
import { MESSAGE_COLUMNS, toMessageView, type ConversationView, type MessageRow, type MessageView } from './message-rows.js';

export const MAX_MESSAGE_LENGTH = 4000;

/** Control characters other than tab and line breaks have no place in a message (and NUL none in Postgres). */
const isControl = (char: string): boolean => {
  const code = char.codePointAt(0) ?? 0;
  return (code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r') || code === 0x7f;
};

/** The trimmed body, 1 to 4,000 characters (counted as Postgres counts them: code points). */
function checkBody(body: string): string {
  const text = typeof body === 'string' ? body.trim() : '';
  const chars = [...text];
  if (chars.length < 1 || chars.length > MAX_MESSAGE_LENGTH) throw new ValidationError('body', `A message has 1 to ${MAX_MESSAGE_LENGTH} characters`);
  if (chars.some(isControl)) throw new ValidationError('body', 'A message cannot contain control characters');
  return text;
}

@Injectable()
export class MessageService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: Clock,
  ) {}

  /** The request's customer (naming the helper) or a helper on it writes in their conversation. */
  sendMessage(ctx: RequestContext, input: { requestId: string; helperId?: string | null; body: string }): Promise<MessageView> {
    userIdOf(ctx);
    const text = checkBody(input.body);
    return this.db.run(ctx, async (tx) => {
      const access = await accessConversation(tx, input, { lock: 'share' });
      const refusal = sendRefusal(access);
      if (refusal) throw refusal;
      const side = access.side === 'customer' ? 'customer' : 'helper';
      const { participants, helperId } = access;
      const body = contactsShared(participants, helperId) ? { text, redacted: false } : redactContacts(text, participants.countryCode);
      const now = this.clock.now();
      // The upsert takes the conversation's row lock: concurrent messages get consecutive sequences.
      // Writing is reading: the sender's read mark moves to their own message.
      const [conversation] = await tx.query<{ last_sequence: number }>(
        `insert into conversations (tenant_id, request_id, helper_id, customer_id, last_sequence, last_message_at,
                                    customer_read_sequence, helper_read_sequence, created_at)
         values ($1, $2, $3, $4, 1, $5, $6, $7, $5)
         on conflict (tenant_id, request_id, helper_id) do update
           set last_sequence = conversations.last_sequence + 1,
               last_message_at = greatest(conversations.last_message_at, excluded.last_message_at),
               customer_read_sequence = case when $8 = 'customer' then conversations.last_sequence + 1 else conversations.customer_read_sequence end,
               helper_read_sequence = case when $8 = 'helper' then conversations.last_sequence + 1 else conversations.helper_read_sequence end
         returning last_sequence`,
        [tx.tenantId, participants.requestId, helperId, participants.customerId, now, side === 'customer' ? 1 : 0, side === 'helper' ? 1 : 0, side],
      );
      const [row] = await tx.query<MessageRow>(
        `insert into messages (tenant_id, id, request_id, helper_id, sequence, sender_id, sender_role, body, redacted, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         returning ${MESSAGE_COLUMNS}`,
        [tx.tenantId, newId(), participants.requestId, helperId, conversation.last_sequence, access.viewerId, side, body.text, body.redacted, now],
      );
      await tx.emit({
        type: 'message.sent',
        aggregateType: 'message',
        aggregateId: row.id,
        payload: {
          messageId: row.id,
          requestId: row.request_id,
          helperId,
          senderId: access.viewerId,
          recipientId: side === 'customer' ? helperId : participants.customerId,
        },
      });
      return toMessageView(row);
    });
  }

  /** The conversation's messages, oldest first; a conversation nobody wrote in yet is empty. */
  requestMessages(ctx: RequestContext, input: { requestId: string; helperId?: string | null; first?: number | null; after?: string | null }) {
    userIdOf(ctx);
    const size = pageSize(input.first);
    const after = decodeCheckedCursor(input.after, { s: 'count' });
    return this.db.run(ctx, async (tx) => {
      const access = await accessConversation(tx, input);
      const rows = await tx.query<MessageRow>(
        `select ${MESSAGE_COLUMNS} from messages
          where tenant_id = $1 and request_id = $2 and helper_id = $3 and sequence > $4
          order by sequence
          limit $5`,
        [tx.tenantId, access.participants.requestId, access.helperId, after?.s ?? 0, size + 1],
      );
      return toConnection(rows, size, toMessageView, (row) => encodeCursor({ s: row.sequence }));
    });
  }

  /** Marks everything in the conversation read for the caller; the answer shows no unread messages. */
  markConversationRead(ctx: RequestContext, input: { requestId: string; helperId?: string | null }): Promise<ConversationView> {
    userIdOf(ctx);
    return this.db.run(ctx, async (tx) => {
      const access = await accessConversation(tx, input);
      if (access.side === 'operator') throw new ForbiddenError('Operators read conversations without read marks');
      const column = access.side === 'customer' ? 'customer_read_sequence' : 'helper_read_sequence';
      await tx.query(`update conversations set ${column} = last_sequence where tenant_id = $1 and request_id = $2 and helper_id = $3`, [
        tx.tenantId,
        access.participants.requestId,
        access.helperId,
      ]);
      const { participants, helperId, side } = access;
      const [view] = await conversationViewsIn(tx, access.viewerId, [{ requestId: participants.requestId, helperId, side }], new Map([[participants.requestId, participants]]));
      return view;
    });
  }
}
