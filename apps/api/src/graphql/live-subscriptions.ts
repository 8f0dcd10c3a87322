// Subscriptions of the tenant endpoint: graphql-ws over a WebSocket on /graphql, served by the API's
// own HTTP server beside Apollo and started and drained with it. A connection is admitted as an HTTP
// request is: the tenant from the upgrade's Host (TenantResolver.requireActive), the bearer token from
// connectionParams.authorization checked by the same BearerAuthenticator, for that tenant only; and
// never anonymously. It stays admitted only while that holds: each event is checked again before it
// is sent (a session ended, a site suspended), and the socket closes when the token expires.
import type { ApolloServerPlugin } from '@apollo/server';
import type { AuthenticatableRequest, AuthenticatedPrincipal, AuthTarget, BearerAuthenticator, GraphqlRequest } from '@quartier/identity';
import { type Metrics, newId, QuartierError, UnauthenticatedError } from '@quartier/platform';
import type { ResolvedTenant, TenantResolver } from '@quartier/tenancy';
import {
  type DocumentNode,
  type ExecutionArgs,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import type { Context } from 'graphql-ws';
import { type Extra, useServer } from 'graphql-ws/use/ws';
import type { FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { Gauge } from 'prom-client';
import { WebSocketServer } from 'ws';
import { costError, depthAndAliasRule, operationCost, type OperationLimits } from './operation-limits.js';

/** A client sends small messages (a subscription document and its variables); anything larger is refused by ws. */
const MAX_MESSAGE_BYTES = 64 * 1024;
/** Operations one connection may run at once; a client needs one or two. */
const MAX_OPERATIONS_PER_CONNECTION = 10;
/** How long sockets get to answer the close of a shutdown before they are cut. */
const SHUTDOWN_GRACE_MS = 5_000;
/** A WebSocket close reason is at most 123 bytes of UTF-8. */
const MAX_CLOSE_REASON_BYTES = 123;

export interface LiveSubscriptionsDeps {
  /** The API's Fastify instance: its HTTP server takes the upgrades, its close ends the sockets. */
  fastify: FastifyInstance;
  path: string;
  tenants: TenantResolver;
  bearer: BearerAuthenticator;
  logger: Logger;
  metrics: Metrics;
  limits: OperationLimits;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

/** An admitted connection: whose it is, on which site, and the token to check again per event. */
interface LiveConnection {
  tenant: ResolvedTenant;
  principal: Extract<AuthenticatedPrincipal, { kind: 'user' }>;
  authorization: string;
  expiry: NodeJS.Timeout | null;
}

type LiveContext = Context<Record<string, unknown>, Extra & Partial<{ live: LiveConnection }>>;

function limitReason(reason: string): string {
  let out = reason;
  while (Buffer.byteLength(out) > MAX_CLOSE_REASON_BYTES) out = out.slice(0, -1);
  return out;
}

/**
 * A refusal closes the socket with 4000 + the HTTP status the same refusal gets on POST /graphql
 * (4401 UNAUTHENTICATED and TENANT_MISMATCH, 4403 TENANT_SUSPENDED, 4404 TENANT_NOT_FOUND), the reason
 * being "<code>: <message>". Anything unexpected is 1013, which clients retry.
 */
function closeFor(error: unknown): { code: number; reason: string } {
  if (error instanceof QuartierError && error.httpStatus >= 400 && error.httpStatus < 500) {
    return { code: 4000 + error.httpStatus, reason: limitReason(`${error.code}: ${error.message}`) };
  }
  return { code: 1013, reason: 'INTERNAL: Try again later' };
}

function requestError(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/** GraphQL's own validation errors carry no code; the limits' rule keeps QUERY_TOO_COMPLEX. */
function withCode(error: GraphQLError, fallback: string): GraphQLError {
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : fallback;
  return new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code } });
}

/** connectionParams.authorization, whatever the case of its name. */
function authorizationOf(params: Readonly<Record<string, unknown>> | undefined): string | null {
  const entry = Object.entries(params ?? {}).find(([name]) => name.toLowerCase() === 'authorization');
  return typeof entry?.[1] === 'string' && entry[1].trim() !== '' ? entry[1] : null;
}

/** When the (already verified) token expires, in ms since the epoch. */
function expiryOf(authorization: string): number | null {
  try {
    const payload = authorization.replace(/^bearer\s+/i, '').split('.')[1] ?? '';
    const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

function liveConnectionGauge(metrics: Metrics): Gauge {
  const name = 'quartier_graphql_live_connections';
  const existing = metrics.registry.getSingleMetric(name);
  if (existing instanceof Gauge) return existing;
  return new Gauge({ name, help: 'Admitted graphql-ws connections on /graphql', registers: [metrics.registry] });
}

/**
 * Starts the WebSocket server with Apollo, once the schema is final. Its sockets close before the HTTP
 * server does (Fastify's preClose): a server waits for every open socket, and the other endpoint's
 * Apollo may close Fastify before this one drains. Apollo's drain closes them too, whichever comes first.
 */
export function liveSubscriptionsPlugin(deps: LiveSubscriptionsDeps): ApolloServerPlugin {
  return {
    async serverWillStart({ schema }) {
      const server = serveLiveSubscriptions(schema, deps);
      deps.fastify.addHook('preClose', () => server.close());
      return { drainServer: () => server.close() };
    },
  };
}

function serveLiveSubscriptions(schema: GraphQLSchema, deps: LiveSubscriptionsDeps): { close(): Promise<void> } {
  const { tenants, bearer, logger, metrics, limits, formatError } = deps;
  const connections = liveConnectionGauge(metrics);
  const counted = (document: DocumentNode | null, operationName: string | null | undefined, outcome: 'ok' | 'error') => {
    const operation = (document && getOperationAST(document, operationName)?.name?.value) ?? 'anonymous';
    metrics.graphqlOperations.inc({ endpoint: 'tenant', operation, outcome });
  };

  async function admit(upgrade: IncomingMessage, authorization: string | null): Promise<Omit<LiveConnection, 'expiry'>> {
    const tenant = await tenants.requireActive(upgrade.headers.host);
    if (!authorization) throw new UnauthenticatedError('Send connectionParams.authorization: "Bearer <access token>"');
    const target: AuthTarget & AuthenticatableRequest = { headers: { authorization }, quartierEndpoint: 'tenant', quartierTenantId: tenant.id };
    await bearer.authenticate(target);
    if (target.user?.kind !== 'user') throw new UnauthenticatedError();
    return { tenant, principal: target.user, authorization };
  }

  function refuse(ctx: LiveContext, error: unknown): void {
    const { code, reason } = closeFor(error);
    if (code === 1013) logger.error({ err: error }, 'live subscription connection failed');
    ctx.extra.socket.close(code, reason);
  }

  function requestFor(ctx: LiveContext, live: LiveConnection): GraphqlRequest {
    const upgrade = ctx.extra.request;
    return {
      id: newId(),
      headers: { host: upgrade.headers.host, 'accept-language': upgrade.headers['accept-language'] },
      ip: upgrade.socket.remoteAddress,
      user: live.principal,
      quartierAuthenticated: true,
      quartierEndpoint: 'tenant',
      quartierTenantId: live.tenant.id,
      quartierLocales: live.tenant.locales,
      quartierDefaultLocale: live.tenant.defaultLocale,
    };
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const server = useServer<Record<string, unknown>, { live: LiveConnection }>(
    {
      schema,
      onConnect: async (ctx) => {
        let admitted: Omit<LiveConnection, 'expiry'>;
        try {
          admitted = await admit(ctx.extra.request, authorizationOf(ctx.connectionParams));
        } catch (error) {
          refuse(ctx, error);
          return false;
        }
        // The client may have left while it was being checked.
        if (ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) return false;
        const expiresAt = expiryOf(admitted.authorization);
        const expiry =
          expiresAt === null
            ? null
            : setTimeout(() => ctx.extra.socket.close(4401, 'UNAUTHENTICATED: Token expired'), Math.min(Math.max(expiresAt - Date.now(), 0), 2_147_483_647));
        ctx.extra.live = { ...admitted, expiry };
        connections.inc();
        return true;
      },
      onClose: (ctx) => {
        const live = ctx.extra.live;
        if (!live) return;
        if (live.expiry) clearTimeout(live.expiry);
        connections.dec();
      },
      onSubscribe: (ctx, _id, payload): ExecutionArgs | readonly GraphQLError[] => {
        const live = ctx.extra.live;
        if (!live) return [requestError('Not connected', 'UNAUTHENTICATED')];
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          counted(null, null, 'error');
          return [requestError(error instanceof GraphQLError ? error.message : 'Syntax error', 'GRAPHQL_PARSE_FAILED')];
        }
        const refused = (errors: readonly GraphQLError[]) => {
          counted(document, payload.operationName, 'error');
          return errors;
        };
        if (Object.keys(ctx.subscriptions).length > MAX_OPERATIONS_PER_CONNECTION) {
          return refused([requestError(`At most ${MAX_OPERATIONS_PER_CONNECTION} subscriptions run on one connection`, 'BAD_REQUEST')]);
        }
        const invalid = validate(schema, document, [...specifiedRules, depthAndAliasRule(limits)]);
        if (invalid.length > 0) return refused(invalid.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED')));
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return refused([requestError('Name the operation to run with operationName', 'BAD_REQUEST')]);
        if (operation.operation !== 'subscription') {
          return refused([requestError('This socket serves subscriptions; send queries and mutations with POST /graphql', 'BAD_REQUEST')]);
        }
        const variables = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {}, { maxErrors: 50 });
        if (variables.errors) return refused(variables.errors.map((error) => withCode(error, 'BAD_USER_INPUT')));
        const tooCostly = costError(operationCost({ schema, document, variables: payload.variables ?? {}, operationName: payload.operationName }), limits);
        if (tooCostly) return refused([tooCostly]);
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: { req: requestFor(ctx, live), tenant: live.tenant },
        };
      },
      onOperation: (_ctx, _id, _payload, args, result) => {
        counted(args.document, args.operationName, Symbol.asyncIterator in result ? 'ok' : 'error');
      },
      onNext: async (ctx, _id, _payload, _args, result) => {
        const live = ctx.extra.live;
        if (!live) return;
        try {
          // Admitted again per event: an ended session or a suspended site hears nothing more.
          await admit(ctx.extra.request, live.authorization);
        } catch (error) {
          // graphql-ws sends nothing on a socket that is closing.
          refuse(ctx, error);
          return;
        }
        if (!result.errors?.length) return;
        return { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
    },
    wss,
  );

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(request.url ?? '/', 'http://upgrade.invalid').pathname !== deps.path) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };
  deps.fastify.server.on('upgrade', onUpgrade);

  let closing: Promise<void> | null = null;
  return {
    close() {
      closing ??= (async () => {
        deps.fastify.server.off('upgrade', onUpgrade);
        // graphql-ws closes every socket with 1001 (clients reconnect, to another replica) and waits for them.
        const cut = setTimeout(() => {
          for (const client of wss.clients) client.terminate();
        }, SHUTDOWN_GRACE_MS);
        try {
          await server.dispose();
        } finally {
          clearTimeout(cut);
        }
      })();
      return closing;
    },
  };
}
