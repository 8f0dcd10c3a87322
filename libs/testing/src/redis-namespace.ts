// Each test database gets its own Redis key prefix (QUEUE_PREFIX); this removes what a test wrote.
import { Redis } from 'ioredis';

/** Deletes every key under `<prefix>:` in the shared Redis. */
export async function clearRedisNamespace(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
