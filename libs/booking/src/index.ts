export { BookingModule, BookingTenantApiModule } from './booking.module.js';
export { RequestService, type PostRequestInput } from './request.service.js';
export { AppointmentService, type BookSlotInput } from './appointment.service.js';
export { OfferService } from './offer.service.js';
export { RequestHandoverService, quoteRequired } from './request-handover.service.js';
export { RequestListService, type RequestFilter } from './request-list.service.js';
export { RequestOutcomeService } from './request-outcome.service.js';
export { AppointmentProgressService, ON_THE_WAY_LEAD_MINUTES, ON_THE_WAY_REPEAT_MINUTES, START_LEAD_MINUTES } from './appointment-progress.service.js';
export { AppointmentReminderService, REMINDER_LEAD_HOURS } from './appointment-reminder.service.js';
export { AppointmentReassignmentService } from './appointment-reassignment.service.js';
export { OpenRequestsService, type OpenRequestView } from './open-requests.service.js';
export { participantsOfRequestsIn, requestParticipantsIn, type RequestParticipants } from './request-participants.js';
export type { AppointmentStatus, AppointmentView, HelpMode, OfferKind, OfferStatus, OfferView } from './appointment-rows.js';
export { REQUEST_COLUMNS, type CancellationFeeDecision, type RequestEventView, type RequestRow, type RequestView } from './request-rows.js';
export type { Actor } from './request.service.js';
export { MAX_DAYS_AHEAD, MAX_WINDOWS, type BudgetInput, type WindowInput } from './request-input.rules.js';
export {
  FINAL_REQUEST_STATUSES,
  IllegalRequestTransitionError,
  REQUEST_ACTOR_KINDS,
  REQUEST_BIRTHS,
  REQUEST_EVENTS,
  REQUEST_STATUSES,
  REQUEST_TRANSITIONS,
  requestAlreadyTaken,
  requestNotTakingOffers,
  TAKING_OFFERS,
  transition,
  type RequestActorKind,
  type RequestBirth,
  type RequestEvent,
  type RequestStatus,
  type RequestTransition,
} from './request-lifecycle.js';
export { AppointmentOutput, HelpModeValue } from './dto/appointment.output.js';
export { RequestStatusValue } from './dto/request.output.js';
