// Who may read and write which conversation. A request's customer reads all of its conversations,
// a helper only their own, operators of the site read all and write none; anyone else gets the
// NOT_FOUND of an unknown id, so a conversation never tells that it exists. Writing is for the
// helpers still in the running (and the customer with them), while the request is not over.
import { requestParticipantsIn, type RequestParticipants, type RequestStatus } from '@quartier/booking';
import {
  asUuid,
  ConflictError,
  ForbiddenError,
  isUuid,
  NotFoundError,
  type QuartierError,
  type TenantTransaction,
  userIdOf,
  ValidationError,
} from '@quartier/platform';
import type { Side } from './message-rows.js';

/**
 * Requests whose conversations are read-only: nothing is left to arrange once a request was
 * cancelled, expired, closed after the job or refunded, and a closed site channel keeps the talk
 * from moving elsewhere afterwards. Disputed requests stay open so both sides can explain.
 */
export const READ_ONLY_STATUSES: readonly RequestStatus[] = ['cancelled', 'expired', 'closed', 'refunded'];

export interface RequestAccess {
  participants: RequestParticipants;
  viewerId: string;
  side: Side;
}

export interface ConversationAccess extends RequestAccess {
  helperId: string;
}

/**
 * How the participants are read: plainly for reading, or with the request's row held FOR SHARE for
 * a write that depends on them (who is booked decides redaction), so no transition lands between.
 */
export interface AccessOptions {
  lock?: 'share';
}

/** The caller's side on the request: its customer, a helper on it, or an operator of the site. */
export async function accessRequest(tx: TenantTransaction, requestId: string, options: AccessOptions = {}): Promise<RequestAccess> {
  const viewerId = userIdOf(tx.ctx);
  const participants = await requestParticipantsIn(tx, requestId, options);
  if (!participants) throw new NotFoundError('Request');
  if (participants.customerId === viewerId) return { participants, viewerId, side: 'customer' };
  if (participants.helperIds.includes(viewerId)) return { participants, viewerId, side: 'helper' };
  if (tx.ctx.hasRole('operator_admin', 'operator_agent')) return { participants, viewerId, side: 'operator' };
  throw new NotFoundError('Request');
}

/** The conversation of (request, helper): helpers are implied, the customer and operators name one. */
export async function accessConversation(
  tx: TenantTransaction,
  input: { requestId: string; helperId?: string | null },
  options: AccessOptions = {},
): Promise<ConversationAccess> {
  const access = await accessRequest(tx, input.requestId, options);
  const named = input.helperId?.trim() || null;
  if (access.side === 'helper') {
    if (named && asUuid(named) !== access.viewerId) throw new NotFoundError('Conversation');
    return { ...access, helperId: access.viewerId };
  }
  if (!named) throw new ValidationError('helperId', 'Name the helper whose conversation this is');
  if (!isUuid(named) || !access.participants.helperIds.includes(asUuid(named))) throw new NotFoundError('Conversation');
  return { ...access, helperId: asUuid(named) };
}

const closed = (message: string, field: 'requestId' | 'helperId') => new ConflictError(message, { field, detail: 'CONVERSATION_CLOSED' });

/** Why the caller may not write in the conversation now, or null when they may. Reading stays open. */
export function sendRefusal(access: ConversationAccess): QuartierError | null {
  if (access.side === 'operator') return new ForbiddenError('Operators read conversations; only the customer and the helper write in them');
  const { participants, helperId } = access;
  if (READ_ONLY_STATUSES.includes(participants.status)) return closed('This request is over; its conversations are read-only', 'requestId');
  const booked = participants.confirmedHelperId;
  if (booked && booked !== helperId) return closed('The request is booked with another helper; this conversation is read-only', 'helperId');
  if (!participants.activeHelperIds.includes(helperId)) {
    return closed('This helper’s offer was withdrawn or declined, or the job moved to another helper; this conversation is read-only', 'helperId');
  }
  return null;
}

/** Contact details flow only in the conversation of the helper whose booking is confirmed. */
export const contactsShared = (participants: RequestParticipants, helperId: string): boolean => participants.confirmedHelperId === helperId;
