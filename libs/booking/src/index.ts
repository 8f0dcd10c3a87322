export { BookingModule, BookingTenantApiModule } from './booking.module.js';
export { RequestService, type PostRequestInput } from './request.service.js';
export { AppointmentService, type BookSlotInput } from './appointment.service.js';
export { OfferService } from './offer.service.js';
export type { AppointmentStatus, AppointmentView, OfferKind, OfferStatus, OfferView } from './appointment-rows.js';
export type { CancellationFeeDecision, RequestEventView, RequestView } from './request-rows.js';
export { MAX_DAYS_AHEAD, MAX_WINDOWS, type BudgetInput, type WindowInput } from './request-input.rules.js';
export {
  FINAL_REQUEST_STATUSES,
  IllegalRequestTransitionError,
  REQUEST_ACTOR_KINDS,
  REQUEST_BIRTHS,
  REQUEST_EVENTS,
  REQUEST_STATUSES,
  REQUEST_TRANSITIONS,
  transition,
  type RequestActorKind,
  type RequestBirth,
  type RequestEvent,
  type RequestStatus,
  type RequestTransition,
} from './request-lifecycle.js';
