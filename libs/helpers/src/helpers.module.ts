import { Module } from '@nestjs/common';
import { IdentityModule } from '@quartier/identity';
import { TenancyModule } from '@quartier/tenancy';
import { AvailabilityResolver } from './availability/availability.resolver.js';
import { AvailabilityService } from './availability/availability.service.js';
import { SiteHelpersResolver } from './directory/site-helpers.resolver.js';
import { SiteHelpersService } from './directory/site-helpers.service.js';
import { HelperProfileService } from './helper-profile.service.js';
import { HelpersResolver } from './helpers.resolver.js';
import { HelperSearchResolver } from './search/helper-search.resolver.js';
import { HelperSearchService } from './search/helper-search.service.js';
import { VettingResolver } from './vetting.resolver.js';
import { VettingService } from './vetting.service.js';

const services = [HelperProfileService, VettingService, AvailabilityService, HelperSearchService, SiteHelpersService];

/** Services of the helpers domain, for apps and other domain modules. */
@Module({ imports: [IdentityModule, TenancyModule], providers: [...services], exports: services })
export class HelpersModule {}

/** Resolvers served on /graphql. */
@Module({ imports: [HelpersModule], providers: [HelpersResolver, VettingResolver, AvailabilityResolver, HelperSearchResolver, SiteHelpersResolver] })
export class HelpersTenantApiModule {}
