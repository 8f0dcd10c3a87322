// The two GraphQL endpoints: /graphql (a tenant's customers, helpers and operators) and
// /platform/graphql (platform admins). Separate schemas, same hardening. /graphql also serves its
// subscriptions over graphql-ws (live-subscriptions.ts).
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import type { DynamicModule, Type } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { type AppConfig, type Metrics, QuartierError } from '@quartier/platform';
import { GraphQLError } from 'graphql';
import { AuthModule, BearerAuthenticator, type GraphqlRequest } from '@quartier/identity';
import { TenancyModule, TenantResolver } from '@quartier/tenancy';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { join } from 'node:path';
import { pruneSchema } from '@graphql-tools/utils';
import { createErrorFormatter } from './error-formatter.js';
import { liveSubscriptionsPlugin } from './live-subscriptions.js';
import { complexityPlugin, DEFAULT_LIMITS, depthAndAliasRule } from './operation-limits.js';
import { operationMetricsPlugin } from './operation-metrics.js';

export interface EndpointDeps {
  config: AppConfig;
  logger: Logger;
  metrics: Metrics;
  /** Where schema files are written; the committed copies live in apps/api. */
  schemaDir: string;
  /** Writes the schema files (schema generation, drift checks); otherwise schemas live in memory. */
  writeSchemaFiles: boolean;
}

/** Errors that end a whole request (before any resolver) keep their code and HTTP status. */
function toRequestError(error: unknown): never {
  if (error instanceof QuartierError) {
    throw new GraphQLError(error.message, {
      extensions: { code: error.code, ...error.details, http: { status: error.httpStatus } },
    });
  }
  throw error;
}

function baseOptions(deps: EndpointDeps, endpoint: 'tenant' | 'platform'): ApolloDriverConfig {
  const production = deps.config.NODE_ENV === 'production';
  const file = endpoint === 'tenant' ? 'schema.gql' : 'platform-schema.gql';
  return {
    driver: ApolloDriver,
    autoSchemaFile: deps.writeSchemaFiles ? join(deps.schemaDir, file) : true,
    sortSchema: true,
    // Code-first types are registered globally; each endpoint keeps only what its roots reach.
    transformSchema: (schema) => pruneSchema(schema),
    transformAutoSchemaFile: true,
    graphiql: false,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: [depthAndAliasRule(DEFAULT_LIMITS)],
    plugins: [complexityPlugin(DEFAULT_LIMITS), operationMetricsPlugin(deps.metrics, endpoint)],
    formatError: createErrorFormatter(deps.logger),
  };
}

export function tenantGraphqlEndpoint(deps: EndpointDeps, include: Type[]): DynamicModule {
  return GraphQLModule.forRootAsync<ApolloDriverConfig>({
    driver: ApolloDriver,
    imports: [TenancyModule, AuthModule],
    inject: [TenantResolver, BearerAuthenticator, HttpAdapterHost],
    useFactory: (tenants: TenantResolver, bearer: BearerAuthenticator, adapterHost: HttpAdapterHost) => {
      const base = baseOptions(deps, 'tenant');
      const live = liveSubscriptionsPlugin({
        fastify: adapterHost.httpAdapter.getInstance<FastifyInstance>(),
        path: '/graphql',
        tenants,
        bearer,
        logger: deps.logger,
        metrics: deps.metrics,
        limits: DEFAULT_LIMITS,
        formatError: createErrorFormatter(deps.logger),
      });
      return {
        ...base,
        path: '/graphql',
        include,
        plugins: [...(base.plugins ?? []), live],
        context: async (request: GraphqlRequest & { log?: Logger; host?: string }, reply?: { log?: Logger }) => {
          const tenant = await tenants
            .requireActive(request.host ?? (request.headers.host as string | undefined))
            .catch(toRequestError);
          request.quartierEndpoint = 'tenant';
          request.quartierTenantId = tenant.id;
          request.quartierLocales = tenant.locales;
          request.quartierDefaultLocale = tenant.defaultLocale;
          if (request.log) {
            // The request's closing log line is written through the reply's logger: both carry the tenant.
            request.log = request.log.child({ tenantId: tenant.id });
            if (reply) reply.log = request.log;
          }
          // A bad token ends the request here with HTTP 401, before any resolver (even a public one).
          await bearer.authenticate(request).catch(toRequestError);
          return { req: request, tenant };
        },
      };
    },
  });
}

export function platformGraphqlEndpoint(deps: EndpointDeps, include: Type[]): DynamicModule {
  return GraphQLModule.forRootAsync<ApolloDriverConfig>({
    driver: ApolloDriver,
    imports: [AuthModule],
    inject: [BearerAuthenticator],
    useFactory: (bearer: BearerAuthenticator) => ({
      ...baseOptions(deps, 'platform'),
      path: '/platform/graphql',
      include,
      context: async (request: GraphqlRequest) => {
        request.quartierEndpoint = 'platform';
        await bearer.authenticate(request).catch(toRequestError);
        return { req: request };
      },
    }),
  });
}
