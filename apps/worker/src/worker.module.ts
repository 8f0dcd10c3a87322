// Composition root of the worker process: configuration, database, Redis, queues, the outbox relay,
// the processors of `jobs`, and /health + /metrics.
import { type DynamicModule, Module, type ModuleMetadata, type Type } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import {
  type AnyQueueProcessor,
  type AppConfig,
  ConfigModule,
  DatabaseModule,
  type EntityList,
  HealthController,
  InfrastructureHealth,
  Metrics,
  MetricsController,
  OutboxModule,
  type OutboxRouteTable,
  QueueModule,
  RedisModule,
} from '@quartier/platform';
import type { Logger } from 'pino';
import { QUEUE_FEEDERS, QUEUE_PROCESSORS, type QueueFeeder, WORKER_LOGGER, WorkerRuntime } from './worker-runtime.js';

/** What a worker process runs. */
export interface WorkerJobs {
  /** Entities the processors' services map. */
  entities: EntityList;
  /** Domain modules providing the processors' services. */
  imports: NonNullable<ModuleMetadata['imports']>;
  processors: Type<AnyQueueProcessor>[];
  /** Loops that fill queues from Postgres (started after the processors, stopped before them). */
  feeders?: Type<QueueFeeder>[];
  /** Which outbox event becomes which job. */
  routes: OutboxRouteTable;
}

export interface WorkerDeps {
  config: AppConfig;
  logger: Logger;
  metrics: Metrics;
  jobs: WorkerJobs;
  /** Events claimed per relay transaction. */
  outboxBatchSize?: number;
}

@Module({})
export class WorkerModule {
  static forRoot(deps: WorkerDeps): DynamicModule {
    const { config, logger, metrics, jobs } = deps;
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({ entities: jobs.entities }),
        RedisModule.forRoot(),
        QueueModule.forRoot(),
        TerminusModule,
        OutboxModule.forRoot({ routes: jobs.routes, logger, metrics, batchSize: deps.outboxBatchSize }),
        ...jobs.imports,
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        InfrastructureHealth,
        { provide: Metrics, useValue: metrics },
        { provide: WORKER_LOGGER, useValue: logger },
        ...jobs.processors,
        { provide: QUEUE_PROCESSORS, inject: jobs.processors, useFactory: (...processors: unknown[]) => processors },
        { provide: QUEUE_FEEDERS, inject: jobs.feeders ?? [], useFactory: (...feeders: unknown[]) => feeders },
        WorkerRuntime,
      ],
    };
  }
}
