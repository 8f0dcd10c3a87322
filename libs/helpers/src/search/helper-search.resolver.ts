// Helper search on /graphql: open to anonymous visitors, like the site's public pages.
import { Args, Float, ID, Int, Query, Resolver } from '@nestjs/graphql';
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
    description:
      "Approved helpers offering the service whose area covers the postal code, best first by the site's ranking; with a window, only those free then; with minRating and maxPriceMinor, only those rated at least and charging at most that.",
  })
  async searchHelpers(
    @Ctx() ctx: RequestContext,
    @Args('postalCode') postalCode: string,
    @Args('serviceId', { type: () => ID }) serviceId: string,
    @Args('countryCode', { type: () => String, nullable: true, description: 'Needed only when the postal code exists in several countries.' }) countryCode?: string,
    @Args('window', { type: () => SearchWindowInput, nullable: true }) window?: SearchWindowInput,
    @Args('minRating', { type: () => Float, nullable: true, description: 'Only helpers rated at least this, 1–5 stars in steps of 0.1 (as ratings are shown); a helper without reviews has no rating yet.' })
    minRating?: number,
    @Args('maxPriceMinor', { type: () => Int, nullable: true, description: "Only helpers whose price for the service is at most this, in the site's currency's minor units; a price on quote never is." })
    maxPriceMinor?: number,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<HelperSearchConnection> {
    return (await this.search.searchHelpers(ctx, { postalCode, countryCode, serviceId, window, minRating, maxPriceMinor, first, after })) as unknown as HelperSearchConnection;
  }
}
