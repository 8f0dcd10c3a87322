// Helper search on /graphql: open to anonymous visitors, like the site's public pages.
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { SearchWindowInput } from './dto/search.input.js';
import { HelperSearchConnection } from './dto/search.output.js';
import { HelperSearchService } from './helper-search.service.js';

@Resolver()
export class HelperSearchResolver {
  constructor(private readonly search: HelperSearchService) {}

  @Public()
  @Query(() => HelperSearchConnection, {
    description: "Approved helpers offering the service whose area covers the postal code, best first by the site's ranking; with a window, only those free then.",
  })
  async searchHelpers(
    @Ctx() ctx: RequestContext,
    @Args('postalCode') postalCode: string,
    @Args('serviceId', { type: () => ID }) serviceId: string,
    @Args('countryCode', { type: () => String, nullable: true, description: 'Needed only when the postal code exists in several countries.' }) countryCode?: string,
    @Args('window', { type: () => SearchWindowInput, nullable: true }) window?: SearchWindowInput,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<HelperSearchConnection> {
    return (await this.search.searchHelpers(ctx, { postalCode, countryCode, serviceId, window, first, after })) as unknown as HelperSearchConnection;
  }
}
