// Composition root of the API process: configuration, database, Redis, the two GraphQL endpoints
// and the plain HTTP routes. Domain behaviour lives in libs.
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { AuthModule, GqlAuthGuard } from '@quartier/identity';
import { ConfigModule, DatabaseModule, InfrastructureHealth, Metrics, RedisModule } from '@quartier/platform';
import { TenancyPlatformApiModule, TenancyTenantApiModule } from '@quartier/tenancy';
import { entities } from './entities.js';
import { type EndpointDeps, platformGraphqlEndpoint, tenantGraphqlEndpoint } from './graphql/graphql-endpoints.js';
import { QuartierErrorFilter } from './graphql/quartier-error.filter.js';
import { HealthController, MetricsController } from './http/health.controller.js';

/** Modules whose resolvers are served on /graphql. */
const tenantApi = [TenancyTenantApiModule];
/** Modules whose resolvers are served on /platform/graphql. */
const platformApi = [TenancyPlatformApiModule];

@Module({})
export class ApiModule {
  static forRoot(deps: EndpointDeps): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(deps.config),
        DatabaseModule.forRoot({ entities }),
        RedisModule.forRoot(),
        TerminusModule,
        AuthModule,
        ...tenantApi,
        ...platformApi,
        tenantGraphqlEndpoint(deps, tenantApi),
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
