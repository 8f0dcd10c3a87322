// Checks that Postgres and Redis answer before anything else runs; one clear line when they do not.
// Uses only Node built-ins so it works before `npm install`.
import net from 'node:net';

function probe(url, defaultPort, greeting) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname.replace(/^\[|\]$/g, ''), port: Number(port || defaultPort) });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => {
      if (!greeting) return done(true);
      socket.write(greeting.send);
      socket.once('data', (data) => done(data.toString().startsWith(greeting.expect)));
    });
  });
}

export async function preflight(env = process.env) {
  const databaseUrl = env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/quartier';
  const redisUrl = env.REDIS_URL || 'redis://127.0.0.1:6379';
  const problems = [];
  if (!(await probe(databaseUrl, 5432))) {
    const { host } = new URL(databaseUrl);
    problems.push(
      `PostgreSQL is not reachable at ${host}. Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`,
    );
  }
  if (!(await probe(redisUrl, 6379, { send: 'PING\r\n', expect: '+PONG' }))) {
    const { host } = new URL(redisUrl);
    problems.push(
      `Redis is not reachable at ${host}. Start it with: redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no`,
    );
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = await preflight();
  for (const line of problems) console.error(line);
  process.exit(problems.length ? 1 : 0);
}
