import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Ctx, PlatformAdminOnly } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { TenantConnection } from './dto/tenant.output.js';
import { PlatformTenantsService } from './platform-tenants.service.js';

@Resolver()
export class PlatformTenantsResolver {
  constructor(private readonly directory: PlatformTenantsService) {}

  @PlatformAdminOnly()
  @Query(() => TenantConnection, { description: 'All tenants, by slug; search matches slug or name.' })
  tenants(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('search', { type: () => String, nullable: true }) search?: string,
  ): Promise<TenantConnection> {
    return this.directory.list(ctx, { first, after, search });
  }
}
