import { Module } from '@nestjs/common';
import { PlacesImportService } from './import/places-import.service.js';
import { PlacesResolver } from './places/places.resolver.js';
import { PlacesService } from './places/places.service.js';
import { PlatformPlacesResolver } from './platform/platform-places.resolver.js';
import { TenantPlacesImportService } from './platform/tenant-places-import.service.js';

const services = [PlacesService, PlacesImportService, TenantPlacesImportService];

/** Services of the geo domain, for apps and other domain modules. */
@Module({ providers: services, exports: services })
export class GeoModule {}

/** Resolvers served on /graphql. */
@Module({ imports: [GeoModule], providers: [PlacesResolver] })
export class GeoTenantApiModule {}

/** Resolvers served on /platform/graphql. */
@Module({ imports: [GeoModule], providers: [PlatformPlacesResolver] })
export class GeoPlatformApiModule {}
