import { Module } from '@nestjs/common';
import { TenancyModule } from '@quartier/tenancy';
import { IncidentDetectionService } from './incident-detection.service.js';
import { IncidentService } from './incident.service.js';
import { IncidentsResolver } from './incidents.resolver.js';

const services = [IncidentService, IncidentDetectionService];

/** Services of the incidents domain, for apps (the worker's detection) and other domain modules. */
@Module({ imports: [TenancyModule], providers: [...services], exports: services })
export class IncidentsModule {}

/** Resolvers served on /graphql. */
@Module({ imports: [IncidentsModule], providers: [IncidentsResolver] })
export class IncidentsTenantApiModule {}
