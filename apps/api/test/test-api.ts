// Test harness of the API: boots the real API (Fastify, both GraphQL endpoints) on a fresh database and the real Redis.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { clearRedisNamespace, createTestDatabase, type TestDatabase } from '@quartier/testing';
import type { Clock } from '@quartier/platform';
import { createApiApp } from '../src/api.app.js';

export interface GraphqlCall {
  query: string;
  variables?: Record<string, unknown>;
  /** Tenant slug (Host `<slug>.localhost`) or a full host name; omitted for the platform endpoint. */
  host?: string;
  token?: string;
  headers?: Record<string, string>;
}

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string }; path?: string[] }[];
}

export interface TestApi {
  app: NestFastifyApplication;
  db: TestDatabase;
  /** POST /graphql on a tenant's host. */
  graphql<T = Record<string, unknown>>(call: GraphqlCall): Promise<GraphqlResponse<T>>;
  /** POST /platform/graphql. */
  platformGraphql<T = Record<string, unknown>>(call: Omit<GraphqlCall, 'host'>): Promise<GraphqlResponse<T>>;
  http(): ReturnType<typeof request>;
  /** ws://…/graphql of the API listening on a loopback port (started on first call), for graphql-ws clients. */
  liveUrl(): Promise<string>;
  close(): Promise<void>;
}

export function hostFor(slugOrHost: string): string {
  return slugOrHost.includes('.') ? slugOrHost : `${slugOrHost}.localhost`;
}

async function post<T>(api: NestFastifyApplication, path: string, call: GraphqlCall): Promise<GraphqlResponse<T>> {
  let req = request(api.getHttpServer()).post(path).set('content-type', 'application/json');
  if (call.host) req = req.set('host', hostFor(call.host));
  if (call.token) req = req.set('authorization', `Bearer ${call.token}`);
  for (const [name, value] of Object.entries(call.headers ?? {})) req = req.set(name, value);
  const response = await req.send({ query: call.query, variables: call.variables ?? {} });
  const body = response.body as { data?: T; errors?: GraphqlResponse<T>['errors'] };
  return { status: response.status, data: body.data ?? null, errors: body.errors };
}

/** `clock`: the API's one time source (every service reads it); a FixedClock lets a test move time. */
export async function startTestApi(overrides: Record<string, string> = {}, options: { clock?: Clock } = {}): Promise<TestApi> {
  const db = await createTestDatabase(overrides);
  const app = await createApiApp(db.config, { clock: options.clock });
  let listening: Promise<string> | null = null;
  return {
    app,
    db,
    graphql: (call) => post(app, '/graphql', call),
    platformGraphql: (call) => post(app, '/platform/graphql', call),
    http: () => request(app.getHttpServer()),
    liveUrl() {
      listening ??= app.listen(0, '127.0.0.1').then(() => {
        const address = app.getHttpServer().address() as AddressInfo;
        return `ws://127.0.0.1:${address.port}/graphql`;
      });
      return listening;
    },
    async close() {
      await app.close();
      await clearRedisNamespace(db.config.REDIS_URL, db.config.QUEUE_PREFIX);
      await db.drop();
    },
  };
}

export { clearRedisNamespace };
