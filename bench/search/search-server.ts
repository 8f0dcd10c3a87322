// Child process of the search benchmark: the real API (createApiApp, searchHelpers on /graphql) and
// the bare Fastify + pg baseline, side by side on loopback in one process, so both share the CPU the
// same way. It counts every statement node-postgres sends (each query() is one network round trip:
// the driver waits for ReadyForQuery before the next) and reports the count over IPC.
import pg from 'pg';
import type { AddressInfo } from 'node:net';
import { createApiApp } from '../../apps/api/src/api.app.js';
import { startBareSearch } from './bare-search.js';
import { searchBenchConfig } from './search-dataset.js';

export type ServerMessage = { type: 'ready'; graphqlPort: number; barePort: number } | { type: 'round-trips'; count: number };
export type ParentMessage = { type: 'reset' } | { type: 'read' } | { type: 'stop' };

let roundTrips = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
  roundTrips += 1;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

const config = searchBenchConfig();
const api = await createApiApp(config);
await api.listen({ port: 0, host: '127.0.0.1' });
const bare = await startBareSearch(config);

const send = (message: ServerMessage) => process.send?.(message);

process.on('message', async (message: ParentMessage) => {
  if (message.type === 'reset') {
    roundTrips = 0;
    send({ type: 'round-trips', count: 0 });
  } else if (message.type === 'read') {
    send({ type: 'round-trips', count: roundTrips });
  } else if (message.type === 'stop') {
    await Promise.all([api.close(), bare.close()]);
    process.disconnect?.();
    process.exit(0);
  }
});

send({
  type: 'ready',
  graphqlPort: (api.getHttpServer().address() as AddressInfo).port,
  barePort: (bare.app.server.address() as AddressInfo).port,
});
