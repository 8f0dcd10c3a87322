import { Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { CurrentTenantOutput } from './dto/current-tenant.output.js';
import { TenantService } from './tenant.service.js';

@Resolver(() => CurrentTenantOutput)
export class CurrentTenantResolver {
  constructor(private readonly tenants: TenantService) {}

  @Public()
  @Query(() => CurrentTenantOutput, { description: "The site's tenant: name, branding and locales." })
  currentTenant(@Ctx() ctx: RequestContext): Promise<CurrentTenantOutput> {
    return this.tenants.currentTenant(ctx);
  }
}
