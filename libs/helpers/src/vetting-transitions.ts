// The helper's vetting state machine as one table: every change of a helper's status goes through
// `transition`, so an illegal move is the same typed error wherever it is attempted.
import { ConflictError } from '@quartier/platform';

export const HELPER_STATUSES = ['applicant', 'in_review', 'approved', 'rejected', 'suspended'] as const;
export type HelperStatus = (typeof HELPER_STATUSES)[number];

export const VETTING_STEP_STATUSES = ['pending', 'submitted', 'approved', 'rejected'] as const;
export type VettingStepStatus = (typeof VETTING_STEP_STATUSES)[number];

/** Why a helper's status changes; each names the outbox event `helper.vetting_<event>`. */
export type VettingEvent = 'submitted' | 'approved' | 'rejected' | 'suspended' | 'reinstated' | 'expired';

interface Transition {
  from: HelperStatus;
  event: VettingEvent;
  to: HelperStatus;
}

export const VETTING_TRANSITIONS: readonly Transition[] = [
  { from: 'applicant', event: 'submitted', to: 'in_review' },
  { from: 'in_review', event: 'approved', to: 'approved' },
  { from: 'in_review', event: 'rejected', to: 'rejected' },
  { from: 'approved', event: 'suspended', to: 'suspended' },
  { from: 'approved', event: 'expired', to: 'in_review' },
  { from: 'suspended', event: 'reinstated', to: 'approved' },
];

/** A status change the vetting state machine does not allow; nothing is written. */
export class IllegalVettingTransitionError extends ConflictError {
  constructor(
    readonly from: HelperStatus,
    readonly event: VettingEvent,
  ) {
    super(`A helper who is ${from.replace('_', ' ')} cannot be ${event}`, { field: 'status', from, event });
  }
}

/** The status `event` leads to from `from`, or the typed error when the table has no such row. */
export function nextStatus(from: HelperStatus, event: VettingEvent): HelperStatus {
  const row = VETTING_TRANSITIONS.find((transition) => transition.from === from && transition.event === event);
  if (!row) throw new IllegalVettingTransitionError(from, event);
  return row.to;
}
