// Child process of the tenancy benchmark: the real API twice on loopback — tenant cache warm, and
// cache off (TENANT_CACHE_TTL_SECONDS=0) — each with the benchmark's lookup resolvers mounted.
// It counts every statement node-postgres sends (each query() is one network round trip: the
// driver waits for ReadyForQuery before the next) and reports the count to the parent over IPC.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import type { AddressInfo } from 'node:net';
import { createApiApp } from '../../apps/api/src/api.app.js';
import { BenchLookupModule } from './bench-lookup.module.js';
import { benchConfig } from './bench-database.js';

export type ServerMessage = { type: 'ready'; warmPort: number; coldPort: number } | { type: 'round-trips'; count: number };
export type ParentMessage = { type: 'reset' } | { type: 'read' } | { type: 'stop' };

let roundTrips = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
  roundTrips += 1;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

async function listen(cacheTtlSeconds: string): Promise<{ app: NestFastifyApplication; port: number }> {
  const app = await createApiApp(benchConfig({ TENANT_CACHE_TTL_SECONDS: cacheTtlSeconds }), {
    extraTenantModules: [BenchLookupModule],
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as AddressInfo;
  return { app, port: address.port };
}

const send = (message: ServerMessage) => process.send?.(message);

const warm = await listen('30');
const cold = await listen('0');

process.on('message', async (message: ParentMessage) => {
  if (message.type === 'reset') {
    roundTrips = 0;
    send({ type: 'round-trips', count: 0 });
  } else if (message.type === 'read') {
    send({ type: 'round-trips', count: roundTrips });
  } else if (message.type === 'stop') {
    await Promise.all([warm.app.close(), cold.app.close()]);
    process.disconnect?.();
    process.exit(0);
  }
});

send({ type: 'ready', warmPort: warm.port, coldPort: cold.port });
