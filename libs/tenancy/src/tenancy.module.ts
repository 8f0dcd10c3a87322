import { Module } from '@nestjs/common';
import { CurrentTenantResolver } from './current-tenant.resolver.js';
import { TenantResolver } from './tenant-resolver.js';
import { TenantService } from './tenant.service.js';
import { PlatformTenantsResolver } from './platform-tenants.resolver.js';
import { PlatformTenantsService } from './platform-tenants.service.js';

/** Services of the tenancy domain, for apps and other domain modules. */
@Module({
  providers: [TenantResolver, TenantService, PlatformTenantsService],
  exports: [TenantResolver, TenantService, PlatformTenantsService],
})
export class TenancyModule {}

/** Resolvers served on /graphql. */
@Module({ imports: [TenancyModule], providers: [CurrentTenantResolver] })
export class TenancyTenantApiModule {}

/** Resolvers served on /platform/graphql. */
@Module({ imports: [TenancyModule], providers: [PlatformTenantsResolver] })
export class TenancyPlatformApiModule {}
