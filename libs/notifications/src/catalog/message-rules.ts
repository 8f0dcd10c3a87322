// What a message in a request's conversation tells the other side: who wrote, about which service,
// and the start of what they wrote (already without contact details where the conversation hides
// them, as the message is stored). The sender is never told of their own message.
import type { TenantTransaction } from '@quartier/platform';
import type { NotificationIntent, OutboxEventRow } from './notification-rules.js';

/** Characters of a message shown in its notification: enough to know whether to answer now. */
export const MESSAGE_EXCERPT_LENGTH = 140;

/** The message on one line, cut at a word within the excerpt's length (code points, as people count). */
export function messageExcerpt(body: string): string {
  const line = body.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  if (chars.length <= MESSAGE_EXCERPT_LENGTH) return line;
  const cut = chars.slice(0, MESSAGE_EXCERPT_LENGTH - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > MESSAGE_EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

interface MessageFacts {
  request_id: string;
  helper_id: string;
  customer_id: string;
  sender_id: string;
  sequence: number;
  body: string;
  customer_read_sequence: number;
  helper_read_sequence: number;
  sender_name: string;
  service_names: Record<string, string>;
}

/**
 * `message.sent` (aggregate: the message). The customer's link is their request page, which reads
 * the conversation again when a notification names it; the helper's is the job's page, where the
 * conversation is. A message the recipient has read by the time of the fan-out is no longer news.
 */
export async function messageSentRule(tx: TenantTransaction, event: OutboxEventRow): Promise<NotificationIntent[]> {
  const [message] = await tx.query<MessageFacts>(
    `select m.request_id, m.helper_id, c.customer_id, m.sender_id, m.sequence, m.body, c.customer_read_sequence, c.helper_read_sequence,
            u.display_name as sender_name, s.names as service_names
       from messages m
       join conversations c on c.tenant_id = m.tenant_id and c.request_id = m.request_id and c.helper_id = m.helper_id
       join requests r on r.tenant_id = m.tenant_id and r.id = m.request_id
       join services s on s.tenant_id = r.tenant_id and s.id = r.service_id
       join users u on u.tenant_id = m.tenant_id and u.id = m.sender_id
      where m.tenant_id = $1 and m.id = $2::uuid`,
    [tx.tenantId, event.aggregate_id],
  );
  if (!message) return [];
  const toHelper = message.sender_id === message.customer_id;
  const recipientId = toHelper ? message.helper_id : message.customer_id;
  const readUpTo = toHelper ? message.helper_read_sequence : message.customer_read_sequence;
  if (recipientId === message.sender_id || readUpTo >= message.sequence) return [];
  return [
    {
      kind: 'message.received',
      recipients: [recipientId],
      facts: { senderName: message.sender_name, serviceName: { localized: message.service_names }, messageExcerpt: messageExcerpt(message.body) },
      linkPath: toHelper ? `/helper/jobs/${message.request_id}` : `/requests/${message.request_id}`,
    },
  ];
}
