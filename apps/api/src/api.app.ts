// Builds the API application (used by main.ts, the test harness and the benchmarks).
import 'reflect-metadata';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AppConfig, type Clock, createLogger, Metrics, newId, PinoNestLogger } from '@quartier/platform';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiModule } from './api.module.js';
import { hasWebBuild, serveWebBuild, WEB_BUILD_DIR } from './web-build.js';

export const API_SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPOSITORY_ROOT = join(API_SCHEMA_DIR, '..', '..');

export interface ApiAppOptions {
  writeSchemaFiles?: boolean;
  schemaDir?: string;
  /** Extra resolver modules served on /graphql; only the benchmarks pass any. */
  extraTenantModules?: Type[];
  /** The process's time source; tests pass a clock they move. */
  clock?: Clock;
  /** The web app's build to serve on non-API paths (default dist/apps/web); null serves none. */
  webRoot?: string | null;
}

/** Fastify's trustProxy from TRUST_PROXY: never trust forwarded headers unless told to. */
export function trustProxySetting(value: string): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return value.split(',').map((entry) => entry.trim());
}

export async function createApiApp(config: AppConfig, options: ApiAppOptions = {}): Promise<NestFastifyApplication> {
  const logger = createLogger(config, 'api');
  const metrics = new Metrics('api');
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    trustProxy: trustProxySetting(config.TRUST_PROXY),
    bodyLimit: 1_048_576,
    requestIdHeader: 'x-request-id',
    genReqId: () => newId(),
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    ApiModule.forRoot({
      config,
      logger,
      metrics,
      schemaDir: options.schemaDir ?? API_SCHEMA_DIR,
      writeSchemaFiles: options.writeSchemaFiles ?? false,
    }, { extraTenantModules: options.extraTenantModules, clock: options.clock }),
    adapter,
    // rawBody keeps each JSON request's bytes beside its parsed body: Stripe signs the bytes (/webhooks/stripe).
    { logger: new PinoNestLogger(logger), bufferLogs: false, rawBody: true },
  );
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    metrics.httpDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unknown', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  const webRoot = options.webRoot === undefined ? join(REPOSITORY_ROOT, WEB_BUILD_DIR) : options.webRoot;
  if (webRoot && hasWebBuild(webRoot)) await serveWebBuild(fastify, webRoot);
  else if (options.webRoot) logger.warn({ webRoot }, 'No web build to serve; run npm run web:build');
  app.enableShutdownHooks();
  await app.init();
  await fastify.ready();
  return app;
}
