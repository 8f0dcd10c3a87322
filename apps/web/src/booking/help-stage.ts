// Where remote-first help stands for the customer: a helper will call first, a call is booked, or the
// call found that someone has to come by and a helper for the visit is being found.
import type { CustomerRequest, RequestAppointment } from './use-customer-request';

export type HelpStage = { kind: 'call-first' } | { kind: 'call-booked'; startsAt: string } | { kind: 'visit-needed'; note: string | null } | null;

/** Request statuses in which dispatch is still looking for a helper. */
const LOOKING = new Set(['OPEN', 'OFFERED', 'ESCALATED']);

type Request = Pick<CustomerRequest, 'status' | 'remoteFirst'> & { timeline: readonly Pick<CustomerRequest['timeline'][number], 'event' | 'reason'>[] };
type Appointment = Pick<RequestAppointment, 'status' | 'mode' | 'startsAt' | 'completionNote'>;

export function helpStageOf(request: Request, appointment: Appointment | null): HelpStage {
  const live = appointment && appointment.status !== 'CANCELLED' ? appointment : null;
  if (live?.mode === 'REMOTE') return live.status === 'SCHEDULED' ? { kind: 'call-booked', startsAt: live.startsAt } : null;
  // After the call handed the job on, until a helper for the visit is booked.
  const handedOn = request.timeline.findLast((step) => step.event === 'visit_needed');
  if (handedOn && !live && LOOKING.has(request.status)) {
    // The call's appointment keeps the note as written, or none; the step's reason has a default
    // sentence in its place, so it is only the fallback.
    const call = appointment?.mode === 'REMOTE' ? appointment : null;
    const note = call ? call.completionNote : handedOn.reason;
    return { kind: 'visit-needed', note: note?.trim() || null };
  }
  if (request.remoteFirst && !live && LOOKING.has(request.status)) return { kind: 'call-first' };
  return null;
}
