// Composition root of the API process: configuration, database, Redis, the two GraphQL endpoints
// and the plain HTTP routes. Domain behaviour lives in libs.
import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { AuthModule, GqlAuthGuard, IdentityPlatformApiModule, IdentityTenantApiModule } from '@quartier/identity';
import {
  type Clock,
  ConfigModule,
  DatabaseModule,
  HealthController,
  InfrastructureHealth,
  Metrics,
  MetricsController,
  RedisModule,
} from '@quartier/platform';
import { AnalyticsTenantApiModule } from '@quartier/analytics';
import { BookingTenantApiModule } from '@quartier/booking';
import { CatalogTenantApiModule } from '@quartier/catalog';
import { DispatchTenantApiModule } from '@quartier/dispatch';
import { IncidentsTenantApiModule } from '@quartier/incidents';
import { GeoPlatformApiModule, GeoTenantApiModule } from '@quartier/geo';
import { HelpersTenantApiModule } from '@quartier/helpers';
import { MessagingTenantApiModule } from '@quartier/messaging';
import { NotificationsTenantApiModule } from '@quartier/notifications';
import { PaymentsTenantApiModule, StripeWebhooksModule } from '@quartier/payments';
import { ReviewsTenantApiModule } from '@quartier/reviews';
import { RewardsTenantApiModule } from '@quartier/rewards';
import { TenancyPlatformApiModule, TenancyTenantApiModule } from '@quartier/tenancy';
import { entities } from './entities.js';
import { type EndpointDeps, platformGraphqlEndpoint, tenantGraphqlEndpoint } from './graphql/graphql-endpoints.js';
import { QuartierErrorFilter } from './graphql/quartier-error.filter.js';
import { QueueHealthPlatformApiModule } from './queue-health/queue-health.module.js';

/** Modules whose resolvers are served on /graphql. */
const tenantApi = [TenancyTenantApiModule, IdentityTenantApiModule, GeoTenantApiModule, CatalogTenantApiModule, HelpersTenantApiModule, BookingTenantApiModule, MessagingTenantApiModule, ReviewsTenantApiModule, PaymentsTenantApiModule, NotificationsTenantApiModule, DispatchTenantApiModule, IncidentsTenantApiModule, AnalyticsTenantApiModule, RewardsTenantApiModule];
/** Modules whose resolvers are served on /platform/graphql. */
const platformApi = [TenancyPlatformApiModule, IdentityPlatformApiModule, GeoPlatformApiModule, QueueHealthPlatformApiModule];

@Module({})
export class ApiModule {
  /** `extraTenantModules` adds resolver modules to /graphql (the benchmarks' probes); production passes none. */
  static forRoot(deps: EndpointDeps, options: { extraTenantModules?: Type[]; clock?: Clock } = {}): DynamicModule {
    const tenantModules = [...tenantApi, ...(options.extraTenantModules ?? [])];
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(deps.config, { clock: options.clock }),
        DatabaseModule.forRoot({ entities }),
        RedisModule.forRoot(),
        TerminusModule,
        AuthModule,
        StripeWebhooksModule,
        ...tenantModules,
        ...platformApi,
        tenantGraphqlEndpoint(deps, tenantModules),
        platformGraphqlEndpoint(deps, platformApi),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        InfrastructureHealth,
        { provide: Metrics, useValue: deps.metrics },
        { provide: APP_GUARD, useExisting: GqlAuthGuard },
        { provide: APP_FILTER, useClass: QuartierErrorFilter },
      ],
    };
  }
}
