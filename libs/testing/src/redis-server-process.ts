// A Redis of the test's own, on a spare loopback port, that the test can crash and start again:
// like the machine's, it keeps nothing on disk, so a restart comes back empty — the worst case of
// losing Redis that Quartier's Postgres-held work has to survive.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

async function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export class RedisServerProcess {
  private child: ChildProcess | null = null;
  private readonly dir = mkdtempSync(join(tmpdir(), 'quartier-redis-'));

  private constructor(readonly port: number) {}

  /** Starts `redis-server` (from PATH) on a spare port and waits until it answers PING. */
  static async start(): Promise<RedisServerProcess> {
    const server = new RedisServerProcess(await sparePort());
    await server.startAgain();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Kills the server at once (SIGKILL): connections drop and everything it held is gone. */
  async crash(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  /** Starts the server again on the same port, empty. */
  async startAgain(): Promise<void> {
    if (this.child) throw new Error('This Redis is already running');
    let output = '';
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', this.dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    this.child = child;
    const probe = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => undefined);
    try {
      for (let tries = 0; ; tries += 1) {
        if (child.exitCode !== null) throw new Error(`redis-server exited at start:\n${output.slice(-2_000)}`);
        try {
          await probe.connect();
          if ((await probe.ping()) === 'PONG') return;
        } catch {
          if (tries > 200) throw new Error(`redis-server did not answer on port ${this.port}:\n${output.slice(-2_000)}`);
          probe.disconnect();
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      }
    } finally {
      probe.disconnect();
    }
  }

  async stop(): Promise<void> {
    await this.crash();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
