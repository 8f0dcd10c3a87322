// The probe registry: one file per domain. A new Query or Mutation needs a probe here, or the
// cross-tenant and role-matrix gates fail naming it.
import { gatherIdentityFacts, identityProbes } from './identity.probes.js';
import type { FactsGatherer, Probe } from './probe.js';
import { gatherTenancyFacts, tenancyProbes } from './tenancy.probes.js';

export const PROBES: Probe[] = [...tenancyProbes, ...identityProbes];

export const FACT_GATHERERS: FactsGatherer[] = [gatherTenancyFacts, gatherIdentityFacts];

export * from './probe.js';
