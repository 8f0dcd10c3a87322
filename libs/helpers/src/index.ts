export { HelpersModule, HelpersTenantApiModule } from './helpers.module.js';
export {
  HelperProfileService,
  type HelperProfileView,
  type HelperSkillView,
  type ProfileChanges,
  type PublicHelperView,
  type ServiceAreaView,
  type SkillInput,
} from './helper-profile.service.js';
export { VettingService, type StepEvidence, type VettingDecision } from './vetting.service.js';
export type { VettingProgressView, VettingStepView } from './helper-rows.js';
export {
  HELPER_STATUSES,
  IllegalVettingTransitionError,
  nextStatus,
  VETTING_STEP_STATUSES,
  VETTING_TRANSITIONS,
  type HelperStatus,
  type VettingEvent,
  type VettingStepStatus,
} from './vetting-transitions.js';
export {
  AvailabilityService,
  type AvailabilityExceptionView,
  type HelperAvailabilityView,
  type MyAvailabilityView,
} from './availability/availability.service.js';
export {
  expandAvailability,
  nextFreeSlot,
  type AvailabilityException,
  type UtcInterval,
  type WallClockWindow,
  type WeeklySlot,
} from './availability/availability-expansion.js';
export { helperHoursIn, type HelperHours } from './availability/helper-hours.js';
export { liveAppointmentsIn, type BusyRow } from './availability/busy-times.js';
export { HelperSearchService, type HelperSearchInput, type HelperSearchPage, type HelperSearchResultView } from './search/helper-search.service.js';
