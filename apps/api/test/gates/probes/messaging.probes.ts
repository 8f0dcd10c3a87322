// Probes of messaging (/graphql): the customer and helpers of a request write and read their
// conversations, operators read them; contacts after a confirmed booking; every user's own phone.
import { encodeCursor } from '@quartier/platform';
import type { Caller, FactsGatherer, Probe } from './probe.js';

const PARTICIPANTS: Caller[] = ['customer', 'helper'];
const PARTICIPANTS_OR_OPERATORS: Caller[] = ['customer', 'helper', 'operator_agent', 'operator_admin'];
const SIGNED_IN: Caller[] = ['customer', 'helper', 'operator_agent', 'operator_admin'];

const MESSAGE_FIELDS = 'id requestId helperId senderId senderRole body redacted createdAt';
const CONVERSATION_FIELDS = `requestId helperId customerId counterpartId counterpartName unreadCount canSend contactsShared lastMessage { ${MESSAGE_FIELDS} }`;

export const messagingProbes: Probe[] = [
  {
    endpoint: 'tenant',
    field: 'Mutation.sendMessage',
    document: `mutation($requestId: ID!, $helperId: ID) { sendMessage(requestId: $requestId, helperId: $helperId, body: "Gate probe, write to gate@probe.example") { ${MESSAGE_FIELDS} } }`,
    variables: (target) => ({ requestId: target.secrets.conversationRequestId, helperId: target.secrets.conversationHelperId }),
    foreignIds: true,
    allow: PARTICIPANTS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.requestMessages',
    document: `query($requestId: ID!, $helperId: ID, $after: String) {
      requestMessages(requestId: $requestId, helperId: $helperId, first: 10, after: $after) { edges { cursor node { ${MESSAGE_FIELDS} } } pageInfo { hasNextPage endCursor } }
    }`,
    variables: (target) => ({ requestId: target.secrets.conversationRequestId, helperId: target.secrets.conversationHelperId, after: target.cursors.requestMessages }),
    foreignIds: true,
    allow: PARTICIPANTS_OR_OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.markConversationRead',
    document: `mutation($requestId: ID!, $helperId: ID) { markConversationRead(requestId: $requestId, helperId: $helperId) { ${CONVERSATION_FIELDS} } }`,
    variables: (target) => ({ requestId: target.secrets.conversationRequestId, helperId: target.secrets.conversationHelperId }),
    foreignIds: true,
    allow: PARTICIPANTS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.myConversations',
    document: `query($after: String) { myConversations(first: 10, after: $after) { edges { cursor node { ${CONVERSATION_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
    variables: (target) => ({ after: target.cursors.myConversations }),
    foreignIds: true,
    allow: PARTICIPANTS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.requestConversations',
    document: `query($requestId: ID!) { requestConversations(requestId: $requestId) { ${CONVERSATION_FIELDS} } }`,
    variables: (target) => ({ requestId: target.secrets.conversationRequestId }),
    foreignIds: true,
    allow: PARTICIPANTS_OR_OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.requestContacts',
    document: `query($requestId: ID!) { requestContacts(requestId: $requestId) { userId displayName email phone } }`,
    variables: (target) => ({ requestId: target.secrets.conversationRequestId }),
    foreignIds: true,
    allow: PARTICIPANTS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.updateMyContact',
    document: `mutation($phone: String) { updateMyContact(phone: $phone) { id email displayName phone } }`,
    variables: () => ({ phone: '+41 79 123 45 67' }),
    foreignIds: false,
    allow: SIGNED_IN,
  },
];

/**
 * The conversation is the table fixtures' (tenant-rows.ts): one needs a vetted helper's offer first.
 * The cursors are the ones the lists hand out for its rows.
 */
export const gatherMessagingFacts: FactsGatherer = async ({ api, tenant }) => {
  const [conversation] = await api.db.ownerQuery<{ request_id: string; helper_id: string; time_key: string }>(
    `select request_id, helper_id, to_char(last_message_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as time_key
       from conversations where tenant_id = $1 order by request_id, helper_id limit 1`,
    [tenant.id],
  );
  if (!conversation) throw new Error('No conversation of the gate target');
  return {
    secrets: { conversationRequestId: conversation.request_id, conversationHelperId: conversation.helper_id },
    cursors: {
      myConversations: encodeCursor({ t: conversation.time_key, r: conversation.request_id, h: conversation.helper_id }),
      requestMessages: encodeCursor({ s: 1 }),
    },
  };
};
