import { Module } from '@nestjs/common';
import { TenancyModule } from '@quartier/tenancy';
import { AnalyticsResolver } from './analytics.resolver.js';
import { AnalyticsService } from './analytics.service.js';

/** Analytics services, for apps and other domain modules. */
@Module({ imports: [TenancyModule], providers: [AnalyticsService], exports: [AnalyticsService] })
export class AnalyticsModule {}

/** Resolvers served on /graphql. */
@Module({ imports: [AnalyticsModule], providers: [AnalyticsResolver] })
export class AnalyticsTenantApiModule {}
