import { Module } from '@nestjs/common';
import { IdentityModule } from '@quartier/identity';
import { CurrentTenantResolver } from './current-tenant.resolver.js';
import { PlatformTenantsResolver } from './platform/platform-tenants.resolver.js';
import { PlatformTenantsService } from './platform/platform-tenants.service.js';
import { TenantCacheBus } from './platform/tenant-cache.bus.js';
import { TenantLifecycleService } from './platform/tenant-lifecycle.service.js';
import { TenantOnboardingService } from './platform/tenant-onboarding.service.js';
import { TenantPolicyResolver } from './policies/tenant-policy.resolver.js';
import { TenantPolicyService } from './policies/tenant-policy.service.js';
import { TenantProvisioningService } from './provisioning/tenant-provisioning.service.js';
import { TenantResolver } from './tenant-resolver.js';
import { TenantService } from './tenant.service.js';

const services = [
  TenantResolver,
  TenantCacheBus,
  TenantService,
  TenantPolicyService,
  TenantProvisioningService,
  TenantOnboardingService,
  TenantLifecycleService,
  PlatformTenantsService,
];

/** Services of the tenancy domain, for apps and other domain modules. */
@Module({ imports: [IdentityModule], providers: services, exports: services })
export class TenancyModule {}

/** Resolvers served on /graphql. */
@Module({ imports: [TenancyModule], providers: [CurrentTenantResolver, TenantPolicyResolver] })
export class TenancyTenantApiModule {}

/** Resolvers served on /platform/graphql. */
@Module({ imports: [TenancyModule], providers: [PlatformTenantsResolver] })
export class TenancyPlatformApiModule {}
