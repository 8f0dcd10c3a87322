// What every benchmark measures the same way: medians of rounds, two decimals, and CPU time of the
// machine and of single processes from Linux's /proc.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Busy and total jiffies of the whole machine (Linux /proc/stat). */
export function machineTicks(): { busy: number; total: number } {
  const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
  const fields = cpu.trim().split(/\s+/).slice(1).map(Number);
  const idle = fields[3] + (fields[4] ?? 0);
  const total = fields.reduce((sum, value) => sum + value, 0);
  return { busy: total - idle, total };
}

/** User + system CPU milliseconds a process has used (Linux /proc/<pid>/stat, 100 ticks a second); 0 once it is gone. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

/** Writes a run as bench/results/<name>-<date>.json and its table as <name>-latest.md, and prints the table. */
export function writeBenchResults(name: string, date: string, report: unknown, table: string): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(`${RESULTS_DIR}${name}-${date}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${RESULTS_DIR}${name}-latest.md`, table);
  console.log(`\n${table}`);
  console.log(`Written to bench/results/${name}-${date}.json and bench/results/${name}-latest.md`);
}

/** The machine and the Postgres settings a run's figures depend on, for its report. */
export async function describeMachine(db: pg.Client) {
  const { rows } = await db.query<{ server_version: string }>('show server_version');
  const { rows: buffers } = await db.query<{ shared_buffers: string }>('show shared_buffers');
  const { rows: commit } = await db.query<{ synchronous_commit: string }>('show synchronous_commit');
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    postgres: rows[0].server_version,
    sharedBuffers: buffers[0].shared_buffers,
    synchronousCommit: commit[0].synchronous_commit,
  };
}
