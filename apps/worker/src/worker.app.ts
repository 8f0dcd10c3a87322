// Builds the worker application (used by main.ts and by the worker's tests with their own jobs).
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AppConfig, createLogger, Metrics, PinoNestLogger } from '@quartier/platform';
import { type WorkerJobs, WorkerModule } from './worker.module.js';

export interface WorkerAppOptions {
  outboxBatchSize?: number;
}

export async function createWorkerApp(config: AppConfig, jobs: WorkerJobs, options: WorkerAppOptions = {}): Promise<NestFastifyApplication> {
  const logger = createLogger(config, 'worker');
  const metrics = new Metrics('worker');
  const app = await NestFactory.create<NestFastifyApplication>(
    WorkerModule.forRoot({ config, logger, metrics, jobs, outboxBatchSize: options.outboxBatchSize }),
    // Probes and scrapes hit this server constantly; only its warnings are worth a log line.
    new FastifyAdapter({ loggerInstance: logger.child({ component: 'http' }, { level: 'warn' }) }),
    { logger: new PinoNestLogger(logger), bufferLogs: false },
  );
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  return app;
}

/** Serves /health and /metrics on WORKER_PORT; returns the port actually bound. */
export async function listenWorker(app: NestFastifyApplication, config: AppConfig): Promise<number> {
  await app.listen({ port: config.WORKER_PORT, host: config.HOST });
  const address = app.getHttpServer().address();
  return typeof address === 'object' && address ? address.port : config.WORKER_PORT;
}
