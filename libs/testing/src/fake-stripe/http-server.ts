// The loopback HTTP side of the fake: authentication, Stripe-Account scoping, idempotency keys,
// failure injection and request holds around the endpoint handlers.
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import qs from 'qs';
import { FailureKind, FailurePlan, matches, RequestMatch } from './failures.js';
import { IdempotencyStore, StoredResponse } from './idempotency.js';
import { buildRoutes, findRoute, PUBLISHABLE_KEY_PATHS, Services } from './routes.js';
import { authenticationFailed, publishableKeyRefused, serverError, StripeFailure } from './stripe-errors.js';
import { Params } from './request-params.js';
import { randomToken, StripeState } from './stripe-state.js';
import { firstHeader, readBody } from '../http-request.js';

/** Stripe's API answers browsers on any origin (Stripe.js calls it from the site's pages). */
const CORS = { 'Access-Control-Allow-Origin': '*' };

export interface RequestLogEntry {
  method: string;
  path: string;
  stripeAccount?: string;
  idempotencyKey?: string;
  /** True when the response was an idempotent replay: nothing was executed again. */
  replayed: boolean;
  /** The status the fake committed to (also when the response never reached the client). */
  status?: number;
  /** The injected failure this request suffered, if any. */
  failure?: FailureKind;
}

/** A request stopped before it executes (its idempotency key already in flight) until released. */
export interface RequestHold {
  /** Resolves once a matching request is being held. */
  reached: Promise<void>;
  release(): void;
}

interface PendingHold {
  match: RequestMatch;
  taken: boolean;
  arrived: () => void;
  gate: Promise<void>;
  release: () => void;
}

export interface ServerAddress {
  url: string;
  host: string;
  port: number;
}

export class FakeStripeHttpServer {
  readonly requestLog: RequestLogEntry[] = [];
  private server?: Server;
  private address?: ServerAddress;
  private readonly sockets = new Set<Socket>();
  private holds: PendingHold[] = [];
  private readonly routes: ReturnType<typeof buildRoutes>;

  constructor(
    private readonly state: StripeState,
    services: Omit<Services, 'state'>,
    private readonly idempotency: IdempotencyStore,
    private readonly failures: FailurePlan,
    private readonly completeOnboarding: (accountId: string) => void,
  ) {
    this.routes = buildRoutes({ state, ...services });
  }

  get baseUrl(): string {
    if (!this.address) throw new Error('FakeStripe is not started');
    return this.address.url;
  }

  async start(): Promise<ServerAddress> {
    if (this.address) return this.address;
    const server = createServer((req, res) => void this.handle(req, res));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    this.server = server;
    this.address = { url: `http://127.0.0.1:${port}`, host: '127.0.0.1', port };
    return this.address;
  }

  /** Closes every socket too, including those left hanging by `timeout_after_commit`. */
  async stop(): Promise<void> {
    for (const hold of this.holds) hold.release();
    this.holds = [];
    const server = this.server;
    this.server = undefined;
    this.address = undefined;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await closed;
  }

  hold(match: RequestMatch): RequestHold {
    let arrived!: () => void;
    let release!: () => void;
    const reached = new Promise<void>((resolve) => (arrived = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    this.holds.push({ match, taken: false, arrived, gate, release });
    return { reached, release };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (method === 'GET' && path.startsWith('/onboarding/')) return this.serveOnboarding(path.slice('/onboarding/'.length), res);
    if (method === 'OPTIONS') {
      res.writeHead(204, { ...CORS, 'Access-Control-Allow-Methods': 'GET, POST, DELETE', 'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, Stripe-Account, Stripe-Version', 'Access-Control-Max-Age': '600' });
      res.end();
      return;
    }

    const stripeAccount = firstHeader(req, 'stripe-account');
    const idempotencyKey = method === 'POST' ? firstHeader(req, 'idempotency-key') : undefined;
    const entry: RequestLogEntry = { method, path, stripeAccount, idempotencyKey, replayed: false };
    this.requestLog.push(entry);
    const requestId = `req_${randomToken(14)}`;
    const headers: Record<string, string> = { 'Request-Id': requestId, 'Stripe-Version': firstHeader(req, 'stripe-version') ?? this.state.apiVersion };
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    if (stripeAccount) headers['Stripe-Account'] = stripeAccount;

    let failure: FailureKind | undefined;
    let response: StoredResponse;
    try {
      const params = qs.parse(method === 'POST' ? body : url.search.slice(1), { depth: 10, arrayLimit: 100, parameterLimit: 10_000 }) as Params;
      const platformId = this.authenticate(firstHeader(req, 'authorization'), params, path);
      const scope = this.state.scopeFor(platformId, stripeAccount);
      const route = findRoute(this.routes, method, path);
      failure = this.failures.next(method, path);
      if (failure === 'server_error') throw serverError();

      const decision = idempotencyKey
        ? this.idempotency.begin({ platformId, stripeAccount, key: idempotencyKey, endpoint: `${method} ${path}`, params })
        : undefined;
      if (decision instanceof StripeFailure) throw decision;
      if (decision?.kind === 'replay') {
        entry.replayed = true;
        headers['Idempotent-Replayed'] = 'true';
        headers['Request-Id'] = decision.response.requestId;
        response = decision.response;
      } else {
        await this.waitIfHeld(method, path);
        try {
          const reply = route.handle({ scope, requestId, idempotencyKey: idempotencyKey ?? null }, params, route.id);
          response = { status: reply.status, body: JSON.stringify(reply.body, null, 2), requestId };
          decision?.release(response);
        } catch (error) {
          const kept = error instanceof StripeFailure && error.committed;
          decision?.release(kept ? { status: error.status, body: errorBody(error), requestId } : undefined);
          throw error;
        }
      }
    } catch (error) {
      const refusal = error instanceof StripeFailure ? error : serverError();
      if (!(error instanceof StripeFailure)) console.error('FakeStripe handler failed', error);
      response = { status: refusal.status, body: errorBody(refusal), requestId };
    }

    entry.status = response.status;
    if (failure) entry.failure = failure;
    if (failure === 'timeout_after_commit') return;
    if (failure === 'reset_after_commit') {
      req.socket.destroy();
      return;
    }
    res.writeHead(response.status, { 'Content-Type': 'application/json', ...CORS, ...headers });
    res.end(response.body);
  }

  /**
   * The platform a request's key belongs to: a secret key in the Authorization header, or (as Stripe.js
   * sends it from the browser) a publishable key, in the header or as the `key` form parameter, for the
   * few endpoints a publishable key may call.
   */
  private authenticate(authorization: string | undefined, params: Params, path: string): string {
    const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
    const formKey = typeof params.key === 'string' ? params.key : undefined;
    delete params.key;
    const key = bearer ?? formKey;
    if (key?.startsWith('pk_')) {
      const platformId = this.state.platformForPublishableKey(key);
      if (!platformId) throw authenticationFailed(key);
      if (!PUBLISHABLE_KEY_PATHS.includes(path)) throw publishableKeyRefused();
      return platformId;
    }
    const platformId = key ? this.state.platformForKey(key) : undefined;
    if (!platformId) throw authenticationFailed(key);
    return platformId;
  }

  private async waitIfHeld(method: string, path: string): Promise<void> {
    const hold = this.holds.find((candidate) => !candidate.taken && matches(candidate.match, method, path));
    if (!hold) return;
    hold.taken = true;
    hold.arrived();
    await hold.gate;
  }

  /** Stands in for Stripe's hosted onboarding: visiting the link completes it and returns to the platform. */
  private serveOnboarding(accountId: string, res: ServerResponse): void {
    const link = this.state.onboardingLinks.get(accountId);
    if (!link) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('This onboarding link is not valid.');
      return;
    }
    this.completeOnboarding(accountId);
    res.writeHead(302, { Location: link.returnUrl }).end();
  }
}

function errorBody(failure: StripeFailure): string {
  return JSON.stringify({ error: failure.error }, null, 2);
}
