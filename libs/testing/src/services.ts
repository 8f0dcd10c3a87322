// Stops a test run early, with one clear line, when Postgres or Redis is not there.
import { Redis } from 'ioredis';
import pg from 'pg';
import { serverOwnerUrl } from './test-environment.js';

export async function assertServicesReachable(): Promise<void> {
  const client = new pg.Client({ connectionString: serverOwnerUrl().toString(), connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
  } catch {
    throw new Error(
      `PostgreSQL is not reachable at ${serverOwnerUrl().host}; start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 3_000,
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch {
    throw new Error('Redis is not reachable at 127.0.0.1:6379; start it with: redis-server --daemonize yes --port 6379 --save "" --appendonly no');
  } finally {
    redis.disconnect();
  }
}
