// The probe registry: one file per domain. A new Query or Mutation needs a probe here, or the
// cross-tenant and role-matrix gates fail naming it.
import { analyticsProbes } from './analytics.probes.js';
import { bookingProbes, gatherBookingFacts } from './booking.probes.js';
import { catalogProbes, gatherCatalogFacts } from './catalog.probes.js';
import { dispatchProbes, gatherDispatchFacts } from './dispatch.probes.js';
import { gatherGeoFacts, geoProbes } from './geo.probes.js';
import { gatherHelpersFacts, helpersProbes } from './helpers.probes.js';
import { gatherIncidentsFacts, incidentsProbes } from './incidents.probes.js';
import { gatherIdentityFacts, identityProbes } from './identity.probes.js';
import { gatherMessagingFacts, messagingProbes } from './messaging.probes.js';
import { gatherNotificationsFacts, notificationsProbes } from './notifications.probes.js';
import { gatherPaymentsFacts, paymentsProbes } from './payments.probes.js';
import type { FactsGatherer, Probe } from './probe.js';
import { queuesProbes } from './queues.probes.js';
import { gatherReconciliationFacts, reconciliationProbes } from './reconciliation.probes.js';
import { gatherReviewsFacts, reviewsProbes } from './reviews.probes.js';
import { gatherRewardsFacts, rewardsProbes } from './rewards.probes.js';
import { gatherTenancyFacts, tenancyProbes } from './tenancy.probes.js';

export const PROBES: Probe[] = [...tenancyProbes, ...identityProbes, ...catalogProbes, ...geoProbes, ...helpersProbes, ...bookingProbes, ...messagingProbes, ...reviewsProbes, ...paymentsProbes, ...reconciliationProbes, ...notificationsProbes, ...dispatchProbes, ...incidentsProbes, ...analyticsProbes, ...rewardsProbes, ...queuesProbes];

export const FACT_GATHERERS: FactsGatherer[] = [gatherTenancyFacts, gatherIdentityFacts, gatherCatalogFacts, gatherGeoFacts, gatherHelpersFacts, gatherBookingFacts, gatherMessagingFacts, gatherReviewsFacts, gatherPaymentsFacts, gatherReconciliationFacts, gatherNotificationsFacts, gatherDispatchFacts, gatherIncidentsFacts, gatherRewardsFacts];

export * from './probe.js';
