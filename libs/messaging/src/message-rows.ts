// Rows of messages and conversations as stored, and the views the services hand out.

export type SenderRole = 'customer' | 'helper';
/** How the caller takes part in a request: one of its two sides, or an operator reading along. */
export type Side = SenderRole | 'operator';

export const MESSAGE_COLUMNS = `id, request_id, helper_id, sequence, sender_id, sender_role, body, redacted, created_at`;

export interface MessageRow {
  id: string;
  request_id: string;
  helper_id: string;
  sequence: number;
  sender_id: string;
  sender_role: SenderRole;
  body: string;
  redacted: boolean;
  created_at: Date;
}

export interface MessageView {
  id: string;
  requestId: string;
  helperId: string;
  senderId: string;
  senderRole: SenderRole;
  body: string;
  /** Contact details were replaced by the placeholder when the message was stored. */
  redacted: boolean;
  createdAt: Date;
}

export const toMessageView = (row: MessageRow): MessageView => ({
  id: row.id,
  requestId: row.request_id,
  helperId: row.helper_id,
  senderId: row.sender_id,
  senderRole: row.sender_role,
  body: row.body,
  redacted: row.redacted,
  createdAt: row.created_at,
});

export interface ConversationView {
  requestId: string;
  helperId: string;
  customerId: string;
  /** The other side for the caller; for operators, the helper. */
  counterpartId: string;
  counterpartName: string;
  lastMessage: MessageView | null;
  /** Messages of the other side after the caller's read mark; always 0 for operators. */
  unreadCount: number;
  /** Whether the caller may write in it now. */
  canSend: boolean;
  /** Whether the booking with this helper is confirmed, so contact details are shown. */
  contactsShared: boolean;
}
