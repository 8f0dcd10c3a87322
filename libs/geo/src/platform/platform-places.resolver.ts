import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, PlatformAdminOnly } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { PlacesImportOutput } from '../dto/place.output.js';
import { API_IMPORT_MAX_BYTES } from '../geo.limits.js';
import { TenantPlacesImportService } from './tenant-places-import.service.js';

@Resolver()
export class PlatformPlacesResolver {
  constructor(private readonly imports: TenantPlacesImportService) {}

  @PlatformAdminOnly()
  @Mutation(() => PlacesImportOutput, {
    description: "Imports a GeoNames postal code file into a tenant's places (as importPlaces does for operators); audited.",
  })
  importTenantPlaces(
    @Ctx() ctx: RequestContext,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('tsv') tsv: string,
  ): Promise<PlacesImportOutput> {
    return this.imports.importForTenant(ctx, { tenantId, tsv, maxBytes: API_IMPORT_MAX_BYTES });
  }
}
