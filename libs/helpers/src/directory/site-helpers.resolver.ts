// The operators' directory of the site's helpers on /graphql; suspending and reinstating stay with vetting.
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { HelperStatusValue } from '../dto/helper.output.js';
import { SiteHelperConnection, type SiteHelperOutput } from './dto/site-helper.output.js';
import { SiteHelpersService } from './site-helpers.service.js';

@Resolver()
export class SiteHelpersResolver {
  constructor(private readonly directory: SiteHelpersService) {}

  @Roles('operator_admin', 'operator_agent')
  @Query(() => SiteHelperConnection, { description: "The site's helpers in name order, any status; search matches the name or the home postal code." })
  async siteHelpers(
    @Ctx() ctx: RequestContext,
    @Args('status', { type: () => HelperStatusValue, nullable: true }) status?: HelperStatusValue,
    @Args('search', { type: () => String, nullable: true }) search?: string,
    @Args('ids', { type: () => [ID], nullable: true, description: 'Only these helpers (at most 100), e.g. to name the helpers of another list.' }) ids?: string[],
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<SiteHelperConnection> {
    const page = await this.directory.siteHelpers(ctx, { status, search, ids, first, after });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node as unknown as SiteHelperOutput })) };
  }
}
