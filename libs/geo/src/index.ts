export { parseGeonamesPostalCodes, placeKey, type BadRow, type ParsedPlaces, type PlaceRow } from './import/geonames-parser.js';
export { PlacesImportService, type ImportPlacesInput, type PlacesImportResult } from './import/places-import.service.js';
export { PlacesService, type ListPlacesInput } from './places/places.service.js';
export { TenantPlacesImportService } from './platform/tenant-places-import.service.js';
export { haversineKm, EARTH_RADIUS_KM, type Coordinate } from './places/haversine.js';
export { PlacesFileInvalidError, MAX_REPORTED_BAD_ROWS } from './geo.errors.js';
export { API_IMPORT_MAX_BYTES } from './geo.limits.js';
export { GeoModule, GeoTenantApiModule, GeoPlatformApiModule } from './geo.module.js';
