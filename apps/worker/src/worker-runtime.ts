// Starts the queue processors and the outbox relay once the process is wired, and stops them in
// order on SIGTERM/SIGINT: no new claims, the relay's open batch commits, running jobs get a
// bounded time to finish and are handed back to the queue otherwise.
import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { type AnyQueueProcessor, APP_CONFIG, type AppConfig, JobWorkers, Metrics, OutboxRelay, QueueFactory } from '@quartier/platform';
import type { Logger } from 'pino';

export const QUEUE_PROCESSORS = Symbol('QUEUE_PROCESSORS');
export const QUEUE_FEEDERS = Symbol('QUEUE_FEEDERS');

/** A loop that adds jobs from Postgres at its own pace (the outbox relay's cousin). */
export interface QueueFeeder {
  start(logger: Logger): void;
  /** Starts the next round now: the relay of this process just wrote rows into an inbox. */
  nudge(): void;
  /** Lets the round in progress finish; nothing more is claimed. */
  stop(): Promise<void>;
}
export const WORKER_LOGGER = Symbol('WORKER_LOGGER');

@Injectable()
export class WorkerRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly workers: JobWorkers;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(QUEUE_PROCESSORS) private readonly processors: AnyQueueProcessor[],
    @Inject(QUEUE_FEEDERS) private readonly feeders: QueueFeeder[],
    @Inject(WORKER_LOGGER) private readonly logger: Logger,
    @Inject(QueueFactory) queues: QueueFactory,
    @Inject(Metrics) metrics: Metrics,
  ) {
    this.workers = new JobWorkers(queues, logger, metrics);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.workers.start(this.processors);
    this.relay.onInboxWritten(() => {
      for (const feeder of this.feeders) feeder.nudge();
    });
    this.relay.start();
    for (const feeder of this.feeders) feeder.start(this.logger);
    this.logger.info({ queues: this.processors.map((processor) => processor.queue.name) }, 'worker started');
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.logger.info({ signal }, 'worker stopping');
    await this.relay.stop();
    await Promise.all(this.feeders.map((feeder) => feeder.stop()));
    await this.workers.close(this.config.WORKER_SHUTDOWN_TIMEOUT_MS);
    this.logger.info('worker stopped');
  }
}
