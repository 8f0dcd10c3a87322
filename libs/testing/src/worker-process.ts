// The product's worker as a real child process, for end-to-end tests next to an in-process API: the
// same entrypoint `npm start` runs, configured like the test's database and Redis namespace.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AppConfig } from '@quartier/platform';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const READY = 'Quartier worker serving';

export interface WorkerProcess {
  child: ChildProcess;
  /** Resolves once the child has exited, whatever the cause. */
  exited: Promise<void>;
  /** Everything the process wrote so far. */
  output(): string;
  /** Resolves when the worker serves (its processors and relay are running). */
  ready(): Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

const running = new Set<WorkerProcess>();

/** Starts apps/worker/src/main.ts with the test's configuration plus `env` (LOG_LEVEL stays info: readiness is read from the log). */
export function startWorkerProcess(config: AppConfig, env: Record<string, string> = {}): WorkerProcess {
  const configEnv = Object.fromEntries(Object.entries(config).map(([key, value]) => [key, String(value)]));
  const child = spawn(process.execPath, ['--import', './scripts/register.mjs', 'apps/worker/src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, ...configEnv, WORKER_PORT: '0', OUTBOX_POLL_INTERVAL_MS: '50', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const worker: WorkerProcess = {
    child,
    exited,
    output: () => output,
    async ready() {
      const deadline = Date.now() + 90_000;
      while (!output.includes(READY)) {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The worker exited before serving:\n${output.slice(-4_000)}`);
        if (Date.now() > deadline) throw new Error(`The worker did not start:\n${output.slice(-4_000)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  running.add(worker);
  void exited.then(() => running.delete(worker));
  return worker;
}

/** Stops every worker a test left running (call from afterAll). */
export async function stopWorkerProcesses(): Promise<void> {
  await Promise.all([...running].map((worker) => worker.kill('SIGKILL')));
}

/**
 * Polls `probe` until it returns a value other than undefined, for state a worker process changes
 * asynchronously; fails naming `what` after a generous deadline (never a timing assertion).
 */
export async function waitUntil<T>(what: string, probe: () => Promise<T | undefined>, deadlineMs = 90_000): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
