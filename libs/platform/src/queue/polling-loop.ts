// A loop of rounds for the worker's feeders (the outbox relay, the notification feeder): back to
// back while a round says there is more, otherwise a pause, longer after failures; stop() lets
// the round in progress finish and wakes a pause at once; nudge() cuts an idle pause short when
// the process itself just made room or work (a finished job), instead of waiting for the next poll.

export interface PollingLoopOptions {
  /** Pause after a round that left nothing waiting. */
  idleMs: number;
  /** Pause after the `failures`-th failed round in a row. */
  backoffMs(failures: number): number;
  onError(error: unknown, failures: number): void;
}

export class PollingLoop {
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private idle = false;
  private nudged = false;

  /** `round` resolves true when more work is waiting right away. */
  constructor(
    private readonly round: () => Promise<boolean>,
    private readonly options: PollingLoopOptions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = null;
  }

  /**
   * Asks for a round soon: ends an idle pause at once, or runs the next round right after the one in
   * progress. A pause after failures is kept, so a failing dependency is not hammered.
   */
  nudge(): void {
    if (!this.running) return;
    if (this.idle) this.wake?.();
    else this.nudged = true;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let more = false;
      this.nudged = false;
      try {
        more = await this.round();
        failures = 0;
      } catch (error) {
        failures += 1;
        this.options.onError(error, failures);
      }
      if (!this.running) break;
      if (more || (failures === 0 && this.nudged)) continue;
      this.idle = failures === 0;
      await this.sleep(failures === 0 ? this.options.idleMs : this.options.backoffMs(failures));
      this.idle = false;
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.wake?.(), ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
    });
  }
}
