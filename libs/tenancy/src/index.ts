export * from './tenant.entity.js';
export { TenantResolver, type ResolvedTenant } from './tenant-resolver.js';
export { TenantService, type CurrentTenant } from './tenant.service.js';
export { brandingPolicy, type BrandingPolicy } from './policies/branding.policy.js';
export { pricingPolicy, type PricingPolicy } from './policies/pricing.policy.js';
export { vettingPolicy, EVIDENCE_KINDS, type VettingPolicy } from './policies/vetting.policy.js';
export {
  slaPolicy,
  ESCALATION_TARGETS,
  defaultRankingWeights,
  rankingWeights,
  defaultDispatchSettings,
  defaultIncidentSettings,
  type DispatchSettings,
  type IncidentSettings,
  type RankingWeights,
  type ServiceHours,
  type SlaPolicy,
} from './policies/sla.policy.js';
export { cancellationPolicy, type CancellationPolicy } from './policies/cancellation.policy.js';
export { payoutsPolicy, type PayoutsPolicy } from './policies/payouts.policy.js';
export { rewardsPolicy, type RewardsPolicy } from './policies/rewards.policy.js';
export { reviewsPolicy, type ReviewsPolicy } from './policies/reviews.policy.js';
export type { LocalizedText, PolicyTenant } from './policies/policy-kit.js';
export { POLICY_KINDS, defaultPolicy, isPolicyKind, parsePolicy, type PolicyDocuments, type PolicyKind } from './policies/policy-registry.js';
export { isUniqueViolation, loadPolicyTenant, TenantPolicyService, type PolicyVersion } from './policies/tenant-policy.service.js';
export { TenantProvisioningService } from './provisioning/tenant-provisioning.service.js';
export { DEFAULT_CATEGORIES, type DefaultCategory, type DefaultService } from './provisioning/default-catalog.js';
export { TenantOnboardingService, type CreatedTenant, type FirstOperator, type NewTenant } from './platform/tenant-onboarding.service.js';
export { TenantLifecycleService } from './platform/tenant-lifecycle.service.js';
export { TenantCacheBus } from './platform/tenant-cache.bus.js';
export { PlatformTenantsService } from './platform/platform-tenants.service.js';
export { recordPlatformAction, type PlatformAction } from './platform/platform-audit.js';
export { RESERVED_SLUGS } from './platform/tenant-settings.rules.js';
export { CurrentTenantOutput } from './dto/current-tenant.output.js';
export { TenancyModule, TenancyTenantApiModule, TenancyPlatformApiModule } from './tenancy.module.js';
import { TenantEntity, TenantHostEntity, TenantPolicyEntity } from './tenant.entity.js';
export const tenancyEntities = [TenantEntity, TenantHostEntity, TenantPolicyEntity];
export { inServiceHours, nextServiceInstant, slaDeadline, slaMinutesBetween } from './policies/sla-clock.js';
