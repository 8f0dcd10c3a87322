// CPU time of the Postgres backends serving one database during a round (Postgres runs on this
// machine). The application's pool replaces a connection after DATABASE_POOL_MAX_USES transactions,
// so backends end mid-round: sampling them while the round runs keeps what they used up to their
// last sample, where reading them only at the end would lose them whole (the payments benchmark's
// undercount). What a backend used after its last sample, or a backend born and gone between two
// samples, is still missed; the figure is a lower bound, close at this sampling rate.
import pg from 'pg';
import { processCpuMs } from '../bench-measures.js';

const SAMPLE_MS = 200;

export class PostgresCpuMeter {
  /** CPU of each backend when first seen in the round (0 for one born during it) and when last seen. */
  private readonly first = new Map<number, number>();
  private readonly last = new Map<number, number>();
  private timer: NodeJS.Timeout | null = null;
  private sampling: Promise<void> = Promise.resolve();

  /**
   * `client` is the meter's own connection to the benchmark database; the backends `excludedPids`
   * (the benchmark's own connections) are not the worker's and are left out.
   */
  constructor(
    private readonly client: pg.Client,
    private readonly excludedPids: number[],
  ) {}

  async start(): Promise<void> {
    this.first.clear();
    this.last.clear();
    for (const [pid, ms] of await this.backends()) {
      this.first.set(pid, ms);
      this.last.set(pid, ms);
    }
    this.timer = setInterval(() => {
      this.sampling = this.sampling.then(() => this.sample()).catch(() => undefined);
    }, SAMPLE_MS);
  }

  /** Milliseconds of CPU the database's backends used since start. */
  async stop(): Promise<number> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.sampling;
    await this.sample();
    let used = 0;
    for (const [pid, ms] of this.last) used += ms - (this.first.get(pid) ?? 0);
    return used;
  }

  private async sample(): Promise<void> {
    for (const [pid, ms] of await this.backends()) {
      if (!this.first.has(pid)) this.first.set(pid, 0);
      // A pid whose process is gone reads 0; keep what it had.
      if (ms > 0) this.last.set(pid, ms);
    }
  }

  private async backends(): Promise<Map<number, number>> {
    const { rows } = await this.client.query<{ pid: number }>(
      `select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and pid <> all($1::int[])`,
      [this.excludedPids],
    );
    return new Map(rows.map((row) => [row.pid, processCpuMs(row.pid)]));
  }
}
