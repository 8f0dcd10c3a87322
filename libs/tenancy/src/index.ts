export * from './tenant.entity.js';
export { TenantResolver, type ResolvedTenant } from './tenant-resolver.js';
export { TenantService, type CurrentTenant } from './tenant.service.js';
export { brandingPolicy, type BrandingPolicy } from './policies/branding.policy.js';
export { TenancyModule, TenancyTenantApiModule, TenancyPlatformApiModule } from './tenancy.module.js';
import { TenantEntity, TenantHostEntity, TenantPolicyEntity } from './tenant.entity.js';
export const tenancyEntities = [TenantEntity, TenantHostEntity, TenantPolicyEntity];
