export { DispatchModule, DispatchTenantApiModule, DispatchWorkerModule } from './dispatch.module.js';
export { DispatchEngine, dispatchRowIn, type DispatchRow } from './dispatch-engine.service.js';
export { DispatchOfferService, DISPATCH_OFFER_STATUSES, type DispatchOfferStatus, type DispatchOfferView, type RequestDispatchView } from './dispatch-offer.service.js';
export { DispatchTimers, type DispatchTimer } from './dispatch-timers.js';
export { dispatchQueue, dispatchRoutes, dispatchTimerJobId, type DispatchJob, type DispatchTimerData } from './jobs/dispatch.jobs.js';
export { decideDispatch } from './policy/dispatch-policy.js';
export * from './policy/dispatch-types.js';
