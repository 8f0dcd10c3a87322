import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { PlaceConnection, PlacesImportOutput, PostalCodeOutput } from '../dto/place.output.js';
import { API_IMPORT_MAX_BYTES } from '../geo.limits.js';
import { PlacesImportService } from '../import/places-import.service.js';
import { PlacesService } from './places.service.js';

@Resolver()
export class PlacesResolver {
  constructor(
    private readonly directory: PlacesService,
    private readonly importer: PlacesImportService,
  ) {}

  @Public()
  @Query(() => PlaceConnection, { description: "The site's places by country, postal code and name; search matches the start of a name or postal code." })
  places(
    @Ctx() ctx: RequestContext,
    @Args('postalCode', { type: () => String, nullable: true }) postalCode?: string,
    @Args('search', { type: () => String, nullable: true }) search?: string,
    @Args('countryCode', { type: () => String, nullable: true }) countryCode?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<PlaceConnection> {
    return this.directory.list(ctx, { postalCode, search, countryCode, first, after });
  }

  @Public()
  @Query(() => PostalCodeOutput, { description: 'One coordinate and the place names of a postal code; NOT_FOUND when the site does not know it.' })
  postalCode(
    @Ctx() ctx: RequestContext,
    @Args('code') code: string,
    @Args('countryCode', { type: () => String, nullable: true, description: 'Needed only when the code exists in several countries.' })
    countryCode?: string,
  ): Promise<PostalCodeOutput> {
    return this.directory.findPostalCodeOrThrow(ctx, { code, countryCode });
  }

  @Roles('operator_admin')
  @Mutation(() => PlacesImportOutput, {
    description:
      'Imports a GeoNames postal code file (tab-separated, as GeoNames ships it). A file with bad rows writes nothing and reports each by line. Places of the countries in the file that it no longer lists are removed.',
  })
  importPlaces(@Ctx() ctx: RequestContext, @Args('tsv') tsv: string): Promise<PlacesImportOutput> {
    return this.importer.importTsv(ctx, { tsv, maxBytes: API_IMPORT_MAX_BYTES });
  }
}
