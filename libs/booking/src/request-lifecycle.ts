// The request lifecycle of DESIGN.md as one table: every change of a request's status goes through
// `transition`, so an illegal move or the wrong actor is the same typed error wherever it is tried.
import { ConflictError, ForbiddenError } from '@quartier/platform';

export const REQUEST_STATUSES = [
  'open',
  'offered',
  'accepted',
  'scheduled',
  'in_progress',
  'completed',
  'closed',
  'cancelled',
  'expired',
  'escalated',
  'disputed',
  'refunded',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Who fires an event: the request's customer, a helper working it, an operator or the platform's own jobs. */
export const REQUEST_ACTOR_KINDS = ['customer', 'helper', 'operator', 'system'] as const;
export type RequestActorKind = (typeof REQUEST_ACTOR_KINDS)[number];

/** Each event names the outbox event `request.<event>`. */
export const REQUEST_EVENTS = [
  'offered',
  'accepted',
  'scheduled',
  'started',
  'completed',
  'closed',
  'cancelled',
  'expired',
  'escalated',
  'reallocated',
  'reassigned',
  'visit_needed',
  'disputed',
  'resolved',
  'refunded',
] as const;
export type RequestEvent = (typeof REQUEST_EVENTS)[number];

/** How a request comes into being: posted to be offered, or booked on a helper's free slot. */
export const REQUEST_BIRTHS = {
  // Operators post on a customer's behalf (agents on the phone, the site's own systems through the API).
  posted: { to: 'open', actors: ['customer', 'operator'] },
  booked: { to: 'accepted', actors: ['customer'] },
} as const satisfies Record<string, { to: RequestStatus; actors: readonly RequestActorKind[] }>;
export type RequestBirth = keyof typeof REQUEST_BIRTHS;

export interface RequestTransition {
  from: RequestStatus;
  event: RequestEvent;
  to: RequestStatus;
  actors: readonly RequestActorKind[];
}

const CUSTOMER_OR_OPERATOR = ['customer', 'operator'] as const;
const DISPATCH = ['system', 'operator'] as const;

export const REQUEST_TRANSITIONS: readonly RequestTransition[] = [
  // Dispatch: an open request is offered to matching helpers; unanswered ones escalate or expire.
  { from: 'open', event: 'offered', to: 'offered', actors: DISPATCH },
  { from: 'open', event: 'escalated', to: 'escalated', actors: DISPATCH },
  { from: 'open', event: 'expired', to: 'expired', actors: ['system'] },
  { from: 'open', event: 'cancelled', to: 'cancelled', actors: CUSTOMER_OR_OPERATOR },
  // A helper accepts a fixed or hourly request; the customer accepts a helper's quote.
  { from: 'offered', event: 'accepted', to: 'accepted', actors: ['helper', 'customer', 'operator'] },
  { from: 'offered', event: 'escalated', to: 'escalated', actors: DISPATCH },
  { from: 'offered', event: 'expired', to: 'expired', actors: ['system'] },
  { from: 'offered', event: 'cancelled', to: 'cancelled', actors: CUSTOMER_OR_OPERATOR },
  { from: 'escalated', event: 'offered', to: 'offered', actors: DISPATCH },
  // The next escalation tier; a helper still holding an offer may take it, or the operator assigns someone.
  { from: 'escalated', event: 'escalated', to: 'escalated', actors: DISPATCH },
  { from: 'escalated', event: 'accepted', to: 'accepted', actors: ['helper', 'operator'] },
  { from: 'escalated', event: 'expired', to: 'expired', actors: ['system'] },
  { from: 'escalated', event: 'cancelled', to: 'cancelled', actors: CUSTOMER_OR_OPERATOR },
  // Accepted work gets its appointment, or goes back to dispatch after the SLA's reallocation timeout.
  { from: 'accepted', event: 'scheduled', to: 'scheduled', actors: ['helper', 'operator', 'system'] },
  { from: 'accepted', event: 'reallocated', to: 'offered', actors: DISPATCH },
  { from: 'accepted', event: 'cancelled', to: 'cancelled', actors: CUSTOMER_OR_OPERATOR },
  // An operator moves a scheduled appointment to another helper; the request stays scheduled.
  { from: 'scheduled', event: 'reassigned', to: 'scheduled', actors: ['operator'] },
  { from: 'scheduled', event: 'started', to: 'in_progress', actors: ['helper'] },
  { from: 'scheduled', event: 'reallocated', to: 'offered', actors: DISPATCH },
  { from: 'scheduled', event: 'cancelled', to: 'cancelled', actors: CUSTOMER_OR_OPERATOR },
  { from: 'in_progress', event: 'completed', to: 'completed', actors: ['helper', 'operator'] },
  // Help that started remotely (a call) and needs hands on: back to dispatch, for a visit on site.
  { from: 'in_progress', event: 'visit_needed', to: 'offered', actors: ['helper', 'operator'] },
  { from: 'in_progress', event: 'disputed', to: 'disputed', actors: ['customer', 'helper'] },
  { from: 'completed', event: 'closed', to: 'closed', actors: ['customer', 'operator', 'system'] },
  { from: 'completed', event: 'disputed', to: 'disputed', actors: ['customer', 'helper'] },
  // Disputes are settled by operators: closed as done, or refunded (the payment job gives the money back).
  { from: 'disputed', event: 'resolved', to: 'closed', actors: ['operator'] },
  { from: 'disputed', event: 'refunded', to: 'refunded', actors: ['operator'] },
  { from: 'cancelled', event: 'refunded', to: 'refunded', actors: ['operator'] },
];

/** Statuses a request takes helpers' offers in: still looking for a helper. */
export const TAKING_OFFERS: readonly RequestStatus[] = ['open', 'offered', 'escalated'];

/** CONFLICT ALREADY_TAKEN: another helper got the request first (an offer chosen, a dispatch offer accepted). */
export const requestAlreadyTaken = (field: string) => new ConflictError('This request is already taken', { field, detail: 'ALREADY_TAKEN' });

/** CONFLICT NOT_TAKING_OFFERS: the request was cancelled or expired, or looks for no helper for another reason. */
export const requestNotTakingOffers = (field: string) => new ConflictError('This request takes no more offers', { field, detail: 'NOT_TAKING_OFFERS' });

/** Statuses no event leaves. */
export const FINAL_REQUEST_STATUSES: readonly RequestStatus[] = REQUEST_STATUSES.filter(
  (status) => !REQUEST_TRANSITIONS.some((transition) => transition.from === status),
);

/** An event the state machine has no row for in the request's status; nothing is written. `detail` (not `code`, which stays CONFLICT) tells clients why. */
export class IllegalRequestTransitionError extends ConflictError {
  constructor(
    readonly from: RequestStatus,
    readonly event: RequestEvent,
  ) {
    super(`A request that is ${from.replace('_', ' ')} cannot be ${event}`, { detail: 'ILLEGAL_TRANSITION', field: 'status', from, event });
  }
}

/** The status `event` leads to from `from` when `actor` fires it, or the typed error. */
export function transition(from: RequestStatus, event: RequestEvent, actor: RequestActorKind): RequestStatus {
  const row = REQUEST_TRANSITIONS.find((candidate) => candidate.from === from && candidate.event === event);
  if (!row) throw new IllegalRequestTransitionError(from, event);
  if (!row.actors.includes(actor)) throw new ForbiddenError(`A ${actor} cannot make a request ${event}`);
  return row.to;
}
